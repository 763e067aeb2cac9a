import PueblaKit

/// Every word the browser writes, in one language: the core's words and the browser's own, each
/// list a protocol that `English` and `Spanish` both conform to, so that a word missing in one
/// language does not build. Views take their words from `AppState.words`, never from a literal.
public typealias BrowserWords = CommonWords & FormatterWords & PaneWords & MessageWords & HelpWords & ReaderWords

/// The panes' names, lists and details.
public protocol PaneWords: Sendable {
    /// A pane's name in the tab bar and the status line.
    func title(of pane: Pane) -> String
}

extension InterfaceLanguage {
    /// The browser's words in this language.
    public var browserWords: any BrowserWords { self == .spanish ? Spanish() : English() }
}
