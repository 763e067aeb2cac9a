/// Country outlines for the map, as `Data/map/outlines.json` holds them (see `MapDataLoader`).
public struct MapData: Sendable, Equatable {
    /// The region the outlines were clipped to: nothing lies outside it, and a ring edge lying
    /// along it is a cut, not a coast.
    public let bounds: GeoBox
    /// By code.
    public let outlines: [CountryOutline]

    private let index: [String: Int]

    public init(bounds: GeoBox, outlines: [CountryOutline]) {
        self.bounds = bounds
        self.outlines = outlines.sorted { $0.code < $1.code }
        index = Dictionary(self.outlines.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func outline(code: String) -> CountryOutline? {
        index[code].map { outlines[$0] }
    }
}

/// One country's outline: closed rings (islands, and any holes, which an even-odd fill leaves
/// empty) whose last point joins the first.
public struct CountryOutline: Sendable, Equatable {
    /// ISO 3166-1 alpha-2.
    public let code: String
    public let rings: [[GeoPoint]]
    /// Encloses every ring.
    public let box: GeoBox

    /// Nil when there is no point at all.
    public init?(code: String, rings: [[GeoPoint]]) {
        guard let box = GeoBox(enclosing: rings.joined()) else { return nil }
        self.code = code
        self.rings = rings
        self.box = box
    }
}
