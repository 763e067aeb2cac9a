import Foundation

/// Finds the Data folder: `--data DIR`, then `$PUEBLA_DATA`, then `./Data`, then the `Data/`
/// Puebla was built from.
public struct DataLocator: Sendable {
    public struct Candidate: Sendable, Equatable {
        public let path: String
        /// Where this candidate came from, for messages ("--data", "$PUEBLA_DATA", ...).
        public let origin: String
    }

    public let candidates: [Candidate]

    public init(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                workingDirectory: String = FileManager.default.currentDirectoryPath,
                builtFrom: String = DataLocator.builtInDataPath) {
        if let explicit {
            candidates = [Candidate(path: explicit, origin: "--data")]
            return
        }
        var list: [Candidate] = []
        if let env = environment["PUEBLA_DATA"], !env.isEmpty { list.append(Candidate(path: env, origin: "$PUEBLA_DATA")) }
        list.append(Candidate(path: "Data", origin: "the current folder (\(workingDirectory))"))
        list.append(Candidate(path: builtFrom, origin: "the folder Puebla was built from"))
        candidates = list
    }

    /// The first candidate that is a folder; otherwise a `missing` error naming each place tried
    /// and why it is not a Data folder.
    public func locate() throws(StoreError) -> String {
        var tried: [String] = []
        for candidate in candidates {
            guard let problem = Self.problem(with: candidate.path) else { return candidate.path }
            tried.append("\(candidate.path) (\(candidate.origin): \(problem))")
            // An explicit choice that does not exist is an error, not a reason to look elsewhere.
            if candidate.origin == "--data" || candidate.origin == "$PUEBLA_DATA" { break }
        }
        throw .missing(path: candidates.first?.path ?? "Data", reason: "no Data folder found; looked in " + tried.joined(separator: ", "))
    }

    /// Why `path` is not a folder to read, or nil when it is one.
    static func problem(with path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            switch errno {
            case ENOENT: return "does not exist"
            case ELOOP: return "a loop of symbolic links"
            case EACCES: return "permission denied"
            default: return String(cString: strerror(errno))
            }
        }
        return status.st_mode & S_IFMT == S_IFDIR ? nil : "not a folder"
    }

    /// `<package>/Data`, from this source file's place in the package.
    public static let builtInDataPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Store, PueblaKit, Sources, package root
        return url.appendingPathComponent("Data").path
    }()
}
