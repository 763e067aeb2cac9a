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
        try startPuebla(in: session)
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

    /// Every signal whose default action ends a process, but those a crash raises (which restore
    /// the terminal and let the runtime report) and INT, TERM and HUP (tested end to end already).
    static let endingSignals: [Int32] = [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF,
                                         SIGSYS, SIGPWR, SIGSTKFLT, SIGIO, __libc_current_sigrtmin(), __libc_current_sigrtmax()]

    /// The terminal flags of the pane's terminal (`stty -a`), one word each: "echo" or "-echo".
    static func terminalFlags(of session: TmuxSession) throws -> Set<String> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/stty")
        process.arguments = ["-a", "-F", try session.format("pane_tty")]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Set(text.split { $0 == " " || $0 == "\n" || $0 == ";" }.map(String.init))
    }

    /// The screen as a shell wants it back: main screen, cursor shown, no mouse reporting.
    static func expectScreenRestored(_ session: TmuxSession, _ context: String) throws {
        #expect(try session.format("alternate_on") == "0", "still in the alternate screen (\(context))")
        #expect(try session.format("cursor_flag") == "1", "the cursor is hidden (\(context))")
        #expect(try session.format("mouse_any_flag") == "0", "mouse reporting is on (\(context))")
    }

    @Test("every other signal that would end the process restores the terminal, saves where the reader was and exits 128 + the signal",
          arguments: endingSignals)
    func endingSignal(_ signal: Int32) throws {
        let home = TestHome()
        // A shell runs Puebla, says how it ended and keeps the pane alive, so that tmux reports on
        // the terminal as the next program would find it.
        let session = try TmuxSession(command: ["/bin/sh", "-c", "\"$0\" \"$@\"; echo \"exit=$?\"; exec cat",
                                                PueblaBinary.path, "--data", PueblaBinary.shippedData],
                                      environment: home.environment)
        try session.waitFor("1 Releases")
        try session.send("3")
        try session.waitFor("Timeline  1/29")
        let shell = try session.processID()
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let puebla = try #require(children.split(separator: " ").first.flatMap { pid_t($0) })
        kill(puebla, signal)
        try session.waitFor("exit=\(128 + Int(signal))")
        try Self.expectScreenRestored(session, "signal \(signal)")
        // Keys echoed and read a line at a time, flow control as it was (on, in a new pane).
        let flags = try Self.terminalFlags(of: session)
        #expect(flags.isSuperset(of: ["echo", "icanon", "ixon"]), "terminal flags \(flags.sorted())")
        let saved = try? String(contentsOfFile: home.path + "/state/puebla/state.json", encoding: .utf8)
        #expect(saved?.contains("timeline") == true, "the reading state was not saved")
    }

    /// An interactive shell in tmux, with the terminal settings it starts with written down.
    func shellSession() throws -> TmuxSession {
        let session = try TmuxSession(command: ["/bin/bash", "--norc", "--noprofile", "-i"],
                                      environment: environment.merging(["PS1": Self.prompt + " "]) { $1 })
        try session.waitFor(Self.prompt)
        try session.type("before=$(stty -g)")
        try session.send("Enter")
        return session
    }

    /// Runs the browser from the shell, and waits for its first screen.
    func startPuebla(in session: TmuxSession) throws {
        try session.type("'\(PueblaBinary.path)' --data '\(PueblaBinary.shippedData)'")
        try session.send("Enter")
        try session.waitFor("1 Releases")
    }

    /// Asks the shell whether the terminal settings are those it had before Puebla ran (asked at
    /// its prompt, the terminal is in the line editor's own mode).
    func expectSameSettings(_ session: TmuxSession) throws {
        // The answer is put together by the shell, so the command line itself never shows it.
        try session.type("echo settings-$([ \"$(stty -g)\" = \"$before\" ] && echo same || echo changed)")
        try session.send("Enter")
        try session.waitFor("settings-same")
    }

    @Test("Ctrl-\\ (SIGQUIT) gives the shell its terminal back as it was, saves the reading state and exits 131")
    func controlBackslash() throws {
        let session = try shellSession()
        try startPuebla(in: session)
        try session.send("3")
        try session.waitFor("Timeline  1/29")
        try session.send("C-\\")
        try session.waitForPrompt()
        try session.type("echo status=$?")
        try session.send("Enter")
        try session.waitFor("status=131")
        try Self.expectScreenRestored(session, "Ctrl-\\")
        try expectSameSettings(session)
        let saved = try? String(contentsOfFile: home + "/state/puebla/state.json", encoding: .utf8)
        #expect(saved?.contains("timeline") == true, "the reading state was not saved")
    }

    @Test("Ctrl-S does not freeze the browser (flow control is off while it runs) and the terminal's own setting is back after")
    func controlS() throws {
        let session = try shellSession()
        try session.type("echo flow-control-$(stty -a | grep -q ' ixon' && echo on)")
        try session.send("Enter")
        try session.waitFor("flow-control-on")
        try startPuebla(in: session)
        try session.send("C-s")
        try session.send("3")
        try session.waitFor("Timeline  1/29")
        try session.send("C-q", "C-s", "j")
        try session.waitFor("Timeline  2/29")
        try session.send("q")
        try session.type("echo status=$?")
        try session.send("Enter")
        try session.waitFor("status=0")
        try expectSameSettings(session)
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
        try #require(try fresh.format("alternate_on") == "1", "the second browser never started curses")
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

extension TmuxSession {
    /// Waits until the shell's prompt is the last line of the screen: the program run before it has
    /// ended and the shell has the terminal again.
    func waitForPrompt(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if try format("alternate_on") == "0", LifecycleTests.lastLine(of: last) == LifecycleTests.prompt { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "timed out waiting for the shell's prompt; the screen was:\n\(last)")
    }
}
