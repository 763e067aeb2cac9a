import PueblaKit

/// What a bookmark id in the reading state names: a release (`<release id>`) or one of its quotes
/// (`<release id>#<index>`, as `QuoteEntry.id` and `QuoteHit.id` write it).
public enum Bookmark: Sendable, Equatable {
    case release(ReleaseSummary)
    case quote(QuoteEntry)

    /// Nil when the library no longer has it (a release removed from Data, say): such a bookmark is
    /// kept in the file but not listed.
    public init?(id: String, in library: Library) {
        if let position = library.position(ofID: id) {
            self = .release(library.summary(at: position))
            return
        }
        guard let hash = id.lastIndex(of: "#"), let index = Int(id[id.index(after: hash)...]),
              let position = library.position(ofID: String(id[..<hash])) else { return nil }
        let release = library.summary(at: position)
        guard release.quotes.indices.contains(index) else { return nil }
        self = .quote(QuoteEntry(release, index: index))
    }

    /// The release bookmarked, or the release the quote bookmarked is from.
    public var releaseID: String {
        switch self {
        case .release(let release): return release.id
        case .quote(let entry): return entry.releaseID
        }
    }
}
