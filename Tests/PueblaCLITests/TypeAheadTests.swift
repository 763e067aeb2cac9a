import Foundation
import Testing

/// Keys that arrive faster than frames can be drawn (a paste, a held key, a slow link catching up)
/// are all applied, and the screen is drawn once for all of those already waiting.
@Suite("Keys typed ahead of the screen", .serialized)
struct TypeAheadTests {
    let testHome = TestHome()

    func start() throws -> TmuxSession {
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData], environment: testHome.environment)
        try session.waitFor("1 Releases")
        return session
    }

    /// Sends tmux key names a few hundred at a time (a tmux command line has a limit).
    func send(_ keys: [String], to session: TmuxSession) throws {
        var start = keys.startIndex
        while start < keys.endIndex {
            let end = min(start + 500, keys.endIndex)
            try session.tmux(["send-keys", "-t", session.name] + keys[start..<end])
            start = end
        }
    }

    @Test("a 100 KB paste into the country picker, every other key a Backspace: not one key lost")
    func pasteIntoCountryPicker() throws {
        let session = try start()
        try session.send("c")
        try session.waitFor("Filter by country")
        // A lost x leaves one in the query, a lost Backspace eats the n: either way Panama is not found.
        try send(["p", "a", "n"] + Array(repeating: ["x", "BSpace"], count: 50_000).flatMap { $0 } + ["a", "m", "a"], to: session)
        try session.waitFor("Country: pan", timeout: 120)
        try session.send("Enter")
        try session.waitFor("Country: Panama", timeout: 60)
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("5,000 Backspaces and a path typed into the export prompt: the release is written where the path says")
    func floodIntoExportPrompt() throws {
        let session = try start()
        let target = testHome.path + "/exported.md"
        try session.send("Enter")
        try session.waitFor("Reader")
        try session.send("E")
        try session.waitFor("Export as Markdown")
        try send(Array(repeating: "BSpace", count: 5_000), to: session)
        try session.type(target)
        try session.send("Enter")
        try session.waitFor("Exported to", timeout: 60)
        #expect(FileManager.default.fileExists(atPath: target))
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("a flood of 5,000 moves in a list ends where the keys say")
    func floodOfMoves() throws {
        let session = try start()
        try session.send("3")
        try session.waitFor("Timeline  1/29")
        // Five down, then down-up pairs: a lost key of either kind leaves the selection elsewhere.
        let keys = Array(repeating: "j", count: 5) + Array(repeating: ["j", "k"], count: 2_497).flatMap { $0 } + ["?"]
        try send(keys, to: session)
        try session.waitFor("move the selection", timeout: 60)
        try session.send("Escape")
        try session.waitFor("Timeline  6/29")
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("keys already waiting when the browser reads are drawn as one frame, not one frame a key")
    func waitingKeysMakeOneFrame() throws {
        let terminal = try PseudoTerminal(executable: PueblaBinary.path, arguments: ["--data", PueblaBinary.shippedData],
                                          environment: PueblaBinary.environment.merging(testHome.environment) { $1 },
                                          rows: 30, columns: 100)
        #expect(terminal.read(untilContains: "Releases"))
        terminal.send("3")
        #expect(terminal.read(untilContains: "1/29"))
        // Stopped, the browser cannot read: every key below is waiting when it goes on.
        terminal.signal(SIGSTOP)
        #expect(Self.waitUntilStopped(terminal.processID))
        let before = terminal.output.count
        // Down and up 1,500 times: each would be a frame moving the selection; together they move nothing.
        terminal.send(String(repeating: "jk", count: 1_500))
        terminal.signal(SIGCONT)
        terminal.send("?")
        #expect(terminal.read(untilContains: "move the selection"))
        let written = terminal.output.count - before
        // The help overlay alone is a few kilobytes; 3,000 frames moving a selection are hundreds.
        #expect(written < 20_000, "\(written) bytes written for 3,000 keys that were waiting")
        terminal.send("Q")
        #expect(terminal.waitForExit() == .exited(0))
    }

    /// Whether the process has stopped (state T in /proc), within a generous deadline.
    static func waitUntilStopped(_ pid: pid_t) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            // The state follows the command's name in parentheses.
            if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("T") {
                return true
            }
            usleep(10_000)
        }
        return false
    }
}
