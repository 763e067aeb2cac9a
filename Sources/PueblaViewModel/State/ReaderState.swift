import Foundation
import PueblaKit

/// The reader: one release laid out for the screen's width, and how far it is scrolled.
public struct ReaderState: Sendable, Equatable {
    public let releaseID: String
    public internal(set) var document: ReaderDocument
    public internal(set) var top: Int

    init(release: Release, store: Store, width: Int, paragraph: Int? = nil) {
        releaseID = release.id
        document = ReaderDocument(release: release, store: store, width: width)
        top = 0
        if let paragraph, document.paragraphStarts.indices.contains(paragraph) {
            top = document.paragraphStarts[paragraph]
        }
    }

    /// Lays the document out again for a new width, keeping the same paragraph at the top.
    mutating func relayout(release: Release, store: Store, width: Int) {
        let paragraph = document.paragraphStarts.lastIndex { $0 <= top }
        document = ReaderDocument(release: release, store: store, width: width)
        top = paragraph.map { document.paragraphStarts[$0] } ?? min(top, document.lines.count)
    }

    mutating func scroll(by lines: Int, height: Int) {
        top = max(0, min(top + lines, maxTop(height: height)))
    }

    mutating func scroll(to line: Int, height: Int) {
        top = max(0, min(line, maxTop(height: height)))
    }

    func maxTop(height: Int) -> Int { max(0, document.lines.count - height) }
}

/// A release as screen lines: header, paragraphs with their quotes set off, and footer.
public struct ReaderDocument: Sendable, Equatable {
    public let width: Int
    public private(set) var lines: [StyledLine] = []
    /// The line on which each paragraph begins.
    public private(set) var paragraphStarts: [Int] = []

    /// The widest text column: longer lines are hard to read.
    public static let maximumTextWidth = 88

    public init(release: Release, store: Store, width: Int) {
        self.width = width
        let textWidth = min(Self.maximumTextWidth, max(1, width - 2))
        let formatter = ReleaseFormatter(store: store)
        let margin = " "

        var header = DetailBuilder(width: textWidth)
        header.paragraph([Span(release.title, .title)])
        header.blank()
        for (label, value) in formatter.headerFields(release) {
            if label == "Date", !release.dateStatus.isCertain, let date = release.date {
                header.field(label, [Span(date), Span(" (\(release.dateStatus.rawValue))", .warning)])
            } else {
                header.field(label, value)
            }
        }
        lines = header.lines
        lines.append(StyledLine(margin + String(repeating: "─", count: textWidth), .border))

        for (index, paragraph) in release.paragraphs.enumerated() {
            lines.append(.blank)
            paragraphStarts.append(lines.count)
            let quotes = release.quotes.filter { $0.paragraph == index }.map(\.text)
            lines += StyledWrap.lines(QuoteMarking.spans(paragraph, quotes: quotes), width: textWidth + 1, indent: margin)
        }

        lines.append(.blank)
        lines.append(StyledLine(margin + String(repeating: "─", count: textWidth), .border))
        if !release.links.isEmpty {
            lines.append(StyledLine(margin + "Links", .heading))
            for (number, link) in release.links.enumerated() {
                let title = link.title.map { " — \($0)" } ?? ""
                lines += StyledWrap.lines([Span("[\(number + 1)] ", .dim), Span(link.url, .accent), Span(title)],
                                          width: textWidth + 1, indent: margin + "  ")
            }
        }
        if !release.contacts.isEmpty {
            lines.append(StyledLine(margin + "Contacts", .heading))
            for contact in release.contacts {
                lines += StyledWrap.lines([Span(ReleaseFormatter.contactLine(contact))], width: textWidth + 1, indent: margin + "  ")
            }
        }
        if let source = release.source, let origin = source.url ?? source.file {
            lines.append(StyledLine(margin + "Source", .heading))
            lines += StyledWrap.lines([Span(origin, .dim)], width: textWidth + 1, indent: margin + "  ")
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
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var spans: [Span] = []
        var cursor = paragraph.startIndex
        for range in ranges {
            if cursor < range.lowerBound { spans.append(Span(String(paragraph[cursor..<range.lowerBound]))) }
            spans.append(Span(String(paragraph[range]), .quote))
            cursor = range.upperBound
        }
        if cursor < paragraph.endIndex { spans.append(Span(String(paragraph[cursor...]))) }
        return spans
    }
}
