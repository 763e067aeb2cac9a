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
            return key == .character("Q") ? .quit : .toggleHelp
        case .countryPicker?:
            return pickerAction(for: key)
        case nil:
            break
        }
        if case .reader = state.screen, let action = readerAction(for: key) { return action }
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

    private static func pickerAction(for key: Key) -> Action? {
        switch key {
        case .escape: return .back
        case .enter: return .pickerApply
        case .up: return .pickerMove(-1)
        case .down: return .pickerMove(1)
        case .pageUp: return .pickerMove(-10)
        case .pageDown: return .pickerMove(10)
        case .backspace: return .pickerDeleteBackward
        case .character(let c) where !c.isNewline: return .pickerInput(c)
        default: return nil
        }
    }

    private static func readerAction(for key: Key) -> Action? {
        switch key {
        case .character(" "): return .page(1)
        case .character("b"): return .page(-1)
        case .left, .character("h"): return .back
        case .enter: return .moveSelection(1)
        default: return nil
        }
    }

    private static func listAction(for key: Key) -> Action? {
        switch key {
        case .up, .character("k"): return .moveSelection(-1)
        case .down, .character("j"): return .moveSelection(1)
        case .pageUp: return .page(-1)
        case .pageDown, .character(" "): return .page(1)
        case .home, .character("g"): return .moveToFirst
        case .end, .character("G"): return .moveToLast
        case .enter, .right, .character("l"): return .open
        case .escape, .left, .character("q"): return .back
        case .character("Q"): return .quit
        case .tab: return .nextPane
        case .backTab: return .previousPane
        case .character("1"): return .showPane(.releases)
        case .character("2"): return .showPane(.quotes)
        case .character("3"): return .showPane(.timeline)
        case .character("4"): return .showPane(.members)
        case .character("?"): return .toggleHelp
        case .character("c"): return .openCountryPicker
        case .character("C"): return .clearCountryFilter
        case .character("R"): return .reload
        default: return nil
        }
    }

    /// Every key of the current context, for the help overlay.
    public static func help(for state: AppState) -> [Binding] {
        var bindings: [Binding]
        if case .reader = state.screen {
            bindings = [
                Binding(keys: "↑ ↓  j k", meaning: "scroll a line"),
                Binding(keys: "PgUp PgDn  b Space", meaning: "scroll a page"),
                Binding(keys: "Home End  g G", meaning: "top, end of the release"),
                Binding(keys: "Esc q ←", meaning: "back to the list, at the same place"),
            ]
        } else {
            bindings = [
                Binding(keys: "↑ ↓  j k", meaning: "move the selection"),
                Binding(keys: "PgUp PgDn Space", meaning: "move a page"),
                Binding(keys: "Home End  g G", meaning: "first, last"),
                Binding(keys: "Enter →", meaning: openMeaning(state)),
                Binding(keys: "Esc q ←", meaning: state.screen == .panes ? "back; quits from a pane" : "back to the list"),
                Binding(keys: "Tab Shift-Tab  1-4", meaning: "switch pane"),
            ]
        }
        bindings += [
            Binding(keys: "c", meaning: "filter every pane by country"),
            Binding(keys: "C", meaning: "clear the country filter"),
            Binding(keys: "R", meaning: "reload Data"),
            Binding(keys: "?", meaning: "this help"),
            Binding(keys: "Q", meaning: "quit at once"),
            Binding(keys: "mouse", meaning: "click selects, double-click opens, wheel scrolls"),
        ]
        return bindings
    }

    static func openMeaning(_ state: AppState) -> String {
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
        case (.help?, _): return [("any key", "close")]
        case (.countryPicker?, _): return [("type", "narrow"), ("Enter", "apply"), ("Esc", "cancel")]
        case (nil, .reader): return [("↑↓ Space", "scroll"), ("q", "back"), ("?", "help")]
        default:
            var hints = [("Enter", shortOpenMeaning(state)), ("c", "country")]
            if state.countryFilter != nil { hints.append(("C", "clear")) }
            hints += [("?", "help"), ("q", state.screen == .panes && state.meetingFilter == nil ? "quit" : "back")]
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
