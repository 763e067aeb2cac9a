import PueblaKit

/// What one pane of the tab bar is, in one place: what it lists, the detail of its selected row,
/// what Enter does and what the status bar and the help say it does, what an empty list says, and
/// its name. The state and the drawing ask the current pane's view rather than switching on panes,
/// so that a new pane is one type conforming to this plus its place in `PaneRegistry`.
/// Requirements with a default are what most panes do without saying.
protocol PaneView: Sendable {
    /// Its key in the reading state and the settings.
    var pane: Pane { get }
    /// Its name in the tab bar and the status line.
    func title(_ words: any BrowserWords) -> String
    /// Its rows are long text (titles, quotes) that take the settings' share of the width beside
    /// the detail, rather than leaving the width to the detail. Default: false.
    var hasLongRows: Bool { get }

    // What it lists.
    /// Derives the pane's rows from the data and the filters into the state; `mentioning` is the
    /// library's releases the country filter leaves, which several lists start from. Default: none
    /// (a pane that reads its rows from the state as it is).
    func refresh(_ state: inout AppState, mentioning: [Int32])
    func rowCount(in state: AppState) -> Int
    func row(_ index: Int, in state: AppState, width: Int) -> StyledLine
    /// Whether some rows are headings the selection skips; `isSelectable` is asked only then.
    var hasHeadings: Bool { get }
    /// Every row starts with a blank column, which the arrow cursor's pointer takes, rather than a
    /// column of its own: the rows keep their width. Default: false.
    var leavesPointerColumn: Bool { get }
    func isSelectable(_ index: Int, in state: AppState) -> Bool
    /// The id the reading state keeps the selection by (a release or meeting id, `<release id>#<n>`
    /// for a quote, a country code); `row(ofID:in:)` finds it again.
    func selectedID(in state: AppState) -> String?
    func row(ofID id: String, in state: AppState) -> Int?
    /// The row to select when the lists are derived again while this pane is shown. Default: nil,
    /// the same item where it is still listed.
    func preferredRow(in state: AppState) -> Int?
    /// What a list left empty says (by a filter, or while the releases are indexed).
    func emptyMessage(in state: AppState) -> String
    /// The last line of the list's column, under the rows (a legend). Default: none.
    func legend(in state: AppState, width: Int) -> StyledLine?
    /// A picture across the body under the list and the detail. Default: none.
    func picture(in state: AppState) -> TimelinePicture?

    // Its detail.
    /// The selected row's detail, beside the list or full screen.
    func detail(in state: AppState, into builder: inout DetailBuilder)
    /// The library position of the release whose text the detail shows, read as an effect. Default: nil.
    func releaseForDetail(in state: AppState) -> Int?
    /// What the map under the detail highlights; nil when the pane has no map. Default: nil.
    func mapFocus(in state: AppState) -> MapFocus?

    // Enter and Esc.
    /// On a terminal too narrow for the detail beside the list, Enter shows the detail before it
    /// does what `enter` does. Default: true.
    var showsDetailFirst: Bool { get }
    /// Enter on the selected row (or in its detail).
    func enter(_ state: inout AppState) -> [Effect]
    /// What Enter does here, for the status bar (`short`) and the help.
    func openMeaning(_ words: any BrowserWords, short: Bool) -> String
    /// Whether Esc has something to go back to in this pane, so that q goes back rather than
    /// quits. Default: false.
    func canGoBack(in state: AppState) -> Bool
    func goBack(_ state: inout AppState)

    // What read marks, bookmarks and copying act on. Default: nothing.
    func focusedReleaseID(in state: AppState) -> String?
    func focusedQuote(in state: AppState) -> QuoteEntry?
    /// The releases `A` marks read.
    func listedReleaseIDs(in state: AppState) -> [String]?
}

extension PaneView {
    var hasLongRows: Bool { false }
    func refresh(_ state: inout AppState, mentioning: [Int32]) {}
    var hasHeadings: Bool { false }
    var leavesPointerColumn: Bool { false }
    func isSelectable(_ index: Int, in state: AppState) -> Bool { true }
    func preferredRow(in state: AppState) -> Int? { nil }
    func legend(in state: AppState, width: Int) -> StyledLine? { nil }
    func picture(in state: AppState) -> TimelinePicture? { nil }
    func releaseForDetail(in state: AppState) -> Int? { nil }
    func mapFocus(in state: AppState) -> MapFocus? { nil }
    var showsDetailFirst: Bool { true }
    func canGoBack(in state: AppState) -> Bool { false }
    func goBack(_ state: inout AppState) {}
    func focusedReleaseID(in state: AppState) -> String? { nil }
    func focusedQuote(in state: AppState) -> QuoteEntry? { nil }
    func listedReleaseIDs(in state: AppState) -> [String]? { nil }
}

/// What the map beside a pane highlights: a country, and a point (a capital, a meeting's city).
struct MapFocus {
    var country: String?
    var marker: GeoPoint?
}

/// What the drawing asks of the pane shown.
extension AppState {
    public func title(of pane: Pane) -> String { view(of: pane).title(words) }

    /// What the list says when it has no rows.
    public var emptyMessage: String { currentView.emptyMessage(in: self) }

    /// The last line of the list's column, `width` wide, when the pane has one.
    public func listLegend(width: Int) -> StyledLine? { currentView.legend(in: self, width: width) }

    /// The picture across the body under the list and the detail, when the pane has one.
    public var panePicture: TimelinePicture? { currentView.picture(in: self) }

    /// The rows the selection can land on ("16" in "3/16"): headings are not counted.
    public var selectableCount: Int {
        let view = currentView, count = view.rowCount(in: self)
        return view.hasHeadings ? (0..<count).count { view.isSelectable($0, in: self) } : count
    }

    /// The selected row's place among them, from 1; 0 in an empty list.
    public var selectionOrdinal: Int {
        let view = currentView, count = view.rowCount(in: self), selection = position(of: pane).selection
        return view.hasHeadings ? (0..<min(selection + 1, count)).count { view.isSelectable($0, in: self) } : min(selection + 1, count)
    }
}
