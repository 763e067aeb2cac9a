import PueblaKit

/// Years drawn as a strip: a row of marks or country codes a row, one column per year (or per
/// group of years when the width is short), the releases of each year as bars, a year axis and a
/// legend. How sure a fact is shows in its glyph, never in its colour alone: `●` confirmed, `◐`
/// inferred, `○` unconfirmed (`#`, `~`, `?` in ASCII); a code in lower case is a host or presidency
/// not confirmed; `·` is a year whose host or presidency no source gives.
public struct TimelinePicture: Sendable, Equatable {
    /// What one row shows at one year.
    public enum Cell: Sendable, Equatable {
        /// No source gives it.
        case unknown
        case mark(FactStatus)
        case code(String, FactStatus)
    }

    public struct Row: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case marks, codes }
        let label: String
        let shortLabel: String
        let kind: Kind
        let cells: [Int: [Cell]]

        public init(label: String, shortLabel: String, kind: Kind, cells: [Int: [Cell]]) {
            self.label = label
            self.shortLabel = shortLabel
            self.kind = kind
            self.cells = cells
        }
    }

    public let years: ClosedRange<Int>
    public let rows: [Row]
    /// Releases per year as bars under the rows; nil draws none.
    public let releases: ReleaseYears?
    /// The year to point at and highlight, with what to call it ("XV 2010").
    public let selection: Selection?
    /// Said at the end of the legend: what the picture leaves out.
    public let caveats: [String]
    public let unicode: Bool
    /// The language of the labels and the key.
    public let language: InterfaceLanguage

    public struct Selection: Sendable, Equatable {
        /// Nil when the selected item's year is not known: it is named, not drawn.
        public let year: Int?
        public let label: String

        public init(year: Int?, label: String) {
            self.year = year
            self.label = label
        }
    }

    public init(years: ClosedRange<Int>, rows: [Row], releases: ReleaseYears? = nil, selection: Selection? = nil,
                caveats: [String] = [], unicode: Bool, language: InterfaceLanguage) {
        self.years = years
        self.rows = rows
        self.releases = releases
        self.selection = selection
        self.caveats = caveats
        self.unicode = unicode
        self.language = language
    }

    static let barRows = 2

    /// The picture `width` columns wide; empty when it cannot be drawn that narrow.
    public func lines(width: Int) -> [StyledLine] {
        guard let strip = StripLayout(years: years, width: width) else { return [] }
        var lines: [StyledLine] = []
        if selection != nil { lines.append(pointerLine(strip, width: width)) }
        for row in rows {
            switch row.kind {
            case .marks: lines.append(markLine(row, strip))
            case .codes: lines += codeLines(row, strip)
            }
        }
        if let releases { lines += barLines(releases, strip) }
        lines.append(axisLine(strip, width: width))
        lines.append(legendLine(strip, width: width))
        return lines
    }

    /// Rows `lines(width:)` gives at a width, without drawing them.
    public func height(width: Int) -> Int {
        guard let strip = StripLayout(years: years, width: width) else { return 0 }
        let codeRows = strip.slot < 3 ? 2 : 1
        return (selection == nil ? 0 : 1) + rows.reduce(0) { $0 + ($1.kind == .codes ? codeRows : 1) }
            + (releases == nil ? 0 : Self.barRows) + 2
    }

    // MARK: - Rows

    private func label(_ row: Row?, _ strip: StripLayout, text: String? = nil) -> Span {
        let name = text ?? (strip.labelWidth >= StripLayout.longLabel ? row?.label : row?.shortLabel) ?? ""
        return Span(DisplayWidth.pad(" " + DisplayWidth.truncate(name, to: strip.labelWidth - 2, ellipsis: Glyphs.current.ellipsis), to: strip.labelWidth), .dim)
    }

    /// `▼ XV 2010` over the selected year.
    private func pointerLine(_ strip: StripLayout, width: Int) -> StyledLine {
        guard let selection, let year = selection.year, let column = strip.column(of: year) else {
            return StyledLine([label(nil, strip), Span(selection.map { language.browserWords.yearUnknown($0.label) } ?? "", .warning)])
        }
        let pointer = unicode ? "▼" : "v"
        let text = " " + selection.label
        // After the pointer when it fits, else before it.
        if column + 1 + DisplayWidth.of(text) <= width {
            return StyledLine([Span(String(repeating: " ", count: column)), Span(pointer, .accent), Span(text, .accent)])
        }
        let start = max(0, column - DisplayWidth.of(text) - 1)
        return StyledLine([Span(String(repeating: " ", count: start)), Span(selection.label + " ", .accent), Span(pointer, .accent)])
    }

    private func markLine(_ row: Row, _ strip: StripLayout) -> StyledLine {
        var spans = [label(row, strip)]
        for group in 0..<strip.groups {
            let (text, role) = merged(row, strip, group).map { glyph($0, group: group, strip) } ?? (" ", .normal)
            spans.append(Span(text, role))
            spans.append(Span(String(repeating: " ", count: strip.slot - 1)))
        }
        return StyledLine(spans)
    }

    /// Two letters side by side where a slot has room, else one over the other.
    private func codeLines(_ row: Row, _ strip: StripLayout) -> [StyledLine] {
        let stacked = strip.slot < 3
        var first = [label(row, strip)], second = [label(nil, strip)]
        for group in 0..<strip.groups {
            let (text, role) = merged(row, strip, group).map { glyph($0, group: group, strip) } ?? ("", .normal)
            let letters = Array(text)
            if stacked {
                first.append(Span(letters.first.map(String.init) ?? " ", role))
                second.append(Span(letters.dropFirst().first.map(String.init) ?? " ", role))
                first.append(Span(String(repeating: " ", count: strip.slot - 1)))
                second.append(Span(String(repeating: " ", count: strip.slot - 1)))
            } else {
                first.append(Span(text, role))
                first.append(Span(String(repeating: " ", count: strip.slot - DisplayWidth.of(text))))
            }
        }
        return stacked ? [StyledLine(first), StyledLine(second)] : [StyledLine(first)]
    }

    /// Eighths of a cell, so that a year with one release still shows.
    private func barLines(_ releases: ReleaseYears, _ strip: StripLayout) -> [StyledLine] {
        let totals = (0..<strip.groups).map { group in strip.years(of: group).reduce(0) { $0 + (releases.counts[$1] ?? 0) } }
        let most = totals.max() ?? 0
        let levels = unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [".", ".", ".", ":", ":", ":", ":", "#"]
        let barWidth = max(1, strip.slot - 1)
        let eighths = Self.barRows * 8
        return (0..<Self.barRows).map { line in
            let floor = (Self.barRows - 1 - line) * 8
            let long = strip.labelWidth >= StripLayout.longLabel
            let words = language.browserWords
            var spans = [label(nil, strip, text: line == 0 ? (long ? words.releasesRow.long : words.releasesRow.short) : (long ? words.maximum(most) : String(most)))]
            for total in totals {
                // Any release at all shows as at least one eighth.
                let height = total == 0 ? 0 : max(1, (total * eighths + most - 1) / most)
                let filled = min(8, max(0, height - floor))
                let text = filled == 0 ? " " : levels[filled - 1]
                spans.append(Span(String(repeating: text, count: barWidth), .accent))
                spans.append(Span(String(repeating: " ", count: strip.slot - barWidth)))
            }
            return StyledLine(spans)
        }
    }

    /// Years under the groups they start, every few years, never running into each other.
    private func axisLine(_ strip: StripLayout, width: Int) -> StyledLine {
        var text = DisplayWidth.pad(" " + language.browserWords.yearAxis, to: strip.labelWidth)
        // Round years when a column is a year; every so many columns when it is a group of them.
        let every = [1, 2, 5, 10, 20, 50].first { $0 * strip.slot >= 5 } ?? 100
        for group in 0..<strip.groups {
            let years = strip.years(of: group)
            let isLast = group == strip.groups - 1
            // The last year ends at the edge when it has no room to start at its column.
            let column = isLast ? min(strip.labelWidth + group * strip.slot, width - 4) : strip.labelWidth + group * strip.slot
            let wanted = group == 0 || isLast || (strip.group == 1 ? years.lowerBound % every == 0 : group % every == 0)
            let free = text.count == strip.labelWidth ? strip.labelWidth : text.count + 1
            guard wanted, column >= free, column + 4 <= width else { continue }
            text += String(repeating: " ", count: column - text.count) + String(years.lowerBound)
        }
        return StyledLine(text, .dim)
    }

    /// As much of the key as fits: the marks first, then the codes, then what the picture leaves out.
    private func legendLine(_ strip: StripLayout, width: Int) -> StyledLine {
        let hasCodes = rows.contains { $0.kind == .codes }
        let words = language.browserWords
        var parts = [FactStatus.allCases.map { "\(glyph(.mark($0)).0) \(words.status($0))" }.joined(separator: " ")]
        if strip.group > 1 { parts += [words.yearsPerColumn(strip.group)] + (hasCodes ? [words.severalKey] : []) }
        if hasCodes { parts.append(words.notConfirmedKey) }
        parts.append("\(glyph(.unknown).0): \(words.unknownKey)")
        var text = " " + parts[0]
        for part in parts.dropFirst() + caveats where DisplayWidth.of(text + "; " + part) <= width { text += "; " + part }
        return StyledLine(text, .dim)
    }

    // MARK: - Cells

    /// What a row shows for a group of years: the least certain mark, or the one code all its
    /// years share (`+` when they differ).
    private func merged(_ row: Row, _ strip: StripLayout, _ group: Int) -> Cell? {
        let cells = strip.years(of: group).flatMap { row.cells[$0] ?? [] }
        var codes: [String] = [], weakest: FactStatus?
        for cell in cells {
            switch cell {
            case .unknown: break
            case .mark(let status): weakest = Self.weaker(weakest, status)
            case .code(let code, let status):
                if !codes.contains(code) { codes.append(code) }
                weakest = Self.weaker(weakest, status)
            }
        }
        if let weakest {
            if codes.isEmpty { return .mark(weakest) }
            return .code(codes.count == 1 ? codes[0] : "+", weakest)
        }
        return cells.isEmpty ? nil : .unknown
    }

    static func weaker(_ a: FactStatus?, _ b: FactStatus) -> FactStatus {
        guard let a else { return b }
        let order = FactStatus.allCases
        return (order.firstIndex(of: a) ?? 0) > (order.firstIndex(of: b) ?? 0) ? a : b
    }

    private func glyph(_ cell: Cell, group: Int? = nil, _ strip: StripLayout? = nil) -> (String, TextRole) {
        let isSelected = group.flatMap { group in selection?.year.map { strip?.years(of: group).contains($0) ?? false } } ?? false
        let (text, role): (String, TextRole)
        switch cell {
        case .unknown: (text, role) = (unicode ? "·" : ".", .dim)
        case .mark(let status):
            let marks: [FactStatus: String] = unicode ? [.confirmed: "●", .inferred: "◐", .unconfirmed: "○"]
                : [.confirmed: "#", .inferred: "~", .unconfirmed: "?"]
            (text, role) = (marks[status] ?? "?", status.isCertain ? .normal : .warning)
        case .code(let code, let status):
            (text, role) = (status.isCertain ? code : code.lowercased(), status.isCertain ? .normal : .warning)
        }
        return (text, isSelected && cell != .unknown ? .highlight : role)
    }
}

