import Testing
@testable import PueblaIndex
@testable import PueblaKit

@Suite("SearchQuery and MatchList")
struct SearchQueryTests {
    /// The highlighted pieces of `text`, as strings, for readable expectations.
    func highlighted(_ query: String, in text: String) -> [String] {
        SearchQuery(query).ranges(in: text).map { String(text[$0]) }
    }

    @Test("a query is folded words; the last is a prefix unless a space follows")
    func parsing() {
        let typing = SearchQuery("  Laura THOMPSON, Perú")
        #expect(typing.words == ["laura", "thompson", "peru"])
        #expect(typing.lastWordIsPrefix)
        #expect(!SearchQuery("peru ").lastWordIsPrefix)
        #expect(!SearchQuery("peru.").lastWordIsPrefix)
        #expect(SearchQuery(" , ").isEmpty)
    }

    @Test("words past the 32nd are ignored, and the last kept word is then a whole word")
    func tooManyWords() {
        let query = SearchQuery((1...40).map { "w\($0)" }.joined(separator: " "))
        #expect(query.words.count == SearchQuery.maximumWords)
        #expect(query.words.last == "w32")
        #expect(!query.lastWordIsPrefix)
    }

    @Test("highlights cover whole words for finished words and the typed part of the last one")
    func highlightRanges() {
        #expect(highlighted("tapa", in: "Tapachula, in Tapachula.") == ["Tapa", "Tapa"])
        #expect(highlighted("tapachula ", in: "Tapachula, in Tapachula.") == ["Tapachula", "Tapachula"])
        #expect(highlighted("laura thompson ", in: "Ambassador Laura Thompson says") == ["Laura", "Thompson"])
        // Whole words only: "grant" is not highlighted inside "migrant" nor "migrants" for "migrant ".
        #expect(highlighted("migrant ", in: "migrants and a migrant") == ["migrant"])
    }

    @Test("highlights keep the original accents and case, decomposed accents included")
    func highlightAccents() {
        #expect(highlighted("peru", in: "Lima, PERÚ; Perú") == ["PERÚ", "Perú"])
        #expect(highlighted("me", in: "Me\u{301}xico") == ["Me\u{301}"])
        #expect(highlighted("mexico", in: "Me\u{301}xico!") == ["Me\u{301}xico"])
        #expect(highlighted("strasse", in: "Straße") == ["Straße"])
    }

    @Test("a prefix ending inside a letter that folds to two takes the whole letter")
    func highlightExpandingLetter() {
        #expect(highlighted("stras", in: "Straße") == ["Straß"])
    }

    @Test("overlapping query words highlight the longest match once")
    func highlightOverlap() {
        #expect(highlighted("tapachula tapa", in: "Tapachula") == ["Tapachula"])
    }

    @Test("ranges are String indices usable on the text, wide characters included")
    func rangesOnWideText() {
        let text = "東京 and Tōkyō meet"
        #expect(highlighted("tokyo", in: text) == ["Tōkyō"])
        #expect(highlighted("東京", in: text) == ["東京"])
    }

    @Test("MatchList finds matches by paragraph, in order, and wraps n and N around")
    func matchNavigation() {
        let paragraphs = ["Tapachula is a city.", "No match here.", "Back to Tapachula and tapachula."]
        let list = MatchList(query: SearchQuery("tapachula"), texts: paragraphs)
        #expect(list.matches.map(\.text) == [0, 2, 2])
        #expect(list.ranges(inText: 2).map { String(paragraphs[2][$0]) } == ["Tapachula", "tapachula"])
        #expect(list.ranges(inText: 1).isEmpty)
        #expect(list.index(after: nil) == 0)
        #expect(list.index(after: 0) == 1)
        #expect(list.index(after: 2) == 0)
        #expect(list.index(before: 0) == 2)
        #expect(list.index(before: nil) == 2)
        #expect(list.index(before: 2) == 1)
        #expect(list.firstIndex(fromText: 1) == 1)
        #expect(list.lastIndex(beforeText: 2) == 0)
        #expect(list.lastIndex(beforeText: 0) == 2)
        #expect(MatchList(query: SearchQuery("nothing"), texts: paragraphs).index(after: nil) == nil)
    }
}
