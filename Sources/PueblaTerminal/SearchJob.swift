import Foundation
import PueblaKit
import PueblaViewModel

/// A search too large to answer a key with (`Effect.search`), run on a thread of its own below the
/// loop's priority; the loop takes its results between keys and hands them to `update`. One at a
/// time: a search typed over replaces the one before, whose results are then dropped.
final class SearchJob: @unchecked Sendable {
    // Unchecked: `results` is only read and written under `lock`.
    private let request: SearchRequest
    private let lock = NSLock()
    private var results: SearchResults?

    /// The latest search asked for, until its results are taken. Only the loop's thread touches it,
    /// as the terminal itself (one browser a process).
    nonisolated(unsafe) private static var latest: SearchJob?

    private init(_ request: SearchRequest) {
        self.request = request
        Thread.detachNewThread { [self] in
            BackgroundPriority.lowerCurrentThread()
            let found = request.run()
            lock.withLock { results = found }
        }
    }

    static func start(_ request: SearchRequest) {
        latest = SearchJob(request)
    }

    /// Whether a search runs whose results are still to be taken.
    static var isRunning: Bool { latest != nil }

    /// The latest search's results once it is done, taken once.
    static func takeResults() -> Action? {
        guard let job = latest, let results = job.lock.withLock({ job.results }) else { return nil }
        latest = nil
        return .searchFound(job.request, results)
    }
}
