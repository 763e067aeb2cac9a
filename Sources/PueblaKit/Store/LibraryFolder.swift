import Foundation

/// The user's own Data folder, `$XDG_DATA_HOME/puebla/Data` (by default
/// `~/.local/share/puebla/Data`): where releases are written unless `--data` or `$PUEBLA_DATA`
/// chooses another folder. It does not exist until the first write makes it from the shipped Data.
public enum LibraryFolder {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment,
                            home: String = NSHomeDirectory()) -> String {
        XDGDirectory.data.file("Data", environment: environment, home: home)
    }

    /// What a Data folder is made of, and so what is copied of the shipped one.
    public static let items = [StoreLoader.releasesFolder, StoreLoader.meetingsFile, StoreLoader.countriesFile,
                               StoreLoader.organizationsFile, StoreLoader.presidenciesFile, "map"]

    public struct CreationError: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): cannot create your library: \(reason)" }
    }

    /// Makes `path` a copy of the Data folder `seed`, unless it is already there. The copy is made
    /// in a temporary folder beside it and renamed into place, so that a copy cut short (killed,
    /// disk full) never leaves half a library; the temporaries of copies killed earlier are removed.
    /// Returns whether this call made it: false when it was there, or another process made it first.
    @discardableResult
    public static func create(at path: String, from seed: String) throws(CreationError) -> Bool {
        if DataLocator.problem(with: path) == nil { return false }
        let fileManager = FileManager.default
        let parent = (path as NSString).deletingLastPathComponent
        let temporary = (parent as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            // The XDG specification asks for 0700 on the folders it makes.
            try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            AtomicFile.removeAbandonedTemporaries(of: path)
            try fileManager.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            for item in items {
                let source = (seed as NSString).appendingPathComponent(item)
                guard fileManager.fileExists(atPath: source) else { continue }
                try fileManager.copyItem(atPath: source, toPath: (temporary as NSString).appendingPathComponent(item))
            }
            let releases = (temporary as NSString).appendingPathComponent(StoreLoader.releasesFolder)
            if !fileManager.fileExists(atPath: releases) { try fileManager.createDirectory(atPath: releases, withIntermediateDirectories: false) }
            makeWritable(temporary)
        } catch {
            try? fileManager.removeItem(atPath: temporary)
            throw CreationError(path: path, reason: error.localizedDescription)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            try? fileManager.removeItem(atPath: temporary)
            // Made by another process meanwhile: theirs is as good as ours.
            if (code == EEXIST || code == ENOTEMPTY) && DataLocator.problem(with: path) == nil { return false }
            throw CreationError(path: path, reason: String(cString: strerror(code)))
        }
        return true
    }

    /// Gives the owner write access to every folder of the copy: installed Data may be read-only,
    /// and the library is for writing into.
    private static func makeWritable(_ folder: String) {
        var folders = [folder]
        if let enumerator = FileManager.default.enumerator(atPath: folder) {
            for case let name as String in enumerator { folders.append((folder as NSString).appendingPathComponent(name)) }
        }
        for path in folders {
            var status = stat()
            if lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR { chmod(path, (status.st_mode & 0o7777) | S_IRWXU) }
        }
    }
}
