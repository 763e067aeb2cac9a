/// A raster of dots, each holding the strongest role drawn on it (none is `.water`). Lines and
/// fills never touch a dot outside the grid, however far outside their input goes.
struct DotGrid: Sendable {
    let width: Int
    let height: Int
    private(set) var roles: [MapCellRole]

    init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        roles = Array(repeating: .water, count: self.width * self.height)
    }

    func role(x: Int, y: Int) -> MapCellRole {
        guard (0..<width).contains(x), (0..<height).contains(y) else { return .water }
        return roles[y * width + x]
    }

    mutating func set(x: Int, y: Int, _ role: MapCellRole) {
        guard (0..<width).contains(x), (0..<height).contains(y) else { return }
        let index = y * width + x
        if role > roles[index] { roles[index] = role }
    }

    /// A straight line of dots from `a` to `b` (Bresenham), cut to the grid first.
    mutating func drawLine(from a: DotPoint, to b: DotPoint, _ role: MapCellRole) {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite, let (start, end) = clipped(a, b) else { return }
        var x = Int(start.x.rounded(.down)), y = Int(start.y.rounded(.down))
        let endX = Int(end.x.rounded(.down)), endY = Int(end.y.rounded(.down))
        let dx = abs(endX - x), dy = -abs(endY - y)
        let stepX = x < endX ? 1 : -1, stepY = y < endY ? 1 : -1
        var error = dx + dy
        while true {
            set(x: x, y: y, role)
            if x == endX && y == endY { return }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += stepX }
            if doubled <= dx { error += dx; y += stepY }
        }
    }

    /// `value` rounded to a whole dot and held to -1...limit, so that a far-off shape converts to
    /// an Int safely.
    private static func dot(_ value: Double, rounded rule: FloatingPointRoundingRule, limit: Int) -> Int {
        Int(min(max(value.rounded(rule), -1), Double(limit)))
    }

    /// The part of segment a-b inside the grid (Liang-Barsky), or nil when none is.
    private func clipped(_ a: DotPoint, _ b: DotPoint) -> (DotPoint, DotPoint)? {
        // Just inside the far edges, so that rounding down stays on the grid.
        let maxX = Double(width) - 1e-9, maxY = Double(height) - 1e-9
        let dx = b.x - a.x, dy = b.y - a.y
        var enter = 0.0, leave = 1.0
        for (p, q) in [(-dx, a.x), (dx, maxX - a.x), (-dy, a.y), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
            }
        }
        guard enter <= leave else { return nil }
        return (DotPoint(x: a.x + enter * dx, y: a.y + enter * dy), DotPoint(x: a.x + leave * dx, y: a.y + leave * dy))
    }

    /// Fills the inside of closed rings by the even-odd rule (so holes stay open), setting each
    /// dot whose centre is inside and that `pattern` lets through.
    mutating func fill(_ rings: [[DotPoint]], _ role: MapCellRole, pattern: DotPattern) {
        let ys = rings.joined().map(\.y)
        guard let top = ys.min(), let bottom = ys.max(), top.isFinite, bottom.isFinite else { return }
        let firstRow = max(0, Self.dot(top - 0.5, rounded: .up, limit: height))
        let lastRow = min(height - 1, Self.dot(bottom - 0.5, rounded: .down, limit: height))
        guard firstRow <= lastRow else { return }
        var crossings: [Double] = []
        for row in firstRow...lastRow {
            let scanY = Double(row) + 0.5
            crossings.removeAll(keepingCapacity: true)
            for ring in rings {
                guard var previous = ring.last else { continue }
                for point in ring {
                    if (previous.y <= scanY) != (point.y <= scanY) {
                        crossings.append(previous.x + (scanY - previous.y) * (point.x - previous.x) / (point.y - previous.y))
                    }
                    previous = point
                }
            }
            crossings.sort()
            for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                let first = max(0, Self.dot(crossings[pair] - 0.5, rounded: .up, limit: width))
                let last = min(width - 1, Self.dot(crossings[pair + 1] - 0.5, rounded: .down, limit: width))
                guard first <= last else { continue }
                for column in first...last where pattern.includes(x: column, y: row) {
                    set(x: column, y: row, role)
                }
            }
        }
    }
}

/// Which dots of a filled area are set: the texture that tells fills apart without colour.
enum DotPattern: Sendable {
    /// Every dot.
    case solid
    /// Every other dot, alternating by row.
    case checker
    /// One dot in four.
    case sparse

    func includes(x: Int, y: Int) -> Bool {
        switch self {
        case .solid: return true
        case .checker: return (x + y) % 2 == 0
        case .sparse: return x % 2 == 0 && y % 2 == 0
        }
    }
}
