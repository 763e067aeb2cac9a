import ArgumentParser
import Foundation
import PueblaIndex
import PueblaKit
import PueblaViewModel

struct Releases: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Words.current.releasesAbstract)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @Option(name: .long, help: ArgumentHelp(Words.current.meetingHelp, valueName: Words.current.meetingValue))
    var meeting: String?
    @OptionGroup var languageOption: ReleaseLanguageOption
    @OptionGroup var periodOptions: PeriodOptions
    @OptionGroup var output: JSONFlag
    @OptionGroup var widthOptions: WidthOptions

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        let meetingID = meeting.map { Self.meetingID($0, in: store) }
        let period = periodOptions.period
        var positions = library.positions(mentioning: countryOption.code(in: store), aboutMeeting: meetingID)
        if !period.isOpen { positions.removeAll { !period.contains(library.summary(at: Int($0)).date) } }
        if languageOption.language != nil { positions.removeAll { !languageOption.includes(library.summary(at: Int($0)).language) } }
        // JSON carries whole releases: read from their files.
        if output.json { return try Terminal.printJSONArray(positions.lazy.compactMap { library.release(at: Int($0)) }) }
        guard !positions.isEmpty else { return print(SafeText.line(emptyMessage(store: store))) }
        // Two passes over the index, the first to size the columns, so that a library of 100,000
        // releases is printed without holding its rows.
        func row(_ release: ReleaseSummary) -> [String] {
            [(release.date ?? "-") + release.dateStatus.mark, release.id,
             release.place.map { "\($0.name)\($0.country.map { ", \($0)" } ?? "")" } ?? "", release.title]
        }
        let words = Words.current
        var table = TextTable([.init(words.dateColumn), .cut(words.idColumn, to: 12), .cut(words.placeColumn, to: 10),
                               .init(words.titleColumn, flexible: true)])
        var anyUncertain = false
        for position in positions {
            let release = library.summary(at: Int(position))
            table.measure(row(release))
            anyUncertain = anyUncertain || !release.dateStatus.isCertain
        }
        let width = widthOptions.tableWidth
        print(table.header(width: width))
        for position in positions { print(table.line(row(library.summary(at: Int(position))), width: width)) }
        print(words.releases(positions.count))
        if anyUncertain { Terminal.printLines(widthOptions.lines(words.legend)) }
    }

    /// The id of the meeting named by its number, roman or arabic, or by its id; exits 64 on another.
    static func meetingID(_ name: String, in store: Store) -> String {
        let key = name.trimmingCharacters(in: .whitespaces)
        let found = store.meetings.first { $0.id == key || $0.roman.caseInsensitiveCompare(key) == .orderedSame || String($0.number) == key }
        guard let found else {
            let range = Words.current.range(from: store.meetings.first?.roman ?? "", to: store.meetings.last?.roman ?? "")
            Terminal.fail(Words.current.unknownMeeting(name, range: range), code: 64)
        }
        return found.id
    }

    /// "No releases about meeting XV mention Jamaica from 2005 to 2010.": what narrowed the list.
    private func emptyMessage(store: Store) -> String {
        let words = Words.current
        let found = meeting.map { Self.meetingID($0, in: store) }.flatMap(store.meeting(id:))
        return words.noReleases(meeting: found?.roman, country: countryOption.code(in: store).map { store.countryName($0, in: words.language) },
                                language: languageOption.language, since: periodOptions.since, until: periodOptions.until)
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Words.current.showAbstract)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var dataOptions: DataOptions
    @Argument(help: ArgumentHelp(Words.current.releaseIDHelp), completion: Completions.releaseIDs) var id: String
    @Option(name: .long, help: ArgumentHelp(Words.current.formatHelp)) var format: Format?
    @Flag(name: .long, help: ArgumentHelp(Words.current.showJSONHelp)) var json = false

    func validate() throws {
        if json, let format, format != .json { throw ValidationError(Words.current.formatsConflict(format.rawValue)) }
    }

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        guard let release = library.release(id: id) else {
            let close = (0..<library.count).lazy.map(library.id(at:)).filter { $0.contains(id) }.prefix(3)
            Terminal.fail(Words.current.noRelease(id, closest: Array(close)), code: 64)
        }
        let formatter = ReleaseFormatter(store: store, words: Words.current)
        switch json ? .json : format ?? .text {
        case .json: try Terminal.printJSON(release)
        case .markdown: print(formatter.markdown(release), terminator: "")
        case .text: print(formatter.plainText(release, width: Terminal.width), terminator: "")
        }
    }
}

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Words.current.quotesAbstract)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @Option(name: .long, help: ArgumentHelp(Words.current.speakerHelp, valueName: Words.current.nameValue))
    var speaker: String?
    @OptionGroup var output: JSONFlag
    @OptionGroup var widthOptions: WidthOptions

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        let numbers = library.quotes(of: library.positions(mentioning: countryOption.code(in: store)))
        let quotes = numbers.lazy.compactMap { library.quoteEntry(Int($0)) }.filter { QuoteEntry.speaker($0.quote.speaker, matches: speaker) }
        if output.json { return try Terminal.printJSONArray(quotes) }
        // Printed as they are read: a library's hundreds of thousands of quotes are never held.
        // Never narrower than 20 columns: a tiny window must not wrap the quotes away to nothing.
        let width = widthOptions.wrapWidth(reading: 100)
        let words = Words.current
        let formatter = ReleaseFormatter(store: store, words: words)
        var count = 0
        for entry in quotes {
            Terminal.printLines(WordWrap.lines(SafeText.line(formatter.attribution(entry.quote)), width: width))
            for line in WordWrap.lines(SafeText.line("\"\(entry.quote.text)\""), width: width - 2) { print("  " + line) }
            let date = formatter.dateLabel(entry.releaseDate, entry.releaseDateStatus, long: true)
            let source = words.quoteSource(title: entry.releaseTitle, date: date, id: entry.releaseID, paragraph: entry.quote.paragraph + 1)
            for line in WordWrap.lines(SafeText.line(source), width: width - 2) { print("  " + line) }
            print("")
            count += 1
        }
        print(count == 0 ? words.noQuotesMatch : words.quotes(count))
    }
}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Words.current.timelineAbstract)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @OptionGroup var output: JSONFlag
    @Flag(name: .long, help: ArgumentHelp(Words.current.chartHelp))
    var chart = false
    @Option(name: .long, help: ArgumentHelp(Words.current.chartWidthHelp, valueName: Words.current.columnsValue))
    var width: Int?

    /// Wider than any terminal, as for the map.
    static let maximumWidth = 1000

    /// What `--json` prints: the meetings and the presidencies, each narrowed by `--country`.
    struct Record: Encodable {
        let meetings: [Meeting]
        let presidencies: [Presidency]
    }

    func validate() throws {
        if chart && output.json { throw ValidationError(Words.current.chartAndJSON) }
        if width != nil && !chart { throw ValidationError(Words.current.widthNeedsChart) }
        if let width, !(1...Self.maximumWidth).contains(width) {
            throw ValidationError(Words.current.widthRange(Self.maximumWidth))
        }
    }

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        let country = countryOption.code(in: store)
        let meetings = store.meetings(hostedBy: country)
        if output.json {
            return try Terminal.printJSON(Record(meetings: meetings, presidencies: store.presidencies.filter { country == nil || $0.country == country }))
        }
        if chart { return printChart(store: store, library: library, country: country) }
        let words = Words.current
        guard !meetings.isEmpty else {
            return print(SafeText.line(words.noMeetings(hostedBy: country.map { store.countryName($0, in: words.language) },
                                                        hosted: country.map { MeetingText.hosted(by: $0, store: store, words: words) })))
        }
        var table = TextTable([.init(words.numberColumn), .init(words.yearColumn), .init(words.datesColumn), .init(words.placeColumn),
                               .init(words.statusColumn), .init(words.themeColumn, flexible: true)])
        for meeting in meetings {
            table.append([meeting.roman, MeetingText.year(meeting), MeetingText.dates(meeting, words: words),
                          MeetingText.place(meeting, store: store, words: words), words.status(meeting.status), meeting.theme ?? ""])
        }
        Terminal.printLines(table.render(width: Terminal.width))
        // Narrowed to a host, the count says what is not known of the others.
        print(words.meetings(meetings.count) + (country.map { words.hostedSummary(MeetingText.hosted(by: $0, store: store, words: words)) } ?? ""))
        print(words.legend)
    }

    /// The picture the browser shows under the timeline, at the terminal's width (80 when not a
    /// terminal), in ASCII when the locale is not UTF-8.
    private func printChart(store: Store, library: Library, country: String?) {
        guard let years = store.conferenceYears else { return print(Words.current.noMeetingsOfKnownYear) }
        let releases = ReleaseYears(positions: library.positions(mentioning: country), library: library, years: years)
        let picture = ConferenceStrip.picture(store: store, releases: releases, narrowedTo: country, unicode: Terminal.supportsUnicode, language: .english)
        let lines = picture?.lines(width: width ?? Terminal.width ?? 80) ?? []
        guard !lines.isEmpty else { Terminal.fail(Words.current.tooNarrowForPicture, code: 1) }
        Terminal.printLines(lines.map { String($0.plainText.reversed().drop { $0 == " " }.reversed()) })
    }
}

