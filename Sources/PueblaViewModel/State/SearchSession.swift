import PueblaKit

/// The search opened with `/`: the line typed, its results as rows, and where the user is in them.
public struct SearchSession: Sendable, Equatable {
    public internal(set) var text = ""
    public internal(set) var query = SearchQuery("")
    public internal(set) var rows: [SearchRow] = []
    public internal(set) var position = ListPosition()
    /// Typing goes to the search line; after Enter, keys move among the results.
    public internal(set) var isEditing = true

    /// While the whole search runs in the background: the rows are the releases it ranks first
    /// (every word in the title), and the counts are still to come.
    public internal(set) var isCounting = false
    /// Searches that read more bytes of postings than this (a few milliseconds' worth) run in the
    /// background, so that a key is answered at once, the first letter on a large library included.
    var backgroundCost = 256 * 1024

    /// Rows of each kind shown at most: past that, narrowing the search is the way.
    public static let rowsPerKind = 500

    /// The first rows of a search still counted: the releases with every word in their title.
    static func firstRows(_ releases: [ReleaseHit], in state: AppState) -> [SearchRow] {
        let library = state.library
        let passes = library.mentionTest(for: state.countryFilter)
        // The heading even with no title match: "Nothing matches" would be said too soon.
        let shown = releases.lazy.filter { passes($0.index) }.prefix(rowsPerKind)
        return [.heading(state.words.countingHeading(.releases))] + shown.map { .release(library.summary(at: $0.index)) }
    }

    /// Result rows under headings, only what the country filter lets through.
    static func rows(for results: SearchResults, in state: AppState) -> [SearchRow] {
        let store = state.store, library = state.library
        let filter = state.countryFilter
        let passes = library.mentionTest(for: filter)
        let releases = results.releases.filter { passes($0.index) }
        let quotes = results.quotes.filter { passes($0.releaseIndex) }
        let meetings = results.meetings.map { store.meetings[$0.index] }.filter { filter == nil || $0.country == filter }
        let countries = results.countries.map { store.countries[$0.index] }
        var rows: [SearchRow] = []
        /// A heading with the count, then the first `rowsPerKind` items (the heading says when there are more).
        func section<Item>(_ kind: ResultKind, _ items: [Item], _ row: (Item) -> SearchRow?) {
            guard !items.isEmpty else { return }
            rows.append(.heading(state.words.resultsHeading(kind, shown: min(items.count, rowsPerKind), of: items.count)))
            rows += items.prefix(rowsPerKind).compactMap(row)
        }
        section(.releases, releases) { .release(library.summary(at: $0.index)) }
        section(.quotes, quotes) { library.quoteEntry(for: $0).map(SearchRow.quote) }
        section(.meetings, meetings, SearchRow.meeting)
        section(.countries, countries, SearchRow.country)
        return rows
    }

    /// How many results (not headings) there are.
    public var resultCount: Int { rows.filter(\.isSelectable).count }
}

/// A search `update` wants run off the loop: the loop runs it (`Effect.search`) and brings the
/// results back (`Action.searchFound`).
public struct SearchRequest: Sendable, Equatable {
    public let query: SearchQuery
    let index: LibrarySearch

    /// The whole search: what the loop runs in the background.
    public func run() -> SearchResults {
        index.search(query)
    }

    public static func == (left: SearchRequest, right: SearchRequest) -> Bool {
        left.query == right.query
    }
}

public enum SearchRow: Sendable, Equatable {
    case heading(String)
    case release(ReleaseSummary)
    case quote(QuoteEntry)
    case meeting(Meeting)
    case country(Country)

    public var isSelectable: Bool {
        if case .heading = self { return false }
        return true
    }
}
