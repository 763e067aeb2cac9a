/// The four panes named in the tab bar, in their order (`1`..`4`).
public enum Pane: Int, CaseIterable, Sendable {
    case releases
    case quotes
    case timeline
    case members

    public var title: String {
        switch self {
        case .releases: return "Releases"
        case .quotes: return "Quotes"
        case .timeline: return "Timeline"
        case .members: return "Members"
        }
    }

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .releases }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .releases }
}
