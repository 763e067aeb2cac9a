import Foundation

/// Keys first: a background job (the library indexed or checked, a large search) runs on a thread
/// of its own, lowered once as it starts, below the browser's loop, so that on a busy machine a key
/// is answered before the next slice of the job. The threads the job spreads its work on are its
/// own (`WorkerThread`, not Dispatch's), started from it: they inherit its priority.
enum BackgroundPriority {
    static let nice: Int32 = 10

    /// Runs `work` on a new thread of lowered priority.
    static func detachThread(_ work: @escaping @Sendable () -> Void) {
        Thread.detachNewThread {
            lowerCurrentThread()
            work()
        }
    }

    /// Lowers the calling thread: nice 10, and the batch policy, under which the scheduler no longer
    /// favours it when it wakes, so that the loop, woken by a key, takes a core from it at once.
    /// An unprivileged thread cannot raise itself again: only threads that do nothing but
    /// background work are lowered.
    static func lowerCurrentThread() {
        var parameters = sched_param()
        sched_setscheduler(0, batchPolicy, &parameters)
        setpriority(process, 0, nice)
    }

    /// SCHED_BATCH (Linux), which Glibc's module does not export.
    static let batchPolicy: Int32 = 3

    /// The calling thread's id (Linux), nil where it cannot be read.
    static func currentThread() -> Int32? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self") else { return nil }
        return Int32((target as NSString).lastPathComponent)
    }

    /// PRIO_PROCESS: with a thread's id (0: the calling thread), that thread alone (Linux).
    private static let process = __priority_which_t(0)
}
