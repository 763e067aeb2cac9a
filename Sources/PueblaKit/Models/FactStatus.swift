/// How certain a fact in Data is. Puebla never shows an inferred or unconfirmed fact as certain.
public enum FactStatus: String, Codable, Sendable, CaseIterable {
    /// A source states it.
    case confirmed
    /// Follows from sources, but none states it: treated as not certain.
    case inferred
    /// No source found.
    case unconfirmed

    public var isCertain: Bool { self == .confirmed }

    /// The mark shown beside an uncertain fact; the legend explains it.
    public var mark: String {
        switch self {
        case .confirmed: return ""
        case .inferred: return "~"
        case .unconfirmed: return "?"
        }
    }
}
