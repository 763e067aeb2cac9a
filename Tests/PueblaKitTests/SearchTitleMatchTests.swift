import Testing
@testable import PueblaIndex
@testable import PueblaKit

/// What a search too large to answer a key with shows at once: the releases it ranks first.
@Suite("Title matches and search cost")
struct SearchTitleMatchTests {
    typealias F = SearchFixture

    static let store = F.store(releases: [
        F.release("a", "2021-01-01", title: "Migration talks in Tapachula", paragraphs: ["Regional meeting."]),
        F.release("b", "2020-01-01", title: "Border city", paragraphs: ["Migration and Tapachula."]),
        F.release("c", "2019-01-01", title: "Migrants of the region", paragraphs: ["Nothing else."]),
        F.release("d", "2018-01-01", title: "Tapachula migration office"),
    ])

    @Test("title matches are the releases the whole search ranks first, in the same order",
          arguments: ["m", "mig", "migration", "tapachula mig", "migration ", "region", "nowhere", "border tapachula"])
    func firstRanked(_ text: String) {
        let index = SearchIndex(store: Self.store)
        let query = SearchQuery(text)
        let first = index.search(query).releases.filter(\.isTitleMatch).map(\.id)
        #expect(index.titleMatches(query).map(\.id) == first)
    }

    @Test("the cost is the postings a search reads: none for a word no release has, more for a shorter prefix")
    func cost() {
        let index = SearchIndex(store: Self.store)
        #expect(index.cost(of: SearchQuery("nowhere")) == 0)
        #expect(index.cost(of: SearchQuery("")) == 0)
        #expect(index.cost(of: SearchQuery("m")) > index.cost(of: SearchQuery("migration ")))
        #expect(index.cost(of: SearchQuery("migration ")) > 0)
    }
}
