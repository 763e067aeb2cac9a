import PueblaKit

/// What part of the globe the map shows: a centre and a zoom relative to a home region, which
/// zoom 1 fits into whatever room the map is given. The keys change it; `reset()` goes home.
public struct MapViewport: Sendable, Equatable {
    /// Canada to Panama and the Caribbean: the member states of the conference.
    public static let conferenceRegion = GeoBox(west: -168, south: 5, east: -52, north: 72)
    public static let zoomStep = 1.5
    public static let zoomRange = 0.5...32.0
    /// A pan moves the centre by this share of the home region's span at the current zoom.
    public static let panShare = 0.25

    public let home: GeoBox
    /// The centre stays inside these; the map data's bounds make a good choice.
    public let limits: GeoBox
    public private(set) var center: GeoPoint
    /// 1 fits `home`; 2 shows half its width and height.
    public private(set) var zoom: Double

    public init(home: GeoBox = MapViewport.conferenceRegion,
                limits: GeoBox = GeoBox(west: -180, south: -85, east: 180, north: 85)) {
        self.home = home
        self.limits = limits
        center = home.center
        zoom = 1
    }

    public enum Direction: Sendable, CaseIterable {
        case up, down, left, right
    }

    public mutating func zoomIn() {
        zoom = min(zoom * Self.zoomStep, Self.zoomRange.upperBound)
    }

    public mutating func zoomOut() {
        zoom = max(zoom / Self.zoomStep, Self.zoomRange.lowerBound)
    }

    public mutating func pan(_ direction: Direction) {
        let east = home.width * Self.panShare / zoom
        let north = home.height * Self.panShare / zoom
        switch direction {
        case .up: move(to: GeoPoint(longitude: center.longitude, latitude: center.latitude + north))
        case .down: move(to: GeoPoint(longitude: center.longitude, latitude: center.latitude - north))
        case .left: move(to: GeoPoint(longitude: center.longitude - east, latitude: center.latitude))
        case .right: move(to: GeoPoint(longitude: center.longitude + east, latitude: center.latitude))
        }
    }

    /// Centres the view on `point`, or as near it as the limits allow.
    public mutating func move(to point: GeoPoint) {
        center = GeoPoint(longitude: min(max(point.longitude, limits.west), limits.east),
                          latitude: min(max(point.latitude, limits.south), limits.north))
    }

    public mutating func setZoom(_ zoom: Double) {
        self.zoom = min(max(zoom, Self.zoomRange.lowerBound), Self.zoomRange.upperBound)
    }

    public mutating func reset() {
        center = home.center
        zoom = 1
    }
}
