import Foundation

/// Where the reading state lives (`$XDG_STATE_HOME/puebla/state.json`, by default
/// `~/.local/state/puebla/state.json`), and loading and saving it.
///
/// Several browsers may share the file. A change of read marks or bookmarks is recorded as it is
/// made, as one line appended to a journal beside the file (`StateJournal`), and the file is
/// written whole only now and then and on the way out; every write happens under the journal's
/// lock and merges with what is on disk: the changes this process made since it last read the
/// file are applied to the file as it is now, so the marks and bookmarks of every browser survive.
/// Keys this Puebla does not know are kept; a file of a later format is read but never rewritten.
/// A symbolic link is written through (its target is replaced), and the file keeps its mode.
///
/// Writing is atomic: a crash or a kill at any moment leaves the previous state whole. A file that
/// cannot be read or parsed never stops Puebla: it is moved aside, kept for the curious, and
/// Puebla starts clean with a one-line warning.
public struct StateFile: Sendable {
    public let path: String
    /// What this process last knew the state on disk to be: changes since then are its own.
    private let known = KnownState()

    /// The journal is folded into the file once it is this large (some 4,000 changes).
    static let journalLimit = 256 * 1024

    /// The file at `path`; by default `$XDG_STATE_HOME/puebla/state.json`, by default `~/.local/state/puebla/state.json`.
    public init(path: String = XDGDirectory.state.file("state.json")) {
        self.path = path
    }

    public struct Loaded: Sendable, Equatable {
        public let state: ReadingState
        /// One line for the status bar or stderr when the file had to be set aside, or will not be written.
        public let warning: String?
    }

    /// The saved state; a clean one when there is none yet, or when the file was unreadable (then
    /// it is renamed `state.json.corrupt-<UTC time>` and `warning` says so).
    public func load(now: Date = Date()) -> Loaded {
        let target = Self.resolvingLinks(path)
        AtomicFile.removeAbandonedTemporaries(of: target)
        var state = ReadingState()
        var warning: String?
        let identity = FileIdentity(target)
        switch Self.read(target) {
        case .missing:
            break
        case .parsed(let parsed):
            state = parsed.state
            // Known now, so that the first mark need not read the file again.
            known.checked(identity, laterVersion: parsed.laterVersion)
            if let version = parsed.laterVersion { warning = Self.laterVersionMessage(path, version) }
        case .unreadable(let problem):
            warning = setAside(target, because: problem, now: now)
        }
        for change in StateJournal(statePath: target).changes() { state.apply(change) }
        known.set(state)
        return Loaded(state: state, warning: warning)
    }

    /// Records one change of read marks or bookmarks: one line appended to the journal (the whole
    /// file is written again only when the journal has grown large).
    public func record(_ change: ReadingState.Change) throws(AtomicFile.WriteError) {
        try record([change])
    }

    /// Records changes made together (a whole list marked read): appended to the journal in one
    /// write, flushed to disk once, under one lock.
    public func record(_ changes: [ReadingState.Change]) throws(AtomicFile.WriteError) {
        let target = try Self.preparedTarget(path)
        let lock = try StateJournal.Lock(StateJournal(statePath: target), mode: Self.mode(of: target))
        if let version = laterVersion(of: target) {
            throw AtomicFile.WriteError(path: path, failure: .laterFormat(version, written: ReadingState.version))
        }
        try lock.append(changes)
        known.apply(changes)
        if lock.size > Self.journalLimit { _ = try merge(into: target, keeping: nil, lock: lock) }
    }

    /// Writes `state` merged with the file as it is on disk: the read marks and bookmarks changed
    /// in `state` since it was loaded or last saved (and not recorded) are applied to the file's,
    /// and where the user was (pane, selections, filter) is `state`'s. Returns the state written.
    /// Creates the folder when needed.
    @discardableResult
    public func save(_ state: ReadingState) throws(AtomicFile.WriteError) -> ReadingState {
        let target = try Self.preparedTarget(path)
        let lock = try StateJournal.Lock(StateJournal(statePath: target), mode: Self.mode(of: target))
        return try merge(into: target, keeping: state, lock: lock)
    }

