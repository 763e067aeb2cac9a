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
        #expect(fifteenth.city == "Tapachula" && fifteenth.datesStatus == .confirmed)
    }

    @Test("the facts of the second search: XIX in June 2014, XV's vice-ministers on 20-21 May, XVIII in 2013, XXII in El Salvador")
    func secondSearch() throws {
        let store = try TestData.shippedStore()
        let meeting = { (id: String) in try #require(store.meeting(id: id)) }
        let xix = try meeting("rcm-19")
        #expect(xix.start == "2014-06-26" && xix.end == "2014-06-27" && xix.datesStatus == .confirmed)
        #expect(xix.notes?.contains("secondary") == true)
        // The November events in Managua are kept apart from the meeting's own dates.
        #expect(xix.events.contains { $0.start == "2014-11-24" })
        let xv = try meeting("rcm-15")
        #expect(xv.start == "2010-05-20" && xv.end == "2010-05-21")
        #expect(xv.events.map(\.start) == ["2010-05-18"])
        let xviii = try meeting("rcm-18")
        #expect(xviii.year == 2013 && xviii.yearStatus == .confirmed && xviii.start == "2013-06")
        let xxii = try meeting("rcm-22")
        #expect(xxii.country == "SV" && xxii.city == nil && xxii.theme == "Mujeres, Migración y Desarrollo")
        let xxviii = try meeting("rcm-28")
        // The days come from an announcement without the year: joined to 2023, they are inferred.
        #expect(xxviii.start == "2023-12-04" && xxviii.end == "2023-12-07" && xxviii.datesStatus == .inferred)
        let xvi = try meeting("rcm-16")
        let closing = try #require(xvi.events.first { $0.city == "Santo Domingo" })
        #expect(closing.start == "2011-11-16" && closing.end == "2011-11-17" && closing.status == .inferred)
        let ix = try meeting("rcm-9")
        #expect(ix.yearStatus == .confirmed && ix.sources.contains { $0.contains("docest.com") })
        // III, X and XI stay unknown: nothing was found.
        for id in ["rcm-3", "rcm-10", "rcm-11"] {
            let gap = try meeting(id)
            #expect(gap.status == .unconfirmed)
        }
        // The seed release's own date stays inferred: its page gives none, only "beginning today".
        #expect(store.releases.first { $0.id == "2010-05-18-xv-rcm-tapachula" }?.dateStatus == .inferred)
    }

    @Test("presidencies: one a year where a source gives one, the United States in 2007")
    func presidencies() throws {
        let store = try TestData.shippedStore()
        let byYear = Dictionary(uniqueKeysWithValues: store.presidencies.map { ($0.year, $0) })
        #expect(byYear[2007]?.country == "US" && byYear[2007]?.status == .confirmed)
        #expect(byYear[2014]?.country == "NI" && byYear[2014]?.status == .inferred)
        #expect(byYear[2005]?.country == nil && byYear[2005]?.holder == "Elizabeth Cubías")
        // No source gives the presidency of these years: no guess stands in for one.
        for year in [1996, 2000, 2008, 2016, 2020] { #expect(byYear[year] == nil) }
    }

    @Test("every meeting, event and presidency has a status, and a source unless it is unconfirmed")
    func everyFactSourced() throws {
        let store = try TestData.shippedStore()
        let facts = store.meetings.map { ($0.id, $0.status, $0.sources) }
            + store.meetings.flatMap { meeting in meeting.events.map { ("\(meeting.id): \($0.name)", $0.status, $0.sources) } }
            + store.presidencies.map { ("presidency \($0.year)", $0.status, $0.sources) }
        #expect(facts.count > 29 + 15)
        for (name, status, sources) in facts where status != .unconfirmed {
            #expect(!sources.isEmpty, "\(name) is \(status.rawValue) without a source")
        }
    }

    @Test("counts that depend on unknown hosts and presidencies say what is not known")
    func honestCounts() throws {
        let store = try TestData.shippedStore()
        let unknownHosts = store.meetings.filter { $0.country == nil }.count
        #expect(unknownHosts == 6)
        #expect(MeetingText.hosted(by: "JM", store: store, words: English()) == "0 known; 6 meetings' hosts unknown")
        #expect(MeetingText.hosted(by: "BZ", store: store, words: English()) == "0 known, 1 unconfirmed; 6 meetings' hosts unknown")
        #expect(MeetingText.hosted(by: "MX", store: store, words: English()) == "5 known; 6 meetings' hosts unknown")
        #expect(MeetingText.presidencies(of: "MX", store: store, words: English()) == "2010, 2015, 2021; 13 years unknown")
        #expect(MeetingText.presidencies(of: "NI", store: store, words: English()) == "2014 (inferred); 13 years unknown")
        #expect(MeetingText.presidencies(of: "JM", store: store, words: English()) == "none known; 13 years unknown")
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
