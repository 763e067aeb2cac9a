import Testing
@testable import PueblaKit

@Suite("Work on all cores")
struct ParallelMapTests {
    @Test("each index's result, in index order, whatever the count")
    func inOrder() {
        for count in [0, 1, 2, 1_000] {
            #expect([String].parallel(count: count) { "item \($0)" } == (0..<count).map { "item \($0)" })
        }
    }
}
