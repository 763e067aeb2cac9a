import PueblaKit

/// What the status line says after an action: a mark, a filter, an export, a reload, a mistake.
public protocol MessageWords: Sendable {
    /// `u`: "Showing unread releases only; u shows all", or all of them again.
    func unreadOnly(_ shown: Bool) -> String
    /// The language filter's key: which releases are listed now.
    func releasesListed(in language: InterfaceLanguage?) -> String
    var nothingToExport: String { get }
    /// An export the user chose not to write over `path`.
    func notExported(_ path: String) -> String
    var nothingMarked: String { get }
    /// Data read again: its folder and the releases it holds.
    func reloaded(_ directory: String, releases: Int) -> String
    /// Data could not be read: with nothing indexed yet, or with what was read before kept.
    func dataFailed(_ reason: String, keptBefore: Bool) -> String
    var releaseFileChanged: String { get }
    var nothingToGoBack: String { get }
    /// `d` on a screen too narrow for the split.
    func detailNeedsColumns(_ columns: Int) -> String
    func detailShown(_ shown: Bool) -> String
    func filtered(to country: String) -> String
    /// `/` in the reader: how many lines match the words typed.
    func linesMatch(_ count: Int, _ text: String) -> String
    func notFoundInRelease(_ text: String) -> String
    var noSearchToRepeat: String { get }
    func searchWrapped(forward: Bool) -> String
    var noMatchesInRelease: String { get }
    func marked(read: Bool) -> String
    var markAllWhere: String { get }
    var allReadAlready: String { get }
    func markedAllRead(_ count: Int) -> String
    var bookmarkWhere: String { get }
    func bookmarked(_ added: Bool) -> String
    /// The loop's notices: indexing, reloading, saving, exporting, copying, opening.
    var indexingReleases: String { get }
    /// The indexing's progress: "12 s left".
    func secondsLeft(_ seconds: Int) -> String
    func reloading(_ directory: String) -> String
    func stateNotSaved(_ reason: String) -> String
    var exportUnreadable: String { get }
    func exported(to path: String, wrote: Bool) -> String
    func exported(releases count: Int, to path: String, wrote: Bool) -> String
    func exportFailed(_ reason: String) -> String
    var quoteCopied: String { get }
    var unsafeLinkCopied: String { get }
    func opening(_ url: String, with command: String) -> String
    func linkCopied(_ url: String) -> String
    /// "Indexed 2,000 release files, dropped 3 in 1.2 s".
    func indexed(files: String, count: Int, dropped: Int, seconds: Double) -> String
    /// After the first problem in Data: how many more there are, and where to see them.
    func moreProblems(_ count: Int) -> String
    func noMap(_ reason: String) -> String
    /// On standard error: why the browser cannot start here, and the commands to use instead.
    func needsTerminal(_ problem: TerminalProblem) -> String
    /// On standard error once the terminal is restored: "reading state not saved: ...".
    func stateNotSavedOnExit(_ reason: String) -> String
}

/// Why there is no terminal for the browser.
public enum TerminalProblem: Sendable {
    case standardInput, standardOutput, termNotSet, dumbTerm
    /// A TERM ncurses has no description of.
    case unknownTerm(String)
}
