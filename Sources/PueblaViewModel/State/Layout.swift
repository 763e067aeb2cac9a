import PueblaKit

/// Where everything goes for a terminal size and the split settings: shared by drawing and by mouse
/// handling so that a click lands where the user saw the thing.
public struct Layout: Sendable, Equatable {
    public struct Rect: Sendable, Equatable {
        public var row: Int
        public var column: Int
        public var height: Int
        public var width: Int

        public init(row: Int, column: Int, height: Int, width: Int) {
            self.row = row
            self.column = column
            self.height = max(0, height)
            self.width = max(0, width)
        }

        public func contains(row: Int, column: Int) -> Bool {
            row >= self.row && row < self.row + height && column >= self.column && column < self.column + width
        }
    }

    public static let minimumRows = 10
    public static let minimumColumns = 40
    /// From this width on, the list and the detail stand side by side.
    public static let splitColumns = 100
    /// The share of the width the list takes beside the detail, in percent, unless the settings say.
    public static let defaultListShare = Config.default.listWidth
    public static let listShares = Config.listWidths
    /// Neither the list nor the detail beside it gets narrower than this.
    static let minimumPartWidth = 40

    public let rows: Int
    public let columns: Int
    /// Percent of the width the list takes when the detail stands beside it.
    public let listShare: Int
    /// `d` hides the detail: the list takes the whole width, and Enter shows the detail full-size.
    public let showsDetail: Bool
    /// The list's rows are long text (titles, quotes) that the share of the width is for; short
    /// rows (a meeting's number and place, a country) leave the width to the detail's strip and map.
    public let hasLongRows: Bool
    /// The interface's language: the tabs' labels, and so their click ranges, depend on it.
    public let language: InterfaceLanguage
    /// The panes of the tab bar in order, and their names in `language`.
    let tabPanes: [Pane]
    let tabTitles: [String]

    /// `tabs` are the panes of the tab bar with their names; nil for the shipped panes.
    public init(rows: Int, columns: Int, listShare: Int = Layout.defaultListShare, showsDetail: Bool = true,
                hasLongRows: Bool = true, language: InterfaceLanguage = .english, tabs: [(pane: Pane, title: String)]? = nil) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        self.listShare = min(max(listShare, Self.listShares.lowerBound), Self.listShares.upperBound)
        self.showsDetail = showsDetail
        self.hasLongRows = hasLongRows
        self.language = language
        let tabs = tabs ?? PaneRegistry.shipped.map { ($0.pane, $0.title(language.browserWords)) }
        tabPanes = tabs.map(\.pane)
        tabTitles = tabs.map(\.title)
    }

    public var isTooSmall: Bool { rows < Self.minimumRows || columns < Self.minimumColumns }
    /// The list and the detail side by side: wide enough, and the detail not hidden.
    public var isSplit: Bool { columns >= Self.splitColumns && showsDetail }

    public var tabBar: Rect { Rect(row: 0, column: 0, height: 1, width: columns) }
    public var statusBar: Rect { Rect(row: rows - 1, column: 0, height: 1, width: columns) }
    /// Everything between the tab bar and the status bar.
    public var body: Rect { Rect(row: 1, column: 0, height: rows - 2, width: columns) }

    /// The list: the left part of the body when split, else all of it.
    public var list: Rect {
        isSplit ? Rect(row: body.row, column: 0, height: body.height, width: listWidth) : body
    }

    /// The detail beside the list, after a one-column separator; empty when not split.
    public var detail: Rect {
        guard isSplit else { return Rect(row: body.row, column: columns, height: 0, width: 0) }
        return Rect(row: body.row, column: listWidth + 1, height: body.height, width: columns - listWidth - 1)
    }

    /// Long rows get the settings' share of the width (at 100 columns 55, room for a date and a
    /// title that can be told apart), short ones two fifths up to 64; each side keeps at least
    /// `minimumPartWidth`.
    private var listWidth: Int {
        let wanted = hasLongRows ? columns * listShare / 100 : min(64, columns * 2 / 5)
        return min(max(Self.minimumPartWidth, wanted), columns - 1 - Self.minimumPartWidth)
    }

    /// Each tab's label and the columns it takes in the tab bar, in pane order.
    public var tabs: [(pane: Pane, columns: Range<Int>, label: String)] {
        var column = 1
        return zip(tabPanes, tabTitles).enumerated().map { number, tab in
            let label = " \(number + 1) \(tab.1) "
            let width = DisplayWidth.of(label)
            defer { column += width + 1 }
            return (tab.0, column..<(column + width), label)
        }
    }
}
