/// Columns aligned by display width, fitted to a terminal width by shrinking the flexible column.
///
/// A short table keeps its rows (`append`, then `render`); a long one is printed in two passes
/// without keeping them: `measure` every row, then `header` and `line` for each row again.
public struct TextTable {
    public struct Column {
        public let header: String
        /// The column that gives up room (with an ellipsis) when the table is too wide.
        public let flexible: Bool

        public init(_ header: String, flexible: Bool = false) {
            self.header = header
            self.flexible = flexible
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[String]] = []
    /// The display width of each column's widest cell so far, its header included.
    private var widest: [Int]
    private static let separator = 2

    public init(_ columns: [Column]) {
        self.columns = columns
        widest = columns.map { DisplayWidth.of($0.header) }
    }

    /// Adds a row, kept for `render`.
    public mutating func append(_ row: [String]) {
        let row = row.map(Self.shown)
        widen(for: row)
        rows.append(row)
    }

    /// Makes room for a row without keeping it, for a table printed with `line`.
    public mutating func measure(_ row: [String]) {
        widen(for: row.map(Self.shown))
    }

    /// A cell's text as the terminal will show it, so that its measured width is the width printed.
    private static func shown(_ text: String) -> String {
        DisplayWidth.shown(SafeText.line(text))
    }

    private mutating func widen(for row: [String]) {
        for index in columns.indices { widest[index] = max(widest[index], DisplayWidth.of(row[index])) }
    }

    /// The lines of the table, header first, each at most `width` columns when a width is given.
    public func render(width: Int? = nil) -> [String] {
        let widths = fitted(to: width)
        return ([columns.map(\.header)] + rows).map { format($0, widths: widths, width: width) }
    }

    /// The header line, for a table printed a row at a time.
    public func header(width: Int?) -> String {
        format(columns.map(\.header), widths: fitted(to: width), width: width)
    }

    /// One row as a line of the table whose rows were all measured.
    public func line(_ row: [String], width: Int?) -> String {
        format(row.map(Self.shown), widths: fitted(to: width), width: width)
    }

    /// The column widths, the flexible column shrunk to fit `width`.
    private func fitted(to width: Int?) -> [Int] {
        var widths = widest
        if let width, let flexible = columns.firstIndex(where: \.flexible) {
            let others = widths.enumerated().filter { $0.offset != flexible }.map(\.element).reduce(0, +)
            let available = width - others - Self.separator * (columns.count - 1)
            widths[flexible] = max(8, min(widths[flexible], available))
        }
        return widths
    }

    private func format(_ row: [String], widths: [Int], width: Int?) -> String {
        var line = ""
        for index in columns.indices {
            let isLast = index == columns.count - 1
            let cell = isLast ? DisplayWidth.truncate(row[index], to: widths[index]) : DisplayWidth.pad(row[index], to: widths[index])
            line += cell + (isLast ? "" : String(repeating: " ", count: Self.separator))
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return width.map { DisplayWidth.truncate(line, to: $0) } ?? line
    }
}
