/// What the lists, the filters and search need of a release, without its paragraphs: the part of a
/// release a library index keeps, so that the bodies are read only when a release is opened.
public struct ReleaseSummary: Sendable, Equatable {
    public let id: String
    public let title: String
    public let date: String?
    public let dateStatus: FactStatus
    public let place: Place?
    public let countries: [String]
    public let meeting: String?
    public let paragraphCount: Int
    public let quotes: [Quote]

    public func mentions(_ country: String) -> Bool {
        countries.contains(country) || place?.country == country
    }
}

// In an extension, so that Swift still writes the memberwise initializer the index reader uses.
extension ReleaseSummary {
    public init(_ release: Release) {
        self.init(id: release.id, title: release.title, date: release.date, dateStatus: release.dateStatus,
                  place: release.place, countries: release.countries, meeting: release.meeting,
                  paragraphCount: release.paragraphs.count, quotes: release.quotes)
    }
}

/// The folded words of a release's title and paragraphs, each list sorted by UTF-8 and unique:
/// what a library index keeps on disk for search, and never holds for every release at once.
struct ReleaseWords: Equatable {
    let titleWords: [String]
    let bodyWords: [String]

    func encoded() -> [UInt8] {
        var writer = IndexWriter()
        writer.strings(titleWords)
        writer.strings(bodyWords)
        return writer.bytes
    }

    private static func sorted(_ texts: [String]) -> [String] {
        Set(texts.flatMap(WordScanner.words)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether every word of the query occurs in the title or the paragraphs, the last one as a
    /// prefix while it is being typed: the releases `SearchIndex` finds for the same query.
    func matches(_ query: SearchQuery) -> Bool {
        guard !query.isEmpty else { return false }
        return query.words.indices.allSatisfy { position in
            let word = query.words[position]
            let prefix = position == query.words.count - 1 && query.lastWordIsPrefix
            return Self.contains(word, asPrefix: prefix, in: titleWords) || Self.contains(word, asPrefix: prefix, in: bodyWords)
        }
    }

    private static func contains(_ word: String, asPrefix: Bool, in sorted: [String]) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].utf8.lexicographicallyPrecedes(word.utf8) { low = middle + 1 } else { high = middle }
        }
        guard low < sorted.count else { return false }
        return asPrefix ? sorted[low].utf8.starts(with: word.utf8) : sorted[low] == word
    }
}

extension ReleaseWords {
    init(_ release: Release) {
        self.init(titleWords: Self.sorted([release.title]), bodyWords: Self.sorted(release.paragraphs))
    }

    init(reading reader: inout IndexReader) throws(IndexReader.Malformed) {
        self.init(titleWords: try reader.strings(), bodyWords: try reader.strings())
    }
}
