import Testing
@testable import PueblaKit

@Suite("The store on the shipped Data")
struct StoreTests {
    @Test("loads every file and counts what the facts file lists")
    func loadsShippedData() throws {
        let store = try TestData.shippedStore()
        #expect(store.releases.count >= 1)
        #expect(store.meetings.count == 29)
        #expect(store.meetings.map(\.number) == Array(1...29))
        #expect(store.members.count == 11)
        #expect(store.observers.map(\.code).sorted() == ["AR", "CO", "EC", "JM", "PE"])
    }

    @Test("the seed release is fully structured")
    func seedRelease() throws {
        let store = try TestData.shippedStore()
        let release = try #require(store.releases.first { $0.id == "2010-05-18-xv-rcm-tapachula" })
        #expect(release.dateStatus == .inferred)
        #expect(release.place == Place(name: "Tapachula", country: "MX"))
        #expect(Set(release.countries) == ["BZ", "CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"])
        #expect(release.meeting == "rcm-15")
        #expect(release.quotes.map(\.speaker) == ["Laura Thompson", "Laura Thompson", "Jorge Peraza", "Jorge Peraza"])
        #expect(release.quotes.allSatisfy { release.paragraphs[$0.paragraph].contains($0.text) })
        #expect(release.contacts.first?.email == "jperaza@iom.int")
        #expect(release.links.map(\.url) == ["http://www.rcmvs.org/"])
        #expect(!release.paragraphs.contains { $0.contains("href=") || $0.contains("Who we are") })
    }

    @Test("uncertain meetings stay uncertain: unknown cities are null, not guesses")
    func meetingGaps() throws {
        let store = try TestData.shippedStore()
        let third = try #require(store.meeting(id: "rcm-3"))
        #expect(third.status == .unconfirmed)
        #expect(third.city == nil && third.country == nil)
        let fifteenth = try #require(store.meeting(id: "rcm-15"))
        #expect(fifteenth.city == "Tapachula" && fifteenth.datesStatus == .inferred)
    }

    @Test("queries: by country, by speaker, by host")
    func queries() throws {
        let store = try TestData.shippedStore()
        #expect(store.releases(mentioning: "CR").map(\.id).contains("2010-05-18-xv-rcm-tapachula"))
        #expect(store.releases(mentioning: "JM").isEmpty)
        #expect(store.quotes(speaker: "thompson").count == 2)
        #expect(store.quotes(speaker: "PERAZA").count == 2)
        #expect(store.quotes(country: "AR").isEmpty)
        #expect(store.meetings(hostedBy: "MX").map(\.number) == [1, 8, 15, 20, 26])
        #expect(store.mentions["PA"]?.releases == 1 && store.mentions["PA"]?.quotes == 4)
        #expect(store.mentions["JM"] == nil)
        #expect(store.filterableCountries.count == 16)
    }

    @Test("releases are newest first, undated last, ties by id")
    func releaseOrder() {
        let store = Store(directory: "x", releases: [
            TestData.release(id: "b", date: "2001-01-01"), TestData.release(id: "undated", date: nil),
            TestData.release(id: "c", date: "2012-05-01"), TestData.release(id: "a", date: "2001-01-01"),
        ], meetings: [], countries: [], organizations: [])
        #expect(store.releases.map(\.id) == ["c", "a", "b", "undated"])
    }
}
