import Foundation

/// Writes a file so that a reader, or a crash at any moment, sees either the old file whole or the
/// new one whole: a temporary file beside it, fsync, then rename over the old one. The new file
/// keeps the old one's permissions (a private 0600 file stays private).
public enum AtomicFile {
    public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
        public let path: String
        public let failure: WriteFailure

        public init(path: String, failure: WriteFailure) {
            self.path = path
            self.failure = failure
        }

        /// A failure the system reported by `code`.
        public init(path: String, errno code: Int32) {
            self.init(path: path, failure: .system(errno: code))
        }

        /// A failure the writer says in words of its own.
        public init(path: String, reason: String) {
            self.init(path: path, failure: .other(reason))
        }

        /// In English.
        public var description: String { description(words: English()) }

        /// The path, then why it could not be written, in the language of `words`.
        public func description(words: any ProblemWords) -> String {
            "\(path): " + words.problem(.notWritten(failure))
        }
    }

    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(WriteError) {
        let data = Array(bytes)
        try write(to: path) { descriptor in writeAll(data, to: descriptor) }
    }

    /// Writes a file that must not exist yet, whole or not at all: the temporary file is linked
    /// to `path`, which fails when something is there, even if it appeared a moment ago.
    public static func create(_ bytes: some Collection<UInt8>, at path: String) throws(WriteError) {
        let data = Array(bytes)
        try write(to: path, replacing: false) { descriptor in writeAll(data, to: descriptor) }
    }

    /// Writes `bytes` whole; why not, when it cannot.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> WriteFailure? {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    public static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> WriteFailure? {
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return .system(errno: errno)
            }
            offset += written
        }
        return nil
    }

    /// The temporary file, `contents` written into it (returning why it could not be), fsync and
    /// rename (or link, when it must not `replace` a file): for a file written in pieces, such as a
    /// large index, which need not be copied into one array first.
    public static func write(to path: String, replacing: Bool = true, contents: (Int32) -> WriteFailure?) throws(WriteError) {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, errno: errno) }
        var old = stat()
        if replacing && stat(path, &old) == 0 {
            fchmod(descriptor, old.st_mode & 0o7777)
            // Only root may give a file away; for anyone else the owner is already theirs.
            if getuid() == 0 { fchown(descriptor, old.st_uid, old.st_gid) }
        }
        var failure = contents(descriptor)
        if failure == nil && fsync(descriptor) != 0 { failure = .system(errno: errno) }
        close(descriptor)
        if failure == nil {
            if replacing {
                if rename(temporary, path) != 0 { failure = .system(errno: errno) }
            } else if link(temporary, path) != 0 {
                failure = errno == EEXIST ? .exists : .system(errno: errno)
            }
        }
        if failure != nil || !replacing { unlink(temporary) }
        if let failure { throw WriteError(path: path, failure: failure) }
        // Make the rename itself durable.
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Deletes the temporary files that writers of `path` killed mid-write left beside it. A file
    /// whose writer is still running is left alone: it may be about to rename it.
    public static func removeAbandonedTemporaries(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        removeAbandonedTemporaries(in: directory.isEmpty ? "." : directory, prefix: ".\((path as NSString).lastPathComponent).")
    }

    /// The same for every file of `folder` (a folder of releases, whose names are not known in advance).
    public static func removeAbandonedTemporaries(in folder: String) {
        removeAbandonedTemporaries(in: folder, prefix: ".")
    }

    /// Temporary names are `.<name>.<pid>.<random>.tmp`; `prefix` is the part before the pid.
    private static func removeAbandonedTemporaries(in folder: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".")
            guard parts.count >= 3, let pid = pid_t(parts[parts.count - 2]), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                // A folder too: the user's library is copied to such a temporary before it is renamed.
                try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
        }
    }
}
