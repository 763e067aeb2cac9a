import Foundation
import PueblaIndex
import PueblaKit

/// The reader: one release laid out for the screen's width, and how far it is scrolled.
public struct ReaderState: Sendable, Equatable {
    /// Where Esc goes back to.
    public enum Origin: Sendable, Equatable {
        case panes, search, bookmarks(ListPosition)
    }

    /// The release read, whole: read from its file when it was opened.
    public let release: Release
    public var releaseID: String { release.id }
    public let origin: Origin
    /// The search whose matches are highlighted, with `n`/`N` moving between them.
    public internal(set) var highlight: SearchQuery?
    /// The words being typed after `/` to search this release, while they are.
    public internal(set) var finding: String?
    /// The index in `document.matchLines` of the match last jumped to; nil once scrolled away.
    var match: Int?
    public internal(set) var document: ReaderDocument
    public internal(set) var top: Int
    /// The language of the header's labels and the footer's headings; the release keeps its own.
    let language: InterfaceLanguage

    init(release: Release, store: Store, width: Int, textWidth: Int, paragraph: Int? = nil,
         origin: Origin = .panes, highlight: SearchQuery? = nil, language: InterfaceLanguage) {
        self.release = release
        self.origin = origin
        self.highlight = highlight
        self.language = language
        document = ReaderDocument(release: release, store: store, width: width, textWidth: textWidth, highlight: highlight,
                                  words: language.browserWords)
        top = 0
        if let paragraph, document.paragraphStarts.indices.contains(paragraph) {
            top = document.paragraphStarts[paragraph]
        } else if let first = document.matchLines.first {
            top = max(0, first - 2)
        }
    }

    /// Lays the document out again for a new width, keeping the same paragraph at the top.
    mutating func relayout(store: Store, width: Int, textWidth: Int) {
        let paragraph = document.paragraphStarts.lastIndex { $0 <= top }
        document = ReaderDocument(release: release, store: store, width: width, textWidth: textWidth, highlight: highlight,
                                  words: language.browserWords)
        match = nil
        top = paragraph.map { document.paragraphStarts[$0] } ?? min(top, document.lines.count)
    }

    /// The paragraph at the top of the screen; nil above the first (the header).
    var paragraph: Int? { document.paragraphStarts.lastIndex { $0 <= top } }

    /// Highlights `query` in the release and moves to its first match from the top of the screen
    /// on, wrapping to the first of the release; false when the release has none.
    mutating func find(_ query: SearchQuery, store: Store, textWidth: Int, height: Int) -> Bool {
        highlight = query
        document = ReaderDocument(release: release, store: store, width: document.width, textWidth: textWidth, highlight: query,
                                  words: language.browserWords)
        guard let found = document.matchLines.firstIndex(where: { $0 >= top }) ?? document.matchLines.indices.first else { return false }
        match = found
        top = max(0, min(document.matchLines[found] - 2, maxTop(height: height)))
        return true
    }

    mutating func scroll(by lines: Int, height: Int) {
        if lines != 0 { match = nil }
        top = max(0, min(top.addingReportingOverflow(lines).partialValue, maxTop(height: height)))
    }

    func maxTop(height: Int) -> Int { max(0, document.lines.count - height) }

    /// What a jump to the next or previous match did.
    enum Jump { case moved, wrapped, none }

    /// Scrolls so the next (or previous) line with a match stands near the top; past the last
    /// (first) match, wraps around to the first (last), as less does with its wrap-around search.
    mutating func jumpToMatch(forward: Bool, height: Int) -> Jump {
        let lines = document.matchLines
        guard !lines.isEmpty else { return .none }
        // The match the user is on: the one jumped to last, else the one two lines below the top.
        let current = match ?? (forward ? lines.lastIndex { $0 <= top + 2 } ?? -1 : lines.firstIndex { $0 >= top + 2 } ?? lines.count)
        var next = current + (forward ? 1 : -1)
        var jump = Jump.moved
        if !lines.indices.contains(next) {
            next = forward ? 0 : lines.count - 1
            jump = .wrapped
        }
        match = next
        top = max(0, min(lines[next] - 2, maxTop(height: height)))
        return jump
    }
}

/// A release as screen lines: header, paragraphs with their quotes set off, and footer.
public struct ReaderDocument: Sendable, Equatable {
    public let width: Int
    public private(set) var lines: [StyledLine] = []
    /// The line on which each paragraph begins.
    public private(set) var paragraphStarts: [Int] = []
    /// Lines that hold a highlighted match, in order.
    public private(set) var matchLines: [Int] = []
    /// Where the URLs of the links and the source stand, for terminals that make them clickable.
    public private(set) var hyperlinks: [Hyperlink] = []

    /// A URL drawn on a line: from `column` (display columns from the line's start), `width` wide,
    /// and the http, https or mailto URL it opens, made safe (see `SafeLink`).
    public struct Hyperlink: Sendable, Equatable {
        public let line: Int
        public let column: Int
        public let width: Int
        public let url: String
    }

    /// Columns of text when the settings say nothing: newspaper columns, easy to follow.
    public static let defaultTextWidth = Config.default.readerWidth

