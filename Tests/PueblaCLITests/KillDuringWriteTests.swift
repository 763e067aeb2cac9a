import Foundation
import PueblaKit
import Testing

/// `puebla import` killed with SIGKILL at random moments, 100 times, on one copy of Data: every
/// file written before is intact, the one being written is whole or absent, and nothing the
/// killed writers leave behind survives the next import.
@Suite("Killed during writes", .serialized)
struct KillDuringWriteTests {
    static let kills = 100
    static let title = "Caribbean and Central American States Review Migration Data"
    static let lastLine = "The group will meet again in Kingston next year."

    /// The fixture page under another title (so another release id) and with a changed last
    /// sentence (so that importing it again with --replace writes other bytes).
    static func page(round: Int, version: Int) throws -> Data {
        let text = try String(contentsOfFile: DataCopy.fixture("10_countries.txt"), encoding: .utf8)
        return Data(text.replacingOccurrences(of: title, with: "Round \(round): States Review Migration Data")
            .replacingOccurrences(of: lastLine, with: "The group will meet again in Kingston, version \(version).").utf8)
    }

    static func id(round: Int) -> String {
        "undated-round-\(round)-states-review-migration-data"
    }

    /// Every file under `folder` whose name does not start with a dot (what the loader reads), with its bytes.
    static func visibleFiles(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            let full = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !(name as NSString).lastPathComponent.hasPrefix(".") else { continue }
            files[name] = try Data(contentsOf: URL(fileURLWithPath: full))
        }
        return files
    }

    /// Starts `puebla import` of `page` into `data` and kills it after `delay` seconds (unless it
    /// ended before); returns how it ended.
    static func importAndKill(_ page: URL, into data: String, temporaryFolder: String, delay: TimeInterval) throws -> (killed: Bool, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PueblaBinary.path)
        process.arguments = ["import", "--replace", "--data", data, page.path]
        var environment = PueblaBinary.environment
        environment["TMPDIR"] = temporaryFolder
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return (process.terminationReason == .uncaughtSignal, process.terminationStatus)
    }

    @Test("SIGKILL at random points of 100 imports: earlier files intact, the new one whole or absent, no debris after the next import")
    func killedImports() throws {
        let data = try DataCopy()
        let temporary = data.root.appendingPathComponent("tmp").path
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let pages = data.root.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        // Both versions of a round under one file name: the same source, so --replace takes the second.
        func write(round: Int, version: Int) throws -> URL {
            let url = pages.appendingPathComponent("version-\(version)/round-\(round).txt")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.page(round: round, version: version).write(to: url)
            return url
        }
        // A first import adds the countries the page mentions, so that the killed ones write one file each.
        let started = Date()
        let first = try PueblaBinary.run(["import", "--data", data.path, try write(round: 0, version: 0).path],
                                          environment: ["TMPDIR": temporary])
        try #require(first.status == 0, "\(first.standardError)")
        // Kills fall anywhere within how long an import takes on this machine, now.
        let importTime = Date().timeIntervalSince(started)

        var landed = 0
        for attempt in 1...Self.kills {
            // Every other import writes a new release; the others rewrite the last one with --replace.
            let round = (attempt + 1) / 2, version = attempt % 2 == 0 ? 1 : 0
            let path = "releases/\(Self.id(round: round)).json"
            let before = try Self.visibleFiles(in: data.path)
            let page = try write(round: round, version: version)
            // The first kill goes at once, before the import can have written anything.
            let delay = attempt == 1 ? 0 : Double.random(in: 0...importTime)
            let ended = try Self.importAndKill(page, into: data.path, temporaryFolder: temporary, delay: delay)
            if ended.killed { landed += 1 }

            let after = try Self.visibleFiles(in: data.path)
            for (name, bytes) in before where name != path {
                #expect(after[name] == bytes, "kill \(attempt): \(name) changed")
            }
            #expect(Set(after.keys).subtracting(before.keys).subtracting([path]).isEmpty, "kill \(attempt): stray files \(after.keys)")
            // Killed: the release is whole in its new version, or as it was. Not killed: the import
            // ended by itself, so it succeeded and wrote the new version.
            if !ended.killed {
                #expect(ended.status == 0, "kill \(attempt): the import ended by itself and failed")
                #expect(after[path] != nil && after[path] != before[path], "kill \(attempt): the import ended by itself and did not write \(path)")
            }
            if let written = after[path], written != before[path] {
                let release = try JSONDecoder().decode(Release.self, from: written)
                #expect(try CanonicalJSON.string(release) == String(decoding: written, as: UTF8.self), "kill \(attempt): \(path) is not whole")
                #expect(release.paragraphs.last?.contains("version \(version).") == true, "kill \(attempt): \(path)")
            }
            do {
                _ = try StoreLoader.load(from: data.path)
            } catch {
                Issue.record("kill \(attempt): Data does not validate: \(error)")
            }
        }
        // How many kills land during an import depends on the machine's load: printed, not asserted.
        // Every outcome above is checked exactly, killed or not.

        // The next import clears what the killed ones left: temporaries beside Data's files (the lock file stays).
        let last = try PueblaBinary.run(["import", "--replace", "--data", data.path, try write(round: 0, version: 1).path],
                                         environment: ["TMPDIR": temporary])
        #expect(last.status == 0, "\(last.standardError)")
        let hidden = try FileManager.default.subpathsOfDirectory(atPath: data.path).filter { ($0 as NSString).lastPathComponent.hasPrefix(".") && $0 != DataLock.fileName }
        #expect(hidden.isEmpty, "left beside Data's files: \(hidden)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty, "left in the temporary folder")
        print("Killed during writes: \(landed) of \(Self.kills) kills landed during an import; nothing lost")
    }
}
