import Testing
@testable import PueblaKit

@Suite("Country names as people type them")
struct CountryMatcherTests {
    let matcher: CountryMatcher

    init() throws {
        matcher = CountryMatcher(countries: try TestData.shippedStore().countries)
    }

    @Test("codes, English and Spanish names, any case, accents optional",
          arguments: [("mx", "MX"), ("Mexico", "MX"), ("México", "MX"), ("MEXICO", "MX"), ("dominican republic", "DO"),
                      ("República Dominicana", "DO"), ("republica dominicana", "DO"), ("Costa Rica", "CR"),
                      ("panamá", "PA"), ("Estados Unidos", "US"), ("peru", "PE"), ("Perú", "PE"), ("belice", "BZ")])
    func resolves(_ query: String, _ code: String) throws {
        #expect(try matcher.resolve(query).code == code)
    }

    @Test("an unknown name lists close matches")
    func unknown() {
        #expect(throws: CountryMatcher.Failure.unknown(query: "Mexco", suggestions: ["Mexico"])) {
            try matcher.resolve("Mexco")
        }
        #expect(throws: CountryMatcher.Failure.self) { try matcher.resolve("Atlantis") }
    }

    @Test("candidates narrow as the user types, best match first")
    func candidates() {
        #expect(matcher.candidates(for: "pan").first?.code == "PA")
        #expect(matcher.candidates(for: "mexi").map(\.code) == ["MX"])
        #expect(matcher.candidates(for: "").count == 16)
        #expect(matcher.candidates(for: "zzz").isEmpty)
    }
}
