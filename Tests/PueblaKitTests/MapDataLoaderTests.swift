import Foundation
import Testing
import PueblaKit

@Suite struct MapDataLoaderTests {
    /// Writes `text` to a fresh file and loads it, returning the problems as text.
    private func problems(in text: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("outlines.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        do {
            _ = try MapDataLoader.load(file: file)
            return []
        } catch {
            guard case .invalid(let problems) = error else { return ["not invalid: \(error)"] }
            return problems.map { $0.description.replacingOccurrences(of: file, with: "outlines.json") }
        }
    }

    private let header = """
        {
          "source": "test",
          "scale": 100,
          "bounds": [-1000, -1000, 1000, 1000],
        """

    @Test func readsOutlinesInDegrees() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("map"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = header + "\n  \"countries\": {\"MX\": [[-500,0, 500,0, 0,250]], \"GT\": [[0,0, 100,0, 100,100], [200,200, 300,200, 300,300]]}\n}\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent(MapDataLoader.file))
        let data = try MapDataLoader.load(fromDataFolder: folder.path)
        #expect(data.bounds == GeoBox(west: -10, south: -10, east: 10, north: 10))
        #expect(data.outlines.map(\.code) == ["GT", "MX"])
        #expect(data.outline(code: "MX")?.rings == [[GeoPoint(longitude: -5, latitude: 0), GeoPoint(longitude: 5, latitude: 0),
                                                     GeoPoint(longitude: 0, latitude: 2.5)]])
        #expect(data.outline(code: "GT")?.box == GeoBox(west: 0, south: 0, east: 3, north: 3))
        #expect(data.outline(code: "US") == nil)
    }

    @Test func aMissingFileIsMissingNotInvalid() {
        #expect {
            try MapDataLoader.load(fromDataFolder: "/nonexistent-puebla-data")
        } throws: { error in
            guard case .missing(let path, _) = error as? StoreError else { return false }
            return path == "/nonexistent-puebla-data/map/outlines.json"
        }
    }

    @Test func aSyntaxErrorIsLocated() throws {
        let found = try problems(in: header + "\n  \"countries\": {\"MX\": [[1,2,3,,4]]}\n}")
        #expect(found == [
            "outlines.json:5:31: unexpected ',', expected a value",
        ])
    }

    @Test func everyBadCoordinateIsReportedWithItsPlace() throws {
        let text = header + """

              "countries": {
                "MX": [[0,0, 100,0, "x",100]],
                "mx": [[0,0, 100,0, 100,100]],
                "GT": [[0,0, 100,0, 100]],
                "HN": [[0,0, 100,0, 100,5000]],
                "SV": [[0,0, 100,0, 100,1.5]],
                "NI": {}
              }
            }
            """
        let found = try problems(in: text)
        #expect(found == [
            "outlines.json:6:25: countries.MX[0][4]: expected a whole number, found a string",
            "outlines.json:7:11: countries.mx: \"mx\" is not an ISO 3166-1 alpha-2 code (two capital letters)",
            "outlines.json:8:12: countries.GT[0]: expected longitude-latitude pairs for at least 3 points, found 5 numbers",
            "outlines.json:9:25: countries.HN[0][4]: point (100, 5000) lies outside bounds",
            "outlines.json:10:29: countries.SV[0][5]: expected a whole number, found a number",
            "outlines.json:11:11: countries.NI: expected an array of rings, found an object",
        ])
    }

    @Test func missingAndMalformedHeaderFieldsAreReported() throws {
        let text = """
            {
              "scale": 0,
              "bounds": [10, 0, -10, 5],
              "countries": {}
            }
            """
        #expect(try problems(in: text) == [
            "outlines.json:1:1: source: missing required field",
            "outlines.json:2:12: scale: must be a positive number of units per degree",
        ])
        #expect(try problems(in: text.replacingOccurrences(of: "\"scale\": 0", with: "\"scale\": 1")) == [
            "outlines.json:1:1: source: missing required field",
            "outlines.json:3:13: bounds: not a region of the globe (west < east within ±180, south < north within ±90)",
        ])
    }

    @Test func theShippedMapHasEveryMemberAndTheObserversOnIt() throws {
        let data = try MapDataLoader.load(fromDataFolder: TestData.shipped)
        let store = try TestData.shippedStore()
        let onMap = Set(data.outlines.map(\.code))
        #expect(store.members.map(\.code).filter { !onMap.contains($0) } == [])
        // Argentina lies south of the mapped region; the other observers are on it.
        #expect(store.observers.map(\.code).filter { !onMap.contains($0) } == ["AR"])
    }

    @Test func capitalsAndHostCitiesHaveLocationsOnlyWithBothCoordinates() throws {
        let store = try TestData.shippedStore()
        #expect(store.country(code: "MX")?.capitalLocation == GeoPoint(longitude: -99.1329, latitude: 19.4444))
        #expect(store.meeting(id: "rcm-15")?.location == GeoPoint(longitude: -92.27, latitude: 14.9))
        #expect(store.meeting(id: "rcm-2")?.location == nil)
        var half = try #require(store.meeting(id: "rcm-15"))
        half.longitude = nil
        #expect(half.location == nil)
    }
}
