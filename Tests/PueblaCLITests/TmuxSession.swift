import Foundation

/// The real binary in a detached tmux session on a private server: keys in, screen text out.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let socket = "puebla-test-\(UUID().uuidString.prefix(8))"
    let name = "puebla"
    /// Where the wrapper shell writes the program's exit status (tmux does not always record it).
    private let statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-status-\(UUID().uuidString)")

    init(command: [String], rows: Int = 30, columns: Int = 100, environment: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || Self.which("tmux") != nil else {
            throw Failure(description: "tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
        }
        // A shell runs the program and writes its exit status; it ignores the stop signals itself so
        // that it outlives the program (which sets its own handlers) and records how it ended.
        let wrapper = ["/bin/sh", "-c", "trap '' INT TERM HUP; \"$0\" \"$@\"; echo $? > '\(statusFile.path)'"]
        // The session's own variables: the test run's home and XDG folders unless `environment` names others.
        let variables = PueblaBinary.environment.merging(environment) { $1 }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)"] + variables + wrapper + command)
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: statusFile)
    }

    /// Runs a tmux client with posix_spawn and waitpid: Foundation's Process can miss the exit of a
    /// client whose forked server lives on, and hang.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // A clean environment: the server's becomes every pane's, and the runner's own HOME,
        // XDG folders and PUEBLA_DATA must not reach Puebla.
        let environment = PueblaBinary.environment
        var cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        // The test runner may block signals; the tmux server and Puebla under it must not inherit that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }

    /// Sends tmux key names ("Enter", "Down", "C-c") or literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Waits until the screen contains `text` and has stopped changing (a frame can reach tmux in
    /// pieces), and returns the screen; fails after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) {
                Thread.sleep(forTimeInterval: 0.06)
                let settled = try screen()
                if settled == last { return settled }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "timed out waiting for \"\(text)\"; the screen was:\n\(last)")
    }

    func resize(rows: Int, columns: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    func format(_ variable: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, "#{\(variable)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
               let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "the program did not exit; the screen was:\n\(try screen())")
    }

    /// The program's process: the wrapper shell's child.
    func processID() throws -> Int32 {
        let shell = try format("pane_pid")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let child = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw Failure(description: "the program is not running under the pane's shell")
        }
        return child
    }

    private static func which(_ program: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
