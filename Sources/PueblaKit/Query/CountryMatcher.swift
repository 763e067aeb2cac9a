import Foundation

/// Turns what a person types ("mx", "Mexico", "méxico", "dominican republic") into a country.
public struct CountryMatcher: Sendable {
    private let entries: [(country: Country, keys: [String])]

    public init(countries: [Country]) {
        entries = countries.map { country in
            (country, [country.code, country.name, country.nameEs].map(TextFolding.fold))
        }
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case unknown(query: String, suggestions: [String])

        public var description: String {
            switch self {
            case let .unknown(query, suggestions):
                let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
                return "unknown country \"\(query)\"\(hint)"
            }
        }
    }

    /// The one country the query names exactly (code, English or Spanish name, folded).
    public func resolve(_ query: String) throws(Failure) -> Country {
        let key = TextFolding.fold(query.trimmingCharacters(in: .whitespaces))
        if let exact = entries.first(where: { $0.keys.contains(key) }) { return exact.country }
        let prefixed = entries.filter { $0.keys.dropFirst().contains { $0.hasPrefix(key) } }
        if key.count >= 3, prefixed.count == 1 { return prefixed[0].country }
        throw .unknown(query: query, suggestions: suggestions(for: key))
    }

    /// Countries whose code or names contain every word typed so far, best first (for the picker).
    public func candidates(for query: String) -> [Country] {
        let words = TextFolding.words(of: query)
        guard !words.isEmpty else { return entries.map(\.country) }
        let matching = entries.filter { entry in words.allSatisfy { word in entry.keys.contains { $0.contains(word) } } }
        let key = words.joined(separator: " ")
        return matching.sorted { rank($0.keys, key) < rank($1.keys, key) }.map(\.country)
    }

    private func rank(_ keys: [String], _ key: String) -> Int {
        if keys.contains(key) { return 0 }
        if keys.contains(where: { $0.hasPrefix(key) }) { return 1 }
        return 2
    }

    /// Up to three names close to what was typed, by edit distance.
    private func suggestions(for key: String) -> [String] {
        let scored = entries.map { entry in
            (entry.country.name, entry.keys.map { EditDistance.between($0, key) }.min() ?? Int.max)
        }
        let limit = max(2, key.count / 3)
        return scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
    }
}

enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
