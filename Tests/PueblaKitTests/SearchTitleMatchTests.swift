import Foundation
import PueblaCorpus
import Testing
@testable import PueblaIndex
@testable import PueblaKit

/// What a search too large to answer a key with shows at once: the first releases it ranks first,
/// found by reading the titles' lists in list order only as far as a screenful of them.
@Suite("Title matches and search cost")
struct SearchTitleMatchTests {
    typealias F = SearchFixture

    static let store = F.store(releases: [
        F.release("a", "2021-01-01", title: "Migration talks in Tapachula", paragraphs: ["Regional meeting."]),
        F.release("b", "2020-01-01", title: "Border city", paragraphs: ["Migration and Tapachula."]),
        F.release("c", "2019-01-01", title: "Migrants of the region", paragraphs: ["Nothing else."]),
        F.release("d", "2018-01-01", title: "Tapachula migration office"),
        F.release("e", "2017-01-01", title: "Foro sobre la migración", paragraphs: ["Tapachula."]),
        F.release("f", "2016-01-01", title: "MIGRACION y desarrollo"),
    ])

    /// A generated library of `count` releases, newest first as a library lists them, indexed as
    /// the browser searches it.
    static func generated(_ count: Int) throws -> (SearchIndex, Store) {
        let shipped = try StoreLoader.load(from: TestData.shipped, releases: false)
        let generator = CorpusGenerator(seed: 11, store: shipped)
        let releases = (0..<count).map(generator.release(number:)).sorted { ($0.date ?? "", $0.id) > ($1.date ?? "", $1.id) }
        let store = Store(directory: "generated", releases: releases, meetings: shipped.meetings, countries: shipped.countries,
                          organizations: shipped.organizations)
        return (Library(store: store).search(with: store).texts, store)
    }

    /// The releases the whole search ranks first, in its order.
    static func ranksFirst(_ index: SearchIndex, _ query: SearchQuery) -> [String] {
        index.search(query).releases.filter(\.isTitleMatch).map(\.id)
    }

    @Test("title matches are the releases the whole search ranks first, in the same order",
          arguments: ["m", "mig", "migration", "tapachula mig", "migration ", "region", "nowhere", "border tapachula",
                      "migración", "migracion", "MIGRACIÓN", "la migr", "tapachula", "paragraphs only"])
    func firstRanked(_ text: String) {
        let index = SearchIndex(store: Self.store)
        let query = SearchQuery(text)
        #expect(index.titleMatches(query, first: .max).map(\.id) == Self.ranksFirst(index, query))
        #expect(index.titleMatches(query, first: 2).map(\.id) == Array(Self.ranksFirst(index, query).prefix(2)))
    }

