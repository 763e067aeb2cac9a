import PueblaImport
import PueblaIndex
import PueblaKit

extension English: CommandWords {
    var dateColumn: String { "DATE" }
    var idColumn: String { "ID" }
    var placeColumn: String { "PLACE" }
    var titleColumn: String { "TITLE" }
    var matchColumn: String { "MATCH" }
    var quoteColumn: String { "QUOTE" }
    var speakerColumn: String { "SPEAKER" }
    var textColumn: String { "TEXT" }
    var numberColumn: String { "NO." }
    var yearColumn: String { "YEAR" }
    var datesColumn: String { "DATES" }
    var statusColumn: String { "STATUS" }
    var themeColumn: String { "THEME" }
    var codeColumn: String { "CODE" }
    var nameColumn: String { "NAME" }
    var otherNameColumn: String { "NOMBRE" }
    var capitalColumn: String { "CAPITAL" }
    var sinceColumn: String { "SINCE" }
    var releasesColumn: String { "RELEASES" }
    var hostedColumn: String { "HOSTED" }
    var presidencyColumn: String { "PRESIDENCY" }

    func quotes(_ count: Int) -> String { Plural.count(count, "quote") }
    func meetings(_ count: Int) -> String { Plural.count(count, "meeting") }
    func countries(_ count: Int) -> String { Plural.count(count, "country", "countries") }
    func organizations(_ count: Int) -> String { Plural.count(count, "organization") }
    func problems(_ count: Int) -> String { Plural.count(count, "problem") }
    func releaseNoun(_ count: Int) -> String { Plural.noun(count, "release") }

    func languageProblem(_ problem: CommandLanguage.Problem) -> String {
        switch problem {
        case .missingValue: "--lang needs a language: en or es"
        case .unknown(let name): "--lang \(name): not a language Puebla speaks; give en or es"
        }
    }
    func settingsMistakes(_ count: Int) -> String { "config.toml: \(Plural.count(count, "mistake")); puebla config lists them" }
    var settingsKeepDefaults: String { "those settings keep their defaults. Enter opens the browser, Ctrl-C stops." }
    func settingsMissing(_ path: String) -> String { "\(path): no file; using the defaults (`puebla config --print-default` shows them)" }
    func settingsOK(_ path: String) -> String { "\(path): OK" }

    func createdLibrary(_ path: String, from seed: String) -> String { "created your library \(path) from the shipped Data \(seed)" }
    func problems(_ count: Int, in directory: String) -> String { "\(problems(count)) in \(directory)" }
    func dataOK(_ directory: String, releases: Int, meetings: Int, countries: Int, organizations: Int) -> String {
        "\(directory): OK (\(self.releases(releases)), \(self.meetings(meetings)), \(self.countries(countries)), \(self.organizations(organizations)))"
    }

    func noReleases(meeting: String?, country: String?, language: InterfaceLanguage?, since: String?, until: String?) -> String {
        var text = "No releases"
        if let language { text += " in \(language == .spanish ? "Spanish" : "English")" }
        if let meeting { text += " about meeting \(meeting)" }
        if let country { text += " mention \(country)" }
        switch (since, until) {
        case let (since?, until?): text += " dated \(since) to \(until)"
        case let (since?, nil): text += " dated \(since) or later"
        case let (nil, until?): text += " dated \(until) or earlier"
        case (nil, nil): break
        }
        return text + "."
    }
    func unknownMeeting(_ name: String, range: String) -> String {
        "unknown meeting \"\(name)\"; give its number (\(range)) or its id: `puebla timeline` lists them"
    }
    func noCountryNamed(_ query: String, suggestions: [String]) -> String {
        "unknown country \"\(query)\"" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?")
    }
    func renameTaken(_ id: String, path: String) -> String { "cannot rename to \(id): \(path) is already there" }
    func noRelease(_ id: String, closest: [String]) -> String {
        "no release \"\(id)\"" + (closest.isEmpty ? "; `puebla releases` lists them" : "; did you mean \(closest.joined(separator: ", "))?")
    }
    func formatsConflict(_ format: String) -> String { "--json and --format \(format) do not go together" }
    func quoteSource(title: String, date: String, id: String, paragraph: Int) -> String { "in \(title) (\(date); \(id), paragraph \(paragraph))" }
    var noQuotesMatch: String { "No quotes match." }

