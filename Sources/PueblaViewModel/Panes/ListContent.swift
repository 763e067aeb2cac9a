import PueblaIndex
import PueblaKit

/// One row of a pane's list, laid out for a width.
public enum ListContent {
    public static func row(_ index: Int, of pane: Pane, in state: AppState, width: Int) -> StyledLine {
        state.view(of: pane).row(index, in: state, width: width)
    }

    /// Fixed-width fields (each keeping a blank column after it) followed by one that takes the rest.
    static func columns(_ fixed: [(Span, Int)], rest: Span, trailing: Span? = nil, trailingFrom minimumWidth: Int = 60,
                        width: Int) -> StyledLine {
        columns(fixed, rest: [rest], trailing: trailing, trailingFrom: minimumWidth, width: width)
    }

    /// The flexible field may be several spans (a title with its matches highlighted, say).
    static func columns(_ fixed: [(Span, Int)], rest: [Span], trailing: Span? = nil, trailingFrom minimumWidth: Int = 60,
                        width: Int) -> StyledLine {
        var spans: [Span] = []
        var used = 0
        for (span, columnWidth) in fixed {
            let room = min(columnWidth, max(0, width - used))
            var field = SafeText.line(span.text)
            while field.hasSuffix(" ") { field.removeLast() }
            let text = DisplayWidth.pad(DisplayWidth.truncate(field, to: room - 1, ellipsis: Glyphs.current.ellipsis), to: room)
            spans.append(Span(text, span.role))
            used += DisplayWidth.of(text)
        }
        let trailingText = trailing.map { " " + SafeText.line($0.text) } ?? ""
        // The trailing field only shows where the row has room to spare for it.
        let trailingWidth = width < minimumWidth ? 0 : min(DisplayWidth.of(trailingText), 18)
        let restWidth = max(0, width - used - trailingWidth)
        spans += clip(rest, to: restWidth)
        if let trailing, trailingWidth > 0 {
            spans.append(Span(DisplayWidth.truncate(trailingText, to: trailingWidth, ellipsis: Glyphs.current.ellipsis), trailing.role))
        }
        var line = StyledLine(spans)
        line.selectionWidth = min(width, fixed.prefix(2).reduce(0) { $0 + $1.1 })
        return line
    }

    /// The marks before a row: unread and bookmarked.
    static func marks(read: Bool, bookmarked: Bool) -> Span {
        let glyphs = Glyphs.current
        return Span(String(read ? " " : glyphs.unread) + String(bookmarked ? glyphs.bookmark : " "), .unread)
    }

    public static func releaseRow(_ release: ReleaseSummary, read: Bool, bookmarked: Bool, words: any BrowserWords, width: Int,
                                  highlight: SearchQuery? = nil) -> StyledLine {
        let date = (release.date ?? words.noDate) + release.dateStatus.mark
        let title = Highlighting.overlay(highlight, on: release.title, spans: [Span(release.title, read ? .normal : .unread)])
        return columns([(marks(read: read, bookmarked: bookmarked), 3), (Span(date, .dim), 12)], rest: title,
                       trailing: release.place.map { Span($0.name, .dim) }, width: width)
    }

    public static func quoteRow(_ entry: QuoteEntry, bookmarked: Bool, words: any BrowserWords, width: Int, highlight: SearchQuery? = nil) -> StyledLine {
        let glyphs = Glyphs.current
        let text = String(glyphs.openQuote) + entry.quote.text + String(glyphs.closeQuote)
        return columns([(Span(bookmarked ? String(glyphs.bookmark) : " ", .unread), 2), (Span(entry.quote.speaker ?? words.unattributed, .bold), min(22, width / 3))],
                       rest: Highlighting.overlay(highlight, on: text, spans: [Span(text, .quote)]), width: width)
    }

    /// Spans cut to exactly `width` columns: an ellipsis where they are longer, blanks where shorter.
    static func clip(_ spans: [Span], to width: Int) -> [Span] {
        let text = spans.map { SafeText.line($0.text) }.joined()
        guard DisplayWidth.of(text) > width else {
            return spans.map { Span(SafeText.line($0.text), $0.role) } + [Span(String(repeating: " ", count: width - DisplayWidth.of(text)))]
        }
        var result: [Span] = []
        var room = max(0, width - 1)
        for span in spans where room > 0 {
            let piece = DisplayWidth.prefix(SafeText.line(span.text), fitting: room)
            result.append(Span(piece, span.role))
            room -= DisplayWidth.of(piece)
        }
        let used = result.reduce(0) { $0 + DisplayWidth.of($1.text) }
        return result + [Span(width > 0 ? String(Glyphs.current.ellipsis) : "", spans.last?.role ?? .normal), Span(String(repeating: " ", count: max(0, width - 1 - used)))]
    }

    /// `text` cut after its last word that fits in `width` columns, with an ellipsis; cut
    /// anywhere only when its first word alone is too long.
    public static func wordsFitting(_ text: String, _ width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let ellipsis = Glyphs.current.ellipsis
        let cut = DisplayWidth.prefix(text, fitting: width - 1)
        // The cut may fall just where a word ends.
        let endsWord = text.dropFirst(cut.count).first == " "
        guard let space = endsWord ? cut.endIndex : cut.lastIndex(of: " ") else { return DisplayWidth.truncate(text, to: width, ellipsis: ellipsis) }
        var kept = String(cut[..<space])
        while kept.last == "," || kept.last == " " { kept.removeLast() }
        return kept + String(ellipsis)
    }
}
