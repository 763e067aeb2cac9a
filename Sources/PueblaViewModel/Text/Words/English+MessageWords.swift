import PueblaIndex
import PueblaKit

extension English: MessageWords {
    public func unreadOnly(_ shown: Bool) -> String { shown ? "Showing unread releases only; u shows all" : "Showing all releases" }
    public func releasesListed(in language: InterfaceLanguage?) -> String {
        switch language {
        case .english?: "Showing releases in English only; i goes on to all"
        case .spanish?: "Showing releases in Spanish only; i goes on to English"
        case nil: "Showing releases in every language"
        }
    }
    public var nothingToExport: String { "No releases here to export" }
    public func notExported(_ path: String) -> String { "Not exported: \(path) is left as it is" }
    public var nothingMarked: String { "Nothing marked" }
    public func reloaded(_ directory: String, releases: Int) -> String { "Reloaded \(directory): \(Plural.count(releases, "release"))" }
    public func dataFailed(_ reason: String, keptBefore: Bool) -> String {
        (keptBefore ? "Kept what was read before: " : "The releases cannot be indexed: ") + reason
    }
    public var releaseFileChanged: String { "The file of this release changed since it was indexed; reading Data again" }
    public var nothingToGoBack: String { "Nothing to go back to: q quits" }
    public func detailNeedsColumns(_ columns: Int) -> String { "The detail stands beside the list from \(columns) columns; Enter shows it" }
    public func detailShown(_ shown: Bool) -> String {
        shown ? "Detail shown beside the list; d hides it" : "Detail hidden; Enter shows it, d brings it back"
    }
    public func filtered(to country: String) -> String { "Filtered to \(country); C clears" }
    public func linesMatch(_ count: Int, _ text: String) -> String {
        "\(Plural.count(count, "line")) \(count == 1 ? "matches" : "match") \(text); n N next, previous"
    }
    public func notFoundInRelease(_ text: String) -> String { "Not found in this release: \(text)" }
    public var noSearchToRepeat: String { "No search to repeat: / searches" }
    public func searchWrapped(forward: Bool) -> String { "Search wrapped to the \(forward ? "first" : "last") match" }
    public var noMatchesInRelease: String { "No matches in this release" }
    public func marked(read: Bool) -> String { read ? "Marked read" : "Marked unread" }
    public var markAllWhere: String { "A marks read the releases listed: in Releases (1) or the search results" }
    public var allReadAlready: String { "Every release listed is read already" }
    public func markedAllRead(_ count: Int) -> String { "Marked \(Plural.count(count, "release")) read; m marks one unread again" }
    public var bookmarkWhere: String { "b bookmarks a release or a quote" }
    public func bookmarked(_ added: Bool) -> String { added ? "Bookmarked; B lists bookmarks" : "Bookmark removed" }
    public var indexingReleases: String { "Indexing releases" }
    public func secondsLeft(_ seconds: Int) -> String { "\(seconds) s left" }
    public func reloading(_ directory: String) -> String { "Reloading \(directory)" }
    public func stateNotSaved(_ reason: String) -> String { "Reading state not saved: \(reason)" }
    public var exportUnreadable: String { "Export failed: the release's file cannot be read" }
    public func exported(to path: String, wrote: Bool) -> String {
        wrote ? "Exported to \(path)" : "Already exported: \(path) holds this release"
    }
    public func exported(releases count: Int, to path: String, wrote: Bool) -> String {
        wrote ? "Exported \(Plural.count(count, "release")) to \(path)" : "Already exported: \(path) holds this list"
    }
    public func exportFailed(_ reason: String) -> String { "Export failed: \(reason)" }
    public var quoteCopied: String { "Copied the quote to the clipboard (where the terminal allows OSC 52)" }
    public var unsafeLinkCopied: String { "Copied the link (OSC 52): only http, https and mailto links are opened" }
    public func opening(_ url: String, with command: String) -> String { "Opening \(url) with \(command)" }
    public func linkCopied(_ url: String) -> String { "Copied \(url) to the clipboard (OSC 52): no display to open it on" }
    public func indexed(files: String, count: Int, dropped: Int, seconds: Double) -> String {
        "Indexed \(files) \(Plural.noun(count, "release file"))" + (dropped == 0 ? "" : ", dropped \(dropped)")
            + " in \(Self.seconds(seconds, point: ".")) s"
    }
    public func moreProblems(_ count: Int) -> String { "(and \(count) more; see `puebla validate`)" }
    public func noMap(_ reason: String) -> String { "No map: \(reason)" }
    public func needsTerminal(_ problem: TerminalProblem) -> String {
        let reason = switch problem {
        case .standardInput: "standard input is not a terminal"
        case .standardOutput: "standard output is not a terminal"
        case .termNotSet: "TERM is not set"
        case .dumbTerm: "TERM is \"dumb\""
        case .unknownTerm(let term): "the terminal \"\(term)\" is unknown to ncurses"
        }
        return reason + ": the browser needs a terminal. Without one, use `puebla releases`, `puebla show ID`, "
            + "`puebla quotes`, `puebla timeline`, `puebla members` or `puebla validate`."
    }
    public func stateNotSavedOnExit(_ reason: String) -> String { "reading state not saved: \(reason)" }
}

extension CommonWords {
    /// Seconds with one decimal, written with the language's decimal mark.
    static func seconds(_ seconds: Double, point: String) -> String {
        let tenths = Int((seconds * 10).rounded())
        return "\(tenths / 10)\(point)\(tenths % 10)"
    }
}
