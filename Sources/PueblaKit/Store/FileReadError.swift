import Foundation

/// Why a file or folder in Data could not be read, in words a person can act on.
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case missing, unreadable, tooLarge }
    public let kind: Kind
    public let description: String

    public init(kind: Kind, description: String) {
        self.kind = kind
        self.description = description
    }

    /// The error for a failed `open`, `stat` or `opendir` of `path`; `noun` is "file" or "folder".
    public init(errno code: Int32, path: String, noun: String) {
        switch code {
        case ENOENT:
            // A link whose target is gone is not the same mistake as a file never written.
            var status = stat()
            if lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK {
                self.init(kind: .missing, description: "symbolic link to a missing \(noun)")
            } else {
                self.init(kind: .missing, description: "missing \(noun)")
            }
        case EACCES, EPERM: self.init(kind: .unreadable, description: "permission denied")
        case ELOOP: self.init(kind: .unreadable, description: "symbolic link loop (too many levels of links)")
        case ENOTDIR: self.init(kind: .unreadable, description: "a part of the path is not a folder")
        default: self.init(kind: .unreadable, description: "cannot be read: \(String(cString: strerror(code)))")
        }
    }
}
