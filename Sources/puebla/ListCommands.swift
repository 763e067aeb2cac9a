import ArgumentParser
import Foundation
import PueblaKit

struct Releases: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List releases, newest first.")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @OptionGroup var output: JSONFlag

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        let positions = library.positions(mentioning: countryOption.code(in: store))
        // JSON carries whole releases: read from their files.
        if output.json { return try Terminal.printJSONArray(positions.lazy.compactMap { library.release(at: Int($0)) }) }
        guard !positions.isEmpty else {
            return print(SafeText.line("No releases" + (countryOption.country.map { " mention \($0)." } ?? ".")))
        }
        // Two passes over the index, the first to size the columns, so that a library of 100,000
        // releases is printed without holding its rows.
        func row(_ release: ReleaseSummary) -> [String] {
            [(release.date ?? "-") + release.dateStatus.mark, release.id,
             release.place.map { "\($0.name)\($0.country.map { ", \($0)" } ?? "")" } ?? "", release.title]
        }
        var table = TextTable([.init("DATE"), .init("ID"), .init("PLACE"), .init("TITLE", flexible: true)])
        var anyUncertain = false
        for position in positions {
            let release = library.summary(at: Int(position))
            table.measure(row(release))
            anyUncertain = anyUncertain || !release.dateStatus.isCertain
        }
        let width = Terminal.width
        print(table.header(width: width))
        for position in positions { print(table.line(row(library.summary(at: Int(position))), width: width)) }
        print(countLine(positions.count, "release"))
        if anyUncertain { print(MeetingText.legend) }
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one release.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var dataOptions: DataOptions
    @Argument(help: "The release's id (see `puebla releases`).") var id: String
    @Option(name: .long, help: "text, markdown or json.") var format: Format = .text

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        guard let release = library.release(id: id) else {
            let close = (0..<library.count).lazy.map(library.id(at:)).filter { $0.contains(id) }.prefix(3)
            Terminal.fail("no release \"\(id)\"" + (close.isEmpty ? "; `puebla releases` lists them" : "; did you mean \(close.joined(separator: ", "))?"), code: 64)
        }
        let formatter = ReleaseFormatter(store: store)
        switch format {
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

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        let numbers = library.quotes(of: library.positions(mentioning: countryOption.code(in: store)))
        let quotes = numbers.lazy.compactMap { library.quoteEntry(Int($0)) }.filter { QuoteEntry.speaker($0.quote.speaker, matches: speaker) }
        if output.json { return try Terminal.printJSONArray(quotes) }
        // Printed as they are read: a library's hundreds of thousands of quotes are never held.
        // Never narrower than 20 columns: a tiny window must not wrap the quotes away to nothing.
        let width = max(min(Terminal.width ?? 100, 100), 20)
        var count = 0
        for entry in quotes {
            Terminal.printLines(WordWrap.lines(SafeText.line(ReleaseFormatter.attribution(entry.quote)), width: width))
            for line in WordWrap.lines(SafeText.line("\"\(entry.quote.text)\""), width: width - 2) { print("  " + line) }
            let date = ReleaseFormatter.dateLabel(entry.releaseDate, entry.releaseDateStatus)
            let source = "in \(entry.releaseTitle) (\(date); \(entry.releaseID), paragraph \(entry.quote.paragraph + 1))"
            for line in WordWrap.lines(SafeText.line(source), width: width - 2) { print("  " + line) }
            print("")
            count += 1
        }
        print(count == 0 ? "No quotes match." : countLine(count, "quote"))
    }
}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The conference's annual meetings, by number.")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @OptionGroup var output: JSONFlag

    func run() throws {
        // Releases are not listed, but checked as every command checks them.
        let (store, _) = try dataOptions.openLibrary()
        let meetings = store.meetings(hostedBy: countryOption.code(in: store))
        if output.json { return try Terminal.printJSON(meetings) }
        guard !meetings.isEmpty else { return print(SafeText.line("No meetings" + (countryOption.country.map { " hosted by \($0)." } ?? "."))) }
        var table = TextTable([.init("NO."), .init("YEAR"), .init("DATES"), .init("PLACE"), .init("STATUS"), .init("THEME", flexible: true)])
        for meeting in meetings {
            table.append([meeting.roman, MeetingText.year(meeting), MeetingText.dates(meeting),
                          MeetingText.place(meeting, store: store), meeting.status.rawValue, meeting.theme ?? ""])
        }
        Terminal.printLines(table.render(width: Terminal.width))
        print(countLine(meetings.count, "meeting"))
        print(MeetingText.legend)
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
        print(MeetingText.legend)
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
        print("\(SafeText.line(store.directory)): OK (\(countLine(store.releases.count, "release")), \(store.meetings.count) meetings, "
              + "\(store.countries.count) countries, \(store.organizations.count) organizations)")
    }
}

func countLine(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

