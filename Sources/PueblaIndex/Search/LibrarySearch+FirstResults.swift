import PueblaKit

extension LibrarySearch {
    /// How many bytes of postings a search of `query` reads (see `SearchIndex.cost(of:)`).
    public func cost(of query: SearchQuery) -> Int {
        texts.cost(of: query) + places.cost(of: query)
    }

    /// The releases a search of `query` ranks first: those with every word in their title.
    public func titleMatches(_ query: SearchQuery) -> [ReleaseHit] {
        texts.titleMatches(query)
    }
}
