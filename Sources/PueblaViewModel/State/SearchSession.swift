import PueblaIndex
import PueblaKit

/// The search opened with `/`: the line typed, its results as rows, and where the user is in them.
public struct SearchSession: Sendable, Equatable {
    public internal(set) var text = ""
    public internal(set) var query = SearchQuery("")
    public internal(set) var rows: SearchRows
    public internal(set) var position = ListPosition()
    /// Typing goes to the search line; after Enter, keys move among the results.
    public internal(set) var isEditing = true

    /// While the whole search runs in the background: the rows are the releases it ranks first
    /// (every word in the title), and the counts are still to come.
    public internal(set) var isCounting = false
    /// Searches that read more bytes of postings than this (some 2 ms' worth) run in the background,
    /// so that a key is answered at once, the first letter on a large library included: the first
    /// rows then cost at most about as much.
    var backgroundCost = 64 * 1024

    /// Rows of each kind shown at most: past that, narrowing the search is the way.
    public static let rowsPerKind = 500

    init(library: Library) {
        rows = SearchRows([], library: library)
    }

    /// Title matches shown while the whole search is counted: a screenful or two at the largest
    /// terminal, found by reading the titles' lists only as far as that (the rest come with the count).
    static let firstRowCount = 64

    /// The first rows of a search still counted: the first releases with every word in their title
    /// that the country filter lets through.
    static func firstRows(_ releases: [ReleaseHit], in state: AppState) -> SearchRows {
        // The heading even with no title match: "Nothing matches" would be said too soon.
        SearchRows([.heading(state.words.countingHeading(.releases))] + releases.map { .release($0.index) }, library: state.library)
    }

    /// Result rows under headings, only what the country filter lets through.
    static func rows(for results: SearchResults, in state: AppState) -> SearchRows {
        let store = state.store, library = state.library
        let filter = state.countryFilter
        let passes = library.mentionTest(for: filter)
        let releases = results.releases.filter { passes($0.index) }
        let quotes = results.quotes.filter { passes($0.releaseIndex) }
        let meetings = results.meetings.map { store.meetings[$0.index] }.filter { filter == nil || $0.country == filter }
        let countries = results.countries.map { store.countries[$0.index] }
        var entries: [SearchRows.Entry] = []
        /// A heading with the count, then the first `rowsPerKind` items (the heading says when there are more).
        func section<Item>(_ kind: ResultKind, _ items: [Item], _ entry: (Item) -> SearchRows.Entry) {
            guard !items.isEmpty else { return }
            entries.append(.heading(state.words.resultsHeading(kind, shown: min(items.count, rowsPerKind), of: items.count)))
            entries += items.prefix(rowsPerKind).map(entry)
        }
        section(.releases, releases) { .release($0.index) }
        section(.quotes, quotes, SearchRows.Entry.quote)
        section(.meetings, meetings, SearchRows.Entry.meeting)
        section(.countries, countries, SearchRows.Entry.country)
        return SearchRows(entries, library: library)
    }

    /// How many results (not headings) there are.
    public var resultCount: Int { rows.resultCount }
}

/// A search's results as rows. What each row stands for (a list position, a quote found) is kept
/// for every result, a few bytes each; the row itself, a title, date and place decoded from the
/// index, is made when it is read, so that only the rows drawn are made, however many were found.
public struct SearchRows: RandomAccessCollection, Sendable, Equatable {
    enum Entry: Sendable, Equatable {
        case heading(String)
        case release(Int)
        case quote(QuoteHit)
        case meeting(Meeting)
        case country(Country)
    }

    let entries: [Entry]
    let library: Library

    init(_ entries: [Entry], library: Library) {
        self.entries = entries
        self.library = library
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }

    public subscript(index: Int) -> SearchRow {
        switch entries[index] {
        case .heading(let text): .heading(text)
        case .release(let position): .release(library.summary(at: position))
        // A quote the index found but cannot give back is damage the checksum did not see: its release then.
        case .quote(let hit): library.quoteEntry(for: hit).map(SearchRow.quote) ?? .release(library.summary(at: hit.releaseIndex))
        case .meeting(let meeting): .meeting(meeting)
        case .country(let country): .country(country)
        }
    }

    /// Whether the row at `index` is a result (not a heading), without making the row.
    public func isSelectable(at index: Int) -> Bool {
        if case .heading = entries[index] { return false }
        return true
    }

    /// How many results (not headings) there are.
    public var resultCount: Int { entries.indices.count { isSelectable(at: $0) } }

    /// How many results there are up to the row at `index`, that one included.
    public func ordinal(of index: Int) -> Int {
        entries.indices.prefix(index + 1).count { isSelectable(at: $0) }
    }

    /// The ids of the releases among the results, read without making their rows.
    public var releaseIDs: [String] {
        entries.compactMap { if case .release(let position) = $0 { library.id(at: position) } else { nil } }
    }

    /// The same results: their rows are alike.
    public static func == (left: SearchRows, right: SearchRows) -> Bool {
        left.elementsEqual(right)
    }
}

/// A search `update` wants run off the loop: the loop runs it (`Effect.search`) and brings the
/// results back (`Action.searchFound`).
public struct SearchRequest: Sendable, Equatable {
    public let query: SearchQuery
    let index: LibrarySearch

    /// The whole search: what the loop runs in the background; given up once `stopped` says so.
    public func run(stopped: () -> Bool = { false }) -> SearchResults {
        index.search(query, stopped: stopped)
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
