import ArgumentParser
import Foundation
import PueblaKit

@main
struct Puebla: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puebla",
        abstract: "An offline terminal browser for IOM press releases on the Regional Conference on Migration.",
        discussion: """
            With no command, opens the browser. Data is read from --data DIR, else $PUEBLA_DATA, \
            else your library ($XDG_DATA_HOME/puebla/Data, by default ~/.local/share/puebla/Data) \
            when it exists, else the Data shipped with Puebla (<prefix>/share/puebla/Data beside \
            <prefix>/bin/puebla, else the Data folder Puebla was built from). import and edit \
            write to --data or $PUEBLA_DATA, else to your library, which the first of them makes \
            from the shipped Data.
            """,
        version: PueblaVersion.current,
        subcommands: [Browse.self, Releases.self, Show.self, Quotes.self, Timeline.self, Members.self, Search.self,
                      Import.self, Edit.self, Validate.self, IndexCommand.self, ConfigCommand.self, ExportCommand.self],
        defaultSubcommand: Browse.self
    )

    /// Parses the command line and runs the command, as ArgumentParser's own `main` does, except
    /// that its messages (errors, usage, help) quote the user's arguments made safe to print.
    static func main() {
        // A command writing into a closed pipe (`puebla releases | head -1`) ends there, quietly, as
        // `head` expects: even when whoever started Puebla left SIGPIPE ignored, which would turn
        // the failed write into a crash report. The browser handles it as it handles SIGTERM.
        signal(SIGPIPE, SIG_DFL)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            Terminal.end(with: error)
        }
    }
}

/// `--data DIR`, shared by every command, and loading the store from it.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The Data folder to read.", valueName: "dir"))
    var data: String?

    func locate() throws -> String {
        do {
            return try DataLocator(explicit: data).locate()
        } catch {
            Terminal.fail(error.description, code: error.exitCode)
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
            Terminal.fail(error.description, code: error.exitCode)
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
                FileHandle.standardError.write(Data("puebla: created your library \(SafeText.line(path)) from the shipped Data \(SafeText.line(seedFrom))\n".utf8))
            }
        } catch {
            Terminal.fail(error.description, code: 73)
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
        if let problem = update.writeProblem { FileHandle.standardError.write(Data("puebla: \(SafeText.line(problem))\n".utf8)) }
        return (store, library)
    }
}

extension LibraryIndex {
    /// What `body` returns; its data problems exit 65 with every problem, as loading Data does.
    static func exitOnProblems<Value>(_ store: Store, _ body: () throws(Failure) -> Value) -> Value {
        do {
            return try body()
        } catch {
            switch error {
            case .data(let problem): Terminal.failOnData(problem, directory: store.directory)
            }
        }
    }
}

/// `--country C` where a command filters by country.
struct CountryOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only what concerns this country: an ISO code or an English or Spanish name.", valueName: "country"),
            completion: Completions.countryCodes)
    var country: String?

    /// The ISO code of the country named, or nil when none was; an unknown name exits 64.
    func code(in store: Store) -> String? {
        guard let country else { return nil }
        do {
            return try CountryMatcher(countries: store.countries).resolve(country).code
        } catch {
            Terminal.fail(error.description, code: 64)
        }
    }
}

struct JSONFlag: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (the canonical shapes) instead of text.")
    var json = false
}
