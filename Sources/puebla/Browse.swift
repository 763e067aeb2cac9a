import ArgumentParser
import Foundation
import PueblaIndex
import PueblaKit
import PueblaSettings
import PueblaTerminal

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Words.current.browseAbstract)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @Flag(name: .long, help: ArgumentHelp(Words.current.noStateHelp))
    var noState = false

    /// Up to this many new or changed release files are indexed before the browser opens (a
    /// fraction of a second); more are indexed in the background, with progress on the status line.
    static let indexedBeforeOpening = 500

    func run() throws {
        // Refuse before loading anything: a script that runs `puebla` by mistake gets one clear line.
        if let problem = Browser.terminalProblem(language: CommandLanguage.current) { Terminal.fail(problem.description, code: 1) }
        let store = try dataOptions.loadStore(releases: false)
        let indexFile = LibraryIndex.location(for: store.directory)
        var warnings: [String] = []
        let releases: Browser.Releases
        // An index naming a country or meeting Data lacks is compared with the files before it is
        // held against Data (below): it may only be stale.
        if let cached = LibraryIndex.cached(dataDirectory: store.directory, indexFile: indexFile, referencesKnownTo: store) {
            releases = .cached(cached)
        } else if let (library, update) = LibraryIndex.openQuickly(store, indexFile: indexFile, upTo: Self.indexedBeforeOpening) {
            warnings += update.writeProblem.map { [$0.description(in: CommandLanguage.current)] } ?? []
            releases = .current(library)
        } else {
            releases = .toIndex
        }
        let settings = BrowserSettings.loaded
        if !settings.problems.isEmpty {
            Self.report(settings.problems)
            warnings.append(Words.current.settingsMistakes(settings.problems.count))
        }
        let options = Browser.Options(countryFilter: countryOption.code(in: store),
                                      stateFile: noState ? nil : StateFile(),
                                      config: settings.config,
                                      warnings: warnings,
                                      language: CommandLanguage.current)
        do {
            let status = try Browser.run(store: store, releases: releases, indexFile: indexFile, options: options)
            if status != 0 { throw ExitCode(status) }
        } catch let error as Browser.StartError {
            Terminal.fail(error.description, code: 1)
        }
    }
}

extension Browse {
    /// Mistakes in the settings, each whole on its own line of stderr before the screen starts, as
    /// vim and mutt do; at a terminal, the browser waits for Enter so that they are read first
    /// (they are in the scrollback too, once the browser ends).
    static func report(_ problems: [DataProblem]) {
        let lines = problems.map { "puebla: " + SafeText.line($0.description(in: CommandLanguage.current)) }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        guard isatty(STDERR_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { return }
        Terminal.note(Words.current.settingsKeepDefaults)
        _ = readLine()
    }
}

extension LibraryIndex {
    /// The library of `store`'s folder when its index is current or needs at most `limit` files
    /// read; nil when more must be read (the browser then indexes them in the background). Bad
    /// data exits 65 with every problem, as loading Data does.
    static func openQuickly(_ store: Store, indexFile: String, upTo limit: Int) -> (Library, Update)? {
        exitOnProblems(store) { () throws(Failure) in
            let check = try check(dataDirectory: store.directory, indexFile: indexFile)
            guard check.stale.count <= limit else { return nil }
            return try open(check, dataDirectory: store.directory, indexFile: indexFile, checkingAgainst: store)
        }
    }

}
