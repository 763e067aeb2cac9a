import ArgumentParser
import Foundation
import PueblaCorpus
import PueblaKit

/// Generates (or reuses) a corpus per size, measures each in a fresh child process, and prints the
/// figures as Markdown tables.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure Puebla on generated Data of several sizes.")

    @Option(name: .long, parsing: .singleValue, help: "Sizes, comma-separated, e.g. 1,1000,10000.", transform: Run.sizes)
    var releases: [[Int]] = []

    /// The counts of a `--releases` list.
    static func sizes(_ text: String) throws -> [Int] {
        try text.split(separator: ",").map { part in
            guard let count = Int(part.trimmingCharacters(in: .whitespaces)), count >= 0 else {
                throw ValidationError("--releases: \"\(part)\" is not a count")
            }
            return count
        }
    }

    @Option(name: .long, help: ArgumentHelp("Where generated corpora are kept and reused (default: a folder under the temporary folder).", valueName: "dir"))
    var keep: String?

    @Option(name: .long, help: "Timed repetitions of each keystroke.")
    var repetitions = 200

    @Flag(name: .long, help: "Also run the real puebla binary in a pseudo-terminal for each size.")
    var pty = false

    @OptionGroup var source: SourceOptions

    func run() throws {
        let sizes = releases.flatMap { $0 }.isEmpty ? [1, 1_000, 10_000] : releases.flatMap { $0 }
        let scratch = keep ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("puebla-bench")
        let sourceFolder = try source.sourceFolder()
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let puebla = ((executable as NSString).deletingLastPathComponent as NSString).appendingPathComponent("puebla")

        var rows: [(Measurement, Int, TerminalMeasurement?)] = []
        for size in sizes {
            let folder = (scratch as NSString).appendingPathComponent("corpus-\(size)-seed-\(source.seed)")
            if !CorpusFolder.isComplete(folder, count: size, seed: source.seed) {
                try Corpus.generate(count: size, seed: source.seed, from: sourceFolder, to: folder)
            }
            FileHandle.standardError.write(Data("measuring \(size) releases...\n".utf8))
            let indexFile = folder + ".index"
            let built = try JSONDecoder().decode(Measure.BuildFigures.self, from: Data(try ChildProcess.run(executable, [
                "measure", "--data", folder, "--index", indexFile, "--build",
            ]).utf8))
            var measurement = try JSONDecoder().decode(Measurement.self, from: Data(try ChildProcess.run(executable, [
                "measure", "--data", folder, "--index", indexFile, "--repetitions", String(repetitions),
            ]).utf8))
            measurement.indexBuild = built.indexBuild
            measurement.indexAfterAdd = built.indexAfterAdd
            measurement.indexAfterChange = built.indexAfterChange
            measurement.indexAfterRemove = built.indexAfterRemove
            measurement.indexBuildPeakRSSKiB = built.peakRSSKiB
            let terminal = pty ? try PtyProbe(puebla: puebla, cache: scratch + "/cache").measure(folder) : nil
            rows.append((measurement, Self.releaseBytes(in: folder), terminal))
        }
        print(Self.table(rows))
    }

    /// The size of the release files, which is what a full load reads.
    static func releaseBytes(in folder: String) -> Int {
        let releases = (folder as NSString).appendingPathComponent(StoreLoader.releasesFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: releases)) ?? []
        return names.reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: (releases as NSString).appendingPathComponent(name))
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    static func table(_ rows: [(Measurement, Int, TerminalMeasurement?)]) -> String {
        func ms(_ value: Double) -> String {
            value >= 100 ? String(format: "%.0f", value) : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
        }
        func spread(_ value: Measurement.Spread) -> String { "\(ms(value.median)) / \(ms(value.worst))" }
        func mb(_ kib: Int) -> String { String(format: "%.1f", Double(kib) / 1024) }
        var lines = [
            "| releases | Data MB | index build ms | build peak RSS MB | after one import / change / removal ms | warm load ms | background check ms |",
            "|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for (m, bytes, _) in rows {
            lines.append("| \(m.releases) | \(String(format: "%.1f", Double(bytes) / 1_048_576)) | \(ms(m.indexBuild)) | \(mb(m.indexBuildPeakRSSKiB)) | \(ms(m.indexAfterAdd)) / \(ms(m.indexAfterChange)) / \(ms(m.indexAfterRemove)) | \(ms(m.loadWarm)) | \(ms(m.backgroundCheck)) |")
        }
        lines += [
            "",
            "| releases | state + first frame ms | move ms | move beside the detail ms | page ms | switch pane ms | filter ms | first search ms | search key ms | peak RSS MB |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for (m, _, _) in rows {
            lines.append("| \(m.releases) | \(ms(m.firstFrame)) | \(spread(m.move)) | \(spread(m.moveBesideDetail)) | \(spread(m.page)) | \(spread(m.switchPane)) | \(spread(m.filter)) | \(ms(m.searchOpen)) | \(spread(m.search)) | \(mb(m.peakRSSKiB)) |")
        }
        lines.append("")
        lines.append("Keystroke columns: median / worst, update plus a frame drawn on the text canvas at 80x24; beside the detail, "
            + "at 120x40, with the selected release read from its file as the browser reads it.")
        let terminal = rows.compactMap { row in row.2.map { (row.0.releases, $0) } }
        if !terminal.isEmpty {
            lines += [
                "",
                "| releases | first frame in a pty ms | bytes per Down, median / max | Down latency median ms | peak RSS MB |",
                "|---:|---:|---:|---:|---:|",
            ]
            for (count, t) in terminal {
                lines.append("| \(count) | \(ms(t.firstFrame)) | \(Int(t.bytesPerDownMedian)) / \(Int(t.bytesPerDownWorst)) | \(ms(t.downLatencyMedian)) | \(mb(t.peakRSSKiB)) |")
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Runs the real binary in a pseudo-terminal at 80x24: first frame, twenty Downs, q; a warm start,
/// its index made first with `puebla index` (in `cache`).
struct PtyProbe {
    let puebla: String
    let cache: String

    func measure(_ folder: String) throws -> TerminalMeasurement {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cache
        _ = try ChildProcess.run(puebla, ["index", "--data", folder], environment: environment)
        environment["TERM"] = "xterm-256color"
        environment["LINES"] = nil
        environment["COLUMNS"] = nil
        let probe = try TerminalProbe(executable: puebla, arguments: ["--no-state", "--data", folder],
                                      environment: environment, rows: 24, columns: 80)
        let start = probe.collect(limit: 600)
        let downs = (0..<20).map { _ in probe.press(.down, limit: 0.5) }
        _ = probe.press(.text("q"), limit: 0.5)
        let peak = probe.finish(limit: 60)
        let latencies = Measurement.Spread(downs.compactMap(\.latency).map { $0 * 1000 })
        let sizes = Measurement.Spread(downs.map { Double($0.bytes) })
        // With one release a Down has nothing to move to, and no answer: 0 bytes, no latency.
        guard let firstFrame = start.last else {
            throw ValidationError("\(puebla) in a pseudo-terminal showed no first frame")
        }
        return TerminalMeasurement(firstFrame: firstFrame * 1000, bytesPerDownMedian: sizes.median, bytesPerDownWorst: sizes.worst,
                                   downLatencyMedian: latencies.median, peakRSSKiB: peak)
    }
}

enum ChildProcess {
    /// Runs a program to its end and returns what it printed; fails when it fails.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
