import PueblaKit

/// The reader's status, the overlays (country picker, links, export path, questions), the search
/// and bookmarks screens, the tab bar's counts and the titles of exported lists.
public protocol ReaderWords: Sendable {
    /// The status bar's left end: "Reader 45%", "3 lines match", "Search", "Bookmarks".
    func readerPosition(_ percent: Int) -> String
    func linesMatching(_ count: Int) -> String
    var searchName: String { get }
    var bookmarksName: String { get }
    /// The filters the status bar names: "Meeting: XV", "Country: Mexico".
    var meetingFilterLabel: String { get }
    var countryFilterLabel: String { get }
    /// The search line and what the search shows before and without results.
    var searchPrompt: String { get }
    var searchHint: String { get }
    func nothingMatches(_ text: String, about country: String?) -> String
    /// A heading of the search results: its kind and how many are shown of how many.
    func resultsHeading(_ kind: ResultKind, shown: Int, of total: Int) -> String
    /// The heading of the first results of a search still counted in the background.
    func countingHeading(_ kind: ResultKind) -> String
    func bookmarksHeading(_ count: Int) -> String
    var noBookmarks: String { get }
    /// The links overlay.
    var linksTitle: String { get }
    var noLinks: String { get }
    var linksFooter: String { get }
    /// The country picker.
    var pickerTitle: String { get }
    var countryPrompt: String { get }
    func noCountryMatches(_ query: String) -> String
    /// The export overlays.
    var exportTitle: String { get }
    var pathPrompt: String { get }
    var pathHint: String { get }
    var existsAndDiffers: String { get }
    var replaceQuestion: String { get }
    /// The answers to a question, the default in capitals: "y/N", "s/N".
    var yesOrNo: String { get }
    /// The question before marking a list read.
    var markAllTitle: String { get }
    func unreadInList(_ count: Int) -> String
    func markQuestion(_ count: Int) -> String
    /// The tab bar's right end: the unread count, and the filters that hide releases.
    func unreadCount(_ count: Int) -> String
    func unreadOnlyCount(_ count: Int) -> String
    func releasesIn(_ language: InterfaceLanguage) -> String
    /// The releases pane when `i` leaves no release of that language listed.
    func noReleases(writtenIn language: InterfaceLanguage) -> String
    /// The titles of exported lists.
    var bookmarksExportTitle: String { get }
    func searchExportTitle(_ text: String) -> String
}

/// The kinds of search results, each under its heading.
public enum ResultKind: Sendable {
    case releases, quotes, meetings, countries
}