    var chartAndJSON: String { "--chart and --json do not go together" }
    var widthNeedsChart: String { "--width goes with --chart" }
    func widthRange(_ maximum: Int) -> String { "--width must be between 1 and \(maximum) columns" }
    func noMeetings(hostedBy country: String?, hosted: String?) -> String {
        guard let country, let hosted else { return "No meetings." }
        return "No meetings hosted by \(country) (\(hosted))."
    }
    func hostedSummary(_ hosted: String) -> String { "; hosted: \(hosted)" }
    var noMeetingsOfKnownYear: String { "No meetings of known year on record." }
    var tooNarrowForPicture: String { "the terminal is too narrow for the picture" }
    var memberStates: String { "Member states" }
    var observerCountries: String { "Observer countries" }
    var hostsAndPresidencies: String { "Meetings hosted and presidencies held" }
    func unknownHostsNote(_ count: Int, meetings: [String]) -> String {
        "HOSTED counts meetings whose host is on record: \(Plural.count(count, "meeting's host is", "meetings' hosts are")) unknown (\(meetings.joined(separator: ", ")))."
    }
    func unknownPresidenciesNote(_ count: Int, of years: ClosedRange<Int>) -> String {
        "PRESIDENCY lists the years a source gives: no source gives the presidency for \(count) of the \(years.count) years \(years.lowerBound)-\(years.upperBound)."
    }

    var giveAWord: String { "give at least one word to search for (letters or digits)" }
    func searchFoundNothing(_ query: String, country: String?) -> String {
        "Nothing matches \"\(query)\"" + (country.map { " in what concerns \($0)" } ?? "") + "."
    }
    var titleMatch: String { "title" }
    func paragraphsMatch(_ numbers: [Int]) -> String {
        Plural.noun(numbers.count, "paragraph") + " " + numbers.map(String.init).joined(separator: ",")
    }
    func field(_ field: SearchFields) -> String { field.names.joined(separator: ", ") }

    var readingPages: String { "Reading pages" }
    var writingReleases: String { "Writing releases" }
    var indexingProgress: String { "Indexing releases" }
    func cannotLockData(_ path: String, reason: String) -> String { "\(path): cannot lock Data for the import: \(reason)" }
    func cannotCreateLibrary(_ path: String, reason: String) -> String { "\(path): cannot create your library: \(reason)" }
    func waitingForImport(_ directory: String) -> String { "waiting for another import of \(directory) to finish" }
    func importStatus(_ status: ImportReport.Status) -> String { status.rawValue }
    func alreadyThere(as id: String) -> String { "already there as \(id)" }
    func addedCountries(_ codes: [String], to file: String, predicted: Bool) -> String {
        "\(predicted ? "would add" : "added") to \(file): \(codes.joined(separator: " "))"
    }
    func extractedField(_ name: String, _ summary: String?) -> String { "\(name): \(summary ?? "not found")" }
    func importNote(_ note: ImportNote) -> String { "note: \(self.note(note))" }
    func importSummary(_ summary: ImportReport.Summary, dryRun: Bool, data: String, createdFrom: String?) -> String {
        let verbs = dryRun ? ("would import", "would replace") : ("imported", "replaced")
        var counts = ["\(verbs.0) \(summary.imported)"]
        if summary.replaced > 0 { counts.append("\(verbs.1) \(summary.replaced)") }
        counts += ["already there \(summary.alreadyThere)", "refused \(summary.refused)"]
        if summary.skipped > 0 { counts.append(summary.skipped == 1 ? "skipped 1 file that is not a page" : "skipped \(summary.skipped) files that are not pages") }
        let created = createdFrom.map { ", \(dryRun ? "would be" : "was") created from \($0)" } ?? ""
        return (dryRun ? "Dry run, nothing written: " : "") + counts.joined(separator: ", ") + " (Data: \(data)\(created))"
    }
    var refusedHeading: String { "Refused:" }

