/// Columns aligned by display width, fitted to a terminal width by shrinking the flexible column.
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

    public init(_ columns: [Column]) {
        self.columns = columns
    }

    public mutating func append(_ row: [String]) {
        rows.append(row.map(SafeText.line))
    }

    /// The lines of the table, each at most `width` columns when a width is given.
    public func render(width: Int? = nil, showHeader: Bool = true) -> [String] {
        let separator = 2
        var widths = columns.indices.map { index in
            (rows.map { DisplayWidth.of($0[index]) } + [showHeader ? DisplayWidth.of(columns[index].header) : 0]).max() ?? 0
        }
        if let width, let flexible = columns.firstIndex(where: \.flexible) {
            let others = widths.enumerated().filter { $0.offset != flexible }.map(\.element).reduce(0, +)
            let available = width - others - separator * (columns.count - 1)
            widths[flexible] = max(8, min(widths[flexible], available))
        }
        let table = (showHeader ? [columns.map(\.header)] : []) + rows
        return table.map { row in
            var line = ""
            for index in columns.indices {
                let isLast = index == columns.count - 1
                let cell = isLast ? DisplayWidth.truncate(row[index], to: widths[index]) : DisplayWidth.pad(row[index], to: widths[index])
                line += cell + (isLast ? "" : String(repeating: " ", count: separator))
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return width.map { DisplayWidth.truncate(line, to: $0) } ?? line
        }
    }
}
