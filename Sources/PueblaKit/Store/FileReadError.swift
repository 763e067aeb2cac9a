import Foundation

/// Why a file or folder in Data could not be read, in words a person can act on.
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case missing, unreadable, tooLarge }

    /// What went wrong, for the words of each language (`ProblemKind.unreadableFile`).
    public enum Reason: Sendable, Equatable {
        case missing(Noun)
        /// A symbolic link whose target is gone.
        case brokenLink(Noun)
        case permissionDenied
        case linkLoop
        case pathNotFolder
        /// Any other error, in the system's words (`strerror`).
        case system(String)
        case isFolder
        case notRegularFile
        case notFolder
        case tooLarge(bytes: Int, limit: Int, of: LimitedFile)
    }

    public enum Noun: Sendable { case file, folder }

    /// A file read whole, refused past a size: one file of Data, or a page to import.
    public enum LimitedFile: Sendable { case dataFile, page }

    public let reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public var kind: Kind {
        switch reason {
        case .missing, .brokenLink: .missing
        case .tooLarge: .tooLarge
        default: .unreadable
        }
    }

    /// The reason in English.
    public var description: String { English().problem(.unreadableFile(reason)) }

    /// The error for a failed `open`, `stat` or `opendir` of `path`.
    public init(errno code: Int32, path: String, noun: Noun) {
        switch code {
        case ENOENT:
            // A link whose target is gone is not the same mistake as a file never written.
            var status = stat()
            if lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK {
                self.init(.brokenLink(noun))
            } else {
                self.init(.missing(noun))
            }
        case EACCES, EPERM: self.init(.permissionDenied)
        case ELOOP: self.init(.linkLoop)
        case ENOTDIR: self.init(.pathNotFolder)
        default: self.init(.system(String(cString: strerror(code))))
        }
    }
}
