import PueblaKit

extension English: PaneWords {
    public func title(of pane: Pane) -> String {
        switch pane {
        case .releases: "Releases"
        case .quotes: "Quotes"
        case .timeline: "Timeline"
        case .members: "Members"
        }
    }
}
