import Foundation
import PueblaKit
import Testing

@Suite("Importing the seed page")
struct ImportSeedTests {
    /// Fields only outside knowledge gives: the meeting it is about (from the timeline), the date
    /// (inferred from the meeting's dates, not on the page), its status, the page's address, and
    /// the id, which is made from the date and a short title.
    static let outsideKnowledge = ["id", "date", "dateStatus", "meeting", "source.url"]

    @Test("gives the curated release, except the fields that need outside knowledge")
    func matchesCuratedRelease() throws {
        let imported = try ImportFixtures.result(ImportFixtures.seedName).release
        let curated = try ImportFixtures.curatedSeed()
        #expect(imported.title == curated.title)
        #expect(imported.paragraphs == curated.paragraphs)
        #expect(Set(imported.countries) == Set(curated.countries))
        #expect(imported.place == curated.place)
        #expect(imported.quotes == curated.quotes)
        #expect(imported.contacts == curated.contacts)
        #expect(imported.links == curated.links)
        #expect(imported.source?.file == curated.source?.file)
    }

    @Test("differs from the curated release only in the fields named as outside knowledge")
    func differencesAreNamed() throws {
        var imported = try ImportFixtures.result(ImportFixtures.seedName).release
        let curated = try ImportFixtures.curatedSeed()
        #expect(imported.id == "undated-xv-annual-meeting-of-the-regional-conference-on-migration")
        #expect(imported.date == nil && imported.dateStatus == .unconfirmed && imported.meeting == nil && imported.source?.url == nil)
        imported.id = curated.id
        imported.date = curated.date
        imported.dateStatus = curated.dateStatus
        imported.meeting = curated.meeting
        imported.source?.url = curated.source?.url
        imported.countries = curated.countries
        #expect(imported == curated)
    }

    @Test("reports one line a field and names what it could not find")
    func reportsFields() throws {
        let result = try ImportFixtures.result(ImportFixtures.seedName)
        #expect(result.missing == ["date", "meeting", "source url"])
        #expect(result.reportLines.contains("countries: MX US BZ CA CR DO SV GT HN NI PA"))
        #expect(result.reportLines.contains("contacts: Jorge Peraza, IOM, jperaza@iom.int"))
    }

    @Test("gives the same id every time")
    func stableID() throws {
        let first = try ImportFixtures.result(ImportFixtures.seedName).release.id
        let second = try ImportFixtures.result(ImportFixtures.seedName).release.id
        #expect(first == second)
    }

    @Test("writes the release in the format of the files in Data")
    func canonicalFormat() throws {
        let curated = try ImportFixtures.curatedSeed()
        let file = ImportFixtures.folder.appendingPathComponent("../../../../Data/releases/2010-05-18-xv-rcm-tapachula.json").standardized
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(try CanonicalJSON.string(curated) == text)
    }
}
