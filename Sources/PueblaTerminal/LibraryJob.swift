import Foundation
import PueblaIndex
import PueblaKit
import PueblaViewModel

/// Reads Data and brings its library index up to date on a thread of its own, so that the browser
/// stays usable while a large library is indexed (or reloaded with `R`). The browser's loop polls
/// it between keys; the thread touches nothing of the terminal.
final class LibraryJob: @unchecked Sendable {
    // Unchecked: `progress` and `outcome` are only read and written under `lock`.
    enum Outcome {
        case loaded(Store, Library, MapData?, notes: [String])
        /// The releases are as `indexed` has them (only when asked to check them).
        case unchanged
        case failed(String)
    }

    private let lock = NSLock()
    private var progress: LibraryIndex.Progress?
    private var outcome: Outcome?
    /// Asked for while the job ran: Data is read again before the job ends.
    private var readsAgain = false

    /// Reads Data and its library again; with `indexed`, checks that library against the release
    /// files and reads what changed, or ends `unchanged`.
    init(dataDirectory: String, indexFile: String, indexed: Library? = nil, words: any BrowserWords) {
        BackgroundPriority.detachThread { [self] in
            let report: (LibraryIndex.Progress) -> Void = { progress in self.lock.withLock { self.progress = progress } }
            var result = Self.load(dataDirectory: dataDirectory, indexFile: indexFile, indexed: indexed, words: words, progress: report)
            while !finish(with: result) {
                let again = Self.load(dataDirectory: dataDirectory, indexFile: indexFile, indexed: nil, words: words, progress: report)
                // What the first reading did still holds (`Indexed 2,000 release files`): its notes are kept.
                if case .loaded(_, _, _, let before) = result, case .loaded(let store, let library, let map, let notes) = again {
                    result = .loaded(store, library, map, notes: before + notes)
                } else {
                    result = again
                }
            }
        }
    }

    /// Ends the job with `result`, unless it was asked to read Data again meanwhile: false then.
    private func finish(with result: Outcome) -> Bool {
        lock.withLock {
            if readsAgain {
                readsAgain = false
                return false
            }
            outcome = result
            return true
        }
    }

    /// Has the job read Data again once it is done, for what changed since it started (`R` pressed
    /// while it runs); false when it is already done, and a new job must be started.
    func readAgainWhenDone() -> Bool {
        lock.withLock {
            guard outcome == nil else { return false }
            readsAgain = true
            return true
        }
    }

    /// The progress so far, and the outcome once the job is done.
    func poll() -> (progress: LibraryIndex.Progress?, outcome: Outcome?) {
        lock.withLock { (progress, outcome) }
    }

    private static func load(dataDirectory: String, indexFile: String, indexed: Library?, words: any BrowserWords,
                             progress: @escaping (LibraryIndex.Progress) -> Void) -> Outcome {
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            let check = try LibraryIndex.check(dataDirectory: dataDirectory, indexFile: indexFile, indexed: indexed)
            if indexed != nil, check.isCurrent { return .unchanged }
            let store = try StoreLoader.load(from: dataDirectory, releases: false)
            let (library, update) = try LibraryIndex.open(check, dataDirectory: dataDirectory, indexFile: indexFile,
                                                          checkingAgainst: store, progress: progress)
            let map = Browser.loadMap(for: store, words: words)
            var notes = [map.problem, update.writeProblem?.description(in: words.language)].compactMap { $0 }
            if !update.reindexed.isEmpty || !update.removed.isEmpty {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                notes.insert(words.indexed(files: LibraryIndex.Progress.grouped(update.reindexed.count), count: update.reindexed.count,
                                           dropped: update.removed.count, seconds: seconds), at: 0)
            }
            return .loaded(store, library, map.data, notes: notes)
        } catch let error as StoreError {
            return .failed(Self.summary(of: error, in: dataDirectory, words: words))
        } catch let error as LibraryIndex.Failure {
            switch error {
            case .data(let problem): return .failed(Self.summary(of: problem, in: dataDirectory, words: words))
            case .spill(let failure): return .failed(failure.description(in: words.language))
            }
        } catch {
            return .failed("\(error)")
        }
    }

    /// The first problem, its file named from the Data folder, and how many more there are: the
    /// status line has one line.
    static func summary(of error: StoreError, in dataDirectory: String, words: any BrowserWords) -> String {
        guard case .invalid(let list) = error, let first = list.first else { return error.description(in: words.language) }
        let text = first.description(in: words.language) + (list.count > 1 ? " " + words.moreProblems(list.count - 1) : "")
        let folder = dataDirectory.hasSuffix("/") ? dataDirectory : dataDirectory + "/"
        return text.hasPrefix(folder) ? String(text.dropFirst(folder.count)) : text
    }
}
