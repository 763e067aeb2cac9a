import PueblaKit
import PueblaViewModel

/// A grid of terminal cells that the screen is drawn onto: written to ncurses by `CursesScreen`,
/// read back as plain text lines by tests (as ratatui's TestBackend and tig's saved screens are).
public struct TextCanvas: Sendable {
    public struct Cell: Sendable, Equatable {
        /// One grapheme; empty for the second column of a wide character.
        public var text: String
        public var role: TextRole
        /// Drawn in reverse video on top of its role: the selection.
        public var isSelected: Bool

        static let blank = Cell(text: " ", role: .normal, isSelected: false)
    }

    public let rows: Int
    public let columns: Int
    /// Cells that open a URL (OSC 8) where the terminal makes such links clickable.
    public var hyperlinks: [Hyperlink] = []

    public struct Hyperlink: Sendable, Hashable {
        public let row: Int
        public let column: Int
        public let width: Int
        /// Printable ASCII only (see `SafeLink`): nothing in it can end the escape sequence.
        public let url: String
    }
    public private(set) var cells: [Cell]

    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// Writes a line at a place, clipped to `width` columns (and to the canvas); pads the rest of
    /// `width` with blanks in the last span's role when `fill` is set. A selected line shows the
    /// selection on its `selectionWidth` leading columns, or on all it writes. Returns the columns used.
    @discardableResult
    public mutating func put(_ line: StyledLine, row: Int, column: Int, width: Int? = nil,
                             selected: Bool = false, fill: Bool = false) -> Int {
        let used = write(line, row: row, column: column, width: width, fill: fill)
        if selected {
            let marked = line.selectionWidth ?? used
            for x in column..<(column + marked) where row >= 0 && row < rows && x >= 0 && x < columns {
                cells[row * columns + x].isSelected = true
            }
        }
        return used
    }

    private mutating func write(_ line: StyledLine, row: Int, column: Int, width: Int?, fill: Bool) -> Int {
        guard row >= 0, row < rows, column < columns else { return 0 }
        let limit = min(columns, column + (width ?? columns - column))
        var x = column
        for span in line.spans {
            // Each cluster as the terminal draws it (placeholders for what it would draw otherwise),
            // so that every cell here is one cell there.
            characters: for character in SafeText.line(span.text) {
                for cell in DisplayWidth.cells(of: character) {
                    if x + cell.width > limit {
                        // A wide character that does not fit leaves a blank, never half a glyph.
                        if x < limit { set(row, x, Cell(text: " ", role: span.role, isSelected: false)); x += 1 }
                        x = limit
                        break characters
                    }
                    set(row, x, Cell(text: cell.text, role: span.role, isSelected: false))
                    if cell.width == 2 { set(row, x + 1, Cell(text: "", role: span.role, isSelected: false)) }
                    x += cell.width
                }
            }
        }
        let used = x - column
        if fill {
            let role = line.spans.last?.role ?? .normal
            while x < limit {
                set(row, x, Cell(text: " ", role: role, isSelected: false))
                x += 1
            }
        }
        return used
    }

    public mutating func put(_ text: String, _ role: TextRole = .normal, row: Int, column: Int, width: Int? = nil) {
        put(StyledLine(text, role), row: row, column: column, width: width)
    }

    /// Fills a rectangle with blanks in a role.
    public mutating func fill(_ rect: Layout.Rect, role: TextRole = .normal) {
        for row in rect.row..<(rect.row + rect.height) where row >= 0 && row < rows {
            for column in rect.column..<(rect.column + rect.width) where column >= 0 && column < columns {
                set(row, column, Cell(text: " ", role: role, isSelected: false))
            }
        }
    }

    private mutating func set(_ row: Int, _ column: Int, _ cell: Cell) {
        guard row >= 0, row < rows, column >= 0, column < columns else { return }
        let index = row * columns + column
        // Overwriting half of a wide character blanks the other half.
        if cells[index].text.isEmpty, column > 0 { cells[index - 1].text = " " }
        if column + 1 < columns, !cells[index].text.isEmpty, DisplayWidth.of(cells[index].text) == 2 {
            cells[index + 1].text = " "
        }
        cells[index] = cell
    }

    /// The screen as text, one string a row, trailing blanks removed (as `tmux capture-pane` shows it).
    public func lines() -> [String] {
        (0..<rows).map { row in
            var line = ""
            for column in 0..<columns { line += self[row, column].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The rows that show a selection, for tests.
    public func selectedRows() -> [Int] {
        (0..<rows).filter { row in (0..<columns).contains { self[row, $0].isSelected } }
    }
}
