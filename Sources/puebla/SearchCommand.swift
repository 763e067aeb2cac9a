import ArgumentParser
import Foundation
import PueblaIndex
import PueblaKit

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Words.current.searchAbstract,
        discussion: Words.current.searchDiscussion
    )

    @OptionGroup var dataOptions: DataOptions
    @Argument(help: ArgumentHelp(Words.current.searchWordsHelp)) var words: [String]
    @OptionGroup var countryOption: CountryOption
    @OptionGroup var languageOption: ReleaseLanguageOption
    @OptionGroup var output: JSONFlag
    @OptionGroup var widthOptions: WidthOptions

    func validate() throws {
        if SearchQuery(words.joined(separator: " ")).isEmpty {
            throw ValidationError(Words.current.giveAWord)
        }
    }

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        let results = library.search(with: store).search(SearchQuery(words.joined(separator: " ")))
            .narrowed(to: countryOption.code(in: store), store: store, library: library)
            .written(in: languageOption, library: library)
        if output.json { return try Terminal.printJSON(SearchOutput(results, store: store, library: library)) }
        guard !results.isEmpty else {
            let country = countryOption.code(in: store).map { store.countryName($0, in: Words.current.language) }
            return print(SafeText.line(Words.current.searchFoundNothing(results.query.text, country: country)))
        }
        var sections: [[String]] = []
        if !results.releases.isEmpty { sections.append(releaseLines(results, library: library)) }
        if !results.quotes.isEmpty { sections.append(quoteLines(results, library: library)) }
        if !results.meetings.isEmpty { sections.append(meetingLines(results, store: store)) }
        if !results.countries.isEmpty { sections.append(countryLines(results, store: store)) }
        Terminal.printLines(sections.joined(separator: [""]).map { $0 })
        let uncertain = results.releases.contains { !library.summary(at: $0.index).dateStatus.isCertain }
            || results.meetings.contains { hit in
                let meeting = store.meetings[hit.index]
                return !meeting.yearStatus.isCertain || !meeting.placeStatus.isCertain
            }
        if uncertain { Terminal.printLines(widthOptions.lines(Words.current.legend)) }
    }

    private func releaseLines(_ results: SearchResults, library: Library) -> [String] {
        let words = Words.current
        var table = TextTable([.init(words.dateColumn), .cut(words.idColumn, to: 12), .cut(words.matchColumn, to: 10), .init(words.titleColumn, flexible: true)])
        // Which paragraphs matched is read from each release's file (the index keeps no paragraphs),
        // on all cores: a common word matches most of a large library.
        let matches = [String].parallel(count: results.releases.count) { number in
            let hit = results.releases[number]
            var match = hit.matched.contains(.title) ? [words.titleMatch] : []
            if hit.matched.contains(.paragraphs), let paragraphTexts = library.release(at: hit.index)?.paragraphs {
                let paragraphs = Set(MatchList(query: results.query, texts: paragraphTexts).matches.map(\.text)).sorted()
                match.append(words.paragraphsMatch(paragraphs.map { $0 + 1 }))
            }
            return match.joined(separator: ", ")
        }
        for (hit, match) in zip(results.releases, matches) {
            let release = library.summary(at: hit.index)
            table.append([(release.date ?? "-") + release.dateStatus.mark, release.id, match, release.title])
        }
        return [words.releases(results.releases.count)] + table.render(width: widthOptions.tableWidth)
    }

    private func quoteLines(_ results: SearchResults, library: Library) -> [String] {
        let words = Words.current
        var table = TextTable([.cut(words.quoteColumn, to: 12), .cut(words.speakerColumn, to: 12), .cut(words.matchColumn, to: 10),
                               .init(words.textColumn, flexible: true)])
        for hit in results.quotes {
            guard let quote = library.quoteEntry(for: hit)?.quote else { continue }
            table.append([hit.id, quote.speaker ?? words.unattributed, words.field(hit.matched), quote.text])
        }
        return [words.quotes(results.quotes.count)] + table.render(width: widthOptions.tableWidth)
    }

    private func meetingLines(_ results: SearchResults, store: Store) -> [String] {
        let words = Words.current
        var table = TextTable([.init(words.numberColumn), .init(words.yearColumn), .cut(words.placeColumn, to: 12), .cut(words.matchColumn, to: 10),
                               .init(words.themeColumn, flexible: true)])
        for hit in results.meetings {
            let meeting = store.meetings[hit.index]
            table.append([meeting.roman, MeetingText.year(meeting), MeetingText.place(meeting, store: store, words: words),
                          words.field(hit.matched), meeting.theme ?? ""])
        }
        return [words.meetings(results.meetings.count)] + table.render(width: widthOptions.tableWidth)
    }

    private func countryLines(_ results: SearchResults, store: Store) -> [String] {
        let words = Words.current
        let other: InterfaceLanguage = words.language == .spanish ? .english : .spanish
        var table = TextTable([.init(words.codeColumn), .init(words.nameColumn), .init(words.otherNameColumn), .init(words.matchColumn)])
        for hit in results.countries {
            let country = store.countries[hit.index]
            table.append([country.code, country.name(in: words.language), country.name(in: other), words.field(hit.matched)])
        }
        return [words.countries(results.countries.count)] + table.render(width: widthOptions.tableWidth)
    }
}