    /// Under `lock`: the file and its journal as they are, this process's own changes applied, and
    /// where the user was taken from `ours` when given; written when that differs from the file,
    /// then the journal emptied.
    private func merge(into target: String, keeping ours: ReadingState?, lock: StateJournal.Lock) throws(AtomicFile.WriteError) -> ReadingState {
        var object: [String: Any] = [:]
        var merged = ReadingState()
        var onDisk: Data?
        switch Self.read(target) {
        case .missing:
            break
        case .parsed(let parsed):
            if let version = parsed.laterVersion { throw AtomicFile.WriteError(path: path, failure: .laterFormat(version, written: ReadingState.version)) }
            (object, merged, onDisk) = (parsed.object, parsed.state, parsed.data)
        case .unreadable(let problem):
            throw AtomicFile.WriteError(path: path, reason: "it \(SafeText.line(problem)) (changed since it was read); left as it is")
        }
        for change in StateJournal(statePath: target).changes() { merged.apply(change) }
        if let ours {
            for change in ours.changes(since: known.state ?? ReadingState()) { merged.apply(change) }
            merged.lastPane = ours.lastPane
            merged.selections = ours.selections
            merged.countryFilter = ours.countryFilter
            merged.places = ours.places
        }
        let bytes = try encoded(merged, over: object)
        if onDisk != Data(bytes) { try AtomicFile.write(bytes, to: target) }
        try lock.empty()
        // What the caller holds is where its next changes start from, whether or not it takes
        // up the merged state.
        if let ours { known.set(ours) }
        known.checked(FileIdentity(target), laterVersion: nil)
        return merged
    }

    /// The format of the file when a later Puebla wrote it, read again only when the file changed
    /// since it was last looked at (a record must not parse megabytes).
    private func laterVersion(of target: String) -> Int? {
        let identity = FileIdentity(target)
        if let verdict = known.verdict(for: identity) { return verdict }
        var version: Int?
        if case .parsed(let parsed) = Self.read(target) { version = parsed.laterVersion }
        known.checked(identity, laterVersion: version)
        return version
    }

    /// The bytes `save` writes: pretty, with sorted keys, so the file reads and diffs well; the
    /// keys of `object` (the file as it was) that this Puebla does not know are kept.
    func encoded(_ state: ReadingState, over object: [String: Any] = [:]) throws(AtomicFile.WriteError) -> [UInt8] {
        let encoder = JSONEncoder()
        do {
            var merged = object
            if let own = try JSONSerialization.jsonObject(with: encoder.encode(state)) as? [String: Any] {
                for key in ReadingState.CodingKeys.allCases { merged[key.stringValue] = own[key.stringValue] ?? NSNull() }
            }
            return Array(try JSONSerialization.data(withJSONObject: merged, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
        } catch {
            throw AtomicFile.WriteError(path: path, reason: "cannot encode the state: \(error)")
        }
    }

    /// What a state file holds: the state, the whole object (for the keys this Puebla does not
    /// know) and the bytes; `laterVersion` when a later Puebla wrote it.
    private struct Parsed {
        let state: ReadingState
        let object: [String: Any]
        let data: Data
        let laterVersion: Int?
    }

    private enum Reading {
        case missing
        case parsed(Parsed)
        case unreadable(String)
    }

    private static func read(_ target: String) -> Reading {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { return .unreadable("is a folder") }
        guard let data = FileManager.default.contents(atPath: target) else { return .unreadable("cannot be read") }
        do {
            let state = try JSONDecoder().decode(ReadingState.self, from: data)
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
            let version = (object["version"] as? NSNumber)?.intValue ?? ReadingState.version
            return .parsed(Parsed(state: state, object: object, data: data,
                                  laterVersion: version > ReadingState.version ? version : nil))
        } catch let error as DecodingError {
            return .unreadable(describe(error))
        } catch {
            return .unreadable(error.localizedDescription)
        }
    }

    private static func laterVersionMessage(_ path: String, _ version: Int) -> String {
        "\(path) is in format \(version), written by a later Puebla: its marks are shown, but nothing read or bookmarked now is saved"
    }

    /// The file the state is written to: `path`, or the file its symbolic links lead to; its folder created when missing.
    private static func preparedTarget(_ path: String) throws(AtomicFile.WriteError) -> String {
        let target = resolvingLinks(path)
        if let failure = createdFolder((target as NSString).deletingLastPathComponent) {
            throw AtomicFile.WriteError(path: path, failure: failure)
        }
        return target
    }

    /// Makes `folder` and the folders above it when missing; why not, when it cannot.
    private static func createdFolder(_ folder: String) -> WriteFailure? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? nil : .notAFolder(folder)
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if parent != folder, let failure = createdFolder(parent) { return failure }
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { return .folderNotMade(folder, errno: errno) }
        return nil
    }

    /// `path` with its symbolic links followed (a dangling link leads to the file it names, to be
    /// created); `path` itself when they loop.
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = destination.hasPrefix("/") ? destination
                : (((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination) as NSString).standardizingPath
        }
        return path
    }