    /// For each query, at several limits and budgets: the first matches are the start of what the
    /// whole search ranks first, all of it given no limit; and something is found.
    static func expectPrefixes(_ index: SearchIndex, _ texts: [String]) {
        var seen = 0
        for text in texts {
            let query = SearchQuery(text)
            let whole = ranksFirst(index, query)
            seen += whole.count
            #expect(index.titleMatches(query, first: .max, budget: .max).map(\.id) == whole, "\(text)")
            for limit in [1, 64, 500] {
                for budget in [0, 50, 5_000, Int.max] {
                    let early = index.titleMatches(query, first: limit, budget: budget).map(\.id)
                    #expect(early.count <= limit, "\(text) \(limit) \(budget)")
                    #expect(early == Array(whole.prefix(early.count)), "\(text) \(limit) \(budget)")
                    if budget == .max { #expect(early.count == min(limit, whole.count), "\(text) \(limit)") }
                }
            }
        }
        #expect(seen > 0)
    }

    @Test("on a generated library, the first matches are the start of what the whole search ranks first, at any limit and budget")
    func generatedPrefix() throws {
        let (index, _) = try Self.generated(3_000)
        Self.expectPrefixes(index, ["m", "mi", "migra", "migración", "migracion", "r", "regional m", "the m", "of the", "a b c",
                                    "international organization f", "zz", "x"])
    }

    @Test("from a library index with a segment beside it (releases added and removed, renumbered into the list), the same")
    func withSegment() throws {
        let corpus = try LibraryIndexTests.Corpus(releases: 400)
        defer { corpus.clean() }
        _ = try corpus.open()
        let store = try corpus.plainLoad()
        let generator = CorpusGenerator(seed: 11, store: store)
        for number in 400..<404 { try IndexSegmentTests.write(generator.release(number: number), in: corpus) }
        try FileManager.default.removeItem(atPath: corpus.releaseFile(store.releases[10].id))
        let (library, _) = try corpus.open()
        #expect(IndexSegmentTests.segmentExists(corpus))
        Self.expectPrefixes(library.search(with: try corpus.plainLoad()).texts, ["m", "migration", "the m", "r", "migración"])
    }

    @Test("a first letter stops after a screenful: the lists of every word it starts are read only as far as that")
    func firstLetterStopsEarly() throws {
        let (index, store) = try Self.generated(3_000)
        let query = SearchQuery("m")
        let whole = Self.ranksFirst(index, query)
        #expect(whole.count > 1_000)
        // A budget of no postings past the first stretch of the list still finds the first screenful.
        let early = index.titleMatches(query, first: 64, budget: 0)
        #expect(early.map(\.id) == Array(whole.prefix(64)))
        #expect(early.allSatisfy { $0.index < store.releases.count / 4 })
    }

    /// A letter that starts more title words than are read as lists, so that titles are read.
    static let manyWords = F.store(releases: [
        F.release("a", "2021-01-01", title: "Foro sobre la MIGRACIÓN", paragraphs: ["Migración."]),
        F.release("b", "2020-01-01", title: "ma mb mc md me mf mg mh mi mj mk ml mm mn mo mp mq mr ms mt"),
        F.release("c", "2019-01-01", title: "Otra cosa", paragraphs: ["La migración en Tapachula."]),
        F.release("d", "2018-01-01", title: "Pro-migracion y desarrollo de la región"),
        F.release("e", "2017-01-01", title: "Mi\u{0301}gración, la palabra partida"),
        F.release("f", "2016-01-01", title: "La mesa"),
    ])

    @Test("a word that stands for many title words is matched by reading titles, split and folded as the index splits them",
          arguments: ["m", "mi", "migracion", "la m", "pro m", "m la", "m mi", "migración ", "la mig", "region m", "otra m"])
    func fromTitles(_ text: String) {
        let index = SearchIndex(store: Self.manyWords)
        let query = SearchQuery(text)
        #expect(index.titleMatches(query, first: .max).map(\.id) == Self.ranksFirst(index, query))
        #expect(index.titleMatches(query, first: 1).map(\.id) == Array(Self.ranksFirst(index, query).prefix(1)))
    }

    @Test("a query whose title matches are rare gives those found before the budget is spent, and all of them with enough")
    func rareTitleMatches() throws {
        let (index, _) = try Self.generated(3_000)
        let rare = ["migración", "zz", "x", "regional m", "international organization f"].map(SearchQuery.init).first { query in
            let whole = index.search(query).releases.filter(\.isTitleMatch)
            return (2...63).contains(whole.count) && (whole.last?.index ?? 0) - (whole.first?.index ?? 0) > 1_000
        }
        let query = try #require(rare)
        let whole = Self.ranksFirst(index, query)
        let spent = index.titleMatches(query, first: 64, budget: 0).map(\.id)
        #expect(spent.count < whole.count)
        #expect(spent == Array(whole.prefix(spent.count)))
        #expect(index.titleMatches(query, first: 64, budget: .max).map(\.id) == whole)
    }

    @Test("a prefix found only in bodies has no title match: nothing at once, and the whole search finds the rest")
    func bodiesOnly() {
        let index = SearchIndex(store: Self.store)
        let query = SearchQuery("regional mee")
        #expect(index.titleMatches(query, first: 64).isEmpty)
        #expect(index.search(query).releases.map(\.id) == ["a"])
    }

    @Test("only the releases that pass are counted toward the limit, in the same order")
    func including() throws {
        let (index, _) = try Self.generated(3_000)
        let query = SearchQuery("m")
        let whole = index.titleMatches(query, first: .max, budget: .max).filter { $0.index % 3 == 0 }.map(\.id)
        #expect(index.titleMatches(query, first: 64) { $0 % 3 == 0 }.map(\.id) == Array(whole.prefix(64)))
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

/// A search typed over stops where it is rather than run to its end for results nobody takes.
@Suite("A search stopped")
struct SearchStopTests {
    @Test("a search told to stop gives nothing, wherever it is told; one never told gives everything")
    func stopped() throws {
        let (index, _) = try SearchTitleMatchTests.generated(300)
        let query = SearchQuery("m")
        let whole = index.search(query)
        #expect(!whole.releases.isEmpty)
        #expect(index.search(query, stopped: { false }) == whole)
        #expect(index.search(query, stopped: { true }).releases.isEmpty)
        // Told after some of its lists are read: the lists of the words that start with "m" are many.
        for asks in [1, 2, 5, 50] {
            var asked = 0
            let late = index.search(query) {
                asked += 1
                return asked > asks
            }
            #expect(late.releases.isEmpty && late.quotes.isEmpty, "stopped after \(asks) questions")
        }
    }
}
