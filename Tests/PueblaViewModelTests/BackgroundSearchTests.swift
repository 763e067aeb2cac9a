import Testing
import PueblaIndex
import PueblaKit
@testable import PueblaViewModel

/// A search too large to answer a key with: the key is answered with the releases that rank first,
/// the whole search runs in the background, and its results then fill the list.
@Suite("Background search")
struct BackgroundSearchTests {
    /// Ready to search, with every search run in the background.
    static func searching() throws -> AppState {
        var state = AppState(store: try Fixtures.store(releases: 300), rows: 30, columns: 100)
        state.press(.character("/"))
        state.search?.backgroundCost = 0
        return state
    }

    @Test("a letter is answered with the title matches and counting, then the whole search gives what a search at once gives")
    func firstRowsThenAll() throws {
        var state = try Self.searching()
        var atOnce = AppState(store: try Fixtures.store(releases: 300), rows: 30, columns: 100)
        atOnce.press(.character("/"))
        update(&atOnce, .searchInput("r"))

        let effects = update(&state, .searchInput("r"))
        let session = try #require(state.search)
        #expect(session.isCounting)
        #expect(session.rows.first == .heading("Releases (counting…)"))
        // Every release has "Release" in its title: the first rows are the first releases, as at once.
        #expect(Array(session.rows.dropFirst().prefix(20)) == Array(try #require(atOnce.search).rows.dropFirst().prefix(20)))
        guard case .search(let request)? = effects.first else {
            Issue.record("no background search asked for: \(effects)")
            return
        }
        update(&state, .moveSelection(3))
        let selection = try #require(state.search).position.selection
        update(&state, .searchFound(request, request.run()))
        let found = try #require(state.search)
        #expect(!found.isCounting)
        #expect(found.rows == atOnce.search?.rows)
        #expect(found.position.selection == selection)
    }

    @Test("results of a search since typed over are dropped")
    func staleResultsDropped() throws {
        var state = try Self.searching()
        guard case .search(let first)? = update(&state, .searchInput("r")).first else {
            Issue.record("no background search asked for")
            return
        }
        update(&state, .searchInput("e"))
        let rows = try #require(state.search).rows
        update(&state, .searchFound(first, first.run()))
        #expect(state.search?.rows == rows)
        #expect(state.search?.isCounting == true)
    }

    @Test("a small search is answered whole, with nothing left for the background")
    func smallSearchAtOnce() throws {
        var state = AppState(store: try Fixtures.store(releases: 300), rows: 30, columns: 100)
        state.press(.character("/"))
        #expect(update(&state, .searchInput("words 1")).isEmpty)
        #expect(state.search?.isCounting == false)
        #expect(state.search?.resultCount ?? 0 > 10)
    }

    @Test("search tables read out in the background before any search are the ones the first search uses; once one is made, a late one is dropped")
    func preparedTables() throws {
        let small = try Fixtures.store(releases: 5)
        let prepared = Library(store: small).search(with: small)
        var state = AppState(store: try Fixtures.store(releases: 300), rows: 30, columns: 100)
        update(&state, .searchPrepared(prepared))
        state.press(.character("/"))
        update(&state, .searchInput("release"))
        #expect(try #require(state.search).resultCount == prepared.search(SearchQuery("release")).count)

        var late = AppState(store: try Fixtures.store(releases: 300), rows: 30, columns: 100)
        late.press(.character("/"))
        update(&late, .searchPrepared(prepared))
        update(&late, .searchInput("release"))
        #expect(try #require(late.search).resultCount > prepared.search(SearchQuery("release")).count)
    }
}