    /// The permissions of the state file, for a journal made beside it: a private file keeps a private journal.
    private static func mode(of target: String) -> mode_t {
        var status = stat()
        return stat(target, &status) == 0 ? status.st_mode & 0o777 : 0o644
    }

    /// Renames the file with a timestamp and says so in one line.
    private func setAside(_ path: String, because problem: String, now: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        var aside = "\(path).corrupt-\(formatter.string(from: now))"
        var attempt = 1
        while FileManager.default.fileExists(atPath: aside) {
            attempt += 1
            aside = "\(path).corrupt-\(formatter.string(from: now))-\(attempt)"
        }
        let reason = SafeText.line(problem)
        guard rename(path, aside) == 0 else {
            return "\(path) \(reason); could not move it aside (\(String(cString: strerror(errno)))); starting with no read marks or bookmarks"
        }
        return "\(path) \(reason); moved it to \((aside as NSString).lastPathComponent) and started with no read marks or bookmarks"
    }

    /// "is not valid JSON", "read: expected an array of strings", ...
    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [CodingKey]) -> String {
            path.isEmpty ? "" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") + ": "
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "is not valid JSON"
        case .typeMismatch(let type, let context):
            return "has \(at(context.codingPath))expected \(kind(type))"
        case .valueNotFound(let type, let context):
            return "has \(at(context.codingPath))expected \(kind(type)), found null"
        case .keyNotFound(let key, let context):
            return "has \(at(context.codingPath))missing \(key.stringValue)"
        case .dataCorrupted(let context):
            return "has \(at(context.codingPath))\(context.debugDescription)"
        @unknown default:
            return "cannot be decoded"
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "an object" }
        return name == "String" ? "a string" : name
    }
}

/// The reading state as this process last read or wrote it, and the format of the file as last
/// checked; shared by the copies of a `StateFile`.
private final class KnownState: @unchecked Sendable {
    // Unchecked: the properties are only touched under `lock`.
    private let lock = NSLock()
    private var value: ReadingState?
    private var format: (identity: FileIdentity, laterVersion: Int?)?

    var state: ReadingState? { lock.withLock { value } }

    func set(_ state: ReadingState) { lock.withLock { value = state } }

    func apply(_ changes: [ReadingState.Change]) { lock.withLock { for change in changes { value?.apply(change) } } }

    /// The format checked for the file when it had this identity: nil when never checked, `.some(nil)` when current.
    func verdict(for identity: FileIdentity?) -> Int?? {
        lock.withLock {
            guard let identity, let format, format.identity == identity else { return nil }
            return .some(format.laterVersion)
        }
    }

    func checked(_ identity: FileIdentity?, laterVersion: Int?) {
        lock.withLock { format = identity.map { ($0, laterVersion) } }
    }
}

/// What tells a file's versions apart without reading it: device, inode, size, modification and change times.
private struct FileIdentity: Equatable {
    let device: UInt64, inode: UInt64, size: Int64
    let modified: timespec, changed: timespec

    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = status.st_mtim
        changed = status.st_ctim
    }

    static func == (a: FileIdentity, b: FileIdentity) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
}