/// Where each year goes across a width: a label column, then one slot per group of years.
struct StripLayout {
    static let longLabel = 12
    let first: Int
    let count: Int
    let labelWidth: Int
    /// Years in a column: 1 where the width allows, more on a narrow screen.
    let group: Int
    /// Columns of a group: its mark, then blanks.
    let slot: Int

    var groups: Int { (count + group - 1) / group }

    /// Narrower than this, a picture would say too little to be worth its rows.
    static let minimumWidth = 30

    init?(years: ClosedRange<Int>, width: Int) {
        guard width >= Self.minimumWidth else { return nil }
        first = years.lowerBound
        count = years.count
        labelWidth = width >= 60 ? Self.longLabel : 6
        let available = width - labelWidth - 1
        var group = 1
        while (count + group - 1) / group * 2 > available && group < count { group += 1 }
        let groups = (count + group - 1) / group
        guard groups * 2 <= available else { return nil }
        self.group = group
        slot = min(6, available / groups)
    }

    func years(of group: Int) -> ClosedRange<Int> {
        let start = first + group * self.group
        return start...min(first + count - 1, start + self.group - 1)
    }

    func column(of year: Int) -> Int? {
        guard year >= first, year < first + count else { return nil }
        return labelWidth + (year - first) / group * slot
    }
}
