import PueblaKit

/// Which action a key means where the user is. Lists the keys of each context for the help overlay
/// and the status bar, so that what is shown and what works cannot drift apart.
public enum Keymap {
    public struct Binding: Sendable {
        public let keys: String
        public let meaning: String
    }

    public static func action(for key: Key, in state: AppState) -> Action? {
        if case .mouse(let event) = key { return mouseAction(event) }
        switch state.overlay {
        case .help?:
            return helpAction(for: key)
        case .countryPicker?:
            return lineEditing(key, typed: Action.pickerInput, erase: .pickerDeleteBackward(1), enter: .pickerApply,
                               move: Action.pickerMove)
        case .links?:
            return linksAction(for: key)
        case .exportPath?:
            return lineEditing(key, typed: Action.promptInput, erase: .promptDeleteBackward(1), enter: .open)
        case .confirmOverwrite?, .confirmListOverwrite?, .confirmMarkAllRead?:
            return .answer(key == .character("y") || key == .character("Y"))
        case nil:
            break
        }
        // `/` in the reader: words typed to search the release.
        let findsInRelease = if case .reader(let reader) = state.screen { reader.finding != nil } else { false }
        if state.screen == .search && state.search?.isEditing == true || findsInRelease {
            return lineEditing(key, typed: Action.searchInput, erase: .searchDeleteBackward(1), enter: .searchFocusResults,
                               move: Action.moveSelection)
        }
        if let custom = state.keyBindings[key] { return custom.action }
        if key == .character("e"), state.listExport != nil { return .exportList }
        if case .reader = state.screen, let action = readerAction(for: key) { return action }
        if state.showsMap, let action = mapAction(for: key) { return action }
        return listAction(for: key)
    }

    private static func mouseAction(_ event: MouseEvent) -> Action {
        switch event.kind {
        case .click: return .click(row: event.row, column: event.column)
        case .doubleClick: return .doubleClick(row: event.row, column: event.column)
        case .wheelUp: return .wheel(-1, row: event.row)
        case .wheelDown: return .wheel(1, row: event.row)
        }
    }

    /// The help scrolls when it is taller than the screen; any other key closes it.
    private static func helpAction(for key: Key) -> Action {
        switch key {
        case .character("Q"): return .quit
        case .up, .character("k"): return .moveSelection(-1)
        case .down, .character("j"): return .moveSelection(1)
        case .pageUp: return .page(-1)
        case .pageDown, .character(" "): return .page(1)
        case .home, .character("g"): return .moveToFirst
        case .end, .character("G"): return .moveToLast
        default: return .toggleHelp
        }
    }

    private static func linksAction(for key: Key) -> Action? {
        switch key {
        case .up, .character("k"): return .moveSelection(-1)
        case .down, .character("j"): return .moveSelection(1)
        case .enter: return .open
        case .character("Q"): return .quit
        default: return .back
        }
    }

    /// A line being typed (the country picker, the search, a path): characters and Backspace edit
    /// it, Enter takes it, Esc cancels, and arrows move in the list under it where there is one.
    private static func lineEditing(_ key: Key, typed: (String) -> Action, erase: Action, enter: Action,
                                    move: ((Int) -> Action)? = nil) -> Action? {
        switch key {
        case .escape: return .back
        case .enter: return enter
        case .backspace: return erase
        case .up: return move?(-1)
        case .down: return move?(1)
        case .pageUp: return move?(-10)
        case .pageDown: return move?(10)
        case .character(let c) where !c.isNewline: return typed(String(c))
        default: return nil
        }
    }

    /// Keys for the map; they need no focus, as none of them means anything else in these panes.
    private static func mapAction(for key: Key) -> Action? {
        switch key {
        case .character("+"), .character("="): return .zoomMap(in: true)
        case .character("-"): return .zoomMap(in: false)
        case .character("0"): return .resetMap
        case .shiftUp, .character("K"): return .panMap(.up)
        case .shiftDown, .character("J"): return .panMap(.down)
        case .shiftLeft, .character("H"): return .panMap(.left)
        case .shiftRight, .character("L"): return .panMap(.right)
        default: return nil
        }
    }

    private static func readerAction(for key: Key) -> Action? {
        switch key {
        case .character(" "): return .page(1)
        case .character("b"): return .toggleBookmark
        case .left, .character("h"): return .back
        case .enter: return .moveSelection(1)
        case .character("e"): return .exportRelease
        case .character("E"): return .askExportPath
        case .character("L"): return .showLinks
        default: return nil
        }
    }

    private static func listAction(for key: Key) -> Action? {
        if case .character(let character) = key, let bindable = BindableAction.defaults[character] { return bindable.action }
        switch key {
        case .up: return .moveSelection(-1)
        case .down: return .moveSelection(1)
        case .pageUp: return .page(-1)
        case .pageDown: return .page(1)
        case .home: return .moveToFirst
        case .end: return .moveToLast
        case .enter, .right: return .open
        case .escape, .left: return .back
        case .tab: return .nextPane
        case .backTab: return .previousPane
        default: return nil
        }
    }

