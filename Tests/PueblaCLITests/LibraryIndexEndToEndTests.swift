import Foundation
import PueblaCorpus
import PueblaKit
import Testing

/// The library index as a user meets it: the browser indexing a large library in the background,
/// picking up an edit made while it was closed, shrugging off a damaged index, and `puebla index`.
@Suite("The library index, end to end", .serialized)
struct LibraryIndexEndToEndTests {
    let testHome = TestHome()

    /// A generated Data folder of `count` releases, removed with the returned folder.
    static func corpus(_ count: Int) throws -> (folder: String, data: String) {
        let folder = NSTemporaryDirectory() + "puebla-corpus-\(UUID().uuidString)"
        try CorpusFolder.write(count: count, seed: 3, from: PueblaBinary.shippedData, to: folder + "/Data")
        return (folder, folder + "/Data")
    }

    /// The index files under the test's cache folder.
    var indexFiles: [String] {
        let cache = testHome.path + "/.cache/puebla"
        return ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).map { cache + "/" + $0 }
    }

    @Test("a library too large to index before opening is indexed in the background, with progress, other panes usable")
    func backgroundBuild() throws {
        let (folder, data) = try Self.corpus(2_000)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", data], environment: testHome.environment)
        var screen = try session.waitFor("1 Releases")
        try session.send("3")
        screen = try session.waitFor("Timeline  1/29")
        var sawProgress = false
        let deadline = Date().addingTimeInterval(180)
        while !screen.contains("Indexed 2,000 release files"), Date() < deadline {
            sawProgress = sawProgress || screen.contains("Indexing releases [") && screen.contains("/2,000")
            Thread.sleep(forTimeInterval: 0.05)
            screen = try session.screen()
        }
        #expect(screen.contains("Indexed 2,000 release files"))
        #expect(sawProgress, "the status line showed no progress bar")
        try session.send("1")
        screen = try session.waitFor("Releases    1/2000")
        try session.send("Enter")
        try session.waitFor("Reader")
        try session.send("q", "q")
        #expect(try session.waitForExit() == 0)
    }

    /// Opens the browser on `data` until `text` shows, checks the screen, and quits.
    func browse(_ data: DataCopy, until text: String, _ check: (String) -> Void = { _ in }) throws {
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", data.path], environment: testHome.environment)
        check(try session.waitFor(text))
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("an edit made while the browser was closed shows on the next start; only that file is read again")
    func editWhileClosed() throws {
        let data = try DataCopy()
        try browse(data, until: "XV Annual Meeting")
        #expect(indexFiles.count == 1)
        try data.edit("releases/2010-05-18-xv-rcm-tapachula.json") {
            $0.replacingOccurrences(of: "\"title\": \"XV Annual", with: "\"title\": \"Edited XV Annual")
        }
        try browse(data, until: "Indexed 1 release file in") { #expect($0.contains("Edited XV Annual")) }
    }

    @Test("a release broken while the browser was closed: it opens with what it had, and the status line says what is wrong")
    func brokenWhileClosed() throws {
        let data = try DataCopy()
        try browse(data, until: "XV Annual Meeting")
        try data.write("releases/broken.json", "{ \"id\": \"broken\", ")
        try browse(data, until: "Kept what was read before: releases/broken.json:1:") { #expect($0.contains("XV Annual Meeting")) }
    }

    @Test("a damaged index is rebuilt: the browser starts as if there were none")
    func damagedIndex() throws {
        let data = try DataCopy()
        let first = try PueblaBinary.run(["index", "--data", data.path], environment: testHome.environment)
        #expect(first.status == 0)
        let index = try #require(indexFiles.first)
        try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: index))
        try browse(data, until: "XV Annual Meeting")
        #expect(try Data(contentsOf: URL(fileURLWithPath: index)).starts(with: Array("PUEBLAIX".utf8)))
    }

    @Test("puebla index: progress on stderr, then what it did; a second run reads nothing, --rebuild reads all")
    func indexCommand() throws {
        let (folder, data) = try Self.corpus(1_200)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let built = try PueblaBinary.run(["index", "--data", data], environment: testHome.environment)
        #expect(built.status == 0)
        #expect(built.standardError.contains("Indexing releases [####################] 1,200/1,200"))
        #expect(built.standardError.contains("/1,200, ") || built.standardError.split(separator: "\n").count >= 2)
        #expect(built.standardOutput.contains("1,200 releases (built from all of them)"))
        let again = try PueblaBinary.run(["index", "--data", data], environment: testHome.environment)
        #expect(again.standardOutput.contains("1,200 releases (0 read again, 0 dropped)"))
        #expect(again.standardError.isEmpty)
        let rebuilt = try PueblaBinary.run(["index", "--data", data, "--rebuild"], environment: testHome.environment)
        #expect(rebuilt.standardOutput.contains("1,200 releases (built from all of them)"))
    }

    @Test("puebla index on a broken release: every problem, located, exit 65, and no index written")
    func indexBrokenData() throws {
        let data = try DataCopy()
        try data.write("releases/broken.json", "{ \"id\": \"broken\", ")
        let outcome = try PueblaBinary.run(["index", "--data", data.path], environment: testHome.environment)
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("releases/broken.json:1:"))
        #expect(indexFiles.isEmpty)
    }
}
