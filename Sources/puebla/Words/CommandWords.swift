import PueblaImport
import PueblaIndex
import PueblaKit

/// Every word the command line writes, in one language: the core's and the formatters' words and
/// the command line's own, each list a protocol that `English` and `Spanish` both conform to, so
/// that a word missing in one language does not build. Commands take their words from
/// `Words.current`, never from a literal (a test checks it). `--json` output is the exception:
/// its field names and codes are the same in every language.
typealias CLIWords = FormatterWords & CommandWords & CommandHelpWords

/// The words of the language `--lang`, the settings or the locale chose.
enum Words {
    static let current: any CLIWords = CommandLanguage.current.commandWords
}

extension InterfaceLanguage {
    /// The command line's words in this language.
    var commandWords: any CLIWords { self == .spanish ? Spanish() : English() }
}

/// What the commands print: table headers, counts, messages and errors.
protocol CommandWords: ImportWords {
    // MARK: Columns of the tables
    var dateColumn: String { get }
    var idColumn: String { get }
    var placeColumn: String { get }
    var titleColumn: String { get }
    var matchColumn: String { get }
    var quoteColumn: String { get }
    var speakerColumn: String { get }
    var textColumn: String { get }
    var numberColumn: String { get }
    var yearColumn: String { get }
    var datesColumn: String { get }
    var statusColumn: String { get }
    var themeColumn: String { get }
    var codeColumn: String { get }
    /// The country's name in this language, and in the other one.
    var nameColumn: String { get }
    var otherNameColumn: String { get }
    var capitalColumn: String { get }
    var sinceColumn: String { get }
    var releasesColumn: String { get }
    var hostedColumn: String { get }
    var presidencyColumn: String { get }

    // MARK: Counts
    func quotes(_ count: Int) -> String
    func meetings(_ count: Int) -> String
    func countries(_ count: Int) -> String
    func organizations(_ count: Int) -> String
    func problems(_ count: Int) -> String
    /// The noun alone, for a count printed with grouped digits.
    func releaseNoun(_ count: Int) -> String

    // MARK: The language and the settings
    func languageProblem(_ problem: CommandLanguage.Problem) -> String
    /// On the browser's status line: "config.toml: 2 mistakes; puebla config lists them".
    func settingsMistakes(_ count: Int) -> String
    var settingsKeepDefaults: String { get }
    func settingsMissing(_ path: String) -> String
    func settingsOK(_ path: String) -> String

    // MARK: Data
    func createdLibrary(_ path: String, from seed: String) -> String
    func problems(_ count: Int, in directory: String) -> String
    func dataOK(_ directory: String, releases: Int, meetings: Int, countries: Int, organizations: Int) -> String

    // MARK: releases, show, quotes
    /// "No releases about meeting XV mention Jamaica from 2005 to 2010.": what narrowed the list.
    func noReleases(meeting: String?, country: String?, language: InterfaceLanguage?, since: String?, until: String?) -> String
    func unknownMeeting(_ name: String, range: String) -> String
    /// `--country` naming no country, with the names closest to it.
    func noCountryNamed(_ query: String, suggestions: [String]) -> String
    func noRelease(_ id: String, closest: [String]) -> String
    /// An edit that renames the release to an id (quoted) whose file is already there.
    func renameTaken(_ id: String, path: String) -> String
    func formatsConflict(_ format: String) -> String
    /// Where a quote is from: "in Title (date; id, paragraph 3)".
    func quoteSource(title: String, date: String, id: String, paragraph: Int) -> String
    var noQuotesMatch: String { get }

    // MARK: timeline, members
    var chartAndJSON: String { get }
    var widthNeedsChart: String { get }
    func widthRange(_ maximum: Int) -> String
    func noMeetings(hostedBy country: String?, hosted: String?) -> String
    func hostedSummary(_ hosted: String) -> String
    var noMeetingsOfKnownYear: String { get }
    var tooNarrowForPicture: String { get }
    var memberStates: String { get }
    var observerCountries: String { get }
    var hostsAndPresidencies: String { get }
    func unknownHostsNote(_ count: Int, meetings: [String]) -> String
    func unknownPresidenciesNote(_ count: Int, of years: ClosedRange<Int>) -> String

    // MARK: search
    var giveAWord: String { get }
    func searchFoundNothing(_ query: String, country: String?) -> String
    var titleMatch: String { get }
    func paragraphsMatch(_ numbers: [Int]) -> String
    func field(_ field: SearchFields) -> String

    // MARK: import
    var readingPages: String { get }
    var writingReleases: String { get }
    var indexingProgress: String { get }
    func waitingForImport(_ directory: String) -> String
    /// The lock on Data (`DataLock`) that an import or an edit cannot take, in the system's words.
    func cannotLockData(_ path: String, reason: String) -> String
    func cannotCreateLibrary(_ path: String, reason: String) -> String
    func importStatus(_ status: ImportReport.Status) -> String
    func alreadyThere(as id: String) -> String
    func addedCountries(_ codes: [String], to file: String, predicted: Bool) -> String
    /// A field the importer found (its name as `--json` gives it under `missing`), or did not.
    func extractedField(_ name: String, _ summary: String?) -> String
    func importNote(_ note: ImportNote) -> String
    func importSummary(_ summary: ImportReport.Summary, dryRun: Bool, data: String, createdFrom: String?) -> String
    var refusedHeading: String { get }

