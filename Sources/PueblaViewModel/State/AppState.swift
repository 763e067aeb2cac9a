import PueblaKit

/// The whole state of the browser. Only `update(_:_:)` changes it; drawing is a function of it.
public struct AppState: Sendable {
    public private(set) var store: Store
    public private(set) var layout: Layout
    public internal(set) var pane: Pane = .releases
    /// The ISO code of the country everything is narrowed to.
    public internal(set) var countryFilter: String?
    /// The meeting whose releases the releases pane shows (Enter on the timeline).
    public internal(set) var meetingFilter: String?
    public internal(set) var screen: Screen = .panes
    public internal(set) var overlay: Overlay?
    public internal(set) var message: String?
    public internal(set) var wantsToQuit = false
    /// Releases opened in the reader.
    public internal(set) var readReleases: Set<String> = []

    /// Selection and scroll of each pane's list.
    var positions: [Pane: ListPosition] = [:]

    // What each pane lists under the current filters, recomputed when a filter or the data changes.
    public private(set) var releases: [Release] = []
    public private(set) var quotes: [QuoteEntry] = []
    public private(set) var meetings: [Meeting] = []
    public private(set) var memberRows: [MemberRow] = []

    public enum Screen: Sendable, Equatable {
        case panes
        /// The selected item's detail over the whole body (narrow terminals).
        case detail(top: Int)
        case reader(ReaderState)
    }

    public enum Overlay: Sendable, Equatable {
        case help
        case countryPicker(CountryPicker)
    }

    public init(store: Store, rows: Int, columns: Int, countryFilter: String? = nil) {
        self.store = store
        self.layout = Layout(rows: rows, columns: columns)
        self.countryFilter = countryFilter
        recomputeLists()
    }

    public func position(of pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }

    public func rowCount(_ pane: Pane) -> Int {
        switch pane {
        case .releases: return releases.count
        case .quotes: return quotes.count
        case .timeline: return meetings.count
        case .members: return memberRows.count
        }
    }

    /// Rows of a pane's list that the screen shows.
    public func listHeight(_ pane: Pane) -> Int {
        // The timeline keeps its last line for the legend of uncertainty marks.
        max(1, layout.list.height - (pane == .timeline ? 1 : 0))
    }

    public var selectedRelease: Release? {
        let index = position(of: .releases).selection
        return releases.indices.contains(index) ? releases[index] : nil
    }

    public var selectedQuote: QuoteEntry? {
        let index = position(of: .quotes).selection
        return quotes.indices.contains(index) ? quotes[index] : nil
    }

    public var selectedMeeting: Meeting? {
        let index = position(of: .timeline).selection
        return meetings.indices.contains(index) ? meetings[index] : nil
    }

    public var selectedCountry: Country? {
        let index = position(of: .members).selection
        guard memberRows.indices.contains(index), case .country(let country) = memberRows[index] else { return nil }
        return country
    }

    mutating func replaceStore(_ newStore: Store) {
        store = newStore
        recomputeLists()
    }

    mutating func resize(rows: Int, columns: Int) {
        layout = Layout(rows: rows, columns: columns)
    }

    /// Re-derives every pane's list from the store and the filters, keeping each selection on the
    /// same item where it is still listed.
    mutating func recomputeLists() {
        let keptIDs: [Pane: String] = [
            .releases: selectedRelease?.id, .quotes: selectedQuote?.id,
            .timeline: selectedMeeting?.id, .members: selectedCountry?.code,
        ].compactMapValues { $0 }

        releases = store.releases(mentioning: countryFilter).filter { meetingFilter == nil || $0.meeting == meetingFilter }
        quotes = store.quotes(country: countryFilter)
        meetings = store.meetings(hostedBy: countryFilter)
        memberRows = MemberRow.rows(for: store)

        let ids: [Pane: [String]] = [
            .releases: releases.map(\.id), .quotes: quotes.map(\.id),
            .timeline: meetings.map(\.id), .members: memberRows.map(\.id),
        ]
        for pane in Pane.allCases {
            var position = self.position(of: pane)
            if let kept = keptIDs[pane], let index = ids[pane]?.firstIndex(of: kept) {
                position.selection = index
            }
            positions[pane] = position
            clampSelection(of: pane)
        }
        if pane == .members, let filter = countryFilter, let index = memberRows.firstIndex(where: { $0.id == filter }) {
            positions[.members]?.selection = index
            clampSelection(of: .members)
        }
    }

    /// Keeps the selection on a selectable row and inside the list, and the list scrolled to show it.
    mutating func clampSelection(of pane: Pane, direction: Int = 1) {
        var position = self.position(of: pane)
        let count = rowCount(pane)
        position.selection = min(max(0, position.selection), max(0, count - 1))
        if pane == .members {
            position.selection = MemberRow.nearestSelectable(memberRows, from: position.selection, direction: direction)
        }
        position.scrollToShow(height: listHeight(pane), count: count)
        positions[pane] = position
    }
}

/// A list's selected row and first visible row.
public struct ListPosition: Sendable, Equatable {
    public var selection = 0
    public var top = 0

    mutating func scrollToShow(height: Int, count: Int) {
        if selection < top { top = selection }
        if selection >= top + height { top = selection - height + 1 }
        top = max(0, min(top, max(0, count - height)))
    }
}

/// A row of the members pane: a group heading or a country.
public enum MemberRow: Sendable, Equatable {
    case heading(String)
    case country(Country)

    public var id: String {
        switch self {
        case .heading(let text): return "#" + text
        case .country(let country): return country.code
        }
    }

    static func rows(for store: Store) -> [MemberRow] {
        let members = store.members, observers = store.observers
        return [.heading("Member states (\(members.count))")] + members.map(MemberRow.country)
            + [.heading("Observer countries (\(observers.count))")] + observers.map(MemberRow.country)
    }

    /// The index of the nearest country row from `index`, looking first in `direction`.
    static func nearestSelectable(_ rows: [MemberRow], from index: Int, direction: Int) -> Int {
        func isCountry(_ i: Int) -> Bool {
            if rows.indices.contains(i), case .country = rows[i] { return true }
            return false
        }
        let step = direction < 0 ? -1 : 1
        var i = index
        while rows.indices.contains(i) {
            if isCountry(i) { return i }
            i += step
        }
        i = index
        while rows.indices.contains(i) {
            if isCountry(i) { return i }
            i -= step
        }
        return index
    }
}

/// The country picker opened with `c`: what has been typed and the countries that match it.
public struct CountryPicker: Sendable, Equatable {
    public internal(set) var query = ""
    public internal(set) var candidates: [Country]
    public internal(set) var selection = 0
}