struct Members: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Words.current.membersAbstract)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: JSONFlag
    @OptionGroup var mapOptions: MapOptions

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        if mapOptions.map { return mapOptions.printMap(store: store, dataDirectory: store.directory) }
        if output.json { return try Terminal.printJSON(store.members + store.observers) }
        let words = Words.current
        let other: InterfaceLanguage = words.language == .spanish ? .english : .spanish
        for (heading, countries) in [(words.memberStates, store.members), (words.observerCountries, store.observers)] {
            print("\(heading) (\(countries.count))")
            var table = TextTable([.init(words.codeColumn), .init(words.nameColumn), .init(words.otherNameColumn), .init(words.capitalColumn),
                                   .init(words.sinceColumn), .init(words.releasesColumn)])
            for country in countries {
                let since = country.memberSince.map { "\($0)\(country.memberSinceStatus?.mark ?? "")" } ?? "-"
                table.append([country.code, country.name(in: words.language), country.name(in: other), country.capital ?? "-", since,
                              String(library.mentions[country.code]?.releases ?? 0)])
            }
            Terminal.printLines(table.render(width: Terminal.width))
            print("")
        }
        printHistory(store: store)
        print(words.legend)
    }

    /// Who hosted the meetings and held the presidency, as far as Data knows: the columns count
    /// what is known, and what is not is said under them.
    private func printHistory(store: Store) {
        let words = Words.current
        print(words.hostsAndPresidencies)
        var table = TextTable([.init(words.codeColumn), .init(words.nameColumn), .init(words.hostedColumn), .init(words.presidencyColumn, flexible: true)])
        for country in store.members + store.observers {
            table.append([country.code, country.name(in: words.language), MeetingText.hostedOnRecord(by: country.code, store: store, words: words),
                          Self.presidencyCell(country.code, store: store)])
        }
        Terminal.printLines(table.render(width: Terminal.width))
        let width = max(min(Terminal.width ?? 100, 100), 20)
        let unknownHosts = store.meetings.filter { $0.country == nil }.map(\.roman)
        if !unknownHosts.isEmpty {
            Terminal.printLines(WordWrap.lines(words.unknownHostsNote(unknownHosts.count, meetings: unknownHosts), width: width))
        }
        if let years = store.conferenceYears {
            let unknown = years.filter { year in !store.presidencies.contains { $0.year == year && $0.country != nil } }
            Terminal.printLines(WordWrap.lines(words.unknownPresidenciesNote(unknown.count, of: years), width: width))
        }
        print("")
    }

    /// The years held, the uncertain ones marked: "2010 2015 2021 2014~".
    static func presidencyCell(_ code: String, store: Store) -> String {
        let held = store.presidencies.filter { $0.country == code }.map { "\($0.year)\($0.status.mark)" }
        return held.isEmpty ? "-" : held.joined(separator: " ")
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Words.current.validateAbstract)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: JSONFlag

    func run() throws {
        if output.json {
            let report = ValidationReport(locator: DataLocator(explicit: dataOptions.data))
            try Terminal.printJSON(report)
            if !report.ok { throw ExitCode(report.exitCode) }
            return
        }
        let store = try dataOptions.loadStore()
        print(SafeText.line(Words.current.dataOK(store.directory, releases: store.releases.count, meetings: store.meetings.count,
                                                 countries: store.countries.count, organizations: store.organizations.count)))
    }
}