    // MARK: edit
    func editorFailed(_ editor: String, _ failure: Editor.Failure) -> String
    func nothingChanged(_ problem: String) -> String
    func noChanges(_ id: String) -> String
    var notSavedWithoutTerminal: String { get }
    var editDiscarded: String { get }
    func changedWhileEditing(_ id: String, in directory: String) -> String
    func editNoLongerFits(_ directory: String) -> String
    func edited(_ id: String, path: String, renamedFrom: String?, removed: String?) -> String
    func editKept(_ message: String, in path: String) -> String
    func problemsInEdit(_ count: Int, id: String) -> String
    func editAddsNoCountries(_ file: String) -> String
    var editAgain: String { get }
    /// The answers that mean yes and no to `editAgain` (an empty line is yes).
    var yesAnswers: [String] { get }
    var noAnswers: [String] { get }
    func waitingForEdit(_ directory: String) -> String
    func cannotMakeCopy(_ reason: String) -> String
    func cannotWriteCopy(_ path: String, _ reason: String) -> String

    // MARK: export
    var sayWhatToExport: String { get }
    func exportedReleases(_ count: Int, to path: String) -> String
    func alreadyHoldsExport(_ path: String) -> String
    func exportDiffers(_ path: String) -> String
    func notTouched(_ path: String, _ reason: String) -> String
    var bookmarksTitle: String { get }
    func releasesAbout(_ country: String) -> String
    func searchTitle(_ words: String) -> String

    // MARK: index
    var indexRebuilt: String { get }
    func indexReadAgain(_ read: Int, dropped: Int) -> String
    func indexSummary(_ file: String, count: String, noun: String, how: String, seconds: String) -> String

    // MARK: options checked
    func sinceAfterUntil(_ since: String, _ until: String) -> String
    func badDate(_ option: String, _ text: String) -> String
    var wideAndColumns: String { get }
    func columnsRange(_ range: ClosedRange<Int>) -> String
    var mapOptionsNeedMap: String { get }
    func mapWidthAtMost(_ maximum: Int) -> String
    func mapHeightAtMost(_ maximum: Int) -> String
    func mapNeedsAtLeast(columns: Int, rows: Int) -> String

    // MARK: the map's legend
    var memberState: String { get }
    var observer: String { get }
    var otherCountry: String { get }
    func offTheMap(_ names: [String]) -> String
}

/// The help: each command's abstract and discussion, each option's help and value name.
/// swift-argument-parser writes its own words ("USAGE:", "OPTIONS:", its errors) in English.
protocol CommandHelpWords: Sendable {
    var rootAbstract: String { get }
    var rootDiscussion: String { get }
    var dataHelp: String { get }
    var countryHelp: String { get }
    var jsonHelp: String { get }
    var languageHelp: String { get }
    var releaseLanguageHelp: String { get }
    var browseAbstract: String { get }
    var noStateHelp: String { get }
    var releasesAbstract: String { get }
    var meetingHelp: String { get }
    var showAbstract: String { get }
    var releaseIDHelp: String { get }
    var formatHelp: String { get }
    var showJSONHelp: String { get }
    var quotesAbstract: String { get }
    var speakerHelp: String { get }
    var timelineAbstract: String { get }
    var chartHelp: String { get }
    var chartWidthHelp: String { get }
    var membersAbstract: String { get }
    var validateAbstract: String { get }
    var searchAbstract: String { get }
    var searchDiscussion: String { get }
    var searchWordsHelp: String { get }
    var importAbstract: String { get }
    var importDiscussion: String { get }
    var importFilesHelp: String { get }
    var dryRunHelp: String { get }
    var replaceHelp: String { get }
    var editAbstract: String { get }
    var editDiscussion: String { get }
    var configAbstract: String { get }
    var configDiscussion: String { get }
    var printDefaultHelp: String { get }
    var exportAbstract: String { get }
    var exportDiscussion: String { get }
    var bookmarksHelp: String { get }
    var queryHelp: String { get }
    var exportFormatHelp: String { get }
    var outputHelp: String { get }
    var forceHelp: String { get }
    var indexAbstract: String { get }
    var indexDiscussion: String { get }
    var rebuildHelp: String { get }
    var sinceHelp: String { get }
    var untilHelp: String { get }
    var wideHelp: String { get }
    var columnsHelp: String { get }
    var mapHelp: String { get }
    var mapWidthHelp: String { get }
    var mapHeightHelp: String { get }
    var selectHelp: String { get }
    var asciiHelp: String { get }
    // Value names, as the usage lines show them: `--data <dir>`.
    var directoryValue: String { get }
    var countryValue: String { get }
    var meetingValue: String { get }
    var nameValue: String { get }
    var columnsValue: String { get }
    var rowsValue: String { get }
    var fileValue: String { get }
    var wordsValue: String { get }
    var dateValue: String { get }
    var numberValue: String { get }
}
