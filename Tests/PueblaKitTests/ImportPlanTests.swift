@testable import PueblaImport
@testable import PueblaKit
import Testing

/// The plan of an import, on releases made here: which page is which release, numbered ids,
/// replacements, refusals, and the countries added.
@Suite("Import plan")
struct ImportPlanTests {
    static let countries = [("MX", "Mexico"), ("GT", "Guatemala")].map { code, name in
        Country(code: code, name: name, nameEs: name, capital: nil, latitude: nil, longitude: nil,
                rcm: nil, memberSince: nil, memberSinceStatus: nil, notes: nil)
    }

    static func release(id: String = "undated-talks", title: String = "Talks", paragraphs: [String],
                        countries: [String] = ["MX"], url: String? = nil, file: String? = "page.txt") -> Release {
        Release(id: id, title: title, date: nil, dateStatus: .unconfirmed, place: nil, countries: countries, meeting: nil,
                paragraphs: paragraphs, quotes: [], links: [], contacts: [], source: Source(url: url, file: file))
    }

    static func store(_ releases: [Release]) -> Store {
        Store(directory: "Data", releases: releases, meetings: [], countries: countries, organizations: [])
    }

    static func plan(_ releases: [Release], into store: Store, replace: Bool = false) -> ImportPlan {
        ImportPlan(pages: releases.map { ImportPage(file: $0.source?.file ?? "-", outcome: .success(ImportResult(release: $0, fields: [], notes: []))) },
                   store: store, replace: replace)
    }

    static let article = ["One.", "Two.", "Three."]

    @Test("the same source: equal urls when both have one, else the same file name and more than half of the paragraphs")
    func sameSource() {
        let a = Self.release(paragraphs: Self.article)
        #expect(ImportPlan.sameSource(a, Self.release(paragraphs: ["One.", "Two.", "Changed."])) != nil)
        #expect(ImportPlan.sameSource(a, Self.release(paragraphs: ["One.", "Other.", "Changed."])) == nil)
        #expect(ImportPlan.sameSource(a, Self.release(paragraphs: Self.article, file: "other.txt")) == nil)
        #expect(ImportPlan.sameSource(a, Self.release(paragraphs: Self.article, file: nil)) == nil)
        // A url on one side only: the file rule.
        #expect(ImportPlan.sameSource(a, Self.release(paragraphs: Self.article, url: "https://example.org/a")) != nil)
        // Urls on both sides decide alone.
        let withURL = Self.release(paragraphs: Self.article, url: "https://example.org/a")
        #expect(ImportPlan.sameSource(withURL, Self.release(paragraphs: Self.article, url: "https://example.org/b")) == nil)
        #expect(ImportPlan.sameSource(withURL, Self.release(paragraphs: ["Else."], url: "https://example.org/a", file: "x")) != nil)
        // Two paragraphs, one shared: not more than half.
        #expect(!ImportPlan.sameArticle(Self.release(paragraphs: ["A.", "B."]), Self.release(paragraphs: ["A.", "C."])))
        #expect(!ImportPlan.sameArticle(Self.release(paragraphs: []), Self.release(paragraphs: [])))
    }

    @Test("a taken natural id is numbered; the same source is already there, or replaced under its id")
    func identity() {
        let existing = Self.release(paragraphs: Self.article)
        let store = Self.store([existing])
        let edited = Self.release(paragraphs: ["One.", "Two.", "Four."])
        let other = Self.release(paragraphs: ["Else.", "Entirely."])
        let steps = Self.plan([edited, other, other], into: store).steps
        #expect(steps.map(\.action) == [.alreadyThere, .add, .alreadyThere])
        #expect(steps.map(\.id) == ["undated-talks", "undated-talks-2", "undated-talks-2"])
        #expect(steps[1].reason == "undated-talks is the id of another article")
        #expect(steps[2].reason == "same source file page.txt and the same article, imported earlier in this run")

        let replaced = Self.plan([Self.release(id: "undated-new-title", title: "New title", paragraphs: ["One.", "Two.", "Four."])],
                                 into: store, replace: true).steps
        #expect(replaced.map(\.action) == [.replace])
        #expect(replaced.first?.id == "undated-talks")
    }

    @Test("a country Data lacks is added once, by the first page that needs it; a bad one refuses the page")
    func countries() {
        let steps = Self.plan([Self.release(id: "undated-a", paragraphs: ["A."], countries: ["MX", "HT"], file: "a"),
                               Self.release(id: "undated-b", paragraphs: ["B."], countries: ["HT"], file: "b"),
                               Self.release(id: "undated-c", paragraphs: ["C."], countries: ["XQ"], file: "c")],
                              into: Self.store([])).steps
        #expect(steps.map { $0.addedCountries.map(\.code) } == [["HT"], [], []])
        guard case .refuse(let refusal) = steps[2].action else {
            Issue.record("not refused: \(steps[2].action)")
            return
        }
        #expect(refusal.reason == "country XQ is not an ISO 3166-1 code" && refusal.exitCode == 65)
        #expect(refusal.reason(in: Spanish()) == "el país XQ no es un código ISO 3166-1")
        #expect(!steps[0].bytes.isEmpty && steps[2].bytes.isEmpty)
    }

    @Test("a release that would not validate is refused with the loader's words")
    func invalidRelease() {
        var release = Self.release(paragraphs: ["A."])
        release.quotes = [Quote(speaker: nil, role: nil, organization: nil, text: "Hi", paragraph: 4)]
        let step = Self.plan([release], into: Self.store([])).steps[0]
        guard case .refuse(let refusal) = step.action else {
            Issue.record("not refused: \(step.action)")
            return
        }
        #expect(refusal.reason.hasPrefix("Data would not validate with it: Data/releases/undated-talks.json:"))
        #expect(refusal.reason.contains("paragraph 4 does not exist"))
        #expect(refusal.reason(in: Spanish()).hasPrefix("Data no sería válido con él: Data/releases/undated-talks.json:"))
    }

    @Test("a numbered id keeps the slug within 60 characters, cut at a word boundary")
    func numberedID() {
        let id = "2010-05-18-" + String(repeating: "word-", count: 11) + "words"
        #expect(ReleaseID.numbered(id, date: "2010-05-18", number: 2) == "2010-05-18-" + String(repeating: "word-", count: 11) + "2")
        #expect(ReleaseID.numbered("undated-talks", date: nil, number: 12) == "undated-talks-12")
    }
}
