import ArgumentParser
import Foundation
import PueblaIndex
import PueblaKit

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: Words.current.indexAbstract,
        discussion: Words.current.indexDiscussion
    )

    @OptionGroup var dataOptions: DataOptions
    @Flag(name: .long, help: ArgumentHelp(Words.current.rebuildHelp))
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
        if let problem = update.writeProblem { Terminal.fail(problem.description(in: CommandLanguage.current), code: 73) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let words = Words.current
        let read = update.rebuilt ? words.indexRebuilt : words.indexReadAgain(update.reindexed.count, dropped: update.removed.count)
        print(SafeText.line(words.indexSummary(indexFile, count: LibraryIndex.Progress.grouped(library.count), noun: words.releaseNoun(library.count),
                                          how: read, seconds: String(format: "%.2f", seconds))))
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

    init(after delay: Double = 0.5, label: String = Words.current.indexingProgress) {
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