    public init(release: Release, store: Store, width: Int, textWidth maximum: Int = defaultTextWidth,
                highlight: SearchQuery? = nil, words: any BrowserWords) {
        self.width = width
        let textWidth = min(maximum, max(1, width - 2))
        let formatter = ReleaseFormatter(store: store, words: words)
        let margin = " "
        let mark = { (spans: [Span], text: String) in Highlighting.overlay(highlight, on: text, spans: spans) }

        var header = DetailBuilder(width: textWidth)
        header.paragraph(mark([Span(release.title, .title)], release.title))
        header.blank()
        for (label, value) in formatter.headerFields(ReleaseSummary(release)) {
            if label == words.dateLabel, !release.dateStatus.isCertain, let date = release.date {
                header.field(label, [Span(words.longDate(date)), Span(" (\(words.status(release.dateStatus)))", .warning)])
            } else {
                header.field(label, value)
            }
        }
        lines = header.lines
        lines.append(StyledLine(margin + String(repeating: Glyphs.current.horizontal, count: textWidth), .border))

        for (index, paragraph) in release.paragraphs.enumerated() {
            lines.append(.blank)
            paragraphStarts.append(lines.count)
            let quotes = release.quotes.filter { $0.paragraph == index }.map(\.text)
            lines += StyledWrap.lines(mark(QuoteMarking.spans(paragraph, quotes: quotes), paragraph),
                                      width: textWidth + 1, indent: margin)
        }

        lines.append(.blank)
        lines.append(StyledLine(margin + String(repeating: Glyphs.current.horizontal, count: textWidth), .border))
        if !release.links.isEmpty {
            lines.append(StyledLine(margin + words.linksHeading, .heading))
            for (number, link) in release.links.enumerated() {
                let title = link.title.map { " \(Glyphs.current.dash) \($0)" } ?? ""
                let wrapped = StyledWrap.lines([Span("[\(number + 1)] ", .dim), Span(link.url, .accent), Span(title)],
                                               width: textWidth + 1, indent: margin + "  ")
                addHyperlinks(to: link.url, role: .accent, in: wrapped)
                lines += wrapped
            }
        }
        if !release.contacts.isEmpty {
            lines.append(StyledLine(margin + words.contactsHeading, .heading))
            for contact in release.contacts {
                lines += StyledWrap.lines([Span(ReleaseFormatter.contactLine(contact))], width: textWidth + 1, indent: margin + "  ")
            }
        }
        if let source = release.source, let origin = source.url ?? source.file {
            lines.append(StyledLine(margin + words.sourceLabel, .heading))
            let wrapped = StyledWrap.lines([Span(origin, .dim)], width: textWidth + 1, indent: margin + "  ")
            addHyperlinks(to: origin, role: .dim, in: wrapped)
            lines += wrapped
        }
        matchLines = lines.indices.filter { lines[$0].spans.contains { $0.role == .highlight } }
    }

    /// Records the spans of `role` in `wrapped` (lines about to be appended) as opening `url`,
    /// when it is an http, https or mailto URL.
    private mutating func addHyperlinks(to url: String, role: TextRole, in wrapped: [StyledLine]) {
        guard let safe = SafeLink.url(url) else { return }
        for (offset, line) in wrapped.enumerated() {
            var column = 0
            for span in line.spans {
                let width = DisplayWidth.of(span.text)
                if span.role == role, !span.text.allSatisfy(\.isWhitespace) {
                    hyperlinks.append(Hyperlink(line: lines.count + offset, column: column, width: width, url: safe))
                }
                column += width
            }
        }
    }
}

/// Splits a paragraph into spans so that the direct quotes it contains stand out.
enum QuoteMarking {
    static func spans(_ paragraph: String, quotes: [String]) -> [Span] {
        var ranges: [Range<String.Index>] = []
        for quote in quotes {
            let trimmed = quote.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, let range = paragraph.range(of: trimmed) else { continue }
            if !ranges.contains(where: { $0.overlaps(range) }) { ranges.append(range) }
        }
        return Highlighting.split(paragraph, at: ranges, base: [Span(paragraph)], role: .quote)
    }
}

/// Marks the words a search matched, on top of whatever roles the text already has.
public enum Highlighting {
    /// `spans` must spell `text` exactly; the matches of `query` in it take the highlight role.
    public static func overlay(_ query: SearchQuery?, on text: String, spans: [Span]) -> [Span] {
        guard let query, !query.isEmpty else { return spans }
        return split(text, at: query.ranges(in: text), base: spans, role: .highlight)
    }

    /// Gives `role` to the characters of `text` within `ranges`, keeping the roles of `base`
    /// (spans that spell `text`) elsewhere.
    static func split(_ text: String, at ranges: [Range<String.Index>], base: [Span], role: TextRole) -> [Span] {
        guard !ranges.isEmpty else { return base }
        let marked = ranges.map { text.distance(from: text.startIndex, to: $0.lowerBound)..<text.distance(from: text.startIndex, to: $0.upperBound) }
        var result: [Span] = []
        var offset = 0
        for span in base {
            for character in span.text {
                let characterRole = marked.contains { $0.contains(offset) } ? role : span.role
                if let last = result.last, last.role == characterRole {
                    result[result.count - 1].text.append(character)
                } else {
                    result.append(Span(String(character), characterRole))
                }
                offset += 1
            }
        }
        return result
    }
}
