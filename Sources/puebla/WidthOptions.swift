import ArgumentParser
import PueblaKit

/// `--wide` and `--columns N`, for the commands that print tables: how wide their lines may be.
struct WidthOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(Words.current.wideHelp))
    var wide = false
    @Option(name: .long, help: ArgumentHelp(Words.current.columnsHelp, valueName: Words.current.numberValue))
    var columns: Int?

    /// Narrower than this, nothing readable is left of a table; wider than any terminal, as for the map.
    static let range = 20...1000

    func validate() throws {
        if wide && columns != nil { throw ValidationError(Words.current.wideAndColumns) }
        if let columns, !Self.range.contains(columns) {
            throw ValidationError(Words.current.columnsRange(Self.range))
        }
    }

    /// The width to fit tables to: `--columns`, else the terminal's when the output is one; nil
    /// (whole lines) with `--wide` or into a pipe.
    var tableWidth: Int? {
        wide ? nil : columns ?? Terminal.width
    }

    /// A line of prose (a legend) wrapped to the tables' width, whole when they are.
    func lines(_ text: String) -> [String] {
        tableWidth.map { WordWrap.lines(text, width: $0) } ?? [text]
    }

    /// The width to wrap prose at: `--columns`, else the terminal's but no wider than `reading`
    /// (lines longer than that are hard to read), `reading` into a pipe; one line each with `--wide`.
    func wrapWidth(reading: Int) -> Int {
        if wide { return Int(Int32.max) }
        return columns ?? max(min(Terminal.width ?? reading, reading), Self.range.lowerBound)
    }
}
