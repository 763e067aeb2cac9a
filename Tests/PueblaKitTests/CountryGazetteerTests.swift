import PueblaImport
import PueblaKit
import Testing

@Suite("Country gazetteer")
struct CountryGazetteerTests {
    @Test("has every ISO 3166-1 alpha-2 code, each once, with both names")
    func complete() {
        let codes = CountryGazetteer.entries.map(\.code)
        #expect(codes.count == 249 && Set(codes).count == 249)
        #expect(CountryGazetteer.entries.allSatisfy { !$0.name.isEmpty && !$0.nameEs.isEmpty && CountryCode.isWellFormed($0.code) })
    }

    @Test("finds countries by English and Spanish names and common variants", arguments: [
        ("United States", "US"), ("the USA", "US"), ("the U.S. Census Bureau", "US"), ("Estados Unidos", "US"), ("EE.UU.", "US"),
        ("República Dominicana", "DO"), ("Republica Dominicana", "DO"), ("the Dominican Republic", "DO"),
        ("Guatemala City", "GT"), ("México", "MX"), ("Belice", "BZ"), ("Panamá", "PA"), ("Canadá", "CA"),
        ("Papua New Guinea", "PG"), ("Guinea-Bissau", "GW"), ("Niger", "NE"), ("Nigeria", "NG"), ("Ivory Coast", "CI"),
    ])
    func finds(_ text: String, _ code: String) {
        #expect(CountryGazetteer.codes(in: text) == [code])
    }

    @Test("does not find countries inside other places or in common words", arguments: [
        "New Mexico", "the state of New Jersey", "a turkey and a chad", "Dominican friars", "Costa Rican coffee", "Granada, Nicaragua",
    ])
    func ignores(_ text: String) {
        #expect(CountryGazetteer.codes(in: text).allSatisfy { $0 == "NI" })
    }

    @Test("lists countries in the order of first mention")
    func order() {
        #expect(CountryGazetteer.codes(in: "Mexico, then Belize, then Mexico again and Canada") == ["MX", "BZ", "CA"])
    }

    @Test("tells assigned codes from well-formed but unassigned ones")
    func assigned() {
        #expect(CountryCode.problem(with: "MX") == nil)
        #expect(CountryCode.problem(with: "XX").map(English().problem)?.contains("not an assigned ISO 3166-1") == true)
        #expect(CountryCode.problem(with: "mx").map(English().problem)?.contains("two capital letters") == true)
    }
}
