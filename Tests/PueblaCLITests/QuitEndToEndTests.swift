import Foundation
import Testing

/// The real binary in tmux: Esc and Left go back and stop at the top; only q there and Q anywhere quit.
@Suite("Never quit by accident, in tmux", .serialized)
struct QuitEndToEndTests {
    let testHome = TestHome()

    func start() throws -> TmuxSession {
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData],
                                      environment: testHome.environment)
        try session.waitFor("1 Releases")
        return session
    }

    static let nothingBack = "Nothing to go back to: q quits"

    @Test("Esc Esc Esc and Left Left at the top level leave the browser running, in every pane")
    func escapeAndLeftStay() throws {
        let session = try start()
        // After each key, a pane switch the screen shows: the browser read the key and is still there.
        for (key, pane, shown) in [("Escape", "2", "Quotes 1/4"), ("Escape", "3", "Timeline  1/29"), ("Escape", "4", "Members  1/16"),
                                   ("Left", "1", "Releases 1/1"), ("Left", "2", "Quotes 1/4")] {
            try session.send(key)
            try session.waitFor(Self.nothingBack)
            try session.send(pane)
            try session.waitFor(shown)
        }
        #expect(try session.format("pane_dead") == "0")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("Esc leaves a search, and more Esc after it stay in the pane")
    func escapeAfterSearch() throws {
        let session = try start()
        try session.send("/")
        try session.type("migration")
        try session.waitFor("Releases (1)")
        try session.send("Escape")
        try session.waitFor("Releases 1/1")
        try session.send("Escape")
        try session.waitFor(Self.nothingBack)
        try session.send("Escape")
        try session.send("3")
        try session.waitFor("Timeline  1/29")
        #expect(try session.format("pane_dead") == "0")
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("q closes the reader and the help; Q quits from the reader")
    func qAndQ() throws {
        let session = try start()
        try session.send("Enter")
        try session.waitFor("Reader")
        try session.send("q")
        try session.waitFor("Releases 1/1")
        try session.send("?")
        try session.waitFor("any key close")
        try session.send("q")
        try session.send("Enter")
        try session.waitFor("Reader")
        #expect(try session.format("pane_dead") == "0")
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }
}
