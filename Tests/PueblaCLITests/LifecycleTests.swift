import Foundation
import Testing

/// Suspend and resume, a crash, and a resize storm, on the real binary in tmux.
@Suite("Lifecycle in tmux", .serialized)
struct LifecycleTests {
    let testHome = TestHome()
    var home: String { testHome.path }
    var environment: [String: String] { testHome.environment }

    /// The shell's prompt, as the screen shows it (without the blank after it).
    static let prompt = "shell>"

    /// The last line of the screen with text on it.
    static func lastLine(of screen: String) -> String {
        screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }

    @Test("Ctrl-Z gives the shell a restored terminal; fg brings the browser back as it was")
    func suspendAndResume() throws {
        let session = try TmuxSession(command: ["/bin/bash", "--norc", "--noprofile", "-i"],
                                      environment: environment.merging(["PS1": Self.prompt + " "]) { $1 })
        try session.waitFor(Self.prompt)
        try session.type("'\(PueblaBinary.path)' --data '\(PueblaBinary.shippedData)'")
        try session.send("Enter")
        try session.waitFor("1 Releases")
        try session.send("3", "Down", "Down")
        let before = try session.waitFor("Timeline  3/29")
        #expect(try session.format("alternate_on") == "1")

        try session.send("C-z")
        let suspended = try session.waitFor("Stopped")
        #expect(Self.lastLine(of: suspended) == Self.prompt)
        #expect(try session.format("alternate_on") == "0", "still in the alternate screen")
        #expect(try session.format("cursor_flag") == "1", "the cursor is hidden")
        #expect(!suspended.contains("Timeline  3/29"))

        try session.type("fg")
        try session.send("Enter")
        let resumed = try session.waitFor("Timeline  3/29")
        #expect(try session.format("alternate_on") == "1")
        #expect(resumed == before)

        try session.send("q")
        try session.type("echo status=$?")
        try session.send("Enter")
        try session.waitFor("status=0")
        #expect(try session.format("alternate_on") == "0")
    }

    @Test("a Swift runtime trap leaves the alternate screen, shows the cursor and prints a readable report")
    func crash() throws {
        let errors = home + "/stderr.txt"
        // stderr goes to a file as well as the report on the terminal: both are read.
        let session = try TmuxSession(command: ["/bin/sh", "-c", "exec \"$0\" \"$@\" 2>'\(errors)'",
                                                PueblaBinary.path, "--data", PueblaBinary.shippedData],
                                      environment: environment.merging(["PUEBLA_TEST_TRAP_ON_KEY": "1"]) { $1 })
        try session.waitFor("1 Releases")
        #expect(try session.format("alternate_on") == "1")
        try session.send("j")
        // The runtime's backtracer prints its report, then may wait for a key before it lets the process die.
        let report = try session.waitFor("Program crashed", timeout: 30)
        #expect(try session.format("alternate_on") == "0", "still in the alternate screen:\n\(report)")
        #expect(try session.format("cursor_flag") == "1", "the cursor is hidden")
        #expect(!report.contains("1 Releases"), "the browser's screen is still showing:\n\(report)")
        try session.send("q")
        let status = try session.waitForExit(timeout: 30)
        #expect(status == 128 + Int(SIGILL) || status == 128 + Int(SIGTRAP), "exit status \(status)")

        let text = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(text.contains("puebla: crashed; the terminal was restored."))
        #expect(text.contains("Fatal error: PUEBLA_TEST_TRAP_ON_KEY is set"))
        let controls = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }
        #expect(controls.isEmpty, "control characters in the report: \(controls.map(\.value))")
    }

    @Test("500 random resizes from 1x1 to 300x100 with keys between them: alive, and showing what a start at the last size shows")
    func resizeStorm() throws {
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData], environment: environment)
        try session.waitFor("1 Releases")
        // Keys whose effect does not depend on the size: panes and the help.
        let keys = ["1", "2", "3", "4", "?"]
        var pressed: [String] = []
        var size = (rows: 30, columns: 100)
        for _ in 0..<500 {
            size = (Int.random(in: 1...100), Int.random(in: 1...300))
            try session.resize(rows: size.rows, columns: size.columns)
            if Bool.random(), let key = keys.randomElement() {
                try session.send(key)
                pressed.append(key)
            }
        }
        let pid = try session.processID()
        #expect(kill(pid, 0) == 0, "the browser died in the storm")

        let fresh = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData],
                                    rows: size.rows, columns: size.columns, environment: environment)
        // Keys go in once curses has started (at a small size there is no "1 Releases" to wait for).
        let started = Date().addingTimeInterval(10)
        while try fresh.format("alternate_on") != "1" && Date() < started { Thread.sleep(forTimeInterval: 0.05) }
        for key in pressed { try fresh.send(key) }
        // Both settle on their last frame: wait until they agree, or show both.
        let deadline = Date().addingTimeInterval(20)
        var stormed = "", expected = ""
        repeat {
            Thread.sleep(forTimeInterval: 0.2)
            stormed = try session.screen()
            expected = try fresh.screen()
        } while stormed != expected && Date() < deadline
        #expect(stormed == expected, "at \(size.rows)x\(size.columns) after \(pressed.count) keys:\n\(stormed)\n---\n\(expected)")
        #expect(try session.format("window_height") == "\(size.rows)" && session.format("window_width") == "\(size.columns)")
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }
}
