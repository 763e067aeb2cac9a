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
               hasLongRows: pane == .releases || pane == .quotes, language: language)
    }
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
    /// The language of everything the browser writes; releases keep their own.
    public let language: InterfaceLanguage
    /// Every word the browser writes, in `language`.
    public var words: any BrowserWords { language.browserWords }

    /// Selection and scroll of each pane's list.
    var positions: [Pane: ListPosition] = [:]

    // What each pane lists under the current filters, recomputed when a filter or the data changes:
    // releases by list position in the library, quotes by number (quotes numbered in list order).
    public private(set) var releaseRows: [Int32] = []
    public private(set) var quoteRows: [Int32] = []
    public private(set) var meetings: [Meeting] = []
    public private(set) var memberRows: [MemberRow] = []
    /// The releases the country filter leaves, counted by year for the timeline's bars.
    public private(set) var releaseYears = ReleaseYears()

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

        public init(readerWidth: Int = ReaderDocument.defaultTextWidth, keyBindings: [Key: BindableAction] = [:],
                    defaultPane: Pane? = nil, listShare: Int = Layout.defaultListShare, language: InterfaceLanguage = .english) {
            self.readerWidth = readerWidth
            self.keyBindings = keyBindings
            self.defaultPane = defaultPane
            self.listShare = listShare
            self.language = language
        }
    }

    /// A browser over the releases of `library` and the rest of `store`, back where `reading` says
    /// the user left it (pane, selections, filter); an explicit `countryFilter` wins over the saved one.
    public init(store: Store, library: Library, rows: Int, columns: Int, countryFilter: String? = nil, mapData: MapData? = nil,
                usesUnicode: Bool = true, reading: ReadingState = ReadingState(), settings: Settings = Settings()) {
        self.store = store
        self.library = library
        size = (rows, columns)
        listShare = settings.listShare
        self.countryFilter = countryFilter ?? reading.countryFilter.flatMap { store.country(code: $0)?.code }
        self.mapData = mapData
        self.usesUnicode = usesUnicode
        language = settings.language
        self.reading = reading
        readerWidth = settings.readerWidth
        keyBindings = settings.keyBindings
        pane = settings.defaultPane ?? reading.lastPane.flatMap { name in Pane.allCases.first { $0.key == name } } ?? .releases
        if let mapData { mapViewport = MapViewport(limits: mapData.bounds) }
        recomputeLists()
        restoreSavedSelections()
        // Read once the loop starts (`Action.start`); until then the detail shows it is coming.
        if let position = releaseForDetail { detailRelease = .loading(position: position) }
    }

    /// Selects in each pane what the reading state says was selected when the user left.
    mutating func restoreSavedSelections() {
        for pane in Pane.allCases {
            guard let id = reading.selections[pane.key], let index = row(ofID: id, in: pane) else { continue }
            positions[pane]?.selection = index
            clampSelection(of: pane)
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
        for pane in Pane.allCases { saved.selections[pane.key] = selectedID(of: pane) }
        return saved
    }

    /// The id of a pane's selected row: a release or meeting id, `<release id>#<n>` for a quote, a country code.
    func selectedID(of pane: Pane) -> String? {
        switch pane {
        case .releases: return selectedRelease?.id
        case .quotes: return selectedQuote?.id
        case .timeline: return selectedMeeting?.id
        case .members: return selectedCountry?.code
        }
    }

    /// The row of a pane that shows the item with `id`, if the pane lists it.
    func row(ofID id: String, in pane: Pane) -> Int? {
        switch pane {
        case .releases:
            return library.position(ofID: id).flatMap { Self.row(of: Int32($0), in: releaseRows) }
        case .quotes:
            guard let hash = id.lastIndex(of: "#"), let index = Int(id[id.index(after: hash)...]),
                  let position = library.position(ofID: String(id[..<hash])) else { return nil }
            return Self.row(of: Int32(library.quoteNumber(position: position, index: index)), in: quoteRows)
        case .timeline: return meetings.firstIndex { $0.id == id }
        case .members: return memberRows.firstIndex { $0.id == id }
        }
    }

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

    public func rowCount(_ pane: Pane) -> Int {
        switch pane {
        case .releases: return releaseRows.count
        case .quotes: return quoteRows.count
        case .timeline: return meetings.count
        case .members: return memberRows.count
        }
    }

    /// Rows of a pane's list that the screen shows.
    public func listHeight(_ pane: Pane) -> Int {
        // The timeline keeps its last line for the legend of uncertainty marks, and its picture under it.
        max(1, layout.list.height - (pane == .timeline ? 1 + timelinePictureHeight : 0))
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
        case .panes where layout.isSplit, .detail: break
        default: return nil
        }
        switch pane {
        case .releases: return selectedReleasePosition
        case .quotes:
            let index = position(of: .quotes).selection
            return quoteRows.indices.contains(index) ? library.position(ofQuote: Int(quoteRows[index])) : nil
        case .timeline, .members: return nil
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
    private var readRows: Set<Int32> {
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
        let keptIDs = Dictionary(uniqueKeysWithValues: Pane.allCases.compactMap { pane in selectedID(of: pane).map { (pane, $0) } })

        releaseRows = library.positions(mentioning: countryFilter, aboutMeeting: meetingFilter)
        if unreadOnly {
            let read = readRows
            releaseRows.removeAll { read.contains($0) }
        }
        if let releaseLanguage { releaseRows.removeAll { library.summary(at: Int($0)).language != releaseLanguage } }
        countUnread()
        let mentioning = library.positions(mentioning: countryFilter)
        quoteRows = library.quotes(of: mentioning)
        releaseYears = store.conferenceYears.map { ReleaseYears(positions: mentioning, library: library, years: $0) } ?? ReleaseYears()
        meetings = store.meetings(hostedBy: countryFilter)
        memberRows = MemberRow.rows(for: store, words: words)

        for pane in Pane.allCases {
            var position = self.position(of: pane)
            if let kept = keptIDs[pane], let index = row(ofID: kept, in: pane) {
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
            position.selection = SelectableRows.nearest(from: position.selection, count: count, direction: direction) {
                memberRows[$0].isSelectable
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

    static func rows(for store: Store, words: any BrowserWords) -> [MemberRow] {
        let members = store.members, observers = store.observers
        return [.heading(words.heading(.member, count: members.count))] + members.map(MemberRow.country)
            + [.heading(words.heading(.observer, count: observers.count))] + observers.map(MemberRow.country)
    }

    var isSelectable: Bool {
        if case .country = self { return true }
        return false
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
