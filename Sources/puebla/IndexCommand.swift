import ArgumentParser
import Foundation
import PueblaKit

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the library index of Data up to date, with progress on stderr.",
        discussion: """
            The browser reads releases from an index kept in $XDG_CACHE_HOME/puebla/ (by default \
            ~/.cache/puebla/), one file per Data folder. It is brought up to date on every start: \
            release files that are new or changed (by size, times and inode) are read again, \
            the others are not. This command does the same ahead of time, which is worth it before \
            the first start on a large library. The index is a cache: deleting it is always safe.
            """
    )

    @OptionGroup var dataOptions: DataOptions
    @Flag(name: .long, help: "Read every release again, as if there were no index.")
    var rebuild = false

    func run() throws {
        let store = try dataOptions.loadStore(releases: false)
        let indexFile = LibraryIndex.location(for: store.directory)
        if rebuild { try? FileManager.default.removeItem(atPath: indexFile) }
        let started = DispatchTime.now().uptimeNanoseconds
        let bar = ProgressLine(after: 0)
        let (library, update) = LibraryIndex.exitOnProblems(store) { () throws(LibraryIndex.Failure) in
            defer { bar.end() }
            return try LibraryIndex.open(dataDirectory: store.directory, indexFile: indexFile, checkingAgainst: store, progress: bar.show)
        }
        if let problem = update.writeProblem { Terminal.fail(problem, code: 73) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let read = update.rebuilt ? "built from all of them" : "\(update.reindexed.count) read again, \(update.removed.count) dropped"
        print("\(SafeText.line(indexFile)): \(LibraryIndex.Progress.grouped(library.count)) \(Plural.noun(library.count, "release")) (\(read)) in \(String(format: "%.2f", seconds)) s")
    }
}

/// A progress bar on stderr: redrawn in place on a terminal, a line every tenth of the way otherwise.
final class ProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    /// Seconds of work before the bar shows: a command that is quick anyway says nothing.
    private let delay: Double
    /// What the bar counts, before it.
    private let label: String
    private var shown = false
    private var lastTenth = -1

    init(after delay: Double = 0.5, label: String = "Indexing releases") {
        self.delay = delay
        self.label = label
    }

    func show(_ progress: LibraryIndex.Progress) {
        guard progress.elapsed >= delay || shown || lastTenth >= 0 else { return }
        if isTerminal {
            write("\r" + progress.line(label: label) + "\u{1B}[K")
            shown = true
        } else {
            let tenth = progress.total == 0 ? 10 : progress.done * 10 / progress.total
            guard tenth != lastTenth else { return }
            lastTenth = tenth
            write(progress.line(label: label) + "\n")
        }
    }

    /// Ends the bar's line, so that what follows starts on a line of its own.
    func end() {
        if shown { write("\n") }
        shown = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
