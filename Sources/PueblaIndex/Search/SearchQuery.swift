import PueblaKit

/// What a person typed in the search line, split into folded words. Every word must match; the
/// last one matches as a prefix while it is being typed ("tapa" finds "Tapachula"), and as a whole
/// word once a space follows it.
public struct SearchQuery: Sendable, Equatable {
    /// The words beyond this many are ignored: no one types more, and counts fit in a byte.
    public static let maximumWords = 32

    public let text: String
    /// Folded, in the order typed.
    public let words: [String]
    /// True when the last word is still being typed (no space after it).
    public let lastWordIsPrefix: Bool

    public init(_ text: String) {
        self.text = text
        let typed = WordScanner.words(text)
        words = Array(typed.prefix(Self.maximumWords))
        let endsInWord = switch text.unicodeScalars.last.map(WordScanner.piece) {
        case .letters?: true
        case .transparent?: !typed.isEmpty  // an accent typed after the last letter
        default: false
        }
        lastWordIsPrefix = endsInWord && typed.count <= Self.maximumWords
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Whether a folded word of a text matches the query word at `position`, and how many of its
    /// folded bytes are matched (all of them, or the prefix typed so far).
    func matchedLength(of word: UnsafeBufferPointer<UInt8>, against position: Int) -> Int? {
        let query = words[position].utf8
        if position == words.count - 1 && lastWordIsPrefix {
            return word.starts(with: query) ? query.count : nil
        }
        return word.elementsEqual(query) ? word.count : nil
    }

    /// Whether the words of `text` (a release's title), split and folded as the index splits them,
    /// match each of the query's words at `positions`.
    func titleHolds(_ text: String, wordsAt positions: [Int]) -> Bool {
        var matched = Set<Int>()
        WordScanner.withUTF8(text) { utf8 in
            WordScanner.scan(utf8) { word, _ in
                for position in positions where matchedLength(of: word, against: position) != nil { matched.insert(position) }
            }
        }
        return matched.count == positions.count
    }

    /// Every place in `text` that some word of the query matches, in order and never overlapping:
    /// what a list or the reader highlights. Ranges fall on Unicode scalar boundaries, and take in
    /// the accents of the letters they cover.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !isEmpty else { return [] }
        var offsets: [Range<Int>] = []
        WordScanner.withUTF8(text) { utf8 in
            WordScanner.scan(utf8) { word, range in
                var longest = 0
                for position in words.indices {
                    if let length = matchedLength(of: word, against: position) { longest = max(longest, length) }
                }
                guard longest > 0 else { return }
                let end = longest == word.count ? range.upperBound
                    : WordScanner.foldedEnd(of: longest, in: utf8, from: range.lowerBound, to: range.upperBound)
                offsets.append(range.lowerBound..<end)
            }
        }
        let view = text.utf8
        return offsets.map { range in
            view.index(view.startIndex, offsetBy: range.lowerBound)..<view.index(view.startIndex, offsetBy: range.upperBound)
        }
    }
}
