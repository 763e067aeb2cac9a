import Foundation
import PueblaKit

/// The parts of a Natural Earth countries GeoJSON file the map needs: each country's ISO alpha-3
/// code and its outline rings in degrees.
struct GeoJSONCountries: Decodable {
    struct Feature: Decodable {
        struct Properties: Decodable {
            let name: String
            let isoA3: String

            enum CodingKeys: String, CodingKey {
                case name
                case isoA3 = "iso_a3"
            }
        }

        let properties: Properties
        let geometry: Geometry
    }

    /// A Polygon or MultiPolygon; every ring of either, outer rings and holes alike.
    struct Geometry: Decodable {
        let rings: [[GeoPoint]]

        enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let type = try container.decode(String.self, forKey: .type)
            switch type {
            case "Polygon":
                rings = try container.decode([[[Double]]].self, forKey: .coordinates).map(Geometry.ring)
            case "MultiPolygon":
                rings = try container.decode([[[[Double]]]].self, forKey: .coordinates).flatMap { $0.map(Geometry.ring) }
            default:
                throw DecodingError.dataCorruptedError(forKey: .type, in: container,
                                                       debugDescription: "unsupported geometry \"\(type)\"")
            }
        }

        private static func ring(_ positions: [[Double]]) -> [GeoPoint] {
            positions.filter { $0.count >= 2 }.map { GeoPoint(longitude: $0[0], latitude: $0[1]) }
        }
    }

    let features: [Feature]
}
