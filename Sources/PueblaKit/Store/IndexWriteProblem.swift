/// Why the library index file could not be written: the library then lives in memory for this
/// run. A value, so that each language's `ProblemWords` says it (`ProblemKind.indexNotWritten`).
public enum IndexWriteProblem: Sendable, Equatable, CustomStringConvertible {
    /// The cache folder could not be made: Foundation's own words, and the system's error number
    /// when Foundation gives one.
    case cacheFolderNotMade(path: String, reason: String, errno: Int32?)
    /// The index segment, folded into nothing, could not be removed.
    case segmentNotRemoved(path: String, errno: Int32)
    /// The index file could not be written.
    case notWritten(AtomicFile.WriteError)

    /// In English.
    public var description: String { description(in: .english) }

    public func description(in language: InterfaceLanguage) -> String {
        language.problemWords.problem(.indexNotWritten(self))
    }
}
