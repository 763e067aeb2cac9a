import Foundation

/// Finds the Data folder.
///
/// To read: `--data DIR`, then `$PUEBLA_DATA`, then the user's library (`$XDG_DATA_HOME/puebla/Data`)
/// when it exists, then the shipped Data: the one installed beside the binary
/// (`<prefix>/bin/puebla` reads `<prefix>/share/puebla/Data`), then the `Data/` Puebla was built from.
/// The current folder is not looked in: a `Data/` there is most often a source checkout, and a
/// command run from it must not take it for the user's library.
///
/// To write (import, edit): `--data` or `$PUEBLA_DATA` as for reading; otherwise always the user's
/// library, made from the shipped Data on the first write. Never the shipped Data itself.
public struct DataLocator: Sendable {
    public struct Candidate: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// `--data` or `$PUEBLA_DATA`: a choice that must be honoured or reported, never passed over.
            case chosen
            /// The user's library.
            case library
            /// Data that came with Puebla: read, never written.
            case shipped
        }

        public let path: String
        /// Where this candidate came from, for messages.
        public let origin: Origin
        public let kind: Kind

        public init(path: String, origin: Origin, kind: Kind) {
            self.path = path
            self.origin = origin
            self.kind = kind
        }
    }

    /// Where releases are written, and the Data folder to make it from first when it does not
    /// exist yet (the user's library before the first write).
    public struct WritingPlace: Sendable, Equatable {
        public let path: String
        public let seed: String?
    }

    public let candidates: [Candidate]

    public init(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                home: String = NSHomeDirectory(), shipped: [Candidate] = DataLocator.shippedCandidates) {
        if let explicit {
            candidates = [Candidate(path: explicit, origin: .option, kind: .chosen)]
        } else if let env = environment["PUEBLA_DATA"], !env.isEmpty {
            candidates = [Candidate(path: env, origin: .environment, kind: .chosen)]
        } else {
            let library = LibraryFolder.path(environment: environment, home: home)
            candidates = [Candidate(path: library, origin: .library, kind: .library)] + shipped
        }
    }

    /// The first candidate that is a folder; otherwise a `missing` error naming each place tried
    /// and why it is not a Data folder. A chosen folder, or a library that is there but cannot
    /// be read, is an error rather than a reason to look elsewhere.
    public func locate() throws(StoreError) -> String {
        var tried: [Attempt] = []
        for candidate in candidates {
            guard let problem = Self.problem(with: candidate.path) else { return candidate.path }
            tried.append(Attempt(candidate, problem: problem))
            if candidate.kind == .chosen || candidate.kind == .library && problem != .absent { break }
        }
        throw .missing(path: candidates.first?.path ?? "Data", reason: .notFound(tried))
    }

    /// The folder to write releases to: the chosen one, which must exist, or the user's library,
    /// with the shipped Data to make it from when it does not exist yet.
    public func locateForWriting() throws(StoreError) -> WritingPlace {
        guard let library = candidates.first(where: { $0.kind == .library }) else { return WritingPlace(path: try locate(), seed: nil) }
        switch Self.problem(with: library.path) {
        case nil:
            return WritingPlace(path: library.path, seed: nil)
        case .absent?:
            let shipped = DataLocator(candidates: candidates.filter { $0.kind == .shipped })
            do {
                return WritingPlace(path: library.path, seed: try shipped.locate())
            } catch {
                throw .missing(path: library.path, reason: .noDataToMakeLibrary(looked: shipped.candidates.map(\.path)))
            }
        case let problem?:
            throw .missing(path: library.path, reason: .libraryUnusable(problem))
        }
    }

    private init(candidates: [Candidate]) {
        self.candidates = candidates
    }

    /// Why `path` is not a folder to read, or nil when it is one.
    static func problem(with path: String) -> FolderProblem? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            switch errno {
            case ENOENT: return .absent
            case ELOOP: return .linkLoop
            case EACCES: return .permissionDenied
            default: return .system(String(cString: strerror(errno)))
            }
        }
        return status.st_mode & S_IFMT == S_IFDIR ? nil : .notAFolder
    }

    /// The shipped Data of the running binary: installed beside it, then the folder it was built from.
    public static let shippedCandidates: [Candidate] = shippedCandidates(executable: executablePath, builtFrom: builtInDataPath)

    /// `<dir of executable>/../share/puebla/Data` (when the executable is known), then `builtFrom`.
    public static func shippedCandidates(executable: String?, builtFrom: String) -> [Candidate] {
        var list: [Candidate] = []
        if let executable {
            let prefix = ((executable as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            list.append(Candidate(path: prefix + "/share/puebla/Data", origin: .installed(beside: executable), kind: .shipped))
        }
        list.append(Candidate(path: builtFrom, origin: .builtFrom, kind: .shipped))
        return list
    }

    /// The running executable with every symbolic link resolved, so that a link to an installed
    /// binary finds the Data installed with it.
    static let executablePath: String? = {
        guard let resolved = realpath("/proc/self/exe", nil) else { return Bundle.main.executableURL?.resolvingSymlinksInPath().path }
        defer { free(resolved) }
        return String(cString: resolved)
    }()

    /// `<package>/Data`, from this source file's place in the package.
    public static let builtInDataPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Store, PueblaKit, Sources, package root
        return url.appendingPathComponent("Data").path
    }()
}
