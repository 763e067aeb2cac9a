import PueblaKit

/// Cuts a closed ring to a box (Sutherland-Hodgman, one box side at a time). The cut ring runs
/// along the box where the country went past it, which a fill needs and an outline skips.
struct RingClipper {
    let box: GeoBox

    func clip(_ ring: [GeoPoint]) -> [GeoPoint] {
        var points = ring
        points = clip(points, inside: { $0.longitude >= box.west }, cross: { crossLongitude($0, $1, box.west) })
        points = clip(points, inside: { $0.longitude <= box.east }, cross: { crossLongitude($0, $1, box.east) })
        points = clip(points, inside: { $0.latitude >= box.south }, cross: { crossLatitude($0, $1, box.south) })
        points = clip(points, inside: { $0.latitude <= box.north }, cross: { crossLatitude($0, $1, box.north) })
        return points
    }

    private func clip(_ ring: [GeoPoint], inside: (GeoPoint) -> Bool,
                      cross: (GeoPoint, GeoPoint) -> GeoPoint) -> [GeoPoint] {
        guard let last = ring.last else { return [] }
        var result: [GeoPoint] = []
        var previous = last
        for point in ring {
            switch (inside(previous), inside(point)) {
            case (true, true): result.append(point)
            case (true, false): result.append(cross(previous, point))
            case (false, true): result.append(cross(previous, point)); result.append(point)
            case (false, false): break
            }
            previous = point
        }
        return result
    }

    private func crossLongitude(_ a: GeoPoint, _ b: GeoPoint, _ longitude: Double) -> GeoPoint {
        let t = (longitude - a.longitude) / (b.longitude - a.longitude)
        return GeoPoint(longitude: longitude, latitude: a.latitude + t * (b.latitude - a.latitude))
    }

    private func crossLatitude(_ a: GeoPoint, _ b: GeoPoint, _ latitude: Double) -> GeoPoint {
        let t = (latitude - a.latitude) / (b.latitude - a.latitude)
        return GeoPoint(longitude: a.longitude + t * (b.longitude - a.longitude), latitude: latitude)
    }
}
