import PueblaKit
import Testing

@Suite("Counts with their nouns")
struct PluralTests {
    @Test("one is singular; none and many are plural, regular or given")
    func counts() {
        #expect(Plural.count(1, "quote") == "1 quote")
        #expect(Plural.count(0, "quote") == "0 quotes")
        #expect(Plural.count(2, "quote") == "2 quotes")
        #expect(Plural.count(1, "country", "countries") == "1 country")
        #expect(Plural.count(3, "country", "countries") == "3 countries")
        #expect(Plural.noun(1, "paragraph") + " 4" == "paragraph 4")
        #expect(Plural.noun(2, "paragraph") + " 4,5" == "paragraphs 4,5")
    }
}
