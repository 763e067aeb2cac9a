/// Where everything goes for a terminal size: a function of the size alone, shared by drawing and
/// by mouse handling so that a click lands where the user saw the thing.
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

    public let rows: Int
    public let columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
    }

    public var isTooSmall: Bool { rows < Self.minimumRows || columns < Self.minimumColumns }
    public var isSplit: Bool { columns >= Self.splitColumns }

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

    private var listWidth: Int { min(64, max(40, columns * 2 / 5)) }

    /// The columns each tab's label takes in the tab bar, in pane order.
    public var tabs: [(pane: Pane, columns: Range<Int>)] {
        var column = 1
        return Pane.allCases.map { pane in
            let width = TabLabel.text(for: pane).count
            defer { column += width + 1 }
            return (pane, column..<(column + width))
        }
    }
}

/// The text of a tab, shared by the tab bar drawing and the layout's click ranges.
public enum TabLabel {
    public static func text(for pane: Pane) -> String {
        " \(pane.rawValue + 1) \(pane.title) "
    }
}
