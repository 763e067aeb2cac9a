import Foundation

/// Adds a release to a Data folder: refuses one already there (same id or same source) unless
/// asked to replace it, adds the countries it mentions that Data lacks, checks that Data with
/// the change still validates, and only then writes, each file atomically.
public struct ReleaseWriter {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public struct Outcome: Sendable, Equatable {
        /// The release file written.
        public let path: String
        /// Codes added to countries.json.
        public let addedCountries: [String]
        /// Ids of the releases it replaced.
        public let replaced: [String]
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case invalidData(StoreError)
        case duplicate(existing: String, reason: String)
        case unknownCountry(String)
        case wouldBreakData([DataProblem])
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .invalidData(let error): return "Data does not validate before the import: \(error.description)"
            case let .duplicate(existing, reason):
                return "already in Data as \(existing) (\(reason)); --replace replaces it"
            case .unknownCountry(let code): return "country \(code) is not an ISO 3166-1 code"
            case .wouldBreakData(let problems):
                return "Data would not validate with it: " + problems.map(\.description).joined(separator: "; ")
            case .cannotWrite(let reason): return reason
            }
        }

        public var exitCode: Int32 {
            switch self {
            case .invalidData(let error): return error.exitCode
            case .cannotWrite: return 73
            default: return 65
            }
        }
    }

    public func write(_ release: Release, replace: Bool) throws(Failure) -> Outcome {
        let store: Store
        do { store = try StoreLoader.load(from: directory) } catch { throw .invalidData(error) }
        let conflicts = store.releases.filter { conflict(between: $0, and: release) != nil }
        if let first = conflicts.first, !replace, let reason = conflict(between: first, and: release) {
            throw .duplicate(existing: first.id, reason: reason)
        }
        var added: [Country] = []
        for code in release.countries + [release.place?.country].compactMap({ $0 })
        where store.country(code: code) == nil && !added.contains(where: { $0.code == code }) {
            guard let entry = CountryGazetteer.entry(code: code) else { throw .unknownCountry(code) }
            added.append(Country(code: code, name: entry.name, nameEs: entry.nameEs, capital: nil, latitude: nil, longitude: nil,
                                 rcm: nil, memberSince: nil, memberSinceStatus: nil, notes: nil))
        }

        let releaseText: String
        let countriesText: String?
        let countriesPath = path(StoreLoader.countriesFile)
        do {
            releaseText = try CanonicalJSON.string(release)
            countriesText = added.isEmpty ? nil : try appending(added, to: String(decoding: StoreLoader.readBytes(countriesPath), as: UTF8.self))
        } catch {
            throw .cannotWrite("cannot prepare the files: \(error)")
        }
        let releasePath = path(StoreLoader.releasesFolder + "/" + release.id + ".json")
        let removed = conflicts.map(\.id).filter { $0 != release.id }
        try check(releaseText: releaseText, id: release.id, countriesText: countriesText, removing: removed)

        AtomicFile.removeAbandonedTemporaries(of: countriesPath)
        AtomicFile.removeAbandonedTemporaries(in: path(StoreLoader.releasesFolder))
        do {
            if let countriesText { try AtomicFile.write(Array(countriesText.utf8), to: countriesPath) }
            try AtomicFile.write(Array(releaseText.utf8), to: releasePath)
        } catch {
            throw .cannotWrite(error.description)
        }
        for id in removed {
            let old = path(StoreLoader.releasesFolder + "/" + id + ".json")
            if unlink(old) != 0 { throw .cannotWrite("\(old): cannot remove the replaced release: \(String(cString: strerror(errno)))") }
        }
        return Outcome(path: releasePath, addedCountries: added.map(\.code), replaced: conflicts.map(\.id))
    }

    /// Why two releases are the same one, or nil when they are not.
    private func conflict(between existing: Release, and new: Release) -> String? {
        if existing.id == new.id { return "same id" }
        if let url = new.source?.url, existing.source?.url == url { return "same source url \(url)" }
        if let file = new.source?.file, existing.source?.file == file { return "same source file \(file)" }
        return nil
    }

    /// Loads a copy of Data with the change made, so that nothing is written unless it validates.
    private func check(releaseText: String, id: String, countriesText: String?, removing removed: [String]) throws(Failure) {
        let fileManager = FileManager.default
        Self.removeAbandonedStages()
        let stage = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(Self.stagePrefix)\(getpid())-\(UUID().uuidString)")
        var lock: Int32 = -1
        defer {
            try? fileManager.removeItem(atPath: stage)
            if lock >= 0 { close(lock) }
        }
        do {
            let releases = (stage as NSString).appendingPathComponent(StoreLoader.releasesFolder)
            try fileManager.createDirectory(atPath: releases, withIntermediateDirectories: true)
            lock = Self.lock(stage)
            for name in [StoreLoader.countriesFile, StoreLoader.meetingsFile, StoreLoader.organizationsFile] {
                try fileManager.copyItem(atPath: path(name), toPath: (stage as NSString).appendingPathComponent(name))
            }
            for name in try fileManager.contentsOfDirectory(atPath: path(StoreLoader.releasesFolder))
            where name.hasSuffix(".json") && !name.hasPrefix(".") && !removed.contains(String(name.dropLast(5))) {
                try fileManager.copyItem(atPath: path(StoreLoader.releasesFolder + "/" + name),
                                         toPath: (releases as NSString).appendingPathComponent(name))
            }
            let newRelease = (releases as NSString).appendingPathComponent(id + ".json")
            try? fileManager.removeItem(atPath: newRelease)
            try Data(releaseText.utf8).write(to: URL(fileURLWithPath: newRelease))
            if let countriesText {
                let countries = (stage as NSString).appendingPathComponent(StoreLoader.countriesFile)
                try Data(countriesText.utf8).write(to: URL(fileURLWithPath: countries))
            }
        } catch {
            throw .cannotWrite("cannot stage the change in \(stage): \(error.localizedDescription)")
        }
        do {
            _ = try StoreLoader.load(from: stage)
        } catch {
            switch error {
            case .invalid(let problems): throw .wouldBreakData(problems)
            case .missing: throw .cannotWrite(error.description)
            }
        }
    }

    private static let stagePrefix = "puebla-import-"
    private static let stageLock = ".lock"

    /// Takes a lock (`flock`) on the file `.lock` in `stage`, held until the descriptor returned is
    /// closed or the process ends, however it ends; -1 when it cannot be had. The file is locked
    /// under another name and then renamed, so that a `.lock` is never seen unlocked while in use.
    private static func lock(_ stage: String) -> Int32 {
        let unready = (stage as NSString).appendingPathComponent(".lock-unready")
        let descriptor = open(unready, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return -1 }
        guard flock(descriptor, LOCK_EX) == 0, rename(unready, (stage as NSString).appendingPathComponent(stageLock)) == 0 else {
            close(descriptor)
            return -1
        }
        return descriptor
    }

    /// Deletes the staging folders of imports killed before they could: those whose lock is free
    /// (a lock goes with its process), and those without one whose process id is gone (an import
    /// killed before it took the lock). Those of running imports are left alone.
    private static func removeAbandonedStages() {
        let folder = NSTemporaryDirectory()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(stagePrefix) {
            let stage = (folder as NSString).appendingPathComponent(name)
            let descriptor = open((stage as NSString).appendingPathComponent(stageLock), O_RDWR | O_CLOEXEC)
            if descriptor >= 0 {
                defer { close(descriptor) }
                guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
            } else {
                guard let pid = name.dropFirst(stagePrefix.count).split(separator: "-").first.flatMap({ pid_t($0) }),
                      pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            }
            try? FileManager.default.removeItem(atPath: stage)
        }
    }

    /// countries.json with `countries` added at the end, the rest of the file left as it was.
    private func appending(_ countries: [Country], to text: String) throws -> String {
        let entries = try countries.map { country in
            try CanonicalJSON.string(country).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        }
        guard let close = text.lastIndex(of: "]") else { return text }
        let head = text[..<close]
        let trimmedHead = head.reversed().drop { $0.isWhitespace }
        let isEmptyArray = trimmedHead.first == "["
        let body = String(trimmedHead.reversed())
        return body + (isEmptyArray ? "\n" : ",\n") + entries.joined(separator: ",\n") + "\n]\n"
    }

    private func path(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }
}
