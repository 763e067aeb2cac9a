import ArgumentParser
import Foundation

/// Runs any command in a pseudo-terminal, presses a script of keys, and prints what a person would
/// have waited for: the first frame, each step's bytes and latency (median / worst), peak memory.
struct Probe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure a program in a pseudo-terminal: first frame, keys, memory.",
        discussion: """
            Keys are comma-separated steps, each optionally followed by *N: DOWN, UP, PGDN, ENTER, \
            ESC, or text typed as it is (q, /mexico). Example: puebla-bench probe --keys 'DOWN*20,q' \
            -- .build/release/puebla --no-state
            """)

    @Option(name: .long, help: "Terminal rows.")
    var rows = 24

    @Option(name: .long, help: "Terminal columns.")
    var columns = 80

    @Option(name: .long, help: "The key script.")
    var keys = "q"

    @Option(name: .long, help: "Seconds to wait for the first frame.")
    var startupWait = 60.0

    @Option(name: .long, help: "Milliseconds to wait for an answer to each key.")
    var keyWait = 1000.0

    @Argument(parsing: .captureForPassthrough, help: "The command to run, after --.")
    var command: [String]

    func validate() throws {
        guard (1...1000).contains(rows), (1...1000).contains(columns) else {
            throw ValidationError("--rows and --columns must be 1 to 1000")
        }
        _ = try Self.steps(keys)
    }

    func run() throws {
        let words = command.first == "--" ? Array(command.dropFirst()) : command
        guard let executable = words.first else { throw ValidationError("no command given") }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = environment["TERM"] ?? "xterm-256color"
        environment["LINES"] = nil
        environment["COLUMNS"] = nil
        let probe = try TerminalProbe(executable: Self.resolve(executable), arguments: Array(words.dropFirst()),
                                      environment: environment, rows: rows, columns: columns)
        let start = probe.collect(limit: startupWait)
        var lines = ["first frame: " + (start.last.map { String(format: "%.1f ms, %d bytes", $0 * 1000, start.bytes) } ?? "none")]
        for (key, count) in try Self.steps(keys) {
            let answers = (0..<count).map { _ in probe.press(key.key, limit: keyWait / 1000) }
            let bytes = Measurement.Spread(answers.map { Double($0.bytes) })
            let latency = Measurement.Spread(answers.compactMap(\.latency).map { $0 * 1000 })
            let silent = answers.filter { $0.latency == nil }.count
            lines.append(String(format: "%@: bytes %.0f / %.0f, latency %.2f / %.2f ms%@", key.name + (count > 1 ? "*\(count)" : ""),
                                bytes.median, bytes.worst, latency.median, latency.worst, silent > 0 ? ", \(silent) unanswered" : ""))
        }
        let peak = probe.finish(limit: 30)
        lines.append(String(format: "peak RSS: %.1f MB", Double(peak) / 1024))
        print(lines.joined(separator: "\n"))
    }

    /// A step of the key script: the key, what to call it, and how many times to press it.
    static func steps(_ script: String) throws -> [(key: (key: TerminalProbe.Key, name: String), count: Int)] {
        try script.split(separator: ",").map { part in
            let pieces = part.split(separator: "*", omittingEmptySubsequences: false)
            guard let name = pieces.first.map(String.init), pieces.count <= 2 else { throw ValidationError("--keys: \"\(part)\"") }
            guard let count = pieces.count == 2 ? Int(pieces[1]) : 1, count > 0 else { throw ValidationError("--keys: \"\(part)\": not a count") }
            let key: TerminalProbe.Key = switch name {
            case "DOWN": .down
            case "UP": .up
            case "PGDN": .text("\u{1B}[6~")
            case "ENTER": .text("\r")
            case "ESC": .text("\u{1B}")
            default: .text(name)
            }
            return ((key, name), count)
        }
    }

    /// A command named without a slash is looked for on PATH, as a shell would.
    static func resolve(_ name: String) -> String {
        guard !name.contains("/") else { return name }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? name
    }
}
