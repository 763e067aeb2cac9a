import PueblaKit

/// What a piece of text is, not how it looks: the front end maps each role to colours and
/// attributes (and to reverse video alone on a monochrome terminal).
public enum TextRole: Sendable, Equatable, Hashable {
    case normal
    case dim
    case bold
    case heading
    case title
    case quote
    case warning
    case accent
    case selected
    /// A list row the user has not read yet.
    case unread
    case tab
    case activeTab
    case status
    case statusKey
    case highlight
    case border
    case mapLand
    case mapMember
    case mapObserver
    case mapSelected
    case mapMarker
}

/// A run of text in one role.
public struct Span: Sendable, Equatable {
    public var text: String
    public var role: TextRole

    public init(_ text: String, _ role: TextRole = .normal) {
        self.text = text
        self.role = role
    }
}

/// One screen line made of spans.
public struct StyledLine: Sendable, Equatable {
    public var spans: [Span]
    /// The columns a selection shows on, from the left: a list row's leading fields. Marking those
    /// alone, not the whole row, keeps a move in a list to a few dozen bytes on a slow link (as
    /// mutt's arrow cursor does); nil marks the whole line.
    public var selectionWidth: Int?

    public init(_ spans: [Span] = []) {
        self.spans = spans
    }

    public init(_ text: String, _ role: TextRole = .normal) {
        self.spans = [Span(text, role)]
    }

    public static let blank = StyledLine()

    public var plainText: String { spans.map(\.text).joined() }
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }
}

public enum StyledWrap {
    /// Wraps spans to `width` columns by words, each part of a word keeping its role (a quotation
    /// mark and the quote it opens stay together). Text is sanitized first.
    public static func lines(_ spans: [Span], width: Int, indent: String = "") -> [StyledLine] {
        let available = width - DisplayWidth.of(indent)
        guard available > 0 else { return [] }
        var result: [StyledLine] = []
        var line: [Span] = []
        var lineWidth = 0

        func flush() {
            result.append(StyledLine((indent.isEmpty ? [] : [Span(indent)]) + line))
            line = []
            lineWidth = 0
        }
        func append(_ span: Span) {
            if let last = line.last, last.role == span.role {
                line[line.count - 1].text += span.text
            } else {
                line.append(span)
            }
        }

        for word in words(of: spans) {
            let wordWidth = word.reduce(0) { $0 + DisplayWidth.of($1.text) }
            if lineWidth > 0 && lineWidth + 1 + wordWidth > available { flush() }
            if lineWidth > 0 {
                append(Span(" ", word[0].role == line.last?.role ? word[0].role : .normal))
                lineWidth += 1
            }
            if wordWidth <= available - lineWidth {
                word.forEach(append)
                lineWidth += wordWidth
                continue
            }
            // Longer than a whole line: break it into line-sized pieces.
            for part in word {
                for piece in WordWrap.lines(part.text, width: available) {
                    let pieceWidth = DisplayWidth.of(piece)
                    if lineWidth > 0 && lineWidth + pieceWidth > available { flush() }
                    append(Span(piece, part.role))
                    lineWidth += pieceWidth
                }
            }
        }
        if !line.isEmpty || result.isEmpty { flush() }
        return result
    }

    /// Splits spans at spaces into words; a word may be made of several spans.
    static func words(of spans: [Span]) -> [[Span]] {
        var words: [[Span]] = []
        var word: [Span] = []
        for span in spans {
            var run = ""
            for character in SafeText.line(span.text) {
                if character == " " {
                    if !run.isEmpty { word.append(Span(run, span.role)); run = "" }
                    if !word.isEmpty { words.append(word); word = [] }
                } else {
                    run.append(character)
                }
            }
            if !run.isEmpty { word.append(Span(run, span.role)) }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}
