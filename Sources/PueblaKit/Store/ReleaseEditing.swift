import Foundation

/// Correcting one release by hand: its file, an edited text of it checked as loading Data checks a
/// release (syntax, fields, references, an id and a source url no other release has), and the
/// release written back in the canonical form, atomically.
public struct ReleaseEditing: Sendable {
    /// The Data folder the release is read from.
    public let directory: String
    public let id: String
    /// `<directory>/releases/<id>.json`: where problems of the edited text are said to be.
    public let file: String
    /// The file's bytes as they were before the edit.
    public let original: [UInt8]
    /// The release as it was, when it was a valid one: an edit that parses to the same is no change.
    private let originalRelease: Release?
    private let known: ReferenceChecker.Known

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case unknownRelease(id: String, closest: [String])
        case invalidData(StoreError)
        case cannotRead(path: String, reason: FileReadError.Reason)
        case idTaken(id: String, path: String)
        case cannotWrite(String)
        /// The release's file could not be written.
        case notWritten(AtomicFile.WriteError)

        public var description: String {
            switch self {
            case let .unknownRelease(id, closest):
                return "no release \"\(id)\"" + (closest.isEmpty ? "; `puebla releases` lists them" : "; did you mean \(closest.joined(separator: ", "))?")
            case .invalidData(let error): return error.description
            case let .cannotRead(path, reason): return "\(path): \(FileReadError(reason).description)"
            case let .idTaken(id, path): return "cannot rename to \(DataProblem.quoted(id)): \(path) is already there"
            case .cannotWrite(let reason): return reason
            case .notWritten(let error): return error.description
            }
        }

