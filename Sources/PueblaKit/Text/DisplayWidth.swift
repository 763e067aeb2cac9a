/// Widths in terminal columns, one definition for every layout: what ncurses will do with each
/// character cluster, which is what glibc's `wcwidth` says of its code points (the table in
/// WidthTable.swift, checked against glibc by a test).
///
/// A cluster is drawn as ncurses draws it: each printable code point takes its columns and the
/// zero-width ones after it join its cell. Clusters a terminal would draw otherwise, whatever
/// ncurses counted (emoji joined by ZWJ, skin tones, flags, which terminals draw as one picture or
/// not), and code points glibc does not know (ncurses draws nothing for them), become a visible
/// placeholder of a known width instead, so that no line ever takes more or fewer columns than its
/// layout gave it.
///
/// Pure Swift so the CLI, the view-models and the tests agree without a terminal or a locale.
public enum DisplayWidth {
    /// One cell a terminal draws: a code point with the zero-width ones that join it, `width`
    /// columns wide (1 or 2).
    public struct Cell: Equatable, Sendable {
        public let text: String
        public let width: Int
    }

    /// What stands for a cluster or a code point the terminal would not draw as counted.
    public static let placeholder: Character = "\u{FFFD}"

    public static func of(_ text: some StringProtocol) -> Int {
        // ASCII and Latin letters alone, most text here, take a column a code point: no cluster to find.
        var columns = 0
        for scalar in text.unicodeScalars {
            guard isOneColumn(scalar.value) else { return text.reduce(0) { $0 + of($1) } }
            columns += 1
        }
        return columns
    }

    /// ASCII and Latin-1 to Latin Extended, printable: one column each, and no two of them one cluster.
    private static func isOneColumn(_ value: UInt32) -> Bool {
        (0x20..<0x7F).contains(value) || (0xA0..<0x300).contains(value)
    }

    public static func of(_ character: Character) -> Int {
        if let single = simpleWidth(character) { return single }
        return cells(of: character).reduce(0) { $0 + $1.width }
    }

    /// A code point's width by glibc's `wcwidth`, or nil for one it does not print (-1).
    public static func of(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if isOneColumn(value) { return 1 }
        var low = 0, high = runs.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if runs[middle] >> 2 <= value { low = middle } else { high = middle }
        }
        let kind = Int(runs[low] & 3)
        return kind == 3 ? nil : kind
    }

    /// The cells a terminal draws for `character`, placeholders in: its width is their sum. A lone
    /// zero-width character takes no cell.
    public static func cells(of character: Character) -> [Cell] {
        if let single = simpleWidth(character) { return single == 0 ? [] : [Cell(text: String(character), width: single)] }
        let scalars = character.unicodeScalars
        if isPictureSequence(scalars) { return Array(repeating: Cell(text: String(placeholder), width: 1), count: 2) }
        var cells: [Cell] = []
        var text = String.UnicodeScalarView(), width = 0, marks = 0
        for scalar in scalars {
            // A variation selector asks for the emoji picture that some terminals draw two columns
            // wide over a one-column character: without it every terminal draws the character.
            if scalar.value == 0xFE0F { continue }
            switch of(scalar) {
            case 0?:
                // A cell holds a few marks (ncurses keeps four): more are dropped, as SafeText does.
                marks += 1
                if width > 0 && marks <= SafeText.maximumMarksPerCharacter { text.append(scalar) }
            case let columns?:
                if width > 0 { cells.append(Cell(text: String(text), width: width)) }
                text = String.UnicodeScalarView([scalar])
                (width, marks) = (columns, 0)
            case nil:
                if width > 0 { cells.append(Cell(text: String(text), width: width)) }
                text = placeholder.unicodeScalars
                (width, marks) = (1, 0)
            }
        }
        if width > 0 { cells.append(Cell(text: String(text), width: width)) }
        return cells
    }

    /// `text` as a terminal will show it: each cluster replaced by its cells, so that printing it
    /// takes exactly `of(text)` columns.
    public static func shown(_ text: String) -> String {
        guard text.contains(where: { simpleWidth($0) == nil }) else { return text }
        var output = ""
        for character in text {
            if simpleWidth(character) != nil { output.append(character) } else { output += cells(of: character).map(\.text).joined() }
        }
        return output
    }

    /// The width of a cluster of one code point that the terminal prints as it is; nil for any other.
    private static func simpleWidth(_ character: Character) -> Int? {
        if let ascii = character.asciiValue, ascii >= 0x20 && ascii < 0x7F { return 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
              first.value != 0xFE0F else { return nil }
        return of(first)
    }

    /// Emoji made of several pictures (joined by ZWJ, a skin tone, a flag's two letters, a tag
    /// sequence), which a terminal draws as one picture or as its parts, two columns or up to eight.
    private static func isPictureSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
        var pictures = 0, regionalIndicators = 0, joined = false
        for scalar in scalars {
            switch scalar.value {
            case 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true  // skin tone, tag
            case 0x1F1E6...0x1F1FF: regionalIndicators += 1
            case 0x200D: joined = true
            default: if scalar.value > 0xFF && scalar.properties.isEmoji { pictures += 1 }
            }
        }
        return regionalIndicators >= 2 || (joined && pictures >= 1 && scalars.count > 2)
    }

    /// The longest prefix of `text` that fits in `width` columns.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` cut to `width` columns with an ellipsis (one column wide) when it does not fit.
    public static func truncate(_ text: String, to width: Int, ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        return prefix(text, fitting: width - 1) + String(ellipsis)
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, ellipsis: Character = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }
}
