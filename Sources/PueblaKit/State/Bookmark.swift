/// What a bookmark id in the reading state names: a release (`<release id>`) or one of its quotes
/// (`<release id>#<index>`, as `QuoteEntry.id` and `QuoteHit.id` write it).
public enum Bookmark: Sendable, Equatable {
    case release(Release)
    case quote(QuoteEntry)

    /// Nil when the store no longer has it (a release removed from Data, say): such a bookmark is
    /// kept in the file but not listed.
    public init?(id: String, in store: Store) {
        if let release = store.release(id: id) {
            self = .release(release)
            return
        }
        guard let hash = id.lastIndex(of: "#"), let index = Int(id[id.index(after: hash)...]),
              let release = store.release(id: String(id[..<hash])), release.quotes.indices.contains(index) else { return nil }
        self = .quote(QuoteEntry(release: release, index: index))
    }
}

extension QuoteEntry {
    init(release: Release, index: Int) {
        self.init(releaseID: release.id, releaseTitle: release.title, releaseDate: release.date, index: index,
                  quote: release.quotes[index])
    }
}
