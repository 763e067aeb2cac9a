import Foundation
import PueblaIndex
import PueblaKit
import PueblaViewModel

/// A search too large to answer a key with (`Effect.search`), run on a thread of its own below the
/// loop's priority; the loop takes its results between keys and hands them to `update`. One at a
/// time: a search typed over replaces the one before, which stops where it is (its results would
/// be dropped) rather than take a core from the next letter's.
///
/// Also the search tables of the library shown, read out in the background as soon as the library
/// is there (`prepare`), so that neither `/` nor the first letter waits for them.
final class SearchJob: @unchecked Sendable {
    // Unchecked: `answer` and `isCancelled` are only read and written under `lock`.
    private let lock = NSLock()
    private var answer: Action?
    private var cancelled = false

    /// The latest search asked for, until its results are taken; the latest preparation. Only the
    /// loop's thread touches them, as the terminal itself (one browser a process).
    nonisolated(unsafe) private static var latest: SearchJob?
    nonisolated(unsafe) private static var preparation: SearchJob?

    /// `work` is given what says whether the job was cancelled.
    private init(_ work: @escaping @Sendable (_ isCancelled: () -> Bool) -> Action) {
        BackgroundPriority.detachThread { [self] in
            let done = work { isCancelled }
            lock.withLock { answer = done }
        }
    }

    private var taken: Action? { lock.withLock { answer } }

    var isCancelled: Bool { lock.withLock { cancelled } }

    private func cancel() { lock.withLock { cancelled = true } }

    /// Starts `request`, stopping the search started before it.
    @discardableResult
    static func start(_ request: SearchRequest) -> SearchJob {
        latest?.cancel()
        let job = SearchJob { isCancelled in .searchFound(request, request.run(stopped: isCancelled)) }
        latest = job
        return job
    }

    /// Reads the search tables of `library` in the background; a preparation for a library since
    /// replaced is dropped (the loop starts one for each library it is given).
    static func prepare(_ library: Library, store: Store) {
        preparation = library.count == 0 ? nil : SearchJob { _ in .searchPrepared(library.search(with: store)) }
    }

    /// Whether a search runs whose results are still to be taken.
    static var isRunning: Bool { latest != nil }

    /// The latest search's results once it is done, taken once.
    static func takeResults() -> Action? {
        guard let results = latest?.taken else { return nil }
        latest = nil
        return results
    }

    /// The prepared search tables once they are read, taken once.
    static func takePrepared() -> Action? {
        guard let prepared = preparation?.taken else { return nil }
        preparation = nil
        return prepared
    }
}
