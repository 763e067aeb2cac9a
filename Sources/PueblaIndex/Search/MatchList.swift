import PueblaKit

/// Every match of a query in a sequence of texts (a release's paragraphs, or the lines the reader
/// shows), in reading order, for highlighting and for going to the next or previous match.
public struct MatchList: Sendable, Equatable {
    public struct Match: Sendable, Equatable {
        /// Which text it is in.
        public let text: Int
        public let range: Range<String.Index>
    }

    public let matches: [Match]

    public init(query: SearchQuery, texts: [String]) {
        matches = texts.enumerated().flatMap { number, text in
            query.ranges(in: text).map { Match(text: number, range: $0) }
        }
    }

    public var isEmpty: Bool { matches.isEmpty }
    public var count: Int { matches.count }

    /// The ranges to highlight in text `number`.
    public func ranges(inText number: Int) -> [Range<String.Index>] {
        matches.filter { $0.text == number }.map(\.range)
    }

    /// The match after `current` (a position in `matches`), wrapping to the first; the first match
    /// when there is no current one; nil when there are no matches.
    public func index(after current: Int?) -> Int? {
        guard !matches.isEmpty else { return nil }
        guard let current else { return 0 }
        return current + 1 < matches.count ? current + 1 : 0
    }

    /// The match before `current`, wrapping to the last; the last when there is no current one.
    public func index(before current: Int?) -> Int? {
        guard !matches.isEmpty else { return nil }
        guard let current, current > 0, current <= matches.count else { return matches.count - 1 }
        return current - 1
    }

    /// The first match in text `number` or after it, wrapping to the first: where `n` goes from
    /// the place the reader is scrolled to.
    public func firstIndex(fromText number: Int) -> Int? {
        matches.firstIndex { $0.text >= number } ?? index(after: nil)
    }

    /// The last match before text `number`, wrapping to the last: where `N` goes from there.
    public func lastIndex(beforeText number: Int) -> Int? {
        matches.lastIndex { $0.text < number } ?? index(before: nil)
    }
}
