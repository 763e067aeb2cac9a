/// Why a file could not be written, as a value: each language's `ProblemWords` says it
/// (`ProblemKind.notWritten`).
public enum WriteFailure: Sendable, Equatable {
    /// The system refused, by its error number: English gives the system's own words (`strerror`).
    case system(errno: Int32)
    /// The file could not be locked, by the system's error number.
    case notLocked(errno: Int32)
    /// A folder on the way to the file is something else.
    case notAFolder(String)
    /// A folder on the way to the file could not be made, by the system's error number.
    case folderNotMade(String, errno: Int32)
    /// The file is in a format a later Puebla wrote (this one writes `written`): left as it is.
    case laterFormat(Int, written: Int)
    /// `AtomicFile.create` found something at the path.
    case exists
    /// A reason the writer gave in words of its own, kept as they are.
    case other(String)
}
