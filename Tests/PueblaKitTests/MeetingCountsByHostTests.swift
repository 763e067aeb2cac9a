import Testing
import PueblaKit

@Suite struct MeetingCountsByHostTests {
    private func meeting(_ number: Int, in country: String?) -> Meeting {
        Meeting(id: "rcm-\(number)", number: number, year: nil, yearStatus: .unconfirmed, start: nil, end: nil,
                datesStatus: .unconfirmed, city: nil, country: country, placeStatus: .confirmed, latitude: nil,
                longitude: nil, presidency: nil, theme: nil, status: .confirmed, sources: [], notes: nil)
    }

    @Test func countsEachHostAndSkipsMeetingsWithoutOne() {
        let store = Store(directory: "Data", releases: [],
                          meetings: [meeting(1, in: "MX"), meeting(2, in: "PA"), meeting(3, in: nil), meeting(4, in: "MX")],
                          countries: [], organizations: [])
        #expect(store.meetingCountsByHost == ["MX": 2, "PA": 1])
    }

    @Test func theShippedTimelineCountsMatchTheMeetingsHostedBy() throws {
        let store = try TestData.shippedStore()
        for (code, count) in store.meetingCountsByHost {
            #expect(store.meetings(hostedBy: code).count == count, "\(code)")
        }
        #expect(store.meetingCountsByHost["MX"] == store.meetings(hostedBy: "MX").count)
        #expect(store.meetingCountsByHost.values.reduce(0, +) == store.meetings.filter { $0.country != nil }.count)
    }
}
