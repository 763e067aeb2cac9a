import Foundation

/// Case- and accent-insensitive comparison keys: "México" and "mexico" fold to the same text.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// True when every word of `query` occurs somewhere in `text`, both folded.
    public static func matchesAllWords(_ query: String, in text: String) -> Bool {
        let haystack = fold(text)
        return words(of: query).allSatisfy { haystack.contains($0) }
    }

    /// The folded words of a query, in order.
    public static func words(of query: String) -> [String] {
        fold(query).split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }
}