    /// Every key of the current context, for the help overlay.
    public static func help(for state: AppState) -> [Binding] {
        let (up, down, left, right) = (state.glyphs.up, state.glyphs.down, state.glyphs.left, state.glyphs.right)
        var bindings: [Binding]
        if case .reader = state.screen {
            bindings = [
                Binding(keys: "\(up) \(down)  j k", meaning: "scroll a line"),
                Binding(keys: "PgUp PgDn  Space", meaning: "scroll a page"),
                Binding(keys: "Home End  g G", meaning: "top, end of the release"),
                Binding(keys: "/  n N", meaning: "search this release; next, previous match (wraps around)"),
                Binding(keys: "b", meaning: "bookmark this release"),
                Binding(keys: "m", meaning: "mark read or unread"),
                Binding(keys: "e  E", meaning: "export as Markdown to the current folder; to a path you type"),
                Binding(keys: "L", meaning: "list links and contacts; Enter opens one (or copies it)"),
                Binding(keys: "Esc q \(left)", meaning: "back, to the same place"),
            ]
        } else {
            bindings = [
                Binding(keys: "\(up) \(down)  j k", meaning: "move the selection"),
                Binding(keys: "PgUp PgDn Space", meaning: "move a page"),
                Binding(keys: "Home End  g G", meaning: "first, last"),
                Binding(keys: "Enter \(right)", meaning: openMeaning(state)),
                Binding(keys: "Esc \(left)  q", meaning: state.screen == .panes ? "back; at the top only q quits" : "back to the list"),
                Binding(keys: "Tab Shift-Tab  1-4", meaning: "switch pane"),
                Binding(keys: "/  n N", meaning: "search everything; next, previous result"),
                Binding(keys: "m  u  A", meaning: "mark read or unread; unread only; mark list read"),
                Binding(keys: "b  B", meaning: "bookmark a release or quote; list bookmarks"),
                Binding(keys: "y", meaning: "copy the quote with who said it"),
            ]
            if state.listExport != nil { bindings.append(Binding(keys: "e", meaning: "export this list as one Markdown file")) }
        }
        if state.showsMap {
            bindings += [
                Binding(keys: "+ -  0", meaning: "zoom the map in, out; reset it"),
                Binding(keys: "H J K L  Shift-arrows", meaning: "pan the map"),
            ]
        }
        bindings += [
            Binding(keys: "c  C", meaning: "filter every pane by country; clear it"),
            Binding(keys: "d", meaning: "hide or show the detail beside the list"),
            Binding(keys: "R", meaning: "reload Data"),
            Binding(keys: "?", meaning: "this help"),
            Binding(keys: "Q", meaning: "quit at once"),
            Binding(keys: "mouse", meaning: "click selects, double-click opens, wheel scrolls"),
        ]
        if !state.keyBindings.isEmpty {
            let custom = state.keyBindings.map { "\(KeyName.text(for: $0.key)) \($0.value.rawValue)" }.sorted().joined(separator: ", ")
            bindings.append(Binding(keys: "config.toml", meaning: custom))
        }
        return bindings
    }

    static func openMeaning(_ state: AppState) -> String {
        if state.screen == .search { return "open the result" }
        if case .bookmarks = state.screen { return "open the bookmark" }
        if !state.layout.isSplit && state.screen == .panes && state.pane != .releases { return "show the detail" }
        switch state.pane {
        case .releases: return "read the release"
        case .quotes: return "read the release at this quote"
        case .timeline: return "list the releases about this meeting"
        case .members: return "filter everything to this country"
        }
    }

    /// The few keys that matter now, for the status bar.
    public static func hints(for state: AppState) -> [(key: String, meaning: String)] {
        switch (state.overlay, state.screen) {
        case (.help?, _):
            let scrolls = HelpContent.lines(for: state).count > state.layout.body.height - 2
            return (scrolls ? [(state.glyphs.upDown, "scroll")] : []) + [("any key", "close")]
        case (.countryPicker?, _): return [("type", "narrow"), ("Enter", "apply"), ("Esc", "cancel")]
        case (.links?, _): return [(state.glyphs.upDown, "choose"), ("Enter", "open"), ("Esc", "close")]
        case (.exportPath?, _): return [("type", "a path"), ("Enter", "export"), ("Esc", "cancel")]
        case (.confirmOverwrite?, _), (.confirmListOverwrite?, _): return [("y", "replace it"), ("any other key", "keep it")]
        case (.confirmMarkAllRead?, _): return [("y", "mark them read"), ("any other key", "leave them")]
        case (nil, .reader(let reader)):
            return (reader.highlight != nil ? [("n N", "match")] : []) + [("Space", "page"), ("b", "bookmark"), ("q", "back"), ("?", "help")]
        case (nil, .search):
            if state.search?.isEditing == true { return [("type", "search"), ("Enter", "results"), ("Esc", "leave")] }
            return [("Enter", "open"), ("/", "edit"), ("e", "export"), ("Esc", "leave")]
        case (nil, .bookmarks): return [("Enter", "open"), ("b", "remove"), ("e", "export"), ("q", "back")]
        default:
            var hints = [("Enter", shortOpenMeaning(state)), ("/", "search"), ("c", "country")]
            if state.countryFilter != nil { hints.append(("C", "clear")) }
            hints += [("?", "help"), ("q", state.isAtTopLevel ? "quit" : "back")]
            return hints
        }
    }

