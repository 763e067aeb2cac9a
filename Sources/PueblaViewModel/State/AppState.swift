import PueblaIndex
import PueblaKit

/// The whole state of the browser. Only `update(_:_:)` changes it; drawing is a function of it.
public struct AppState: Sendable {
    /// Meetings, countries and organizations.
    public private(set) var store: Store
    /// The releases, read from the library index.
    public private(set) var library: Library
    /// Where everything goes: the terminal's size, the split settings and the pane shown.
    public var layout: Layout {
        Layout(rows: size.rows, columns: size.columns, listShare: listShare, showsDetail: showsDetail,
               hasLongRows: currentView.hasLongRows, language: language, tabs: tabs)
    }
    /// The panes of the tab bar, in order: what each lists, shows and does.
    let panes: [any PaneView]
    /// The panes with their names in `language`, for the tab bar.
    private let tabs: [(pane: Pane, title: String)]
    private(set) var size: (rows: Int, columns: Int)
    /// Percent of the width a list of long rows takes beside the detail, from the settings.
    let listShare: Int
    /// `d`: whether the detail stands beside the list on a wide terminal.
    var showsDetail = true
    public internal(set) var pane: Pane = .releases
    /// The ISO code of the country everything is narrowed to.
    public internal(set) var countryFilter: String?
    /// The meeting whose releases the releases pane shows (Enter on the timeline).
    public internal(set) var meetingFilter: String?
    public internal(set) var screen: Screen = .panes
    public internal(set) var overlay: Overlay?
    /// The first line of the help shown, when the help is taller than the screen.
    public internal(set) var helpTop = 0
    public internal(set) var message: String?
    /// Releases being indexed in the background: how far it has come, until the library is there.
    public internal(set) var indexing: String?
    public internal(set) var wantsToQuit = false
    /// Read marks, bookmarks and where the user was: kept on disk between runs.
    public internal(set) var reading = ReadingState()
    /// `u`: the releases pane lists unread releases only.
    public internal(set) var unreadOnly = false
    /// The language the releases pane lists releases in; nil for every language.
    public internal(set) var releaseLanguage: InterfaceLanguage?
    /// The search opened with `/`, while it is open.
    public internal(set) var search: SearchSession?
    /// Built on the first search, then kept until the data changes.
    var searchIndex: LibrarySearch?
    /// The release whose text the detail shows, read by the loop when the selection comes to it.
    public internal(set) var detailRelease = DetailRelease.none
    /// Columns of text in the reader, from the settings.
    public internal(set) var readerWidth = ReaderDocument.defaultTextWidth
    /// Keys the settings bind, over the defaults.
    public internal(set) var keyBindings: [Key: BindableAction] = [:]
    /// Country outlines for the map beside members and meetings; nil when Data has none (no map).
    public private(set) var mapData: MapData?
    public internal(set) var mapViewport = MapViewport()
    /// Braille when the terminal's locale is UTF-8, else ASCII.
    public let usesUnicode: Bool
    /// The lists show their selection with a pointer rather than in reverse video (the settings'
    /// `layout.arrow-cursor`).
    public let arrowCursor: Bool
    /// The language of everything the browser writes; releases keep their own.
    public let language: InterfaceLanguage
    /// Every word the browser writes, in `language`.
    public var words: any BrowserWords { language.browserWords }

    /// Selection and scroll of each pane's list.
    var positions: [Pane: ListPosition] = [:]

    // What each pane lists under the current filters, recomputed when a filter or the data changes:
    // releases by list position in the library, quotes by number (quotes numbered in list order).
    // Each is derived by its pane's `PaneView.refresh`.
    public internal(set) var releaseRows: [Int32] = []
    public internal(set) var quoteRows: [Int32] = []
    public internal(set) var meetings: [Meeting] = []
    public internal(set) var memberRows: [MemberRow] = []
    /// The releases the country filter leaves, counted by year for the timeline's bars.
    public internal(set) var releaseYears = ReleaseYears()

    public enum Screen: Sendable, Equatable {
        case panes
        /// The selected item's detail over the whole body (narrow terminals).
        case detail(top: Int)
        case reader(ReaderState)
        /// Search results (`/`), the line being typed above them.
        case search
        /// Bookmarked releases and quotes (`B`).
        case bookmarks(ListPosition)
    }

    public enum Overlay: Sendable, Equatable {
        case help
        case countryPicker(CountryPicker)
        /// The reader's links and contacts (`L`), numbered, with the selected one.
        case links(selection: Int)
        /// Where to export the release in the reader (`E`), as typed so far.
        case exportPath(String)
        /// Whether to replace the file at `path`, which differs from the release: y/N.
        case confirmOverwrite(releaseID: String, path: String)
        /// `A`: whether to mark read the `count` unread releases of the list shown: y/N.
        case confirmMarkAllRead(count: Int)
        /// The same for a list exported as one file.
        case confirmListOverwrite(ListExport, path: String)
    }