extension SearchResults {
    /// What concerns `country` (every result when nil), as the browser's search under a country
    /// filter shows: releases that mention it, quotes in those, meetings it hosted; countries all.
    fileprivate func narrowed(to country: String?, store: Store, library: Library) -> SearchResults {
        guard let country else { return self }
        let mentions = library.mentionTest(for: country)
        return SearchResults(query: query, releases: releases.filter { mentions($0.index) },
                             quotes: quotes.filter { mentions($0.releaseIndex) },
                             meetings: meetings.filter { store.meetings[$0.index].country == country }, countries: countries)
    }
}

extension SearchResults {
    /// The releases written in the language asked for, and the quotes in them (every result when
    /// none is); meetings and countries are not written in a language, and stay.
    fileprivate func written(in option: ReleaseLanguageOption, library: Library) -> SearchResults {
        guard option.language != nil else { return self }
        let isWritten = { (index: Int) in option.includes(library.summary(at: index).language) }
        return SearchResults(query: query, releases: releases.filter { isWritten($0.index) }, quotes: quotes.filter { isWritten($0.releaseIndex) },
                             meetings: meetings, countries: countries)
    }
}

/// `puebla search --json`: each hit in rank order, as its item's canonical shape plus what matched.
private struct SearchOutput: Encodable {
    /// The item's own fields, then `matched` (the fields any word matched) and `headlineMatch`
    /// (every word matched the title, the speaker or the place: what ranks first).
    struct Hit<Item: Encodable>: Encodable {
        let item: Item
        let matched: SearchFields
        let headlineMatch: Bool

        enum CodingKeys: String, CodingKey { case matched, headlineMatch }

        func encode(to encoder: Encoder) throws {
            try item.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(matched, forKey: .matched)
            try container.encode(headlineMatch, forKey: .headlineMatch)
        }
    }

    let query: String
    let words: [String]
    let releases: [Hit<Release>]
    let quotes: [Hit<QuoteEntry>]
    let meetings: [Hit<Meeting>]
    let countries: [Hit<Country>]

    init(_ results: SearchResults, store: Store, library: Library) {
        query = results.query.text
        words = results.query.words
        releases = results.releases.compactMap { hit in
            library.release(at: hit.index).map { Hit(item: $0, matched: hit.matched, headlineMatch: hit.isTitleMatch) }
        }
        quotes = results.quotes.compactMap { hit in
            library.quoteEntry(for: hit).map { Hit(item: $0, matched: hit.matched, headlineMatch: hit.isSpeakerMatch) }
        }
        meetings = results.meetings.map { Hit(item: store.meetings[$0.index], matched: $0.matched, headlineMatch: $0.isPlaceMatch) }
        countries = results.countries.map { Hit(item: store.countries[$0.index], matched: $0.matched, headlineMatch: true) }
    }
}
