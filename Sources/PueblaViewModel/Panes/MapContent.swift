import PueblaKit

extension AppState {
    /// True where a map stands beside the list: in a pane that has one (members, timeline), when
    /// Data has one.
    public var showsMap: Bool {
        guard mapData != nil, currentView.mapFocus(in: self) != nil else { return false }
        switch screen {
        case .panes: return layout.isSplit
        case .detail: return true
        case .reader, .search, .bookmarks: return false
        }
    }

    /// The map for the current pane in `width` x `height` cells: members and observers shaded, the
    /// selected country (or the meeting's host) highlighted, its capital (or the meeting's city)
    /// marked. Nil when there is no map or no room for one.
    public func mapPicture(width: Int, height: Int) -> MapPicture? {
        guard let mapData, showsMap, let focus = currentView.mapFocus(in: self) else { return nil }
        return MapRenderer(mapData: mapData).render(
            width: width, height: height, viewport: mapViewport, selected: focus.country,
            members: Set(store.members.map(\.code)), observers: Set(store.observers.map(\.code)),
            marker: focus.marker, unicode: usesUnicode)
    }
}

extension MapCellRole {
    /// The text role the front end colours a map cell with.
    public var textRole: TextRole {
        switch self {
        case .water: return .normal
        case .land: return .mapLand
        case .observer: return .mapObserver
        case .member: return .mapMember
        case .selected: return .mapSelected
        case .marker: return .mapMarker
        }
    }
}
