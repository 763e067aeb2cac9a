import Foundation

/// Keys first: while a job works, every thread of the process but the browser loop's runs at a
/// lower priority (nice 10), so that on a busy machine a key is answered before the next slice of
/// indexing. The index spreads its work on Dispatch's threads, which Dispatch sets to nice 0 itself
/// as it makes them, so they are lowered as they come, at each progress report. An unprivileged
/// process cannot raise a priority again: those threads stay lowered, and only ever do background work.
enum BackgroundPriority {
    static let nice: Int32 = 10

    /// The calling thread's id (Linux), nil where it cannot be read.
    static func currentThread() -> Int32? {
        threadID(of: "/proc/thread-self")
    }

    /// Lowers the calling thread to `nice`.
    static func lowerCurrentThread() {
        setpriority(process, 0, nice)
    }

    /// Lowers every thread of the process but `kept` to `nice`, leaving any already lower alone.
    static func lowerThreads(except kept: Int32?) {
        guard let kept, let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task") else { return }
        for task in tasks {
            guard let thread = Int32(task), thread != kept else { continue }
            errno = 0
            let current = getpriority(process, id_t(thread))
            if errno == 0, current < nice { setpriority(process, id_t(thread), nice) }
        }
    }

    /// PRIO_PROCESS: with a thread's id, that thread alone (Linux).
    private static let process = __priority_which_t(0)

    private static func threadID(of link: String) -> Int32? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link) else { return nil }
        return Int32((target as NSString).lastPathComponent)
    }
}
