import PueblaKit

/// The help overlay and the status bar's hints: what each action does, in a few words.
public protocol HelpWords: Sendable {
    /// The help's title, its first line and its last.
    var helpTitle: String { get }
    var keysTitle: String { get }
    var pressAnyKeyToClose: String { get }
    /// A group of the help's lines: "Moving", "Reading".
    func heading(of group: HelpGroup) -> String
    /// What the keys of a line of the help do, in the reader or in the lists.
    func meaning(of topic: HelpTopic, inReader: Bool) -> String
    /// What Enter does on the item selected, at length for the help and in a word for the status bar.
    func openMeaning(_ target: OpenTarget, short: Bool) -> String
    /// Keys the help and the status bar name by words: "mouse", "any key", "type".
    func keyName(_ key: WordedKey) -> String
    /// A status bar hint's meaning, in a word or two.
    func hint(_ hint: Hint) -> String
    /// The key that answers yes to a question, besides y: "y", "s" (sí).
    var yesKey: Character { get }
}

/// The help's groups, in the order it shows them.
public enum HelpGroup: CaseIterable, Sendable {
    case moving, panes, reading, marks, map, filters, other
}

/// What Enter does where the user is.
public enum OpenTarget: Sendable {
    case result, bookmark, detail, release, quote, meetingReleases, countryFilter
}

/// Keys named by words rather than by what is printed on them.
public enum WordedKey: Sendable {
    case mouse, anyKey, anyOtherKey, type, shiftArrows
}

/// The status bar's hints.
public enum Hint: Sendable {
    case scroll, close, narrow, apply, cancel, choose, open, path, export, replace, keep, markThemRead, leaveThem
    case match, page, bookmark, back, help, search, results, leave, edit, remove, country, clear, quit
}
