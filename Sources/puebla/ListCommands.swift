import ArgumentParser
import Foundation
import PueblaKit
import PueblaViewModel

struct Releases: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List releases, newest first.")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @Option(name: .long, help: ArgumentHelp("Only releases about this meeting: its number in roman (XV) or arabic (15) numerals, or its id (rcm-15).", valueName: "meeting"))
    var meeting: String?
    @OptionGroup var periodOptions: PeriodOptions
    @OptionGroup var output: JSONFlag
    @OptionGroup var widthOptions: WidthOptions

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        let meetingID = meeting.map { Self.meetingID($0, in: store) }
        let period = periodOptions.period
        var positions = library.positions(mentioning: countryOption.code(in: store), aboutMeeting: meetingID)
        if !period.isOpen { positions.removeAll { !period.contains(library.summary(at: Int($0)).date) } }
        // JSON carries whole releases: read from their files.
        if output.json { return try Terminal.printJSONArray(positions.lazy.compactMap { library.release(at: Int($0)) }) }
        guard !positions.isEmpty else { return print(SafeText.line(emptyMessage(store: store))) }
        // Two passes over the index, the first to size the columns, so that a library of 100,000
        // releases is printed without holding its rows.
        func row(_ release: ReleaseSummary) -> [String] {
            [(release.date ?? "-") + release.dateStatus.mark, release.id,
             release.place.map { "\($0.name)\($0.country.map { ", \($0)" } ?? "")" } ?? "", release.title]
        }
        var table = TextTable([.init("DATE"), .cut("ID", to: 12), .cut("PLACE", to: 10), .init("TITLE", flexible: true)])
        var anyUncertain = false
        for position in positions {
            let release = library.summary(at: Int(position))
            table.measure(row(release))
            anyUncertain = anyUncertain || !release.dateStatus.isCertain
        }
        let width = widthOptions.tableWidth
        print(table.header(width: width))
        for position in positions { print(table.line(row(library.summary(at: Int(position))), width: width)) }
        print(Plural.count(positions.count, "release"))
        if anyUncertain { Terminal.printLines(widthOptions.lines(English().legend)) }
    }

    /// The id of the meeting named by its number, roman or arabic, or by its id; exits 64 on another.
    static func meetingID(_ name: String, in store: Store) -> String {
        let key = name.trimmingCharacters(in: .whitespaces)
        let found = store.meetings.first { $0.id == key || $0.roman.caseInsensitiveCompare(key) == .orderedSame || String($0.number) == key }
        guard let found else {
            let range = [store.meetings.first, store.meetings.last].compactMap { $0?.roman }.joined(separator: " to ")
            Terminal.fail("unknown meeting \"\(name)\"; give its number (\(range)) or its id: `puebla timeline` lists them", code: 64)
        }
        return found.id
    }

    /// "No releases about meeting XV mention Jamaica from 2005 to 2010.": what narrowed the list.
    private func emptyMessage(store: Store) -> String {
        var text = "No releases"
        if let id = meeting.map({ Self.meetingID($0, in: store) }), let found = store.meeting(id: id) { text += " about meeting \(found.roman)" }
        if let code = countryOption.code(in: store) { text += " mention \(store.countryName(code))" }
        switch (periodOptions.since, periodOptions.until) {
        case let (since?, until?): text += " dated \(since) to \(until)"
        case let (since?, nil): text += " dated \(since) or later"
        case let (nil, until?): text += " dated \(until) or earlier"
        case (nil, nil): break
        }
        return text + "."
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one release.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var dataOptions: DataOptions
    @Argument(help: "The release's id (see `puebla releases`).", completion: Completions.releaseIDs) var id: String
    @Option(name: .long, help: "text, markdown or json.") var format: Format?
    @Flag(name: .long, help: "Print the release's canonical JSON, as --format json does.") var json = false

    func validate() throws {
        if json, let format, format != .json { throw ValidationError("--json and --format \(format.rawValue) do not go together") }
    }

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        guard let release = library.release(id: id) else {
            let close = (0..<library.count).lazy.map(library.id(at:)).filter { $0.contains(id) }.prefix(3)
            Terminal.fail("no release \"\(id)\"" + (close.isEmpty ? "; `puebla releases` lists them" : "; did you mean \(close.joined(separator: ", "))?"), code: 64)
        }
        let formatter = ReleaseFormatter(store: store, words: English())
        switch json ? .json : format ?? .text {
        case .json: try Terminal.printJSON(release)
        case .markdown: print(formatter.markdown(release), terminator: "")
        case .text: print(formatter.plainText(release, width: Terminal.width), terminator: "")
        }
    }
}

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print quotes: who said what, in which role, in which release.")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @Option(name: .long, help: ArgumentHelp("Only quotes by speakers whose name contains this.", valueName: "name"))
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
        let formatter = ReleaseFormatter(store: store, words: English())
        var count = 0
        for entry in quotes {
            Terminal.printLines(WordWrap.lines(SafeText.line(formatter.attribution(entry.quote)), width: width))
            for line in WordWrap.lines(SafeText.line("\"\(entry.quote.text)\""), width: width - 2) { print("  " + line) }
            let date = formatter.dateLabel(entry.releaseDate, entry.releaseDateStatus)
            let source = "in \(entry.releaseTitle) (\(date); \(entry.releaseID), paragraph \(entry.quote.paragraph + 1))"
            for line in WordWrap.lines(SafeText.line(source), width: width - 2) { print("  " + line) }
            print("")
            count += 1
        }
        print(count == 0 ? "No quotes match." : Plural.count(count, "quote"))
    }
}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The conference's annual meetings, by number, and its presidencies.")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @OptionGroup var output: JSONFlag
    @Flag(name: .long, help: "Draw the years as a picture: meetings, hosts, presidencies and the library's releases a year.")
    var chart = false
    @Option(name: .long, help: ArgumentHelp("With --chart: columns (default: the terminal's width, else 80).", valueName: "columns"))
    var width: Int?

    /// Wider than any terminal, as for the map.
    static let maximumWidth = 1000

    /// What `--json` prints: the meetings and the presidencies, each narrowed by `--country`.
    struct Record: Encodable {
        let meetings: [Meeting]
        let presidencies: [Presidency]
    }

    func validate() throws {
        if chart && output.json { throw ValidationError("--chart and --json do not go together") }
        if width != nil && !chart { throw ValidationError("--width goes with --chart") }
        if let width, !(1...Self.maximumWidth).contains(width) {
            throw ValidationError("--width must be between 1 and \(Self.maximumWidth) columns")
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
        guard !meetings.isEmpty else {
            return print(SafeText.line("No meetings" + (country.map { " hosted by \(store.countryName($0)) (\(MeetingText.hosted(by: $0, store: store, words: English())))." } ?? ".")))
        }
        var table = TextTable([.init("NO."), .init("YEAR"), .init("DATES"), .init("PLACE"), .init("STATUS"), .init("THEME", flexible: true)])
        for meeting in meetings {
            table.append([meeting.roman, MeetingText.year(meeting), MeetingText.dates(meeting, words: English()),
                          MeetingText.place(meeting, store: store, words: English()), meeting.status.rawValue, meeting.theme ?? ""])
        }
        Terminal.printLines(table.render(width: Terminal.width))
        // Narrowed to a host, the count says what is not known of the others.
        print(Plural.count(meetings.count, "meeting") + (country.map { "; hosted: \(MeetingText.hosted(by: $0, store: store, words: English()))" } ?? ""))
        print(English().legend)
    }

    /// The picture the browser shows under the timeline, at the terminal's width (80 when not a
    /// terminal), in ASCII when the locale is not UTF-8.
    private func printChart(store: Store, library: Library, country: String?) {
        guard let years = store.conferenceYears else { return print("No meetings of known year on record.") }
        let releases = ReleaseYears(positions: library.positions(mentioning: country), library: library, years: years)
        let picture = ConferenceStrip.picture(store: store, releases: releases, narrowedTo: country, unicode: Terminal.supportsUnicode)
        let lines = picture?.lines(width: width ?? Terminal.width ?? 80) ?? []
        guard !lines.isEmpty else { Terminal.fail("the terminal is too narrow for the picture", code: 1) }
        Terminal.printLines(lines.map { String($0.plainText.reversed().drop { $0 == " " }.reversed()) })
    }
}