    func editorFailed(_ editor: String, _ failure: Editor.Failure) -> String {
        let what: String
        switch failure {
        case .notStarted(let reason): what = "could not be started: \(reason)"
        case .notWaitedFor(let reason): what = "could not be waited for: \(reason)"
        case .signal(let number): what = "was stopped by signal \(number)"
        case .status(let code): what = "exited with status \(code)"
        }
        return "the editor (\(editor)) \(what); nothing changed"
    }
    func nothingChanged(_ problem: String) -> String { "\(problem); nothing changed" }
    func noChanges(_ id: String) -> String { "\(id): no changes; nothing written" }
    var notSavedWithoutTerminal: String { "your edit was not saved (no terminal to ask whether to edit again); nothing changed" }
    var editDiscarded: String { "your edit was discarded; nothing changed" }
    func changedWhileEditing(_ id: String, in directory: String) -> String { "\(id) was changed in \(directory) while you edited it; nothing changed" }
    func editNoLongerFits(_ directory: String) -> String { "your edit no longer fits \(directory); nothing changed" }
    func edited(_ id: String, path: String, renamedFrom: String?, removed: String?) -> String {
        let renamed = renamedFrom.map { " (renamed from \($0); \(removed ?? "") removed)" } ?? ""
        return "edited \(id) -> \(path)\(renamed)"
    }
    func editKept(_ message: String, in path: String) -> String { "\(message); your edit is kept in \(path)" }
    func problemsInEdit(_ count: Int, id: String) -> String { "\(problems(count)) in your edit of \(id)" }
    func editAddsNoCountries(_ file: String) -> String {
        "edit does not add countries: add them to \(file) first, or import a page that names them"
    }
    var editAgain: String { "Edit again? [Y/n] " }
    var yesAnswers: [String] { ["y", "yes"] }
    var noAnswers: [String] { ["n", "no"] }
    func waitingForEdit(_ directory: String) -> String { "waiting for an import or edit of \(directory) to finish" }
    func cannotMakeCopy(_ reason: String) -> String { "cannot make a copy to edit: \(reason)" }
    func cannotWriteCopy(_ path: String, _ reason: String) -> String { "\(path): cannot write the copy to edit: \(reason)" }

    var sayWhatToExport: String { "Say what to export: one of --bookmarks, --country or --query." }
    func exportedReleases(_ count: Int, to path: String) -> String { "Exported \(releases(count)) to \(path)" }
    func alreadyHoldsExport(_ path: String) -> String { "\(path) already holds this export" }
    func exportDiffers(_ path: String) -> String { "\(path) exists and differs from this export; --force replaces it" }
    func notTouched(_ path: String, _ reason: String) -> String { "\(path) \(reason); not touched" }
    var bookmarksTitle: String { "Bookmarks" }
    func releasesAbout(_ country: String) -> String { "Releases about \(country)" }
    func searchTitle(_ words: String) -> String { "Search: \(words)" }

    var indexRebuilt: String { "built from all of them" }
    func indexReadAgain(_ read: Int, dropped: Int) -> String { "\(read) read again, \(dropped) dropped" }
    func indexSummary(_ file: String, count: String, noun: String, how: String, seconds: String) -> String {
        "\(file): \(count) \(noun) (\(how)) in \(seconds) s"
    }

    func sinceAfterUntil(_ since: String, _ until: String) -> String {
        "--since \(since) is after --until \(until): no release can be in between"
    }
    func badDate(_ option: String, _ text: String) -> String { "\(option) \(text): give a year (2005) or a day as YYYY-MM-DD (2005-05-18)" }
    var wideAndColumns: String { "--wide and --columns do not go together" }
    func columnsRange(_ range: ClosedRange<Int>) -> String { "--columns must be between \(range.lowerBound) and \(range.upperBound)" }
    var mapOptionsNeedMap: String { "--width, --height, --select and --ascii go with --map" }
    func mapWidthAtMost(_ maximum: Int) -> String { "--width must be at most \(maximum) columns" }
    func mapHeightAtMost(_ maximum: Int) -> String { "--height must be at most \(maximum) rows" }
    func mapNeedsAtLeast(columns: Int, rows: Int) -> String { "the map needs at least \(columns) columns and \(rows) rows" }

    var memberState: String { "member state" }
    var observer: String { "observer" }
    var otherCountry: String { "other country" }
    func offTheMap(_ names: [String]) -> String { "Off the map: " + names.joined(separator: ", ") }
}
