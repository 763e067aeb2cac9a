/// The characters the interface draws of its own: borders, marks, the pointer, arrows, quotation
/// marks, dashes and the ellipsis. A terminal whose locale is not UTF-8 gets ASCII forms, as the map
/// gets dots instead of braille; those drawn inside a layout take one column in both sets, so
/// nothing else moves. Text from Data is drawn as it is.
///
/// The set is chosen once, from the locale the browser starts in (`AppState.usesUnicode`), and is
/// `current` while the state is updated and drawn.
public struct Glyphs: Sendable, Equatable {
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character
    /// Before an unread release, a bookmarked one, the country every pane is filtered by.
    public let unread, bookmark, filtered: Character
    /// Before the chosen line of a list drawn in a box.
    public let pointer: Character
    public let ellipsis: Character
    public let openQuote, closeQuote, dash: Character
    /// Arrow keys as the help and the status bar name them (not in a layout: any width).
    public let up, down, left, right, upDown: String

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                       unread: "•", bookmark: "★", filtered: "◆", pointer: "▶", ellipsis: "…",
                                       openQuote: "“", closeQuote: "”", dash: "—",
                                       up: "↑", down: "↓", left: "←", right: "→", upDown: "↑↓")
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                     unread: "*", bookmark: "!", filtered: "*", pointer: ">", ellipsis: ">",
                                     openQuote: "\"", closeQuote: "\"", dash: "-",
                                     up: "Up", down: "Down", left: "Left", right: "Right", upDown: "Up/Down")

    /// The set in use: bound by `update` and the renderer from `AppState.usesUnicode`.
    @TaskLocal public static var current = Glyphs.unicode

    public static func forTerminal(unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }
}

extension AppState {
    /// The glyphs this browser's terminal gets.
    public var glyphs: Glyphs { .forTerminal(unicode: usesUnicode) }
}
