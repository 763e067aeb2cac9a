import PueblaKit
import PueblaViewModel

/// Foreground colours by role, from a named theme and the settings' own colours. A role without a
/// colour keeps only its attributes (bold, reverse...), which is all `mono` and `NO_COLOR` use.
struct Theme: Sendable {
    let colors: [TextRole: TerminalColor]

    /// The elements the settings may colour, by the names `config.toml` uses.
    static let elements: [String: [TextRole]] = [
        "title": [.title], "heading": [.heading], "quote": [.quote], "warning": [.warning], "accent": [.accent],
        "unread": [.unread], "highlight": [.highlight], "border": [.border], "status": [.status, .statusKey],
        "map-member": [.mapMember], "map-observer": [.mapObserver], "map-selected": [.mapSelected], "map-marker": [.mapMarker],
    ]

    init(config: Config) {
        var colors: [TextRole: TerminalColor]
        switch config.theme {
        case "mono":
            colors = [:]
        case "light":
            colors = [.heading: .blue, .quote: .green, .warning: .red, .accent: .blue, .mapMember: .green,
                      .mapObserver: .blue, .mapSelected: .red, .mapMarker: .magenta]
        default:
            colors = [.heading: .cyan, .quote: .green, .warning: .yellow, .accent: .cyan, .mapMember: .green,
                      .mapObserver: .cyan, .mapSelected: .yellow, .mapMarker: .red]
        }
        for (element, color) in config.colors {
            for role in Self.elements[element] ?? [] { colors[role] = color }
        }
        self.colors = colors
    }
}
