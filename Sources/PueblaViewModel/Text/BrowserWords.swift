import PueblaKit

/// Every word the browser writes, in one language: the core's words and the browser's own, each
/// list a protocol that `English` and `Spanish` both conform to, so that a word missing in one
/// language does not build. Views take their words from `AppState.words`, never from a literal.
public typealias BrowserWords = CommonWords & FormatterWords & PaneWords & MessageWords & HelpWords & ReaderWords

/// The shipped panes, as their names in the catalog know them.
public enum PaneName: Sendable {
    case releases, quotes, timeline, members
}

/// The panes' names, lists and details.
public protocol PaneWords: Sendable {
    /// A shipped pane's name in the tab bar and the status line.
    func title(of pane: PaneName) -> String

    // The release's detail.
    /// "Enter reads the whole release (3 paragraphs, 1 quote)."
    func readWhole(paragraphs: Int, quotes: Int) -> String

    // The quote's detail.
    /// A quote whose page names no speaker, said as such in the detail.
    var unattributedLong: String { get }
    var roleLabel: String { get }
    var organizationLabel: String { get }
    var releaseLabel: String { get }
    /// "Paragraph 3:"
    func paragraph(_ number: Int) -> String
    var openAtParagraph: String { get }

    // The meeting's detail.
    var yearLabel: String { get }
    var datesLabel: String { get }
    var presidencyLabel: String { get }
    var themeLabel: String { get }
    var recordLabel: String { get }
    /// Another event held with the meeting.
    var alsoLabel: String { get }
    /// Such an event without dates.
    var eventDatesUnknown: String { get }
    var sourcesHeading: String { get }
    /// "Releases about this meeting (4)"
    func releasesAboutMeeting(_ count: Int) -> String
    /// "and 12 more"
    func andMore(_ count: Int) -> String
    var enterListsThem: String { get }

    // The country's detail and the members' list.
    /// The label of the country's name in the other language ("Spanish", "Inglés").
    var otherNameLabel: String { get }
    var codeLabel: String { get }
    var capitalLabel: String { get }
    /// "member state since 1996"; `since` is nil when no source gives the year.
    func memberState(since: String?) -> String
    var observerCountry: String { get }
    var notMember: String { get }
    var releasesLabel: String { get }
    var quotesLabel: String { get }
    var meetingsLabel: String { get }
    /// "4 mention it": the releases that mention the country.
    func mentioning(_ count: Int) -> String
    /// "7 in those releases"
    func quotesInThem(_ count: Int) -> String
    /// "hosted: 2 known; ..."
    func hosted(_ text: String) -> String
    /// "Everything is filtered to Mexico; C clears it."
    func filteredTo(_ country: String) -> String
    /// "Enter filters every pane to Mexico."
    func enterFilters(_ country: String) -> String
    /// "since 1996" in the members' list.
    func since(_ year: String) -> String
    /// "Member states (11)", "Observer countries (5)".
    func heading(_ role: RCMRole, count: Int) -> String

    // The pictures of the conference's years.
    /// The rows' labels, long (at most 10 columns) and short (at most 4).
    var meetingsRow: (long: String, short: String) { get }
    var hostRow: (long: String, short: String) { get }
    var presidencyRow: (long: String, short: String) { get }
    var hostedRow: (long: String, short: String) { get }
    var releasesRow: (long: String, short: String) { get }
    /// "max 12": the tallest bar's count.
    func maximum(_ count: Int) -> String
    var yearAxis: String { get }
    /// "XV 2010?: year unknown, not drawn"
    func yearUnknown(_ label: String) -> String
    /// The key: "5 years a column", "+: several", "xx: not confirmed", "·: unknown".
    func yearsPerColumn(_ count: Int) -> String
    var severalKey: String { get }
    var notConfirmedKey: String { get }
    var unknownKey: String { get }
    /// What the picture leaves out or narrows.
    var barsIndexing: String { get }
    func barsMentioning(_ country: String) -> String
    func meetingsNotDrawn(_ count: Int) -> String
    func releasesOutside(_ count: Int, from: Int, to: Int) -> String
    func undatedReleases(_ count: Int) -> String

    // Empty lists and the too-small notice.
    var releasesIndexing: String { get }
    var quotesIndexing: String { get }
    /// "No releases about meeting I"; `country` names the filter when there is one.
    func noReleases(aboutMeeting roman: String, mentioning country: String?) -> String
    func noReleases(mentioning country: String) -> String
    func noReleases(in directory: String) -> String
    func noQuotes(mentioning country: String) -> String
    var noQuotes: String { get }
    func noMeetings(hostedBy country: String, hosted: String) -> String
    var noMeetings: String { get }
    var noCountries: String { get }
    func tooSmall(columns: Int, rows: Int) -> String
}

extension InterfaceLanguage {
    /// The browser's words in this language.
    public var browserWords: any BrowserWords { self == .spanish ? Spanish() : English() }
}
