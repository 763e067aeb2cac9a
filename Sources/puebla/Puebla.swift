import ArgumentParser
import Foundation
import PueblaIndex
import PueblaKit

@main
struct Puebla: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puebla",
        abstract: Words.current.rootAbstract,
        discussion: Words.current.rootDiscussion,
        version: PueblaVersion.current,
        subcommands: [Browse.self, Releases.self, Show.self, Quotes.self, Timeline.self, Members.self, Search.self,
                      Import.self, Edit.self, Validate.self, IndexCommand.self, ConfigCommand.self, ExportCommand.self],
        defaultSubcommand: Browse.self
    )

    /// Parses the command line and runs the command, as ArgumentParser's own `main` does, except
    /// that its messages (errors, usage, help) quote the user's arguments made safe to print, and
    /// that `--lang` is taken out first, so that the help is in its language.
    static func main() {
        // A command writing into a closed pipe (`puebla releases | head -1`) ends there, quietly, as
        // `head` expects: even when whoever started Puebla left SIGPIPE ignored, which would turn
        // the failed write into a crash report. The browser handles it as it handles SIGTERM.
        signal(SIGPIPE, SIG_DFL)
        let scan = CommandLanguage.scanned
        if let problem = scan.problem { Terminal.fail(Words.current.languageProblem(problem), code: 64) }
        do {
            var command = try parseAsRoot(scan.arguments)
            try command.run()
        } catch {
            Terminal.end(with: error)
        }
    }
}

/// `--data DIR` and `--lang`, shared by every command, and loading the store from the folder.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Words.current.dataHelp, valueName: Words.current.directoryValue))
    var data: String?
    @OptionGroup var languageOption: LanguageOption

    func locate() throws -> String {
        do {
            return try DataLocator(explicit: data).locate()
        } catch {
            Terminal.fail(error.description(in: CommandLanguage.current), code: error.exitCode)
        }
    }

    /// The Data folder a command that writes releases (import, edit) writes to. Without `--data`
    /// or `$PUEBLA_DATA` this is the user's library, never the shipped Data or a source checkout:
    /// see `DataLocator`. Exits 66 when there is none.
    func locateForWriting() throws -> WritableData {
        do {
            let place = try DataLocator(explicit: data).locateForWriting()
            return WritableData(path: place.path, seedFrom: place.seed)
        } catch {
            Terminal.fail(error.description(in: CommandLanguage.current), code: error.exitCode)
        }
    }

    /// Data, checked; exits 65 with every problem, or 66 when there is none. Without `releases`,
    /// releases are left to the library index.
    func loadStore(releases: Bool = true) throws -> Store {
        let directory = try locate()
        do {
            return try StoreLoader.load(from: directory, releases: releases)
        } catch {
            Terminal.failOnData(error, directory: directory)
        }
    }
}

/// Where releases are to be written, and the folder to copy it from first when it does not exist
/// yet (the user's library, made from the shipped Data on the first import).
struct WritableData {
    let path: String
    let seedFrom: String?

    /// Makes the folder when it does not exist yet, to be called right before the first write:
    /// the user's library, copied from the shipped Data, said once on stderr by the process that
    /// makes it. Exits 73 when it cannot be made.
    func prepare() throws {
        guard let seedFrom else { return }
        do {
            if try LibraryFolder.create(at: path, from: seedFrom) {
                Terminal.note(Words.current.createdLibrary(path, from: seedFrom))
            }
        } catch {
            Terminal.fail(Words.current.cannotCreateLibrary(error.path, reason: error.reason), code: 73)
        }
    }
}

extension DataOptions {
    /// Meetings, countries and organizations, checked, and the releases from the library index,
    /// brought up to date (with a progress bar on stderr when that takes a while): what every
    /// command but `validate` works on. Exits as `loadStore` does on bad data.
    func openLibrary() throws -> (Store, Library) {
        let store = try loadStore(releases: false)
        let bar = ProgressLine()
        let (library, update) = LibraryIndex.exitOnProblems(store) { () throws(LibraryIndex.Failure) in
            defer { bar.end() }
            return try LibraryIndex.open(dataDirectory: store.directory, indexFile: LibraryIndex.location(for: store.directory),
                                         checkingAgainst: store, progress: bar.show)
        }
        if let problem = update.writeProblem { Terminal.note(problem.description(in: CommandLanguage.current)) }
        return (store, library)
    }
}

extension LibraryIndex {
    /// What `body` returns; its data problems exit 65 with every problem, as loading Data does, and
    /// a build that could not read back its temporary file exits 74 (EX_IOERR).
    static func exitOnProblems<Value>(_ store: Store, _ body: () throws(Failure) -> Value) -> Value {
        do {
            return try body()
        } catch {
            switch error {
            case .data(let problem): Terminal.failOnData(problem, directory: store.directory)
            case .spill(let failure): Terminal.fail(failure.description(in: CommandLanguage.current), code: 74)
            }
        }
    }
}

/// `--country C` where a command filters by country.
struct CountryOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Words.current.countryHelp, valueName: Words.current.countryValue),
            completion: Completions.countryCodes)
    var country: String?

    /// The ISO code of the country named, or nil when none was; an unknown name exits 64.
    func code(in store: Store) -> String? {
        guard let country else { return nil }
        do {
            return try CountryMatcher(countries: store.countries).resolve(country).code
        } catch {
            switch error {
            case let .unknown(query, suggestions): Terminal.fail(Words.current.noCountryNamed(query, suggestions: suggestions), code: 64)
            }
        }
    }
}

struct JSONFlag: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(Words.current.jsonHelp))
    var json = false
}
