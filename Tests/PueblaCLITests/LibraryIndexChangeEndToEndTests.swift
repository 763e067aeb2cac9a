import Foundation
import PueblaIndex
import PueblaKit
import Testing

/// The library index and Data changed by other programs while Puebla runs, or between runs: the
/// index file cut short or written into under a running browser, a FIFO in its place, an import
/// undone by hand, and `R` pressed while the first indexing runs.
@Suite("The library index under change, end to end", .serialized)
struct LibraryIndexChangeEndToEndTests {
    let testHome = TestHome()

    func indexFile(of data: String) -> String { LibraryIndex.location(for: data, environment: testHome.environment) }

    /// Runs `program` with `arguments` and waits for it.
    static func run(_ program: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("the index cut short, copied over by a smaller file or written into under a running browser: it goes on, and R rebuilds it",
          arguments: ["cut short", "copied over", "written into"])
    func indexChangedUnderBrowser(change: String) throws {
        let (folder, data) = try LibraryIndexEndToEndTests.corpus(300)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try PueblaBinary.run(["index", "--data", data], environment: testHome.environment).status == 0)
        let index = indexFile(of: data)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: index)[.size] as? Int)
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", data], environment: testHome.environment)
        try session.waitFor("1/300")
        switch change {
        case "cut short":
            #expect(truncate(index, 0) == 0)
        case "copied over":
            let smaller = folder + "/smaller.bin"
            try Data(repeating: 0x5A, count: size / 3).write(to: URL(fileURLWithPath: smaller))
            #expect(try Self.run("/bin/cp", [smaller, index]) == 0)
        default:
            // The table of where each record starts (the second section: its offset and length are
            // the second pair of u64 after the 40-byte header) written over with starts that go down.
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: index)))
            func u64(at offset: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) } }
            let (start, length) = (u64(at: 40 + 16), u64(at: 40 + 24))
            var descending = Data()
            for value in stride(from: UInt32(length / 4), to: 0, by: -1) { withUnsafeBytes(of: value.littleEndian) { descending.append(contentsOf: $0) } }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: index))
            try handle.seek(toOffset: UInt64(start))
            handle.write(descending)
            try handle.close()
        }
        // Records not read before the change are read from the file as it is now: shown as unreadable
        // where it no longer has them, never as another release.
        try session.send("End")
        try session.waitFor("300/300")
        try session.send("R")
        try session.waitFor("Indexed 300 release files", timeout: 120)
        try session.send("Enter")
        try session.waitFor("Reader")
        try session.send("q")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        let again = try PueblaBinary.run(["index", "--data", data], environment: testHome.environment)
        #expect(again.standardOutput.contains("300 releases (0 read again, 0 dropped)"))
    }

    @Test("a FIFO in the index's place, or beside it, is refused: neither the commands nor the browser wait on it")
    func fifoIndex() throws {
        let data = try DataCopy()
        let index = indexFile(of: data.path)
        let cache = (index as NSString).deletingLastPathComponent, beside = cache + "/index-0.bin"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        #expect(mkfifo(beside, 0o600) == 0)
        for arguments in [["releases"], ["search", "tapachula"], ["index"]] {
            #expect(mkfifo(index, 0o600) == 0)
            let outcome = try PueblaBinary.run(arguments + ["--data", data.path], environment: testHome.environment)
            #expect(outcome.status == 0, "puebla \(arguments.joined(separator: " ")): \(outcome.standardError)")
            unlink(index)
        }
        #expect(mkfifo(index, 0o600) == 0)
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", data.path], environment: testHome.environment)
        try session.waitFor("XV Annual Meeting")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        var status = stat()
        #expect(lstat(beside, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("an import undone by hand (the release deleted, countries.json put back): validate says OK and the browser starts")
    func handUndoneImport() throws {
        let data = try DataCopy()
        let countries = try data.text("countries.json")
        let belize = try #require(countries.range(of: #"\{[^{}]*"code": "BZ"[^{}]*\}"#, options: .regularExpression))
        let haiti = countries[belize].replacingOccurrences(of: "\"BZ\"", with: "\"HT\"").replacingOccurrences(of: "Belize", with: "Haiti")
        try data.write("countries.json", countries.replacingCharacters(in: belize, with: countries[belize] + ",\n  " + haiti))
        let seed = "2010-05-18-xv-rcm-tapachula", added = "2010-05-18-haiti-added"
        try data.write("releases/\(added).json", try data.text("releases/\(seed).json")
            .replacingOccurrences(of: seed, with: added)
            .replacingOccurrences(of: "\"NI\",", with: "\"NI\",\n    \"HT\",")
            .replacingOccurrences(of: "xv-annual-meeting-regional-conference-migration", with: "haiti-added"))
        let imported = try PueblaBinary.run(["index", "--data", data.path], environment: testHome.environment)
        #expect(imported.status == 0, "\(imported.standardError)")
        try data.remove("releases/\(added).json")
        try data.write("countries.json", countries)
        let validated = try PueblaBinary.run(["validate", "--data", data.path], environment: testHome.environment)
        #expect(validated.status == 0, "\(validated.standardError)")
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", data.path], environment: testHome.environment)
        try session.waitFor("XV Annual Meeting")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("R pressed while the first indexing runs is not lost: Data is read again once it ends, with what changed meanwhile")
    func reloadDuringFirstIndexing() throws {
        let (folder, data) = try LibraryIndexEndToEndTests.corpus(2_000)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", data], environment: testHome.environment)
        // The files are listed before the progress shows: one added now is not among them.
        try session.waitFor("Indexing releases [", timeout: 120)
        let releases = data + "/releases/"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: releases).sorted().first { $0.hasSuffix(".json") })
        let id = String(name.dropLast(5)), added = id + "-added"
        try String(contentsOfFile: releases + name, encoding: .utf8)
            .replacingOccurrences(of: id, with: added).replacingOccurrences(of: "example.org/", with: "example.org/added/")
            .write(toFile: releases + added + ".json", atomically: true, encoding: .utf8)
        try session.send("R")
        try session.waitFor("Indexed 2,000 release files", timeout: 300)
        try session.send("1")
        try session.waitFor("1/2001")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("a release file swapped for another release's under the browser: the reader does not show, nor mark read, the other one")
    func swappedReleaseFile() throws {
        let (folder, data) = try LibraryIndexEndToEndTests.corpus(20)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", data], environment: testHome.environment)
        try session.waitFor("1/20")
        let show = try PueblaBinary.run(["releases", "--data", data, "--json"], environment: testHome.environment)
        let ids = (try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        // The third and fourth in the list: not read yet (the first is, for the pane beside the list).
        try #require(ids.count == 20)
        let (third, fourth) = (ids[2], ids[3])
        let releases = data + "/releases/"
        try FileManager.default.removeItem(atPath: releases + third + ".json")
        try FileManager.default.copyItem(atPath: releases + fourth + ".json", toPath: releases + third + ".json")
        try session.send("Down", "Down")
        try session.waitFor("3/20")
        try session.send("Enter")
        // Data is read again, and the file, whose id is not its name's, is refused.
        let screen = try session.waitFor("Kept what was read before", timeout: 60)
        #expect(!screen.contains("Reader"))
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        let stateFolder = testHome.environment["XDG_STATE_HOME", default: testHome.path]
        for name in FileManager.default.subpaths(atPath: stateFolder) ?? [] {
            let text = (try? String(contentsOfFile: stateFolder + "/" + name, encoding: .utf8)) ?? ""
            #expect(!text.contains(fourth), "\(name) marks \(fourth) read")
        }
    }
}
