/// The four panes named in the tab bar, in their order (`1`..`4`).
public enum Pane: Int, CaseIterable, Sendable {
    case releases
    case quotes
    case timeline
    case members

    /// The pane's name in the reading state and the settings, the same in every language.
    public var key: String {
        switch self {
        case .releases: return "releases"
        case .quotes: return "quotes"
        case .timeline: return "timeline"
        case .members: return "members"
        }
    }

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .releases }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .releases }
}
