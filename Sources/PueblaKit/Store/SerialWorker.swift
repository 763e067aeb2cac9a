import Foundation

/// Work run in order on one thread of its own (a `WorkerThread`, of the priority of the thread that
/// makes the worker), in place of a serial Dispatch queue, whose thread would be Dispatch's.
public final class SerialWorker: @unchecked Sendable {
    // Unchecked: `queue`'s state is only touched under its condition.
    private let queue = Queue()
    private var thread: WorkerThread?

    public init() {
        let queue = self.queue
        thread = WorkerThread { queue.serve() }
    }

    deinit {
        queue.end()
        thread?.join()
    }

    /// Runs `work` on the worker's thread after the work given before it.
    public func async(_ work: @escaping @Sendable () -> Void) {
        queue.add(work)
    }

    /// Runs `work` here once the work given before it is done, the worker's thread waiting meanwhile.
    public func sync<Value>(_ work: () -> Value) -> Value {
        queue.waitUntilIdle()
        return work()
    }

    private final class Queue: @unchecked Sendable {
        private let condition = NSCondition()
        private var pending: [@Sendable () -> Void] = []
        private var isBusy = false
        private var isEnding = false

        func add(_ work: @escaping @Sendable () -> Void) {
            condition.withLock {
                pending.append(work)
                condition.broadcast()
            }
        }

        func waitUntilIdle() {
            condition.withLock {
                while isBusy || !pending.isEmpty { condition.wait() }
            }
        }

        func end() {
            condition.withLock {
                isEnding = true
                condition.broadcast()
            }
        }

        /// The worker's thread: runs the work given, in order, until the worker ends.
        func serve() {
            while let work = next() { work() }
        }

        private func next() -> (@Sendable () -> Void)? {
            condition.withLock {
                isBusy = false
                condition.broadcast()
                while pending.isEmpty && !isEnding { condition.wait() }
                guard !pending.isEmpty else { return nil }
                isBusy = true
                return pending.removeFirst()
            }
        }
    }
}
