import PueblaKit

/// A line of the help: actions that go together, the keys that cannot be bound (arrows, Enter,
/// the reader's own keys), and where the line applies. The letters bound to the actions come from
/// the binding table (`Keymap.keys(for:in:)`), so the help shows the keys that work.
public enum HelpTopic: CaseIterable, Sendable {
    case line, page, ends, open, back
    case switchPane, detail
    case search, exportRelease, links, exportList, copy
    case toggleRead, unreadOnly, markAllRead, bookmark, bookmarks
    case zoomMap, panMap
    case country, language
    case reload, help, quit, mouse

    var group: HelpGroup {
        switch self {
        case .line, .page, .ends, .open, .back: .moving
        case .switchPane, .detail: .panes
        case .search, .exportRelease, .links, .exportList, .copy: .reading
        case .toggleRead, .unreadOnly, .markAllRead, .bookmark, .bookmarks: .marks
        case .zoomMap, .panMap: .map
        case .country, .language: .filters
        case .reload, .help, .quit, .mouse: .other
        }
    }

    /// The actions whose keys the line lists, in order.
    var actions: [BindableAction] {
        switch self {
        case .line: [.up, .down]
        case .page: [.pageDown]
        case .ends: [.first, .last]
        case .open: [.open]
        case .back: [.back, .close]
        case .switchPane: [.releases, .quotes, .timeline, .members]
        case .detail: [.toggleDetail]
        case .search: [.search, .nextMatch, .previousMatch]
        case .copy: [.copy]
        case .toggleRead: [.toggleRead]
        case .unreadOnly: [.unreadOnly]
        case .markAllRead: [.markAllRead]
        case .bookmark: [.bookmark]
        case .bookmarks: [.bookmarks]
        case .country: [.country, .clearCountry]
        case .language: [.language]
        case .reload: [.reload]
        case .help: [.help]
        case .quit: [.quit]
        case .exportRelease, .links, .exportList, .zoomMap, .panMap, .mouse: []
        }
    }

    /// The keys no setting changes, as the help writes them.
    func fixedKeys(_ glyphs: Glyphs, inReader: Bool, words: any HelpWords) -> [String] {
        switch self {
        case .line: [glyphs.up, glyphs.down] + (inReader ? ["Enter"] : [])
        case .page: ["PgUp", "PgDn"]
        case .ends: ["Home", "End"]
        case .open: ["Enter", glyphs.right]
        case .back: ["Esc", glyphs.left] + (inReader ? ["h"] : [])
        case .switchPane: ["Tab", "Shift-Tab"]
        case .exportRelease: ["e", "E"]
        case .links: ["L"]
        case .exportList: ["e"]
        case .zoomMap: ["+", "-", "0"]
        case .panMap: ["H", "J", "K", "L", words.keyName(.shiftArrows)]
        case .mouse: [words.keyName(.mouse)]
        default: []
        }
    }

    /// Whether the line applies where the user is.
    func isShown(in state: AppState, inReader: Bool) -> Bool {
        switch self {
        case .open, .switchPane, .detail, .copy, .unreadOnly, .markAllRead: !inReader
        case .exportRelease, .links: inReader
        case .exportList: !inReader && state.listExport != nil
        case .zoomMap, .panMap: state.showsMap
        default: true
        }
    }
}
