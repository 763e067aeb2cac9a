import Foundation
import PueblaKit

/// A throwaway copy of a Data folder that a test may break at will; removed when released.
final class DataCopy {
    let root: URL
    let data: URL

    init(of source: String = PueblaBinary.shippedData) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-data-\(UUID().uuidString)")
        data = root.appendingPathComponent("Data")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: data.path)
    }

    deinit {
        // Give back any permission a test took away, so the folder can be removed.
        if let items = FileManager.default.enumerator(atPath: root.path) {
            for case let item as String in items { chmod(root.appendingPathComponent(item).path, 0o755) }
        }
        try? FileManager.default.removeItem(at: root)
    }

    var path: String { data.path }

    func url(_ relative: String) -> URL { data.appendingPathComponent(relative) }

    /// A page from the importer's fixtures.
    static func fixture(_ name: String) -> String {
        PueblaBinary.packageRoot.appendingPathComponent("Tests/PueblaKitTests/Fixtures/Import").appendingPathComponent(name).path
    }

    /// Every file under Data with its bytes, to show that nothing changed. The import's lock file
    /// is left out: an import takes the lock before it reads a page's Data, and the empty file it
    /// locks stays (see `DataLock`), whatever the import then finds.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let name = enumerator?.nextObject() as? String {
            guard name != DataLock.fileName else { continue }
            var isDirectory: ObjCBool = false
            let full = (path as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return files
    }

    func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Array(text.utf8))
    }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: url(relative))
    }

    /// Rewrites a file through `change`, which must change it (a no-op edit would test nothing).
    func edit(_ relative: String, _ change: (String) -> String) throws {
        let before = try text(relative)
        let after = change(before)
        guard after != before else { throw EditFailure(file: relative) }
        try write(relative, after)
    }

    struct EditFailure: Error, CustomStringConvertible {
        let file: String
        var description: String { "the edit left \(file) unchanged" }
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: url(relative))
    }

    /// A message as the tests write it: the copy's place shown as `Data`.
    func relative(_ message: String) -> String {
        message.replacingOccurrences(of: data.path, with: "Data")
    }
}
