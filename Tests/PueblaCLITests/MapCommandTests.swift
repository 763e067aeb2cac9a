import Foundation
import Testing
import PueblaKit

/// Runs the built `puebla` and `puebla-mapdata` the way a script would.
@Suite struct MapCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let naturalEarth = packageRoot.appendingPathComponent("Sources/puebla-mapdata/NaturalEarth/countries-110m.geojson").path

    /// The folder the test runner was built into, where the executables are too.
    static var productsFolder: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "Contents" || folder.lastPathComponent == "MacOS" {
            folder.deleteLastPathComponent()
        }
        return folder
    }

    private func run(_ product: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = Self.productsFolder.appendingPathComponent(product)
        process.arguments = arguments
        process.environment = PueblaBinary.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theShippedMapDataIsWhatTheCommandDerives() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-outlines-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try run("puebla-mapdata", ["--source", Self.naturalEarth, "--output", output])
        #expect(result.status == 0, "\(result.output)")
        let shipped = try Data(contentsOf: Self.packageRoot.appendingPathComponent("Data").appendingPathComponent(MapDataLoader.file))
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == shipped)
    }

    @Test func membersMapPrintsTheMapAndItsLegend() throws {
        let data = Self.packageRoot.appendingPathComponent("Data").path
        let result = try run("puebla", ["members", "--map", "--width", "48", "--height", "16", "--select", "Mexico", "--data", data],
                             environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 16 + 2 + 1)
        #expect(lines[12] == "     ⠈⠹⠆                 ⠸⣿⣿*⣆⣠⣿⡏  ⢉⣛⣶⣶⣤⣀")
        #expect(lines[16] == "⣿ Mexico   * Mexico City   ⢕ member state   ⠅ observer   ⠤ other country")
        #expect(lines[17] == "Off the map: Argentina")
    }

    @Test func membersMapFallsBackToASCIIOutsideUTF8() throws {
        let data = Self.packageRoot.appendingPathComponent("Data").path
        let result = try run("puebla", ["members", "--map", "--width", "48", "--height", "16", "--data", data],
                             environment: ["LC_ALL": "C", "LANG": "C"])
        #expect(result.status == 0)
        #expect(result.output.utf8.allSatisfy { $0 < 0x80 })
        #expect(result.output.contains("+ member state   o observer   : other country"))
    }

    @Test func membersMapRefusesATinySizeAndAnUnknownCountry() throws {
        let data = Self.packageRoot.appendingPathComponent("Data").path
        let tiny = try run("puebla", ["members", "--map", "--width", "10", "--height", "3", "--data", data])
        #expect(tiny.status == 64)
        #expect(tiny.output == "puebla: the map needs at least 16 columns and 6 rows\n")
        let unknown = try run("puebla", ["members", "--map", "--select", "Atlantis", "--data", data])
        #expect(unknown.status == 64)
        #expect(unknown.output.hasPrefix("puebla: "))
    }
}

/// Sizes past what any terminal or page holds are refused with a usage error, never drawn or overflowed.
@Suite struct MapSizeLimitTests {
    static let data = MapCommandTests.packageRoot.appendingPathComponent("Data").path

    @Test("a width or height too large to draw exits 64 and says the limit",
          arguments: [["--width", "9223372036854775807"], ["--width", "4611686018427387904"], ["--height", "9223372036854775807"],
                      ["--width", "3000", "--height", "3000"], ["--width", "20000", "--height", "20000"], ["--width", "1001"],
                      ["--width", "80", "--height", "1001"]])
    func tooLarge(_ size: [String]) throws {
        let result = try PueblaBinary.run(["members", "--map", "--data", Self.data] + size)
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("at most 1000"), "\(result.standardError)")
    }

    @Test("the largest map allowed is drawn: 1000 columns and 1000 rows")
    func largest() throws {
        let result = try PueblaBinary.run(["members", "--map", "--data", Self.data, "--width", "1000", "--height", "1000"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).count == 1000 + 2 + 1)
    }
}
