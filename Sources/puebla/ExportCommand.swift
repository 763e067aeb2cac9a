import ArgumentParser
import Foundation
import PueblaKit
import PueblaViewModel

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write several releases to one file: your bookmarks, those about a country, or a search's.",
        discussion: """
            Prints to standard output unless --output names a file. A file that is there already is \
            not replaced unless --force (one that holds this very export is left as it is); a \
            symbolic link, a folder or a device in its place is refused. A bookmarked quote exports \
            its release.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, csv, json
    }

    @OptionGroup var dataOptions: DataOptions
    @Flag(name: .long, help: "The releases you bookmarked (and those of the quotes you bookmarked).")
    var bookmarks = false
    @OptionGroup var countryOption: CountryOption
    @Option(name: .long, help: ArgumentHelp("The releases a search finds (in their text or their quotes).", valueName: "words"))
    var query: String?
    @Option(name: .long, help: "md (Markdown), csv (a header row, RFC 4180) or json (the canonical release shape).")
    var format: Format = .md
    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @Flag(name: .long, help: "Replace a file that is there already.")
    var force = false

    func validate() throws {
        let chosen = [bookmarks, countryOption.country != nil, query != nil].filter { $0 }.count
        guard chosen == 1 else { throw ValidationError("Say what to export: one of --bookmarks, --country or --query.") }
    }

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        let export = selection(store: store, library: library)
        let releases = export.releaseIDs.compactMap { library.release(id: $0) }
        let formatter = ReleaseFormatter(store: store, words: English())
        let text: String
        switch format {
        case .md: text = formatter.markdown(releases, title: export.title)
        case .csv: text = formatter.csv(releases)
        case .json: text = try Terminal.json(releases) + "\n"
        }
        guard let output, output != "-" else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        do {
            let written = try ReleaseFormatter.write(Array(text.utf8), to: output, fileName: export.fileName, overwrite: force)
            let count = Plural.count(releases.count, "release")
            let said = written.wrote ? "Exported \(count) to \(written.path)" : "\(written.path) already holds this export"
            FileHandle.standardError.write(Data((SafeText.line(said) + "\n").utf8))
        } catch .exists(let path) {
            Terminal.fail("\(path) exists and differs from this export; --force replaces it", code: 73)
        } catch .refused(let path, let reason) {
            Terminal.fail("\(path) \(reason); not touched", code: 73)
        } catch {
            Terminal.fail(error.description, code: 74)
        }
    }

    /// The releases chosen, in the order they are listed, and the document's title.
    private func selection(store: Store, library: Library) -> ListExport {
        let fileName = "puebla-export.\(format.rawValue)"
        if bookmarks {
            let marks = StateFile().load().state.bookmarks.compactMap { Bookmark(id: $0, in: library) }
            return ListExport(title: "Bookmarks", releaseIDs: marks.map(\.releaseID), fileName: fileName)
        }
        if let code = countryOption.code(in: store) {
            return ListExport(title: "Releases about \(store.countryName(code))",
                              releaseIDs: library.positions(mentioning: code).map { library.id(at: Int($0)) }, fileName: fileName)
        }
        let words = query ?? ""
        let results = library.search(with: store).search(SearchQuery(words))
        let ids = results.releases.map { library.id(at: $0.index) } + results.quotes.map { library.id(at: $0.releaseIndex) }
        return ListExport(title: "Search: \(words)", releaseIDs: ids, fileName: fileName)
    }
}
