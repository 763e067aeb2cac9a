/// Puebla's settings, from `config.toml`: each one defaulted on its own, so a mistake in one key
/// never costs the others.
public struct Config: Sendable, Equatable {
    /// The panes Puebla can open on.
    public enum Pane: String, Sendable, CaseIterable {
        case releases, quotes, timeline, members
    }

    /// Action name to the keys bound to it, as written ("j", "Down", "ctrl-d"). Only actions the
    /// file names are here; the browser keeps its own bindings for the rest and checks the names.
    public var keys: [String: [String]]
    /// One of `Config.themes`.
    public var theme: String
    /// Element name ("title", "selection", ...) to a colour, over the theme's own.
    public var colors: [String: TerminalColor]
    /// The pane to open on every time; nil opens where the user left (the reading state).
    public var defaultPane: Pane?
    /// Columns of text in the reader; a narrower window wraps narrower.
    public var readerWidth: Int
    /// Percent of the window's width the list takes when the detail stands beside it.
    public var listWidth: Int
    /// The interface's language; nil follows the locale.
    public var language: InterfaceLanguage?
    /// The lists show their selection with a pointer in a column of their own, their rows without
    /// bold or dim, instead of in reverse video: fewer bytes a key, for slow links.
    public var arrowCursor: Bool

    public init(keys: [String: [String]] = [:], theme: String = "default", colors: [String: TerminalColor] = [:],
                defaultPane: Pane? = nil, readerWidth: Int = 72, listWidth: Int = 55, language: InterfaceLanguage? = nil,
                arrowCursor: Bool = true) {
        self.keys = keys
        self.theme = theme
        self.colors = colors
        self.defaultPane = defaultPane
        self.readerWidth = readerWidth
        self.listWidth = listWidth
        self.language = language
        self.arrowCursor = arrowCursor
    }

    public static let `default` = Config()
    /// The named themes, first the default.
    public static let themes = ["default", "mono", "light"]
    public static let readerWidths = 20...400
    public static let listWidths = 25...75
}

/// The colours a terminal knows by name: the eight ANSI colours, their bright forms, and the
/// terminal's own foreground or background.
public enum TerminalColor: String, Sendable, CaseIterable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack = "bright-black", brightRed = "bright-red", brightGreen = "bright-green",
         brightYellow = "bright-yellow", brightBlue = "bright-blue", brightMagenta = "bright-magenta",
         brightCyan = "bright-cyan", brightWhite = "bright-white"
}
