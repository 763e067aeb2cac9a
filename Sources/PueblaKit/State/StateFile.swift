import Foundation

/// Where the reading state lives (`$XDG_STATE_HOME/puebla/state.json`, by default
/// `~/.local/state/puebla/state.json`), and loading and saving it.
///
/// Saving is atomic: a crash or a kill at any moment leaves the previous state whole. A file that
/// cannot be read or parsed never stops Puebla: it is moved aside, kept for the curious, and
/// Puebla starts clean with a one-line warning.
public struct StateFile: Sendable {
    public let path: String

    /// The file at `path`; by default `$XDG_STATE_HOME/puebla/state.json`, by default `~/.local/state/puebla/state.json`.
    public init(path: String = XDGDirectory.state.file("state.json")) {
        self.path = path
    }

    public struct Loaded: Sendable, Equatable {
        public let state: ReadingState
        /// One line for the status bar or stderr when the file had to be set aside.
        public let warning: String?
    }

    /// The saved state; a clean one when there is none yet, or when the file was unreadable (then
    /// it is renamed `state.json.corrupt-<UTC time>` and `warning` says so).
    public func load(now: Date = Date()) -> Loaded {
        AtomicFile.removeAbandonedTemporaries(of: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return Loaded(state: ReadingState(), warning: nil)
        }
        let problem: String
        if isDirectory.boolValue {
            problem = "is a folder"
        } else if let data = FileManager.default.contents(atPath: path) {
            do {
                return Loaded(state: try JSONDecoder().decode(ReadingState.self, from: data), warning: nil)
            } catch let error as DecodingError {
                problem = Self.describe(error)
            } catch {
                problem = error.localizedDescription
            }
        } else {
            problem = "cannot be read"
        }
        return Loaded(state: ReadingState(), warning: setAside(because: problem, now: now))
    }

    /// Writes `state` atomically, creating the folder when needed.
    public func save(_ state: ReadingState) throws(AtomicFile.WriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(path: path, reason: "cannot create \(folder): \(error.localizedDescription)")
        }
        try AtomicFile.write(try encoded(state), to: path)
    }

    /// The bytes `save` writes: pretty, with sorted keys, so the file reads and diffs well.
    func encoded(_ state: ReadingState) throws(AtomicFile.WriteError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(state)
        } catch {
            throw AtomicFile.WriteError(path: path, reason: "cannot encode the state: \(error)")
        }
    }

    /// Renames the file with a timestamp and says so in one line.
    private func setAside(because problem: String, now: Date) -> String {
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
