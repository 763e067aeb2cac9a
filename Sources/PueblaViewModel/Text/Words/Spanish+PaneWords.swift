import PueblaKit

extension Spanish: PaneWords {
    public func title(of pane: Pane) -> String {
        switch pane {
        case .releases: "Comunicados"
        case .quotes: "Citas"
        case .timeline: "Cronología"
        case .members: "Miembros"
        }
    }
}
