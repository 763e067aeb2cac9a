import PueblaKit

/// Drops the points of a closed ring that lie within `tolerance` degrees of the line through
/// their neighbours (Douglas-Peucker), keeping the shape at the size the map draws it.
struct RingSimplifier {
    let tolerance: Double

    func simplify(_ ring: [GeoPoint]) -> [GeoPoint] {
        guard ring.count > 3 else { return ring }
        // A closed ring has no ends: split it at its first point and the point farthest from it.
        let far = ring.indices.max { distance(ring[0], ring[$0]) < distance(ring[0], ring[$1]) } ?? 0
        guard far > 0 else { return [ring[0]] }
        var keep = [Bool](repeating: false, count: ring.count)
        keep[0] = true
        keep[far] = true
        mark(ring + [ring[0]], from: 0, to: far, keep: &keep)
        mark(ring + [ring[0]], from: far, to: ring.count, keep: &keep)
        return ring.indices.filter { keep[$0] }.map { ring[$0] }
    }

    private func mark(_ points: [GeoPoint], from first: Int, to last: Int, keep: inout [Bool]) {
        var stack = [(first, last)]
        while let (start, end) = stack.popLast() {
            guard end - start > 1 else { continue }
            var farthest = start
            var largest = 0.0
            for index in (start + 1)..<end {
                let d = distance(points[index], toSegment: points[start], points[end])
                if d > largest {
                    largest = d
                    farthest = index
                }
            }
            guard largest > tolerance else { continue }
            keep[farthest] = true
            stack.append((start, farthest))
            stack.append((farthest, end))
        }
    }

    private func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        ((a.longitude - b.longitude) * (a.longitude - b.longitude) + (a.latitude - b.latitude) * (a.latitude - b.latitude)).squareRoot()
    }

    private func distance(_ p: GeoPoint, toSegment a: GeoPoint, _ b: GeoPoint) -> Double {
        let dx = b.longitude - a.longitude
        let dy = b.latitude - a.latitude
        let lengthSquared = dx * dx + dy * dy
        guard lengthSquared > 0 else { return distance(p, a) }
        let t = max(0, min(1, ((p.longitude - a.longitude) * dx + (p.latitude - a.latitude) * dy) / lengthSquared))
        return distance(p, GeoPoint(longitude: a.longitude + t * dx, latitude: a.latitude + t * dy))
    }
}