    private static func shortOpenMeaning(_ state: AppState) -> String {
        if !state.layout.isSplit && state.screen == .panes && state.pane != .releases { return "detail" }
        switch state.pane {
        case .releases, .quotes: return "read"
        case .timeline: return "releases"
        case .members: return "filter"
        }
    }
}

/// The actions a key can be bound to in `config.toml`, by name, with their default letter keys.
public enum BindableAction: String, CaseIterable, Sendable {
    case down, up, pageDown = "page-down", first, last, open, back, close, quit
    case help, country, clearCountry = "clear-country", search, nextMatch = "next-match", previousMatch = "previous-match"
    case toggleRead = "toggle-read", unreadOnly = "unread-only", markAllRead = "mark-all-read", toggleDetail = "toggle-detail"
    case bookmark, bookmarks, copy, reload
    case releases, quotes, timeline, members

    var action: Action {
        switch self {
        case .down: return .moveSelection(1)
        case .up: return .moveSelection(-1)
        case .pageDown: return .page(1)
        case .first: return .moveToFirst
        case .last: return .moveToLast
        case .open: return .open
        case .back: return .back
        case .close: return .close
        case .quit: return .quit
        case .help: return .toggleHelp
        case .country: return .openCountryPicker
        case .clearCountry: return .clearCountryFilter
        case .search: return .openSearch
        case .nextMatch: return .nextMatch
        case .previousMatch: return .previousMatch
        case .toggleRead: return .toggleRead
        case .unreadOnly: return .toggleUnreadOnly
        case .markAllRead: return .markAllRead
        case .toggleDetail: return .toggleDetail
        case .bookmark: return .toggleBookmark
        case .bookmarks: return .showBookmarks
        case .copy: return .copyQuote
        case .reload: return .reload
        case .releases: return .showPane(.releases)
        case .quotes: return .showPane(.quotes)
        case .timeline: return .showPane(.timeline)
        case .members: return .showPane(.members)
        }
    }

    /// The letter keys every list understands.
    static let defaults: [Character: BindableAction] = [
        "j": .down, "k": .up, " ": .pageDown, "g": .first, "G": .last, "l": .open, "q": .close, "Q": .quit,
        "?": .help, "c": .country, "C": .clearCountry, "/": .search, "n": .nextMatch, "N": .previousMatch,
        "m": .toggleRead, "u": .unreadOnly, "A": .markAllRead, "d": .toggleDetail, "b": .bookmark, "B": .bookmarks, "y": .copy, "R": .reload,
        "1": .releases, "2": .quotes, "3": .timeline, "4": .members,
    ]

    /// Key bindings from the settings: each key to its action. A name or key that means nothing is
    /// left out (the defaults stay); reading the settings has already reported it at its line.
    public static func bindings(from keys: [String: [String]]) -> [Key: BindableAction] {
        var bindings: [Key: BindableAction] = [:]
        for (name, keyNames) in keys.sorted(by: { $0.key < $1.key }) {
            guard let action = BindableAction(rawValue: name) else { continue }
            for key in keyNames.compactMap(KeyName.key(for:)) { bindings[key] = action }
        }
        return bindings
    }
}

/// Keys as the settings and the help write them: "j", "Down", "PageDown", "Enter", "Space".
public enum KeyName {
    static let named: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("PageUp", .pageUp), ("PageDown", .pageDown),
        ("Home", .home), ("End", .end), ("Enter", .enter), ("Escape", .escape), ("Esc", .escape), ("Tab", .tab),
        ("BackTab", .backTab), ("Backspace", .backspace), ("Space", .character(" ")),
    ]

    /// The keys with a name, as the settings write them.
    public static var names: [String] { named.map(\.0) }

    public static func key(for name: String) -> Key? {
        if let named = named.first(where: { $0.0.lowercased() == name.lowercased() }) { return named.1 }
        guard name.count == 1, let character = name.first, !character.isNewline else { return nil }
        return .character(character)
    }

    public static func text(for key: Key) -> String {
        if let named = named.first(where: { $0.1 == key }) { return named.0 }
        if case .character(let character) = key { return String(character) }
        return "?"
    }
}
