import PueblaKit

/// The help overlay and the status bar's hints: what each action does, in a few words.
public protocol HelpWords: Sendable {}
