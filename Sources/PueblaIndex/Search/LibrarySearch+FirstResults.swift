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
