import Foundation
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

    /// Reads Data and its library again; with `indexed`, checks that library against the release
    /// files and reads what changed, or ends `unchanged`.
    init(dataDirectory: String, indexFile: String, indexed: Library? = nil) {
        Thread.detachNewThread { [self] in
            let result = Self.load(dataDirectory: dataDirectory, indexFile: indexFile, indexed: indexed) { progress in
                self.lock.withLock { self.progress = progress }
            }
            lock.withLock { outcome = result }
        }
    }

    /// The progress so far, and the outcome once the job is done.
    func poll() -> (progress: LibraryIndex.Progress?, outcome: Outcome?) {
        lock.withLock { (progress, outcome) }
    }

    private static func load(dataDirectory: String, indexFile: String, indexed: Library?,
                             progress: @escaping (LibraryIndex.Progress) -> Void) -> Outcome {
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            let check = try LibraryIndex.check(dataDirectory: dataDirectory, indexFile: indexFile, indexed: indexed)
            if indexed != nil, check.isCurrent { return .unchanged }
            let store = try StoreLoader.load(from: dataDirectory, releases: false)
            let (library, update) = try LibraryIndex.open(check, dataDirectory: dataDirectory, indexFile: indexFile,
                                                          checkingAgainst: store, progress: progress)
            let map = Browser.loadMap(for: store)
            var notes = [map.problem, update.writeProblem].compactMap { $0 }
            if !update.reindexed.isEmpty || !update.removed.isEmpty {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                notes.insert("Indexed \(LibraryIndex.Progress.grouped(update.reindexed.count)) release file\(update.reindexed.count == 1 ? "" : "s")"
                    + (update.removed.isEmpty ? "" : ", dropped \(update.removed.count)")
                    + String(format: " in %.1f s", seconds), at: 0)
            }
            return .loaded(store, library, map.data, notes: notes)
        } catch let error as StoreError {
            return .failed(Self.summary(of: error, in: dataDirectory))
        } catch let error as LibraryIndex.Failure {
            switch error {
            case .data(let problem): return .failed(Self.summary(of: problem, in: dataDirectory))
            }
        } catch {
            return .failed("\(error)")
        }
    }

    /// The first problem, its file named from the Data folder, and how many more there are: the
    /// status line has one line.
    static func summary(of error: StoreError, in dataDirectory: String) -> String {
        guard case .invalid(let list) = error, let first = list.first else { return error.description }
        let text = "\(first)" + (list.count > 1 ? " (and \(list.count - 1) more; see `puebla validate`)" : "")
        let folder = dataDirectory.hasSuffix("/") ? dataDirectory : dataDirectory + "/"
        return text.hasPrefix(folder) ? String(text.dropFirst(folder.count)) : text
    }
}
