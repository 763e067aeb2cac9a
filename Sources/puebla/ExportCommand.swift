import ArgumentParser
import Foundation
import PueblaIndex
import PueblaKit
import PueblaViewModel

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Words.current.exportAbstract,
        discussion: Words.current.exportDiscussion)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, csv, json
    }

    @OptionGroup var dataOptions: DataOptions
    @Flag(name: .long, help: ArgumentHelp(Words.current.bookmarksHelp))
    var bookmarks = false
    @OptionGroup var countryOption: CountryOption
    @OptionGroup var languageOption: ReleaseLanguageOption
    @Option(name: .long, help: ArgumentHelp(Words.current.queryHelp, valueName: Words.current.wordsValue))
    var query: String?
    @Option(name: .long, help: ArgumentHelp(Words.current.exportFormatHelp))
    var format: Format = .md
    @Option(name: .long, help: ArgumentHelp(Words.current.outputHelp, valueName: Words.current.fileValue))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(Words.current.forceHelp))
    var force = false

    func validate() throws {
        let chosen = [bookmarks, countryOption.country != nil, query != nil].filter { $0 }.count
        guard chosen == 1 else { throw ValidationError(Words.current.sayWhatToExport) }
    }

    func run() throws {
        let (store, library) = try dataOptions.openLibrary()
        let export = selection(store: store, library: library)
        let releases = export.releaseIDs.compactMap { library.release(id: $0) }.filter { languageOption.includes($0.language) }
        let formatter = ReleaseFormatter(store: store, words: Words.current)
        let text: String
        switch format {
        case .md: text = formatter.markdown(releases, title: export.title)
        case .csv: text = formatter.csv(releases)
        case .json: text = try Terminal.json(releases) + "\n"
        }
        guard let output, output != "-" else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        do {
            let written = try ReleaseFormatter.write(Array(text.utf8), to: output, fileName: export.fileName, overwrite: force)
            let said = written.wrote ? Words.current.exportedReleases(releases.count, to: written.path) : Words.current.alreadyHoldsExport(written.path)
            FileHandle.standardError.write(Data((SafeText.line(said) + "\n").utf8))
        } catch .exists(let path) {
            Terminal.fail(Words.current.exportDiffers(path), code: 73)
        } catch .refused(let path, let reason) {
            Terminal.fail(Words.current.notTouched(path, reason), code: 73)
        } catch .notWritten(let error) {
            Terminal.fail(error.description(words: CommandLanguage.current.problemWords), code: 74)
        }
    }

    /// The releases chosen, in the order they are listed, and the document's title.
    private func selection(store: Store, library: Library) -> ListExport {
        let fileName = "puebla-export.\(format.rawValue)"
        if bookmarks {
            let marks = StateFile().load().state.bookmarks.compactMap { Bookmark(id: $0, in: library) }
            return ListExport(title: Words.current.bookmarksTitle, releaseIDs: marks.map(\.releaseID), fileName: fileName)
        }
        if let code = countryOption.code(in: store) {
            return ListExport(title: Words.current.releasesAbout(store.countryName(code, in: Words.current.language)),
                              releaseIDs: library.positions(mentioning: code).map { library.id(at: Int($0)) }, fileName: fileName)
        }
        let words = query ?? ""
        let results = library.search(with: store).search(SearchQuery(words))
        let ids = results.releases.map { library.id(at: $0.index) } + results.quotes.map { library.id(at: $0.releaseIndex) }
        return ListExport(title: Words.current.searchTitle(words), releaseIDs: ids, fileName: fileName)
    }
}
