/// Columns aligned by display width, fitted to a terminal width by cutting the columns that may be
/// cut (the title most of all), so that a long id does not leave the title an ellipsis.
///
/// A short table keeps its rows (`append`, then `render`); a long one is printed in two passes
/// without keeping them: `measure` every row, then `header` and `line` for each row again.
public struct TextTable {
    public struct Column {
        public let header: String
        /// The narrowest the column may be cut to (with an ellipsis) when the table is too wide for
        /// the terminal; nil for a column that is never cut.
        public let minimum: Int?
        /// How much of the room a cut column gets compared with the other cut columns.
        let share: Int

        /// A column that gives up room when the table is too wide. The `flexible` one (the title,
        /// what a person reads) gets twice the room of the others; a column that is `cut(to:)` (an
        /// id, a place) gives up room down to its minimum.
        public init(_ header: String, flexible: Bool = false) {
            self.header = header
            minimum = flexible ? 8 : nil
            share = flexible ? 2 : 0
        }

        private init(_ header: String, minimum: Int) {
            self.header = header
            self.minimum = minimum
            share = 1
        }

        /// A column that may be cut down to `minimum` display columns when the table is too wide.
        public static func cut(_ header: String, to minimum: Int) -> Column {
            Column(header, minimum: minimum)
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

    /// The column widths, the columns that may be cut shrunk to fit `width`: each keeps its share of
    /// the room left by the others (the flexible column twice a share), never less than its minimum,
    /// and gives what it does not need to the rest. A table too wide even then is cut at `width`.
    private func fitted(to width: Int?) -> [Int] {
        guard let width else { return widest }
        let cut = columns.indices.filter { columns[$0].minimum != nil }
        let whole = columns.indices.filter { columns[$0].minimum == nil }.map { widest[$0] }.reduce(0, +)
        let room = width - whole - Self.separator * (columns.count - 1)
        guard !cut.isEmpty, cut.map({ widest[$0] }).reduce(0, +) > room else { return widest }
        func widths(level: Int) -> [Int] {
            var widths = widest
            for index in cut {
                let floor = min(widest[index], columns[index].minimum ?? 0)
                widths[index] = max(floor, min(widest[index], columns[index].share * level))
            }
            return widths
        }
        func total(_ widths: [Int]) -> Int { cut.map { widths[$0] }.reduce(0, +) }
        // The highest level at which the cut columns still fit, found by bisection.
        var low = 0, high = widest.max() ?? 0
        while low < high {
            let middle = (low + high + 1) / 2
            if total(widths(level: middle)) <= room { low = middle } else { high = middle - 1 }
        }
        var widths = widths(level: low)
        // The columns left short of their widest share out what the level leaves over, largest share first.
        var left = room - total(widths)
        for index in cut.sorted(by: { columns[$0].share > columns[$1].share }) where left > 0 {
            let more = min(left, widest[index] - widths[index])
            widths[index] += more
            left -= more
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
