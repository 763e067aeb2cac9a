/// A drawn map: a grid of one-column cells, each a character and the role the terminal colours it
/// by. `lines` gives it as plain text.
public struct MapPicture: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row by row, `width` cells each.
    public let cells: [MapCell]

    init(width: Int, height: Int, cells: [MapCell]) {
        self.width = width
        self.height = height
        self.cells = cells
    }

    public func cell(column: Int, row: Int) -> MapCell {
        cells[row * width + column]
    }

    public var rows: [ArraySlice<MapCell>] {
        (0..<height).map { cells[($0 * width)..<($0 * width + width)] }
    }

    /// Each row as text, exactly `width` columns long.
    public var lines: [String] {
        rows.map { String($0.map(\.character)) }
    }
}

public struct MapCell: Sendable, Equatable {
    public let character: Character
    public let role: MapCellRole

    public init(character: Character, role: MapCellRole) {
        self.character = character
        self.role = role
    }
}

/// What a cell shows, from weakest to strongest: where several meet in a cell, the strongest
/// gives it its colour.
public enum MapCellRole: Int, Sendable, Comparable, CaseIterable {
    /// Sea, or nothing: a blank cell.
    case water
    /// A coast or border of a country that is neither member nor observer.
    case land
    case observer
    case member
    case selected
    /// A point of interest: the selected country's capital, a meeting's host city.
    case marker

    public static func < (a: MapCellRole, b: MapCellRole) -> Bool { a.rawValue < b.rawValue }
}