    /// What the settings file decides for the browser.
    public struct Settings: Sendable {
        public var readerWidth: Int
        public var keyBindings: [Key: BindableAction]
        /// The pane to open on every time; nil opens on the pane the reading state remembers.
        public var defaultPane: Pane?
        /// Percent of the width the list takes beside the detail.
        public var listShare: Int
        /// The language chosen by `--lang`, the settings or the locale.
        public var language: InterfaceLanguage
        /// The lists' selection shown with a pointer, their rows plain: fewer bytes a key.
        public var arrowCursor: Bool

        public init(readerWidth: Int = ReaderDocument.defaultTextWidth, keyBindings: [Key: BindableAction] = [:],
                    defaultPane: Pane? = nil, listShare: Int = Layout.defaultListShare, language: InterfaceLanguage = .english,
                    arrowCursor: Bool = true) {
            self.readerWidth = readerWidth
            self.keyBindings = keyBindings
            self.defaultPane = defaultPane
            self.listShare = listShare
            self.language = language
            self.arrowCursor = arrowCursor
        }
    }

    /// A browser over the releases of `library` and the rest of `store`, back where `reading` says
    /// the user left it (pane, selections, filter); an explicit `countryFilter` wins over the saved one.
    public init(store: Store, library: Library, rows: Int, columns: Int, countryFilter: String? = nil, mapData: MapData? = nil,
                usesUnicode: Bool = true, reading: ReadingState = ReadingState(), settings: Settings = Settings()) {
        self.init(store: store, library: library, rows: rows, columns: columns, countryFilter: countryFilter, mapData: mapData,
                  usesUnicode: usesUnicode, reading: reading, settings: settings, panes: PaneRegistry.shipped)
    }

    /// A browser with the panes `panes`, in that order.
    init(store: Store, library: Library, rows: Int, columns: Int, countryFilter: String? = nil, mapData: MapData? = nil,
         usesUnicode: Bool = true, reading: ReadingState = ReadingState(), settings: Settings = Settings(), panes: [any PaneView]) {
        self.panes = panes
        tabs = panes.map { ($0.pane, $0.title(settings.language.browserWords)) }
        self.store = store
        self.library = library
        size = (rows, columns)
        listShare = settings.listShare
        self.countryFilter = countryFilter ?? reading.countryFilter.flatMap { store.country(code: $0)?.code }
        self.mapData = mapData
        self.usesUnicode = usesUnicode
        arrowCursor = settings.arrowCursor
        language = settings.language
        self.reading = reading
        readerWidth = settings.readerWidth
        keyBindings = settings.keyBindings
        let shown = panes.map(\.pane)
        pane = [settings.defaultPane, reading.lastPane.map(Pane.init(key:))].compactMap { $0 }.first(where: shown.contains) ?? shown.first ?? .releases
        if let mapData { mapViewport = MapViewport(limits: mapData.bounds) }
        recomputeLists()
        restoreSavedSelections()
        // Read once the loop starts (`Action.start`); until then the detail shows it is coming.
        if let position = releaseForDetail { detailRelease = .loading(position: position) }
    }

    /// Selects in each pane what the reading state says was selected when the user left.
    mutating func restoreSavedSelections() {
        for view in panes {
            guard let id = reading.selections[view.pane.key], let index = view.row(ofID: id, in: self) else { continue }
            positions[view.pane]?.selection = index
            clampSelection(of: view.pane)
        }
    }

    /// A browser over a store whose releases are all in memory (tests, small Data).
    public init(store: Store, rows: Int, columns: Int, countryFilter: String? = nil, mapData: MapData? = nil,
                usesUnicode: Bool = true, reading: ReadingState = ReadingState(), settings: Settings = Settings()) {
        self.init(store: store, library: Library(store: store), rows: rows, columns: columns, countryFilter: countryFilter,
                  mapData: mapData, usesUnicode: usesUnicode, reading: reading, settings: settings)
    }

    /// The reading state with where the user is now: what is saved on the way out.
    public var readingToSave: ReadingState {
        var saved = reading
        saved.lastPane = pane.key
        saved.countryFilter = countryFilter
        for view in panes { saved.selections[view.pane.key] = view.selectedID(in: self) }
        return saved
    }

    /// What `pane` lists, shows and does; the first pane's view for a pane not in the tab bar.
    func view(of pane: Pane) -> any PaneView {
        panes.first { $0.pane == pane } ?? panes[0]
    }

    /// The view of the pane shown.
    var currentView: any PaneView { view(of: pane) }

