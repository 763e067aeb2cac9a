import Foundation

/// A thread of its own (POSIX), joined once its work is done. Unlike Dispatch's shared threads, which
/// Dispatch makes and sets to its own priority, it inherits the priority of the thread that starts
/// it: a background job lowered below the browser's keys stays below them however it spreads its work.
final class WorkerThread {
    private var thread = pthread_t()
    private var isRunning = false

    /// Starts `work` on a new thread; where no thread can be started, runs it here, now.
    init(_ work: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Work(work)).toOpaque()
        isRunning = pthread_create(&thread, nil, { box in
            // The thread owns the work it was given: released when done.
            if let box { Unmanaged<Work>.fromOpaque(box).takeRetainedValue().run() }
            return nil
        }, box) == 0
        if !isRunning { Unmanaged<Work>.fromOpaque(box).takeRetainedValue().run() }
    }

    /// Waits for the work to end.
    func join() {
        guard isRunning else { return }
        pthread_join(thread, nil)
        isRunning = false
    }

    deinit { join() }

    private final class Work {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Runs `body` for each index of `0..<count` on all cores: the calling thread and one worker
    /// thread per other core, each taking the next index left. Returns once every index is done.
    static func forEach(count: Int, _ body: @Sendable (Int) -> Void) {
        let threads = min(count, ProcessInfo.processInfo.activeProcessorCount)
        guard threads > 1 else { return (0..<count).forEach(body) }
        withoutActuallyEscaping(body) { body in
            let next = NextIndex(count: count)
            let work: @Sendable () -> Void = { while let index = next.take() { body(index) } }
            let workers = (1..<threads).map { _ in WorkerThread(work) }
            work()
            workers.forEach { $0.join() }
        }
    }

    private final class NextIndex: @unchecked Sendable {
        // Unchecked: `next` is only read and written under `lock`.
        private let lock = NSLock()
        private var next = 0
        private let count: Int

        init(count: Int) { self.count = count }

        func take() -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                defer { next += 1 }
                return next
            }
        }
    }
}
