import Testing
import PueblaKit
@testable import PueblaViewModel
@testable import PueblaTerminal

/// A search answered first from the titles while the whole of it runs in the background.
@Suite("A search still counting, on screen")
struct SearchCountingScreenTests {
    @Test("the status line gives the total only once the search has counted it")
    func totalToCome() throws {
        var state = AppState(store: try ScreenTests.store(), rows: 24, columns: 80)
        state.press(.character("/"))
        state.search?.backgroundCost = 0
        state.press(.character("t"))
        #expect(state.search?.isCounting == true)
        #expect(LanguageScreenTests.lines(state, rows: 24, columns: 80)[23].hasPrefix(" Search 1/… "))
        var counted = state
        counted.search?.backgroundCost = .max
        counted.press(.character("a"))
        #expect(counted.search?.isCounting == false)
        let total = try #require(counted.search).resultCount
        #expect(LanguageScreenTests.lines(counted, rows: 24, columns: 80)[23].hasPrefix(" Search 1/\(total) "))
    }
}