        /// 64 for an id that names no release, as `puebla show` does; 73 when the file cannot be written.
        public var exitCode: Int32 {
            switch self {
            case .unknownRelease: return 64
            case .invalidData(let error): return error.exitCode
            case .cannotRead: return 66
            case .idTaken: return 65
            case .cannotWrite, .notWritten: return 73
            }
        }
    }

    /// What an edited text is.
    public enum Verdict: Sendable, Equatable {
        /// The same bytes, or the same release however it is laid out.
        case unchanged
        /// Every problem, located in the edited text.
        case invalid([DataProblem])
        case valid(Release)
    }

    /// The release `id` of the Data folder `directory`, whose meetings, countries and organizations
    /// must load: the edit is checked against them. The release's own file may be broken: editing is
    /// how it gets fixed.
    public init(id: String, in directory: String) throws(Failure) {
        // Ids are NFC, as their files are named, however the user's keyboard composed them.
        let id = id.precomposedStringWithCanonicalMapping
        let releases = (directory as NSString).appendingPathComponent(StoreLoader.releasesFolder)
        let file = (releases as NSString).appendingPathComponent(id + ".json")
        guard Self.problem(withID: id) == nil else { throw .unknownRelease(id: id, closest: Self.ids(in: releases, containing: id)) }
        do {
            original = try StoreLoader.readBytes(file)
        } catch {
            if error.kind == .missing { throw .unknownRelease(id: id, closest: Self.ids(in: releases, containing: id)) }
            throw .cannotRead(path: file, reason: error.reason)
        }
        let store: Store
        do { store = try StoreLoader.load(from: directory, releases: false) } catch { throw .invalidData(error) }
        self.directory = directory
        self.id = id
        self.file = file
        let known = ReferenceChecker.Known(countryCodes: Set(store.countries.map(\.code)), meetingIDs: Set(store.meetings.map(\.id)))
        self.known = known
        originalRelease = (try? JSONParser.parse(original)).flatMap { root in
            let outcome = StoreLoader.readRelease(root, file: file, expectedID: id, known: known, log: ProblemLog())
            return outcome.problems.isEmpty ? outcome.release?.release : nil
        }
    }

    /// The edited text checked as a release of this Data folder, its problems located in it.
    public func check(_ bytes: [UInt8]) -> Verdict {
        if bytes == original { return .unchanged }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .invalid([DataProblem(file: file, location: error.location, field: nil, kind: error.kind)])
        }
        let log = ProblemLog()
        let outcome = StoreLoader.readRelease(root, file: file, expectedID: nil, known: known, log: log)
        guard let read = outcome.release else { return .invalid(outcome.problems) }
        let release = read.release, marks = read.marks
        var problems = outcome.problems + marks.referenceProblems
        if let problem = Self.problem(withID: release.id) {
            problems.append(DataProblem(file: file, location: marks.idLocation, field: "id", kind: problem))
        } else if release.id != id, FileManager.default.fileExists(atPath: path(of: release.id)) {
            problems.append(DataProblem(file: file, location: marks.idLocation, field: "id",
                                        kind: .idOfAnotherRelease(release.id, path: path(of: release.id))))
        }
        if let url = release.source?.url, let other = releaseFile(withSourceURL: url, besides: [id, release.id]) {
            problems.append(DataProblem(file: file, location: marks.sourceLocation, field: "source.url",
                                        kind: .sourceOfAnotherRelease(url, path: other)))
        }
        if !problems.isEmpty { return .invalid(problems) }
        return release == originalRelease ? .unchanged : .valid(release)
    }

    /// Where a save put the release, and the file it removed when the edit changed the id.
    public struct Saved: Sendable, Equatable {
        public let path: String
        public let removed: String?
    }

    /// Writes `release` into the Data folder `target` (the one read from, or the user's library
    /// made from it), atomically. A new id writes the new file, then removes the old one; an id
    /// another release has by then is refused, nothing written.
    public func save(_ release: Release, into target: String) throws(Failure) -> Saved {
        let releases = (target as NSString).appendingPathComponent(StoreLoader.releasesFolder)
        let destination = (releases as NSString).appendingPathComponent(release.id + ".json")
        let old = (releases as NSString).appendingPathComponent(id + ".json")
        if release.id != id && FileManager.default.fileExists(atPath: destination) { throw .idTaken(id: release.id, path: destination) }
        let text: String
        do { text = try CanonicalJSON.string(release) } catch { throw .cannotWrite("cannot write \(release.id): \(error)") }
        AtomicFile.removeAbandonedTemporaries(in: releases)
        do { try AtomicFile.write(Array(text.utf8), to: destination) } catch { throw .notWritten(error) }
        guard release.id != id else { return Saved(path: destination, removed: nil) }
        if unlink(old) != 0 && errno != ENOENT {
            throw .cannotWrite("\(old): cannot remove the release under its old id: \(String(cString: strerror(errno)))")
        }
        return Saved(path: destination, removed: old)
    }

    private func path(of id: String) -> String {
        ((directory as NSString).appendingPathComponent(StoreLoader.releasesFolder) as NSString).appendingPathComponent(id + ".json")
    }

    /// The file of another release with this source url, read on all cores; nil when there is none.
    private func releaseFile(withSourceURL url: String, besides ids: Set<String>) -> String? {
        let releases = (directory as NSString).appendingPathComponent(StoreLoader.releasesFolder)
        let names = ((try? StoreLoader.contentsOfFolder(releases)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && !ids.contains(String($0.dropLast(5))) }
        let unknown = ReferenceChecker.Known(countryCodes: nil, meetingIDs: nil)
        let matches = [Bool].parallel(count: names.count) { index in
            StoreLoader.readRelease((releases as NSString).appendingPathComponent(names[index]), known: unknown)
                .release?.marks.sourceURL == url
        }
        return matches.firstIndex(of: true).map { (releases as NSString).appendingPathComponent(names[$0]) }
    }

    /// Why `id` cannot name a release file (its file is `releases/<id>.json`), or nil when it can.
    static func problem(withID id: String) -> ProblemKind? {
        if id.isEmpty { return .emptyID }
        if id.contains("/") || id.hasPrefix(".") || id.utf8.contains(0) { return .idCannotNameFile(id) }
        if id.utf8.count > 200 { return .idTooLong(limit: 200) }
        return nil
    }

    /// Up to three release ids of the folder that contain `text`, for a "did you mean".
    private static func ids(in releases: String, containing text: String) -> [String] {
        let names = (try? StoreLoader.contentsOfFolder(releases)) ?? []
        return Array(names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }
            .filter { !text.isEmpty && $0.contains(text) }.sorted().prefix(3))
    }
}
