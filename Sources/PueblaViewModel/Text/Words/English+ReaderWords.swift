import PueblaKit

extension English: ReaderWords {
    public func readerPosition(_ percent: Int) -> String { "Reader \(percent)%" }
    public func linesMatching(_ count: Int) -> String { "\(Plural.count(count, "line")) \(count == 1 ? "matches" : "match")" }
    public var searchName: String { "Search" }
    public var bookmarksName: String { "Bookmarks" }
    public var meetingFilterLabel: String { "Meeting" }
    public var countryFilterLabel: String { "Country" }
    public var searchPrompt: String { "Search: " }
    public var searchHint: String { "Type to search releases, quotes, meetings and countries; accents and case do not matter." }
    public func nothingMatches(_ text: String, about country: String?) -> String {
        "Nothing matches \"\(text)\"" + (country.map { " in what concerns \($0)" } ?? "") + "."
    }
    public func resultsHeading(_ kind: ResultKind, shown: Int, of total: Int) -> String {
        "\(kindName(kind)) (" + (shown < total ? "\(shown) of \(total); more words narrow it" : "\(total)") + ")"
    }
    public func countingHeading(_ kind: ResultKind) -> String { "\(kindName(kind)) (counting…)" }
    private func kindName(_ kind: ResultKind) -> String {
        switch kind {
        case .releases: "Releases"
        case .quotes: "Quotes"
        case .meetings: "Meetings"
        case .countries: "Countries"
        }
    }
    public func bookmarksHeading(_ count: Int) -> String { "Bookmarks (\(count))" }
    public var noBookmarks: String { "No bookmarks yet: b bookmarks the selected release or quote." }
    public var linksTitle: String { "Links and contacts" }
    public var noLinks: String { "This release has no links or contacts." }
    public var linksFooter: String { "Enter shows the address on the status line; Puebla opens no connection." }
    public var pickerTitle: String { "Filter by country" }
    public var countryPrompt: String { "Country: " }
    public func noCountryMatches(_ query: String) -> String { "No country matches \"\(query)\"." }
    public var exportTitle: String { "Export as Markdown" }
    public var pathPrompt: String { "Path: " }
    public var pathHint: String { "A relative path is taken from the current folder; ~ is your home." }
    public var existsAndDiffers: String { "exists and differs from this export." }
    public var replaceQuestion: String { "Replace it? " }
    public var yesOrNo: String { "y/N" }
    public var markAllTitle: String { "Mark all read" }
    public func unreadInList(_ count: Int) -> String { "\(Plural.count(count, "unread release")) in this list." }
    public func markQuestion(_ count: Int) -> String { count == 1 ? "Mark it read? " : "Mark them all read? " }
    public func unreadCount(_ count: Int) -> String { "\(count) unread" }
    public func unreadOnlyCount(_ count: Int) -> String { "Unread only (\(count))" }
    public func releasesIn(_ language: InterfaceLanguage) -> String { language == .spanish ? "In Spanish" : "In English" }
    public func noReleases(writtenIn language: InterfaceLanguage) -> String {
        "No releases in \(language == .spanish ? "Spanish" : "English") here. Press i for the others."
    }
    public var bookmarksExportTitle: String { "Bookmarks" }
    public func searchExportTitle(_ text: String) -> String { "Search: \(text)" }
}
