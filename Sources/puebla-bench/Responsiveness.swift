import ArgumentParser
import Foundation
import PueblaCorpus
import PueblaIndex
import PueblaKit

/// Runs the real binary in a pseudo-terminal where a user would wait: keys pressed while the index
/// is built from nothing, Downs and Ups that scroll the releases list, and a search typed letter by
/// letter. Each binary given is measured on each size and terminal size in turn, so that two builds
/// compared meet the same load.
struct Responsiveness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Measure keys in a pseudo-terminal: during a cold index build, scrolling, searching.")

    @Option(name: .long, parsing: .singleValue, help: "Sizes, comma-separated.", transform: Run.sizes)
    var releases: [[Int]] = []

    @Option(name: .long, help: ArgumentHelp("Where generated corpora are kept and reused (as `run --keep`).", valueName: "dir"))
    var keep: String?

    @Option(name: .long, help: ArgumentHelp("A puebla binary to measure (repeatable; default: the one beside puebla-bench).", valueName: "path"))
    var puebla: [String] = []

    @Option(name: .long, help: "Terminal sizes, comma-separated ROWSxCOLUMNS.")
    var terminals = "24x80,35x120"

    @Option(name: .long, help: "Keys pressed at most while the index is built.")
    var coldKeys = 60

    @OptionGroup var source: SourceOptions

    struct Figures {
        var binary: String
        var releases: Int
        var rows: Int
        var columns: Int
        /// Keys answered while the index was built: ms to the end of the answer's frame (its first
        /// burst), to the last byte before a quiet 50 ms (a progress line drawn just after included),
        /// and how many keys were pressed then.
        var coldLatency: Measurement.Spread
        var coldToQuiet: Measurement.Spread
        var coldKeys: Int
        var scrollDownBytes: Measurement.Spread
        var scrollUpBytes: Measurement.Spread
        var scrollLatency: Measurement.Spread
        /// The first letter of a search, then the letters after it: ms to the first byte of the answer.
        var searchFirstLetter: Double
        var searchLetters: Measurement.Spread
        /// Until the answer's last byte (a count that comes a moment later included).
        var searchSettled: Measurement.Spread
        /// The machine's load average (one minute) as the measurement started and ended: the other
        /// programs running weigh on the worst cases.
        var load: (start: Double, end: Double)
    }

    static func loadAverage() -> Double {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").first.flatMap { Double($0) } ?? 0
    }

    func run() throws {
        let sizes = releases.flatMap { $0 }.isEmpty ? [1_000, 10_000, 100_000] : releases.flatMap { $0 }
        let scratch = keep ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("puebla-bench")
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let binaries = puebla.isEmpty
            ? [((executable as NSString).deletingLastPathComponent as NSString).appendingPathComponent("puebla")] : puebla
        let screens = try terminals.split(separator: ",").map { text in
            let parts = text.split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2 else { throw ValidationError("--terminals: \"\(text)\" is not ROWSxCOLUMNS") }
            return (rows: parts[0], columns: parts[1])
        }
        var figures: [Figures] = []
        for size in sizes {
            let folder = (scratch as NSString).appendingPathComponent("corpus-\(size)-seed-\(source.seed)")
            if !CorpusFolder.isComplete(folder, count: size, seed: source.seed) {
                try Corpus.generate(count: size, seed: source.seed, from: try source.sourceFolder(), to: folder)
            }
            for screen in screens {
                for binary in binaries {
                    FileHandle.standardError.write(Data("\(binary): \(size) releases at \(screen.columns)x\(screen.rows)...\n".utf8))
                    figures.append(try measure(binary, folder: folder, releases: size, rows: screen.rows, columns: screen.columns))
                }
            }
        }
        print(Self.table(figures))
    }

    private func measure(_ binary: String, folder: String, releases: Int, rows: Int, columns: Int) throws -> Figures {
        let loadAtStart = Self.loadAverage()
        let cache = NSTemporaryDirectory() + "puebla-bench-keys-\(getpid())"
        try? FileManager.default.removeItem(atPath: cache)
        defer { try? FileManager.default.removeItem(atPath: cache) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cache
        environment["TERM"] = "xterm-256color"
        environment["LINES"] = nil
        environment["COLUMNS"] = nil
        let indexFile = LibraryIndex.location(for: folder, environment: environment)
        let arguments = ["--no-state", "--data", folder]

        // Cold: no index. The timeline works while the releases are indexed: Down and Up in it.
        let cold = try TerminalProbe(executable: binary, arguments: arguments, environment: environment, rows: rows, columns: columns)
        guard cold.collect(limit: 600).last != nil else { throw ValidationError("\(binary) showed no first frame") }
        _ = cold.press(.text("3"), limit: 1)
        var coldAnswers: [TerminalProbe.Answer] = []
        while coldAnswers.count < coldKeys, !FileManager.default.fileExists(atPath: indexFile) {
            coldAnswers.append(cold.press(coldAnswers.count % 2 == 0 ? .down : .up, limit: 2))
        }
        // The answers that came once the index was written are not the build's.
        _ = cold.press(.text("q"), limit: 1)
        _ = cold.finish(limit: 600)
        if !FileManager.default.fileExists(atPath: indexFile) {
            _ = try ChildProcess.run(binary, ["index", "--data", folder], environment: environment)
        }

        // Warm: the releases list scrolled down and up, then a search typed letter by letter.
        let warm = try TerminalProbe(executable: binary, arguments: arguments, environment: environment, rows: rows, columns: columns)
        guard warm.collect(limit: 600).last != nil else { throw ValidationError("\(binary) showed no warm first frame") }
        let moves = max(0, min(releases - 1, rows * 3))
        // The first screenful of Downs moves the selection; the rest scroll (likewise Up from the bottom).
        let downs = (0..<moves).map { _ in warm.press(.down, limit: 1) }.dropFirst(rows)
        let ups = (0..<moves).map { _ in warm.press(.up, limit: 1) }.dropFirst(rows)
        _ = warm.press(.text("/"), limit: 1)
        let letters = Measure.typedSearches[0].map { warm.press(.text(String($0)), limit: 2) }
        _ = warm.press(.text("\u{1B}"), limit: 1)
        _ = warm.press(.text("q"), limit: 1)
        _ = warm.finish(limit: 60)

        func ms(_ answers: some Sequence<TerminalProbe.Answer>, _ time: (TerminalProbe.Answer) -> Double?) -> Measurement.Spread {
            Measurement.Spread(answers.compactMap(time).map { $0 * 1000 })
        }
        return Figures(binary: binary, releases: releases, rows: rows, columns: columns,
                       coldLatency: ms(coldAnswers, \.firstBurst), coldToQuiet: ms(coldAnswers, \.latency), coldKeys: coldAnswers.count,
                       scrollDownBytes: Measurement.Spread(downs.map { Double($0.bytes) }),
                       scrollUpBytes: Measurement.Spread(ups.map { Double($0.bytes) }),
                       scrollLatency: ms(downs + ups, \.firstBurst),
                       searchFirstLetter: (letters.first?.firstByte ?? 0) * 1000,
                       searchLetters: ms(letters.dropFirst(), \.firstByte), searchSettled: ms(letters, \.latency),
                       load: (loadAtStart, Self.loadAverage()))
    }

    static func table(_ figures: [Figures]) -> String {
        func ms(_ value: Double) -> String {
            value >= 100 ? String(format: "%.0f", value) : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
        }
        func spread(_ value: Measurement.Spread) -> String { "\(ms(value.median)) / \(ms(value.worst))" }
        func bytes(_ value: Measurement.Spread) -> String { "\(Int(value.median)) / \(Int(value.worst))" }
        var lines = [
            "| puebla | releases | terminal | load | key during cold build ms (keys) | the same, to the quiet ms | bytes per scrolling Down | per scrolling Up | scrolling key ms | first search letter ms | next letters ms | search settled ms |",
            "|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for f in figures {
            let load = String(format: "%.1f-%.1f", min(f.load.start, f.load.end), max(f.load.start, f.load.end))
            lines.append("| \(f.binary) | \(f.releases) | \(f.columns)x\(f.rows) | \(load) | \(spread(f.coldLatency)) (\(f.coldKeys)) | \(spread(f.coldToQuiet)) | \(bytes(f.scrollDownBytes)) "
                + "| \(bytes(f.scrollUpBytes)) | \(spread(f.scrollLatency)) | \(ms(f.searchFirstLetter)) | \(spread(f.searchLetters)) | \(spread(f.searchSettled)) |")
        }
        lines.append("")
        lines.append("Median / worst; load: the one-minute load average as the measurement started and ended. A key's time runs from just "
            + "before it is written to the end of its answer's frame (bytes no more than 5 ms apart); to the quiet, to the last byte "
            + "before 50 ms without output; search letters to the first byte of the answer, settled to the last.")
        return lines.joined(separator: "\n")
    }
}
