import Testing
@testable import PueblaCorpus
@testable import PueblaIndex
@testable import PueblaKit

@Suite("SearchIndex")
struct SearchIndexTests {
    typealias F = SearchFixture

    @Test("accents and case are ignored both ways: peru finds Perú, MÉXICO finds Mexico")
    func foldsAccentsAndCase() {
        let store = F.store(releases: [
            F.release("a", "2020-01-01", title: "Meeting in Perú"),
            F.release("b", "2019-01-01", title: "Border city of Mexico"),
            F.release("c", "2018-01-01", title: "Nothing here"),
        ])
        let index = SearchIndex(store: store)
        #expect(index.search("peru").releases.map(\.id) == ["a"])
        #expect(index.search("PERÚ").releases.map(\.id) == ["a"])
        #expect(index.search("MÉXICO").releases.map(\.id) == ["b"])
    }

    @Test("decomposed accents (e + combining acute) fold like precomposed ones")
    func foldsDecomposedAccents() {
        let store = F.store(releases: [F.release("a", "2020-01-01", title: "Me\u{301}xico")])
        #expect(SearchIndex(store: store).search("mexico ").releases.map(\.id) == ["a"])
    }

    @Test("every word must match, anywhere in the release")
    func allWordsMustMatch() {
        let store = F.store(releases: [
            F.release("both", "2020-01-01", title: "Tapachula meeting", paragraphs: ["Laura Thompson spoke."]),
            F.release("one", "2021-01-01", title: "Tapachula again"),
        ])
        let index = SearchIndex(store: store)
        #expect(index.search("tapachula thompson").releases.map(\.id) == ["both"])
        #expect(index.search("tapachula").releases.map(\.id) == ["one", "both"])
        #expect(index.search("tapachula nowhere").isEmpty)
    }

    @Test("the last word matches as a prefix while typed, as a whole word after a space")
    func lastWordIsPrefix() {
        let store = F.store(releases: [F.release("a", "2020-01-01", title: "Tapachula, Mexico")])
        let index = SearchIndex(store: store)
        #expect(index.search("tapa").releases.map(\.id) == ["a"])
        #expect(index.search("tapa ").isEmpty)
        #expect(index.search("tapachula ").releases.map(\.id) == ["a"])
        // Only the last word is a prefix.
        #expect(index.search("tapa mexico").isEmpty)
        #expect(index.search("mexico tapa").releases.map(\.id) == ["a"])
    }

    @Test("title matches come before body matches, each newest first; undated last")
    func ranking() {
        let store = F.store(releases: [
            F.release("body-old", "2001-01-01", title: "Other", paragraphs: ["about migration"]),
            F.release("title-old", "2002-01-01", title: "Migration report"),
            F.release("body-new", "2020-01-01", title: "Other", paragraphs: ["migration again"]),
            F.release("title-new", "2019-01-01", title: "On migration", paragraphs: ["migration"]),
            F.release("title-undated", nil, title: "Migration, no date"),
        ])
        let hits = SearchIndex(store: store).search("migration").releases
        #expect(hits.map(\.id) == ["title-new", "title-old", "title-undated", "body-new", "body-old"])
        #expect(hits.map(\.isTitleMatch) == [true, true, true, false, false])
        #expect(hits[0].matched == [.title, .paragraphs])
        #expect(hits[3].matched == [.paragraphs])
    }

    @Test("a title match needs every word in the title")
    func titleMatchNeedsEveryWord() {
        let store = F.store(releases: [
            F.release("split", "2020-01-01", title: "Tapachula", paragraphs: ["family"]),
            F.release("title", "2010-01-01", title: "Tapachula family"),
        ])
        let hits = SearchIndex(store: store).search("tapachula family").releases
        #expect(hits.map(\.id) == ["title", "split"])
        #expect(hits.map(\.isTitleMatch) == [true, false])
    }

    @Test("quotes are found by text and by speaker, speaker matches first, with their ids")
    func quotes() {
        let store = F.store(releases: [
            F.release("old", "2010-05-18", title: "T", paragraphs: ["p"], quotes: [
                F.quote("Laura Thompson", "I am happy to be here."),
                F.quote(nil, "Thompson said nothing."),
            ]),
            F.release("new", "2012-01-01", title: "T", paragraphs: ["p"], quotes: [F.quote("Someone", "Ask Thompson.")]),
        ])
        let hits = SearchIndex(store: store).search("thompson").quotes
        #expect(hits.map(\.id) == ["old#0", "new#0", "old#1"])
        #expect(hits.map(\.isSpeakerMatch) == [true, false, false])
        #expect(hits[0].matched == [.speaker])
        #expect(hits[1].matched == [.text])
        #expect(SearchIndex(store: store).search("happy laura").quotes.map(\.id) == ["old#0"])
    }

    @Test("meetings by city, theme and host country (English or Spanish); place first, newest first")
    func meetings() {
        let store = F.store(
            meetings: [
                F.meeting(1, year: 1996, city: "Puebla", country: "MX", theme: nil),
                F.meeting(15, year: 2010, city: "Tapachula", country: "MX", theme: "Migration and the Family"),
                F.meeting(16, year: 2011, city: "Santo Domingo", country: "DO", theme: "Mexico's role"),
            ],
            countries: [F.country("MX", "Mexico", "México"), F.country("DO", "Dominican Republic", "República Dominicana")])
        let index = SearchIndex(store: store)
        let hits = index.search("mexico").meetings
        #expect(hits.map(\.id) == ["rcm-15", "rcm-1", "rcm-16"])
        #expect(hits.map(\.isPlaceMatch) == [true, true, false])
        #expect(hits[0].matched == [.country])
        #expect(hits[2].matched == [.theme])
        #expect(index.search("republica").meetings.map(\.id) == ["rcm-16"])
        #expect(index.search("family").meetings.map(\.id) == ["rcm-15"])
    }

