import PueblaKit

/// Draws the map into a grid of terminal cells: braille (2x4 dots a cell) or, for terminals
/// without Unicode, ASCII. Members are filled, observers stippled, the selected country filled
/// solid, other countries outlined; a marker (a capital, a meeting's city) stands on top.
///
/// Pure: the same data, size and viewport always give the same picture.
public struct MapRenderer: Sendable {
    /// Below this the map is too small to read: `render` returns nil and the pane shows nothing.
    public static let minimumWidth = 16
    public static let minimumHeight = 6
    public static let markerCharacter: Character = "*"

    public let mapData: MapData

    public init(mapData: MapData) {
        self.mapData = mapData
    }

    /// The map in `width` x `height` cells, or nil when that is less than the minimum.
    /// `selected`, `members` and `observers` are ISO alpha-2 codes.
    public func render(width: Int, height: Int, viewport: MapViewport, selected: String? = nil,
                       members: Set<String> = [], observers: Set<String> = [], marker: GeoPoint? = nil,
                       unicode: Bool = true) -> MapPicture? {
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else { return nil }
        let projection = MapProjection(viewport: viewport, width: width * Braille.cellWidth,
                                       height: height * Braille.cellHeight)
        // A home region with no width or height gives no scale to draw at.
        guard projection.scale.isFinite, projection.scale > 0 else { return nil }
        var grid = DotGrid(width: projection.width, height: projection.height)
        let visible = projection.visibleBox
        for outline in mapData.outlines where outline.box.intersects(visible) {
            let role: MapCellRole = outline.code == selected ? .selected
                : members.contains(outline.code) ? .member
                : observers.contains(outline.code) ? .observer : .land
            draw(outline, as: role, with: projection, on: &grid)
        }
        var cells = (0..<height).flatMap { row in
            (0..<width).map { column in cell(column: column, row: row, of: grid, unicode: unicode) }
        }
        if let marker {
            let point = projection.project(marker)
            let column = (point.x / Double(Braille.cellWidth)).rounded(.down)
            let row = (point.y / Double(Braille.cellHeight)).rounded(.down)
            if column >= 0, column < Double(width), row >= 0, row < Double(height) {
                cells[Int(row) * width + Int(column)] = MapCell(character: Self.markerCharacter, role: .marker)
            }
        }
        return MapPicture(width: width, height: height, cells: cells)
    }

    /// How many rows show the home region at `width` columns with no room to spare.
    public static func fittingHeight(width: Int, viewport: MapViewport = MapViewport()) -> Int {
        let dots = MapProjection.fittingHeight(width: width * Braille.cellWidth, viewport: viewport)
        return max(minimumHeight, Int((dots / Double(Braille.cellHeight)).rounded(.up)))
    }

    /// The texture of a filled role; nil for roles drawn as outlines only.
    static func pattern(for role: MapCellRole) -> DotPattern? {
        switch role {
        case .selected: return .solid
        case .member: return .checker
        case .observer: return .sparse
        case .water, .land, .marker: return nil
        }
    }

    /// The character a legend shows for `role`.
    public static func symbol(for role: MapCellRole, unicode: Bool) -> Character {
        switch role {
        case .water: return " "
        case .marker: return markerCharacter
        case .land: return unicode ? Braille.character(dots: Braille.bit(x: 0, y: 2) | Braille.bit(x: 1, y: 2)) : ":"
        case .observer, .member, .selected:
            guard unicode else { return asciiCharacter(role: role, top: true, bottom: true) }
            return Braille.character(dots: pattern(for: role).map(Braille.dots(of:)) ?? 0)
        }
    }

    private func draw(_ outline: CountryOutline, as role: MapCellRole, with projection: MapProjection,
                      on grid: inout DotGrid) {
        let rings = outline.rings.map { $0.map(projection.project) }
        if let pattern = Self.pattern(for: role) {
            grid.fill(rings, role, pattern: pattern)
        }
        for (ring, points) in zip(outline.rings, rings) {
            guard var previous = ring.indices.last else { continue }
            for index in ring.indices {
                if !isCut(ring[previous], ring[index]) {
                    grid.drawLine(from: points[previous], to: points[index], role)
                }
                previous = index
            }
        }
    }

    /// An edge along the map data's bounds is where the region was cut, not a coast or border.
    private func isCut(_ a: GeoPoint, _ b: GeoPoint) -> Bool {
        let bounds = mapData.bounds
        return (a.longitude == bounds.west && b.longitude == bounds.west)
            || (a.longitude == bounds.east && b.longitude == bounds.east)
            || (a.latitude == bounds.south && b.latitude == bounds.south)
            || (a.latitude == bounds.north && b.latitude == bounds.north)
    }

    private func cell(column: Int, row: Int, of grid: DotGrid, unicode: Bool) -> MapCell {
        var dots: UInt8 = 0
        var role = MapCellRole.water
        var top = false, bottom = false
        for y in 0..<Braille.cellHeight {
            for x in 0..<Braille.cellWidth {
                let dotRole = grid.role(x: column * Braille.cellWidth + x, y: row * Braille.cellHeight + y)
                guard dotRole != .water else { continue }
                dots |= Braille.bit(x: x, y: y)
                role = max(role, dotRole)
                if y < Braille.cellHeight / 2 { top = true } else { bottom = true }
            }
        }
        let character = unicode ? (dots == 0 ? " " : Braille.character(dots: dots))
            : Self.asciiCharacter(role: role, top: top, bottom: bottom)
        return MapCell(character: character, role: role)
    }

    /// ASCII has no dots to set, so a cell shows its role; an outline shows which half it runs in.
    static func asciiCharacter(role: MapCellRole, top: Bool, bottom: Bool) -> Character {
        switch role {
        case .water: return " "
        case .land: return top && bottom ? ":" : top ? "'" : "."
        case .observer: return "o"
        case .member: return "+"
        case .selected: return "#"
        case .marker: return markerCharacter
        }
    }
}
