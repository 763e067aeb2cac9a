import Foundation
import Testing
import PueblaIndex
import PueblaKit
@testable import PueblaViewModel
@testable import PueblaTerminal

/// A search typed over: the one started before stops, and only the latest one's results are taken.
@Suite("Background searches typed over", .serialized)
struct SearchJobTests {
    @Test("a search started over another cancels it; the latest is not cancelled, and its results come")
    func typedOver() throws {
        let store = try ScreenTests.store()
        let search = Library(store: store).search(with: store)
        let first = SearchJob.start(SearchRequest(query: SearchQuery("m"), index: search))
        let second = SearchJob.start(SearchRequest(query: SearchQuery("mi"), index: search))
        #expect(first.isCancelled)
        #expect(!second.isCancelled)
        // Generous: the machine may be loaded.
        let deadline = Date().addingTimeInterval(60)
        var taken: Action?
        while taken == nil && Date() < deadline {
            taken = SearchJob.takeResults()
            if taken == nil { usleep(1_000) }
        }
        guard case .searchFound(let request, _)? = taken else {
            Issue.record("no results for the latest search: \(String(describing: taken))")
            return
        }
        #expect(request.query == SearchQuery("mi"))
    }
}
