import PueblaKit

extension LibrarySearch {
    /// How many bytes of postings a search of `query` reads (see `SearchIndex.cost(of:)`).
    public func cost(of query: SearchQuery) -> Int {
        texts.cost(of: query) + places.cost(of: query)
    }

    /// The first releases a search of `query` ranks first: those with every word in their title
    /// (see `SearchIndex.titleMatches(_:first:budget:including:)`).
    public func titleMatches(_ query: SearchQuery, first limit: Int, including include: (Int) -> Bool = { _ in true }) -> [ReleaseHit] {
        texts.titleMatches(query, first: limit, including: include)
    }
}

extension Library {
    /// The title of the release at `position`, read from its record without the rest (what a search
    /// checks a query word against); nil where the index is damaged.
    func title(at position: Int) -> String? {
        let (image, position) = part(position)
        var record = image.record(position)
        guard (try? record.stringRange()) != nil else { return nil }
        return try? record.string()
    }
}
