import PueblaKit

/// The search opened with `/`: the line typed, its results as rows, and where the user is in them.
public struct SearchSession: Sendable, Equatable {
    public internal(set) var text = ""
    public internal(set) var query = SearchQuery("")
    public internal(set) var rows: [SearchRow] = []
    public internal(set) var position = ListPosition()
    /// Typing goes to the search line; after Enter, keys move among the results.
    public internal(set) var isEditing = true

    /// Rows of each kind shown at most: past that, narrowing the search is the way.
    public static let rowsPerKind = 500

    /// Result rows under headings, only what the country filter lets through.
    static func rows(for results: SearchResults, in state: AppState) -> [SearchRow] {
        let store = state.store, library = state.library
        let filter = state.countryFilter
        func passes(_ position: Int) -> Bool { filter.map { library.mentions(position, country: $0) } ?? true }
        let releases = results.releases.lazy.filter { passes($0.index) }.prefix(rowsPerKind).map { library.summary(at: $0.index) }
        let quotes = results.quotes.lazy.filter { passes($0.releaseIndex) }.prefix(rowsPerKind)
            .compactMap { library.quoteEntry(for: $0) }
        let meetings = results.meetings.lazy.map { store.meetings[$0.index] }
            .filter { filter == nil || $0.country == filter }.prefix(rowsPerKind)
        let countries = results.countries.lazy.map { store.countries[$0.index] }.prefix(rowsPerKind)
        var rows: [SearchRow] = []
        func section<Items: Collection>(_ title: String, _ items: Items, _ row: (Items.Element) -> SearchRow) {
            guard !items.isEmpty else { return }
            rows.append(.heading("\(title) (\(items.count))"))
            rows += items.map(row)
        }
        section("Releases", Array(releases), SearchRow.release)
        section("Quotes", Array(quotes), SearchRow.quote)
        section("Meetings", Array(meetings), SearchRow.meeting)
        section("Countries", Array(countries), SearchRow.country)
        return rows
    }

    /// How many results (not headings) there are.
    public var resultCount: Int { rows.filter(\.isSelectable).count }
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
