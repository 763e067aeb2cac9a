import Foundation
import PueblaKit

/// Writes the releases an `ImportPlan` decided on into a Data folder, each step's files
/// atomically (temporary file, fsync, rename): countries.json first when the release adds
/// countries, then the release, so that Data validates after every file. The plan has already
/// checked each release against Data as loaded; the caller holds the folder's `DataLock` from
/// that load to the last write, so that nothing changes Data in between.
public struct ReleaseWriter {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The file a release with this id is written to in `directory`.
    public static func releasePath(_ id: String, in directory: String) -> String {
        (directory as NSString).appendingPathComponent(StoreLoader.releasesFolder + "/" + id + ".json")
    }

    /// Deletes what writers killed mid-write left beside Data's files.
    public func removeAbandonedTemporaries() {
        AtomicFile.removeAbandonedTemporaries(of: path(StoreLoader.countriesFile))
        AtomicFile.removeAbandonedTemporaries(in: path(StoreLoader.releasesFolder))
    }

    /// Writes the release file `bytes` for `id` (over the release with that id, for a
    /// replacement), after adding `countries` to countries.json; returns the release file's path.
    public func write(_ bytes: [UInt8], id: String, adding countries: [Country]) throws(ImportRefusal) -> String {
        let releasePath = Self.releasePath(id, in: directory)
        do {
            if !countries.isEmpty {
                let countriesPath = path(StoreLoader.countriesFile)
                let text = String(decoding: try StoreLoader.readBytes(countriesPath), as: UTF8.self)
                try AtomicFile.write(Array(try appending(countries, to: text).utf8), to: countriesPath)
            }
            try AtomicFile.write(bytes, to: releasePath)
        } catch let error as AtomicFile.WriteError {
            throw ImportRefusal(.fileNotWritten(error))
        } catch {
            throw ImportRefusal(.notWritten("\(error)"))
        }
        return releasePath
    }

    /// countries.json with `countries` added at the end, the rest of the file left as it was.
    private func appending(_ countries: [Country], to text: String) throws -> String {
        let entries = try countries.map { country in
            try CanonicalJSON.string(country).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        }
        guard let close = text.lastIndex(of: "]") else { return text }
        let head = text[..<close]
        let trimmedHead = head.reversed().drop { $0.isWhitespace }
        let isEmptyArray = trimmedHead.first == "["
        let body = String(trimmedHead.reversed())
        return body + (isEmptyArray ? "\n" : ",\n") + entries.joined(separator: ",\n") + "\n]\n"
    }

    private func path(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }
}
