import ArgumentParser
import Foundation
import PueblaKit

/// Derives `Data/map/outlines.json` from Natural Earth's 1:110m countries: clipped to the region
/// Puebla draws, simplified, in whole hundredths of a degree, keyed by ISO alpha-2.
@main
struct PueblaMapData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puebla-mapdata",
        abstract: "Derive Data/map/outlines.json from Natural Earth's 1:110m country outlines."
    )

    /// Canada to Panama and the Caribbean, and south far enough for the observers Colombia,
    /// Ecuador and Peru; Argentina lies beyond it.
    static let region = GeoBox(west: -170, south: -20, east: -50, north: 84)
    static let scale = 100.0

    @Option(name: .long, help: ArgumentHelp("The Natural Earth countries GeoJSON.", valueName: "file"))
    var source = "Sources/puebla-mapdata/NaturalEarth/countries-110m.geojson"

    @Option(name: .long, help: ArgumentHelp("Where to write the map data.", valueName: "file"))
    var output = "Data/map/outlines.json"

    @Option(name: .long, help: "Douglas-Peucker tolerance in degrees.")
    var tolerance = 0.05

    func run() throws {
        let countries: GeoJSONCountries
        do {
            countries = try JSONDecoder().decode(GeoJSONCountries.self, from: Data(StoreLoader.readBytes(source)))
        } catch {
            Self.fail("\(source): \(error)")
        }
        let clipper = RingClipper(box: Self.region)
        let simplifier = RingSimplifier(tolerance: tolerance)
        var outlines: [String: [[Int]]] = [:]
        var unknown: [String] = []
        for feature in countries.features {
            let rings = feature.geometry.rings.compactMap { ring in
                Self.encode(simplifier.simplify(clipper.clip(Self.open(ring))))
            }
            guard !rings.isEmpty else { continue }
            guard let code = CountryCodeTable.alpha2[feature.properties.isoA3] else {
                unknown.append("\(feature.properties.name) (\(feature.properties.isoA3))")
                continue
            }
            outlines[code, default: []].append(contentsOf: rings)
        }
        guard unknown.isEmpty else {
            Self.fail("\(source): no alpha-2 code for \(unknown.joined(separator: ", ")); add them to CountryCodeTable")
        }
        let text = Self.json(outlines)
        try FileManager.default.createDirectory(atPath: (output as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try AtomicFile.write(Array(text.utf8), to: output)
        let points = outlines.values.joined().reduce(0) { $0 + $1.count / 2 }
        print("\(output): \(outlines.count) countries, \(outlines.values.joined().count) rings, \(points) points, \(text.utf8.count) bytes")
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("puebla-mapdata: \(message)\n".utf8))
        Foundation.exit(1)
    }

    /// GeoJSON repeats a ring's first point at its end; the map data does not.
    static func open(_ ring: [GeoPoint]) -> [GeoPoint] {
        ring.count > 1 && ring.first == ring.last ? Array(ring.dropLast()) : ring
    }

    /// The ring as flat whole-number pairs, repeated points dropped; nil when fewer than 3 remain.
    static func encode(_ ring: [GeoPoint]) -> [Int]? {
        var pairs: [(Int, Int)] = []
        for point in ring {
            let pair = (Int((point.longitude * scale).rounded()), Int((point.latitude * scale).rounded()))
            if pairs.last.map({ $0 == pair }) != true { pairs.append(pair) }
        }
        while pairs.count > 1, let first = pairs.first, let last = pairs.last, first == last { pairs.removeLast() }
        guard pairs.count >= 3 else { return nil }
        return pairs.flatMap { [$0.0, $0.1] }
    }

    /// One country a line, so that a change to the data reads as a change to the countries it touches.
    static func json(_ outlines: [String: [[Int]]]) -> String {
        let bounds = [region.west, region.south, region.east, region.north].map { String(Int(($0 * scale).rounded())) }
        var lines = [
            "{",
            "  \"source\": \"Natural Earth 1:110m Admin 0 Countries (public domain), clipped and simplified by puebla-mapdata\",",
            "  \"scale\": \(Int(scale)),",
            "  \"bounds\": [\(bounds.joined(separator: ", "))],",
            "  \"countries\": {",
        ]
        let codes = outlines.keys.sorted()
        for (index, code) in codes.enumerated() {
            let rings = (outlines[code] ?? []).map { "[" + $0.map(String.init).joined(separator: ",") + "]" }
            lines.append("    \"\(code)\": [\(rings.joined(separator: ", "))]\(index < codes.count - 1 ? "," : "")")
        }
        lines.append("  }")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