struct Members: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Member states and observer countries.")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: JSONFlag
    @OptionGroup var mapOptions: MapOptions

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        if mapOptions.map { return mapOptions.printMap(store: store, dataDirectory: store.directory) }
        if output.json { return try Terminal.printJSON(store.members + store.observers) }
        for (heading, countries) in [("Member states", store.members), ("Observer countries", store.observers)] {
            print("\(heading) (\(countries.count))")
            var table = TextTable([.init("CODE"), .init("NAME"), .init("NOMBRE"), .init("CAPITAL"), .init("SINCE"), .init("RELEASES")])
            for country in countries {
                let since = country.memberSince.map { "\($0)\(country.memberSinceStatus?.mark ?? "")" } ?? "-"
                table.append([country.code, country.name, country.nameEs, country.capital ?? "-", since,
                              String(library.mentions[country.code]?.releases ?? 0)])
            }
            Terminal.printLines(table.render(width: Terminal.width))
            print("")
        }
        printHistory(store: store)
        print(English().legend)
    }

    /// Who hosted the meetings and held the presidency, as far as Data knows: the columns count
    /// what is known, and what is not is said under them.
    private func printHistory(store: Store) {
        print("Meetings hosted and presidencies held")
        var table = TextTable([.init("CODE"), .init("NAME"), .init("HOSTED"), .init("PRESIDENCY", flexible: true)])
        for country in store.members + store.observers {
            table.append([country.code, country.name, MeetingText.hostedOnRecord(by: country.code, store: store, words: English()),
                          Self.presidencyCell(country.code, store: store)])
        }
        Terminal.printLines(table.render(width: Terminal.width))
        let width = max(min(Terminal.width ?? 100, 100), 20)
        let unknownHosts = store.meetings.filter { $0.country == nil }.map(\.roman)
        if !unknownHosts.isEmpty {
            Terminal.printLines(WordWrap.lines("HOSTED counts meetings whose host is on record: \(Plural.count(unknownHosts.count, "meeting's host is", "meetings' hosts are")) unknown (\(unknownHosts.joined(separator: ", "))).", width: width))
        }
        if let years = store.conferenceYears {
            let unknown = years.filter { year in !store.presidencies.contains { $0.year == year && $0.country != nil } }
            Terminal.printLines(WordWrap.lines("PRESIDENCY lists the years a source gives: no source gives the presidency for \(unknown.count) of the \(years.count) years \(years.lowerBound)-\(years.upperBound).", width: width))
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
    static let configuration = CommandConfiguration(abstract: "Check every file in Data; exit 65 with every problem listed when any is wrong.")

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
        print("\(SafeText.line(store.directory)): OK (\(Plural.count(store.releases.count, "release")), \(Plural.count(store.meetings.count, "meeting")), "
              + "\(Plural.count(store.countries.count, "country", "countries")), \(Plural.count(store.organizations.count, "organization")))")
    }
}

