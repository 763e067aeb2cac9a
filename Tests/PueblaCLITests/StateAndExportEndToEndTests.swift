import Foundation
import Testing

/// Real browsers in tmux sharing one reading state, and exports that must not destroy a file.
@Suite("Reading state and exports end to end", .serialized)
struct StateAndExportEndToEndTests {
    let home = TestHome()
    static let release = "2010-05-18-xv-rcm-tapachula"

    /// The browser, started from `folder` (where `e` exports), in a pane that stays after it exits.
    func browser(in folder: String? = nil, environment: [String: String]? = nil, columns: Int = 100) throws -> TmuxSession {
        let start = folder ?? home.path
        let session = try TmuxSession(command: ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", start,
                                                PueblaBinary.path, "--data", PueblaBinary.shippedData],
                                      columns: columns, environment: environment ?? home.environment)
        try session.waitFor("1 Releases")
        return session
    }

    func savedState() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: home.path + "/state/puebla/state.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("two browsers at once: the read mark and bookmark of one and the bookmark of the other all survive both quitting")
    func twoBrowsers() throws {
        let first = try browser(), second = try browser()
        try first.send("Enter")
        try first.waitFor("Reader")
        try first.send("q", "2")
        try first.waitFor("Quotes 1/4")
        try first.send("b")
        try first.waitFor("Bookmarked")
        try second.send("2")
        try second.waitFor("Quotes 1/4")
        try second.send("Down")
        try second.waitFor("Quotes 2/4")
        try second.send("b")
        try second.waitFor("Bookmarked")
        try first.send("Q")
        #expect(try first.waitForExit() == 0)
        try second.send("Q")
        #expect(try second.waitForExit() == 0)

        let state = try savedState()
        #expect(state["read"] as? [String] == [Self.release])
        #expect(Set(state["bookmarks"] as? [String] ?? []) == [Self.release + "#0", Self.release + "#1"])
        let again = try browser()
        try again.send("B")
        try again.waitFor("Bookmarks (2)")
        try again.send("Q")
        #expect(try again.waitForExit() == 0)
    }

    @Test("a reading state that cannot be saved says so while browsing, and on the way out on stderr with status 74")
    func failedSave() throws {
        // The state folder's parent is a file: nothing can be created under it.
        try Data().write(to: URL(fileURLWithPath: home.path + "/blocked"))
        let environment = home.environment.merging(["XDG_STATE_HOME": home.path + "/blocked"]) { $1 }
        let session = try browser(environment: environment, columns: 200)
        try session.send("Enter")
        try session.waitFor("Reading state not saved")
        try session.send("Q")
        #expect(try session.waitForExit() == 74)
        // Lines the terminal wrapped joined again, from the start of the history the message scrolled into.
        let screen = try session.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", session.name])
        #expect(screen.contains("puebla: reading state not saved: \(home.path)/blocked/puebla/state.json: cannot write: "
                                + "cannot create a folder in it: \(home.path)/blocked is not a folder"), "\(screen)")
    }

    @Test("e never replaces edits unasked: a changed file asks y/N, n keeps it, y replaces it; links and FIFOs are refused")
    func exports() throws {
        let folder = home.path + "/exports"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let exported = folder + "/\(Self.release).md"
        let session = try browser(in: folder, columns: 200)
        try session.send("Enter")
        try session.waitFor("Reader")
        try session.send("e")
        try session.waitFor("Exported to \(exported)")
        let fresh = try String(contentsOfFile: exported, encoding: .utf8)

        try (fresh + "\nMy notes on this release.\n").write(toFile: exported, atomically: false, encoding: .utf8)
        try session.send("e")
        try session.waitFor("Replace it? y/N")
        try session.send("n")
        try session.waitFor("Not exported: \(exported) is left as it is")
        #expect(try String(contentsOfFile: exported, encoding: .utf8).hasSuffix("My notes on this release.\n"))
        try session.send("e")
        try session.waitFor("Replace it? y/N")
        try session.send("y")
        try session.waitFor("Exported to \(exported)")
        #expect(try String(contentsOfFile: exported, encoding: .utf8) == fresh)
        try session.send("e")
        try session.waitFor("Already exported: \(exported) holds this release")

        try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder + "/target.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: "target.txt")
        try #require(mkfifo(folder + "/fifo.md", 0o644) == 0)
        for (name, kind) in [("link.md", "a symbolic link"), ("fifo.md", "a FIFO")] {
            try session.send("E")
            try session.waitFor("Export as Markdown")
            for _ in 0..<(Self.release.count + 3) { try session.send("BSpace") }
            try session.type(name)
            try session.send("Enter")
            try session.waitFor("Export failed: \(folder)/\(name) is \(kind); not touched")
        }
        #expect(try String(contentsOfFile: folder + "/target.txt", encoding: .utf8) == "keep me")
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }
}