    @Test("countries by English name, Spanish name and code")
    func countries() {
        let store = F.store(countries: [F.country("MX", "Mexico", "México"), F.country("PE", "Peru", "Perú"),
                                        F.country("BZ", "Belize", "Belice")])
        let index = SearchIndex(store: store)
        #expect(index.search("belice").countries.map(\.code) == ["BZ"])
        #expect(index.search("belice").countries.first?.matched == [.nameEs])
        #expect(index.search("mx").countries.map(\.code) == ["MX"])
        #expect(index.search("pe").countries.map(\.code) == ["PE"])
        #expect(index.search("pe").countries.first?.matched == [.name, .nameEs, .code])
    }

    @Test("an empty or separator-only query finds nothing")
    func emptyQuery() {
        let index = SearchIndex(store: F.store(releases: [F.release("a", "2020-01-01", title: "Anything")]))
        #expect(index.search("").isEmpty)
        #expect(index.search("  -- ").isEmpty)
    }

    @Test("words are split at punctuation: IOM's and vice-ministers are found by their parts")
    func punctuationSplitsWords() {
        let store = F.store(releases: [F.release("a", "2020-01-01", title: "IOM's vice-ministers (RCM)")])
        let index = SearchIndex(store: store)
        #expect(index.search("iom").releases.count == 1)
        #expect(index.search("ministers").releases.count == 1)
        #expect(index.search("vice-min").releases.count == 1)
        #expect(index.search("rcm ").releases.count == 1)
    }

    @Test("the shipped Data: tapachula finds the release, its meeting, and Laura Thompson's quotes")
    func shippedData() throws {
        let store = try StoreLoader.load(from: DataLocator.builtInDataPath)
        let index = SearchIndex(store: store)
        let results = index.search("tapachula")
        #expect(results.releases.map(\.id) == ["2010-05-18-xv-rcm-tapachula"])
        #expect(results.meetings.map(\.id) == ["rcm-15"])
        #expect(index.search("laura thompson").quotes.allSatisfy { $0.isSpeakerMatch })
        #expect(!index.search("laura thompson").quotes.isEmpty)
    }

    @Test("postings keep every item once, in order, across gaps of one to several bytes and renumbering")
    func postingsRoundTrip() {
        let items = [0, 1, 2, 130, 131, 16_500, 70_000, 2_100_000]
        var builder = SearchIndexBuilder()
        for item in items {
            builder.add(word: "alpha", field: .paragraphs, item: item)
            builder.add(word: "alpha", field: .paragraphs, item: item)  // a word met twice in one release
            if item % 2 == 0 { builder.add(word: "beta", field: .title, item: item) }
        }
        let built = builder.finish(renumber: { _, item in UInt32(3_000_000 - Int(item)) })
        #expect(built.words == ["alpha", "beta"])
        func list(_ number: Int) -> [Int] {
            built.postings.withUnsafeBufferPointer { bytes in
                var offset = Int(built.listBounds[number]), item = -1, found: [Int] = []
                while offset < Int(built.listBounds[number + 1]) {
                    item += PostingCoding.read(bytes, at: &offset)
                    found.append(item)
                }
                return found
            }
        }
        #expect(list(0) == items.reversed().map { 3_000_000 - $0 })
        #expect(list(1) == items.filter { $0 % 2 == 0 }.reversed().map { 3_000_000 - $0 })
    }

    @Test("the index agrees with a plain scan of every word on many generated queries")
    func agreesWithPlainScan() {
        let vocabulary = ["migración", "Migration", "family", "Familia", "México", "mexico", "border", "Tapachula",
                          "Perú", "peruvian", "IOM", "RCM", "vice", "ministers", "río", "rio", "2010", "año"]
        var generator = SplitMix64(seed: 7)
        let releases = (0..<300).map { number in
            let words = { (count: Int) in (0..<count).map { _ in vocabulary[generator.int(in: 0...(vocabulary.count - 1))] }.joined(separator: " ") }
            return F.release(String(format: "r%03d", number), String(format: "20%02d-01-01", number % 30),
                             title: words(4), paragraphs: [words(12), words(12)])
        }
        let store = F.store(releases: releases)
        let index = SearchIndex(store: store)
        let prefixes = ["mig", "fam", "me", "p", "ri", "201", "a"]
        for first in vocabulary + prefixes {
            for second in [nil] + prefixes {
                let text = [first, second].compactMap { $0 }.joined(separator: " ")
                let query = SearchQuery(text)
                let expected = store.releases.filter { release in
                    let words = ([release.title] + release.paragraphs).flatMap(WordScanner.words)
                    return query.words.indices.allSatisfy { position in
                        words.contains { word in
                            WordScanner.withUTF8(word) { query.matchedLength(of: $0, against: position) != nil }
                        }
                    }
                }
                #expect(Set(index.search(query).releases.map(\.id)) == Set(expected.map(\.id)), "query \(text)")
            }
        }
    }
}