    /// Where `value` stands in `rows`, which are in increasing order: found by bisection.
    static func row(of value: Int32, in rows: [Int32]) -> Int? {
        var low = 0, high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low] == value ? low : nil
    }

    public func position(of pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }

    public func rowCount(_ pane: Pane) -> Int { view(of: pane).rowCount(in: self) }
    /// Whether the rows of `pane` leave their first column to the arrow cursor's pointer.
    public func leavesPointerColumn(_ pane: Pane) -> Bool { view(of: pane).leavesPointerColumn }

    /// Rows of a pane's list that the screen shows: less its legend and the picture under it.
    public func listHeight(_ pane: Pane) -> Int {
        let view = view(of: pane), list = layout.list
        let legend = view.legend(in: self, width: list.width) == nil ? 0 : 1
        return max(1, list.height - legend - (view.picture(in: self)?.height(width: layout.columns) ?? 0))
    }

    /// The list position in the library of the selected release.
    public var selectedReleasePosition: Int? {
        let index = position(of: .releases).selection
        return releaseRows.indices.contains(index) ? Int(releaseRows[index]) : nil
    }

    public var selectedRelease: ReleaseSummary? { selectedReleasePosition.map(library.summary(at:)) }

    /// The list position of the release whose text the detail on screen shows: the selected release,
    /// or the selected quote's; nil when no such detail is on screen.
    var releaseForDetail: Int? {
        switch screen {
        case .panes where layout.isSplit, .detail: return currentView.releaseForDetail(in: self)
        default: return nil
        }
    }

    public var selectedQuote: QuoteEntry? {
        let index = position(of: .quotes).selection
        return quoteRows.indices.contains(index) ? library.quoteEntry(Int(quoteRows[index])) : nil
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

    mutating func replaceData(_ newStore: Store, library newLibrary: Library, mapData newMapData: MapData?) {
        let isFirstLibrary = library.count == 0
        store = newStore
        library = newLibrary
        mapData = newMapData
        searchIndex = nil
        detailRelease = .none
        search = nil
        if screen == .search { screen = .panes }
        recomputeLists()
        // Releases indexed after the browser opened: back where the user was in them.
        if isFirstLibrary { restoreSavedSelections() }
    }

    /// Bookmarks that still name something in the data, in the order they were made.
    public var bookmarks: [Bookmark] {
        reading.bookmarks.compactMap { Bookmark(id: $0, in: library) }
    }

    /// Unread releases among those listed, for the tab bar: counted when the list or the read marks
    /// change, not on every frame.
    public private(set) var unreadCount = 0

    /// Counted from the read marks (usually far fewer than the releases), each found by bisection.
    mutating func countUnread() {
        unreadCount = releaseRows.count - readRows.count
    }

    /// The list positions of listed releases marked read.
    var readRows: Set<Int32> {
        Set(reading.read.compactMap { id in
            library.position(ofID: id).map(Int32.init).flatMap { Self.row(of: $0, in: releaseRows) == nil ? nil : $0 }
        })
    }

    mutating func resize(rows: Int, columns: Int) {
        size = (rows, columns)
    }

    /// Re-derives every pane's list from the store and the filters, keeping each selection on the
    /// same item where it is still listed.
    mutating func recomputeLists() {
        let keptIDs = Dictionary(uniqueKeysWithValues: panes.compactMap { view in view.selectedID(in: self).map { (view.pane, $0) } })
        let mentioning = library.positions(mentioning: countryFilter)
        for view in panes { view.refresh(&self, mentioning: mentioning) }

        for view in panes {
            var position = self.position(of: view.pane)
            if let kept = keptIDs[view.pane], let index = view.row(ofID: kept, in: self) {
                position.selection = index
            }
            positions[view.pane] = position
            clampSelection(of: view.pane)
        }
        if let index = currentView.preferredRow(in: self) {
            positions[pane]?.selection = index
            clampSelection(of: pane)
        }
    }

    /// Keeps the selection on a selectable row and inside the list, and the list scrolled to show it.
    mutating func clampSelection(of pane: Pane, direction: Int = 1) {
        var position = self.position(of: pane)
        let view = view(of: pane)
        let count = view.rowCount(in: self)
        position.selection = min(max(0, position.selection), max(0, count - 1))
        if view.hasHeadings {
            position.selection = SelectableRows.nearest(from: position.selection, count: count, direction: direction) {
                view.isSelectable($0, in: self)
            }
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

/// Lists with headings among their rows: the selection lands on rows that can be selected.
enum SelectableRows {
    /// The nearest selectable index from `index`, looking first in `direction`.
    static func nearest(from index: Int, count: Int, direction: Int, isSelectable: (Int) -> Bool) -> Int {
        let step = direction < 0 ? -1 : 1
        for candidates in [stride(from: index, to: step < 0 ? -1 : count, by: step),
                           stride(from: index, to: step < 0 ? count : -1, by: -step)] {
            if let found = candidates.first(where: { $0 >= 0 && $0 < count && isSelectable($0) }) { return found }
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
