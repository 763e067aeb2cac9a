import Foundation
import PueblaKit

/// Writes a generated Data folder: the shipped meetings, countries, organizations and map copied
/// byte for byte, and `releases/` filled by a `CorpusGenerator`. The same count and seed give the
/// same bytes in every file.
public enum CorpusFolder {
    /// Left at the top of a finished folder, so that a folder cut short is never taken for one.
    public static let markerFile = ".corpus"

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The marker's text for a folder of `count` releases made with `seed`.
    public static func marker(count: Int, seed: UInt64) -> String {
        "puebla-bench corpus: \(count) releases, seed \(seed)\n"
    }

    /// True when `directory` is a finished corpus of `count` releases made with `seed`.
    public static func isComplete(_ directory: String, count: Int, seed: UInt64) -> Bool {
        let path = (directory as NSString).appendingPathComponent(markerFile)
        return (try? String(contentsOfFile: path, encoding: .utf8)) == marker(count: count, seed: seed)
    }

    /// Writes `count` releases into `directory` (created; its old releases removed) next to copies
    /// of the small files of the Data folder `source`. `progress` is called with the releases done.
    public static func write(count: Int, seed: UInt64, from source: String, to directory: String,
                             progress: @Sendable (Int) -> Void = { _ in }) throws(Failure) {
        let store: Store
        do { store = try StoreLoader.load(from: source) } catch { throw Failure(description: error.description) }
        let generator = CorpusGenerator(seed: seed, store: store)
        let manager = FileManager.default
        let releases = (directory as NSString).appendingPathComponent(StoreLoader.releasesFolder)
        do {
            try? manager.removeItem(atPath: (directory as NSString).appendingPathComponent(markerFile))
            try? manager.removeItem(atPath: releases)
            try manager.createDirectory(atPath: releases, withIntermediateDirectories: true)
            for name in [StoreLoader.meetingsFile, StoreLoader.countriesFile, StoreLoader.organizationsFile, StoreLoader.presidenciesFile, "map"] {
                let from = (source as NSString).appendingPathComponent(name)
                let to = (directory as NSString).appendingPathComponent(name)
                guard manager.fileExists(atPath: from) else { continue }
                try? manager.removeItem(atPath: to)
                try manager.copyItem(atPath: from, toPath: to)
            }
        } catch {
            throw Failure(description: "\(directory): \(error.localizedDescription)")
        }

        // One stripe of numbers per core; each release depends only on its number.
        let stripes = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
            for number in stride(from: stripe, to: count, by: stripes) {
                let release = generator.release(number: number)
                let path = (releases as NSString).appendingPathComponent(release.id + ".json")
                do {
                    try Data(CanonicalJSON.string(release).utf8).write(to: URL(fileURLWithPath: path))
                } catch {
                    failures.add("\(path): \(error.localizedDescription)")
                    return
                }
                if stripe == 0 { progress(number + 1) }
            }
        }
        if let first = failures.first { throw Failure(description: first) }
        let marker = (directory as NSString).appendingPathComponent(markerFile)
        guard manager.createFile(atPath: marker, contents: Data(self.marker(count: count, seed: seed).utf8)) else {
            throw Failure(description: "\(marker): cannot be written")
        }
    }
}

/// Problems met by the writers running in parallel.
private final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.withLock { messages.append(message) }
    }

    var first: String? { lock.withLock { messages.first } }
}
