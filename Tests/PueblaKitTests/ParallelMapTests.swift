import Foundation
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

    @Test("the work runs at the calling thread's priority, on every thread it is spread on")
    func callersPriority() throws {
        let outcome = Outcome()
        // A thread of its own, lowered for the test: the test runner's threads keep their priority.
        Thread.detachNewThread {
            setpriority(__priority_which_t(0), 0, 7)
            let spread = Spread()
            outcome.set([Int32].parallel(count: 64) { _ in
                spread.waitForSecondThread()
                return getpriority(__priority_which_t(0), 0)
            })
        }
        let found = try #require(outcome.wait(until: Date().addingTimeInterval(120)))
        #expect(found == [Int32](repeating: 7, count: 64))
    }

    /// Holds the first iterations until two threads have taken part (or a generous deadline passes,
    /// on a machine of one core): the work is then spread for sure.
    private final class Spread: @unchecked Sendable {
        private let condition = NSCondition()
        private var threads: Set<pthread_t> = []

        func waitForSecondThread() {
            condition.withLock {
                threads.insert(pthread_self())
                condition.broadcast()
                let deadline = Date().addingTimeInterval(10)
                while threads.count < 2, condition.wait(until: deadline) {}
            }
        }
    }

    private final class Outcome: @unchecked Sendable {
        private let condition = NSCondition()
        private var values: [Int32]?

        func set(_ found: [Int32]) {
            condition.withLock {
                values = found
                condition.broadcast()
            }
        }

        func wait(until deadline: Date) -> [Int32]? {
            condition.withLock {
                while values == nil, condition.wait(until: deadline) {}
                return values
            }
        }
    }
}
