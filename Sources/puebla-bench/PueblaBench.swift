import ArgumentParser
import Foundation
import PueblaCorpus
import PueblaKit

@main
struct PueblaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puebla-bench",
        abstract: "Generate large Data folders and measure Puebla on them.",
        subcommands: [Generate.self, Run.self, Measure.self, Probe.self, Responsiveness.self, FullTextBench.self])
}

/// Where the Data that generated folders copy their meetings and countries from is found.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The Data folder whose meetings, countries and organizations are used.", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: "Seed of the generator: the same seed and count give the same bytes.")
    var seed: UInt64 = 1

    func sourceFolder() throws -> String {
        do { return try DataLocator(explicit: data).locate() } catch { throw ValidationError(error.description) }
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a Data folder of generated releases.")

    @Option(name: .long, help: "How many releases.")
    var releases: Int

    @Option(name: .long, help: ArgumentHelp("The folder to write (its releases are replaced).", valueName: "dir"))
    var out: String

    @OptionGroup var source: SourceOptions

    func validate() throws {
        guard releases >= 0 else { throw ValidationError("--releases must be 0 or more") }
    }

    func run() throws {
        try Corpus.generate(count: releases, seed: source.seed, from: source.sourceFolder(), to: out)
    }
}

enum Corpus {
    /// Writes the folder, showing progress on stderr when it takes a while.
    static func generate(count: Int, seed: UInt64, from source: String, to directory: String) throws {
        let started = Date()
        let showsProgress = count >= 10_000
        do {
            try CorpusFolder.write(count: count, seed: seed, from: source, to: directory) { done in
                if showsProgress, done % 5_000 < 2 {
                    FileHandle.standardError.write(Data("\rgenerating \(directory): \(done)/\(count)".utf8))
                }
            }
        } catch {
            throw ValidationError(error.description)
        }
        if showsProgress {
            let seconds = Date().timeIntervalSince(started)
            FileHandle.standardError.write(Data("\rgenerated \(count) releases in \(directory) in \(String(format: "%.1f", seconds)) s\n".utf8))
        }
    }
}
