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
            // y, and the interface language's own word for yes ("s", sí).
            let yes = state.words.yesKey
            return .answer([Key.character("y"), .character("Y"), .character(yes), .character(Character(yes.uppercased()))].contains(key))
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
        return listAction(for: key, in: state)
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

    private static func listAction(for key: Key, in state: AppState) -> Action? {
        // A tab's number shows its pane, whichever panes the tab bar has.
        if case .character(let character) = key, let number = character.wholeNumberValue, state.panes.indices.contains(number - 1) {
            return .showPane(state.panes[number - 1].pane)
        }
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

    /// The help's lines where the user is, in groups: each action with the keys bound to it now
    /// (its fixed keys, its default letters not bound elsewhere, and those the settings bind to it),
    /// so that the help cannot tell of a key that does something else.
    public static func help(for state: AppState) -> [(group: HelpGroup, bindings: [Binding])] {
        let inReader = if case .reader = state.screen { true } else { false }
        let words = state.words
        var groups: [(group: HelpGroup, bindings: [Binding])] = []
        for group in HelpGroup.allCases {
            var bindings: [Binding] = []
            for topic in HelpTopic.allCases where topic.group == group && topic.isShown(in: state, inReader: inReader) {
                let fixed = topic.fixedKeys(state.glyphs, inReader: inReader, words: words)
                let letters = topic.actions.flatMap { Self.keys(for: $0, in: state) }.map(KeyName.text(for:))
                    + (topic == .switchPane ? unnamedTabNumbers(state) : [])
                let text = [fixed.joined(separator: " "), letters.joined(separator: " ")].filter { !$0.isEmpty }.joined(separator: "  ")
                let meaning = topic == .open ? openMeaning(state, short: false) : words.meaning(of: topic, inReader: inReader)
                bindings.append(Binding(keys: text, meaning: meaning))
            }
            if !bindings.isEmpty { groups.append((group, bindings)) }
        }
        return groups
    }

    /// The keys that run `action` in the lists: its default letters that the settings do not bind
    /// to something else, then the keys the settings bind to it.
    static func keys(for action: BindableAction, in state: AppState) -> [Key] {
        let defaults = BindableAction.defaults.filter { $0.value == action && state.keyBindings[.character($0.key)] == nil }
            .map { Key.character($0.key) }
        let custom = state.keyBindings.filter { $0.value == action }.map(\.key)
        return (defaults + custom).sorted { KeyName.text(for: $0) < KeyName.text(for: $1) }
    }

    /// The number keys of the tabs no named action shows (a pane added after the shipped four),
    /// unless the settings bind them to something else.
    private static func unnamedTabNumbers(_ state: AppState) -> [String] {
        state.panes.indices.map { Character("\($0 + 1)") }
            .filter { BindableAction.defaults[$0] == nil && state.keyBindings[.character($0)] == nil }.map(String.init)
    }

    /// What Enter does where the user is: the status bar's words (`short`) or the help's.
    static func openMeaning(_ state: AppState, short: Bool) -> String {
        let words = state.words
        if state.screen == .search { return words.openMeaning(.result, short: short) }
        if case .bookmarks = state.screen { return words.openMeaning(.bookmark, short: short) }
        if !state.layout.isSplit && state.screen == .panes && state.currentView.showsDetailFirst { return words.openMeaning(.detail, short: short) }
        return state.currentView.openMeaning(words, short: short)
    }

    /// The key the status bar names for `action`: its default letter while that still runs it,
    /// else the first key the settings bind to it; nil when no key does.
    static func hintKey(for action: BindableAction, in state: AppState) -> String? {
        let keys = keys(for: action, in: state)
        let isDefault = { (key: Key) in if case .character(let c) = key { BindableAction.defaults[c] == action } else { false } }
        return (keys.first(where: isDefault) ?? keys.first).map(KeyName.text(for:))
    }

    /// The few keys that matter now, for the status bar; a key of the binding table as the
    /// settings bind it, and a hint left out when no key runs its action.
    public static func hints(for state: AppState) -> [(key: String, meaning: String)] {
        bareHints(for: state).filter { !$0.key.isEmpty }
    }

    private static func bareHints(for state: AppState) -> [(key: String, meaning: String)] {
        let words = state.words
        let hint = words.hint
        let yes = String(words.yesKey)
        // Empty where no key runs the action.
        let key = { (action: BindableAction) in hintKey(for: action, in: state) ?? "" }
        switch (state.overlay, state.screen) {
        case (.help?, _):
            let scrolls = HelpContent.lines(for: state).count > state.layout.body.height - 2
            return (scrolls ? [(state.glyphs.upDown, hint(.scroll))] : []) + [(words.keyName(.anyKey), hint(.close))]
        case (.countryPicker?, _): return [(words.keyName(.type), hint(.narrow)), ("Enter", hint(.apply)), ("Esc", hint(.cancel))]
        case (.links?, _): return [(state.glyphs.upDown, hint(.choose)), ("Enter", hint(.open)), ("Esc", hint(.close))]
        case (.exportPath?, _): return [(words.keyName(.type), hint(.path)), ("Enter", hint(.export)), ("Esc", hint(.cancel))]
        case (.confirmOverwrite?, _), (.confirmListOverwrite?, _): return [(yes, hint(.replace)), (words.keyName(.anyOtherKey), hint(.keep))]
        case (.confirmMarkAllRead?, _): return [(yes, hint(.markThemRead)), (words.keyName(.anyOtherKey), hint(.leaveThem))]
        case (nil, .reader(let reader)):
            let matches = [key(.nextMatch), key(.previousMatch)].filter { !$0.isEmpty }.joined(separator: " ")
            return (reader.highlight != nil ? [(matches, hint(.match))] : [])
                + [(key(.pageDown), hint(.page)), (key(.bookmark), hint(.bookmark)), (key(.close), hint(.back)), (key(.help), hint(.help))]
        case (nil, .search):
            if state.search?.isEditing == true { return [(words.keyName(.type), hint(.search)), ("Enter", hint(.results)), ("Esc", hint(.leave))] }
            return [("Enter", hint(.open)), (key(.search), hint(.edit)), ("e", hint(.export)), ("Esc", hint(.leave))]
        case (nil, .bookmarks): return [("Enter", hint(.open)), (key(.bookmark), hint(.remove)), ("e", hint(.export)), (key(.close), hint(.back))]
        default:
            var hints = [("Enter", openMeaning(state, short: true)), (key(.search), hint(.search)), (key(.country), hint(.country))]
            if state.countryFilter != nil { hints.append((key(.clearCountry), hint(.clear))) }
            hints += [(key(.help), hint(.help)), (key(.close), hint(state.isAtTopLevel ? .quit : .back))]
            return hints
        }
    }
}

/// The actions a key can be bound to in `config.toml`, by name, with their default letter keys.
public enum BindableAction: String, CaseIterable, Sendable {
    case down, up, pageDown = "page-down", first, last, open, back, close, quit
    case help, country, clearCountry = "clear-country", search, nextMatch = "next-match", previousMatch = "previous-match"
    case toggleRead = "toggle-read", unreadOnly = "unread-only", markAllRead = "mark-all-read", toggleDetail = "toggle-detail"
    case bookmark, bookmarks, copy, reload, language
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
        case .language: return .cycleReleaseLanguage
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
        "m": .toggleRead, "u": .unreadOnly, "A": .markAllRead, "d": .toggleDetail, "b": .bookmark, "B": .bookmarks, "y": .copy, "R": .reload, "i": .language,
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
