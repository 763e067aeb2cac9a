import Foundation

/// Reads `Data/map/outlines.json`:
///
/// ```json
/// { "source": "...", "scale": 100, "bounds": [west, south, east, north],
///   "countries": { "MX": [[lon, lat, lon, lat, ...], ...], ... } }
/// ```
///
/// Coordinates are whole numbers in 1/`scale` degree, each ring a flat list of longitude-latitude
/// pairs, so that the file stays small and every number can be checked and located. Problems come
/// back all at once as `file:line:column: field: problem`, like the Store's.
public enum MapDataLoader {
    public static let file = "map/outlines.json"

    /// Loads the outlines from the Data folder `directory`.
    public static func load(fromDataFolder directory: String) throws(StoreError) -> MapData {
        try load(file: (directory as NSString).appendingPathComponent(file))
    }

    public static func load(file: String) throws(StoreError) -> MapData {
        let bytes: [UInt8]
        do {
            bytes = try StoreLoader.readBytes(file)
        } catch {
            if error.kind == .missing { throw .missing(path: file, reason: .fileUnreadable(error.reason)) }
            throw .invalid([DataProblem(file: file, location: nil, field: nil, kind: .unreadableFile(error.reason))])
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .invalid([DataProblem(file: file, location: error.location, field: nil, kind: error.kind)])
        }
        let log = ProblemLog()
        let data = FieldReader(root, path: "", file: file, log: log).flatMap(read)
        guard let data, log.problems.isEmpty else { throw .invalid(log.problems) }
        return data
    }

    private static func read(_ r: FieldReader) -> MapData? {
        _ = r.string("source")
        guard let scale = r.int("scale") else { return nil }
        guard scale > 0 else {
            r.problem("scale", .scaleNotPositive)
            return nil
        }
        guard let bounds = readBounds(r, scale: Double(scale)) else { return nil }
        guard let countries = r.object("countries", required: true), case .object(let members) = countries.node.value else {
            return nil
        }
        let outlines = members.compactMap { member in
            readOutline(member, in: countries, scale: Double(scale), bounds: bounds)
        }
        return MapData(bounds: bounds, outlines: outlines)
    }

    private static func readBounds(_ r: FieldReader, scale: Double) -> GeoBox? {
        let values = wholeNumbers(r.array("bounds"), field: r.fieldPath("bounds"), reader: r)
        guard values.count == 4 else {
            r.problem("bounds", .boundsNotFourNumbers)
            return nil
        }
        let box = GeoBox(west: Double(values[0]) / scale, south: Double(values[1]) / scale,
                         east: Double(values[2]) / scale, north: Double(values[3]) / scale)
        guard box.west < box.east, box.south < box.north, box.west >= -180, box.east <= 180,
              box.south >= -90, box.north <= 90 else {
            r.problem("bounds", .boundsNotRegion)
            return nil
        }
        return box
    }

    private static func readOutline(_ member: JSONNode.Member, in countries: FieldReader, scale: Double,
                                    bounds: GeoBox) -> CountryOutline? {
        let field = countries.fieldPath(member.key)
        guard CountryCode.isWellFormed(member.key) else {
            countries.problem(member.key, .malformedCountryCode(member.key))
            return nil
        }
        guard case .array(let rings) = member.value.value else {
            countries.log.add(file: countries.file, at: member.value.location, field: field,
                              .wrongType(expected: .arrayOfRings, found: member.value.kind))
            return nil
        }
        let points = rings.enumerated().compactMap { index, ring in
            readRing(ring, field: "\(field)[\(index)]", reader: countries, scale: scale, bounds: bounds)
        }
        guard points.count == rings.count else { return nil }
        guard let outline = CountryOutline(code: member.key, rings: points) else {
            countries.log.add(file: countries.file, at: member.value.location, field: field, .noRing)
            return nil
        }
        return outline
    }

    private static func readRing(_ ring: JSONNode, field: String, reader: FieldReader, scale: Double,
                                 bounds: GeoBox) -> [GeoPoint]? {
        guard case .array(let elements) = ring.value else {
            reader.log.add(file: reader.file, at: ring.location, field: field,
                           .wrongType(expected: .arrayOfCoordinates, found: ring.kind))
            return nil
        }
        let values = wholeNumbers(Array(elements.enumerated()), field: field, reader: reader)
        guard values.count == elements.count else { return nil }
        guard values.count % 2 == 0, values.count >= 6 else {
            reader.log.add(file: reader.file, at: ring.location, field: field,
                           .tooFewPoints(numbers: values.count))
            return nil
        }
        var points: [GeoPoint] = []
        points.reserveCapacity(values.count / 2)
        for pair in stride(from: 0, to: values.count, by: 2) {
            let point = GeoPoint(longitude: Double(values[pair]) / scale, latitude: Double(values[pair + 1]) / scale)
            guard bounds.contains(point) else {
                reader.log.add(file: reader.file, at: elements[pair].location, field: "\(field)[\(pair)]",
                               .pointOutsideBounds(longitude: values[pair], latitude: values[pair + 1]))
                return nil
            }
            points.append(point)
        }
        return points
    }

    /// The whole numbers among `elements`, each other value logged as a problem.
    private static func wholeNumbers(_ elements: [(Int, JSONNode)], field: String, reader: FieldReader) -> [Int] {
        elements.compactMap { index, node in
            guard case .number(let number) = node.value, number.rounded() == number, abs(number) < 1e9 else {
                reader.log.add(file: reader.file, at: node.location, field: "\(field)[\(index)]",
                               .wrongType(expected: .wholeNumber, found: node.kind))
                return nil
            }
            return Int(number)
        }
    }
}
