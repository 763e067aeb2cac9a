/// Why there is no Data folder to read (`StoreError.missing`), as a value: each language's
/// `ProblemWords` writes it (`ProblemKind.noData`). Paths and the system's own reasons are kept as
/// they are.
public enum MissingData: Sendable, Equatable {
    /// None of the places looked in is a Data folder: each, in order, with why it is not one.
    case notFound([DataLocator.Attempt])
    /// The user's library does not exist, and none of these shipped Data folders does to make it from.
    case noDataToMakeLibrary(looked: [String])
    /// The user's library is there but cannot be used.
    case libraryUnusable(DataLocator.FolderProblem)
    /// The folder named cannot be read as a folder.
    case folderUnreadable(FileReadError.Reason)
    /// The file named cannot be read.
    case fileUnreadable(FileReadError.Reason)
    case notAFolder
}

extension DataLocator {
    /// Where a candidate Data folder came from, for messages.
    public enum Origin: Sendable, Equatable {
        /// `--data`.
        case option
        /// `$PUEBLA_DATA`.
        case environment
        case library
        /// Installed beside this executable.
        case installed(beside: String)
        case builtFrom
    }

    /// Why a path is not a folder to read.
    public enum FolderProblem: Sendable, Equatable {
        case absent
        case linkLoop
        case permissionDenied
        /// Any other error, in the system's words (`strerror`).
        case system(String)
        case notAFolder
    }

    /// A place looked in for Data, and why it is not a Data folder.
    public struct Attempt: Sendable, Equatable {
        public let candidate: Candidate
        public let problem: FolderProblem

        public init(_ candidate: Candidate, problem: FolderProblem) {
            self.candidate = candidate
            self.problem = problem
        }
    }
}
