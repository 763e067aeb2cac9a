/// A place on the globe in degrees: east and north are positive.
public struct GeoPoint: Sendable, Equatable, Hashable, Codable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// A longitude-latitude rectangle that does not cross the antimeridian.
public struct GeoBox: Sendable, Equatable, Codable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// The smallest box holding every point; nil for none.
    public init?(enclosing points: some Sequence<GeoPoint>) {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        var box = GeoBox(west: first.longitude, south: first.latitude, east: first.longitude, north: first.latitude)
        while let point = iterator.next() {
            box.west = min(box.west, point.longitude)
            box.east = max(box.east, point.longitude)
            box.south = min(box.south, point.latitude)
            box.north = max(box.north, point.latitude)
        }
        self = box
    }

    public var center: GeoPoint { GeoPoint(longitude: (west + east) / 2, latitude: (south + north) / 2) }
    public var width: Double { east - west }
    public var height: Double { north - south }

    public func contains(_ point: GeoPoint) -> Bool {
        (west...east).contains(point.longitude) && (south...north).contains(point.latitude)
    }

    public func intersects(_ other: GeoBox) -> Bool {
        west <= other.east && other.west <= east && south <= other.north && other.south <= north
    }
}

extension Country {
    /// Where the capital is, when Data gives both coordinates.
    public var capitalLocation: GeoPoint? {
        guard let latitude, let longitude else { return nil }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }
}

extension Meeting {
    /// Where the host city is, when Data gives both coordinates.
    public var location: GeoPoint? {
        guard let latitude, let longitude else { return nil }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }
}
