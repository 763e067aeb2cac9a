import Testing
import PueblaIndex
import PueblaKit
@testable import PueblaViewModel

/// A search keeps what it found as list positions: the rows (a release's title, date and place
/// decoded from the index) are made for the part of the list that is drawn, not for every result.
@Suite("Search rows made on demand")
struct SearchRowsOnDemandTests {
    /// The release summaries held in `value`, the library itself left out (it is the source, not a copy).
    static func summariesHeld(in value: Any) -> Int {
        if value is ReleaseSummary { return 1 }
        if value is Library { return 0 }
        return Mirror(reflecting: value).children.reduce(0) { $0 + summariesHeld(in: $1.value) }
    }

    static func searching(counting: Bool) throws -> AppState {
        var state = AppState(store: try Fixtures.store(releases: 600), rows: 30, columns: 100)
        state.press(.character("/"))
        if counting { state.search?.backgroundCost = 0 }
        return state
    }

    @Test("a search answered at once over 600 results holds no row made for them")
    func atOnce() throws {
        var state = try Self.searching(counting: false)
        update(&state, .searchInput("release"))
        let session = try #require(state.search)
        #expect(session.resultCount == 500)
        #expect(Self.summariesHeld(in: session) == 0)
        guard case .release(let first)? = session.rows.dropFirst().first else {
            Issue.record("no release first: \(Array(session.rows.prefix(2)))")
            return
        }
        #expect(first.id == "r0")
    }

    @Test("the first rows of a counted search, and its whole results when back, hold no row made for them")
    func counted() throws {
        var state = try Self.searching(counting: true)
        guard case .search(let request)? = update(&state, .searchInput("release")).first else {
            Issue.record("no background search asked for")
            return
        }
        #expect(Self.summariesHeld(in: try #require(state.search)) == 0)
        update(&state, .searchFound(request, request.run()))
        let session = try #require(state.search)
        #expect(!session.isCounting)
        #expect(Self.summariesHeld(in: session) == 0)
        #expect(session.rows.count > 500)
    }
}
