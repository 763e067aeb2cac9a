import Foundation
import PueblaImport
import PueblaKit
import Testing

@Suite("puebla import", .serialized)
struct ImportCommandTests {
    let countriesPage = DataCopy.fixture("10_countries.txt")
    let countriesID = "undated-caribbean-and-central-american-states-review-migration-data"

    @Test("--dry-run --json prints the report with the release in the canonical shape, and writes nothing")
    func dryRun() throws {
        let data = try DataCopy()
        let before = try data.snapshot()
        let run = try PueblaBinary.run(["import", "--data", data.path, "--dry-run", "--json", DataCopy.fixture("000_4feff46c4f8d57b3.txt")])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("{\n  \"data\": \"\(data.path)\",\n  \"createdFrom\": null,\n  \"dryRun\": true,\n  \"results\": [\n    {\n      \"file\": "))
        let report = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let result = try #require((report["results"] as? [[String: Any]])?.first)
        #expect(result["status"] as? String == "already there")
        let release = try JSONDecoder().decode(Release.self, from: JSONSerialization.data(withJSONObject: try #require(result["release"])))
        #expect(release.id == "2010-05-18-xv-rcm-tapachula")
        #expect(release.title.hasPrefix("XV Annual Meeting of the Regional Conference on Migration"))
        #expect(try data.snapshot() == before)
    }

    @Test("writes the release, adds the countries Data lacks, and Data still validates")
    func writes() throws {
        let data = try DataCopy()
        let run = try PueblaBinary.run(["import", "--data", data.path, countriesPage])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("imported \(countriesID)"))
        #expect(run.standardOutput.contains("  place: Guatemala City, GT"))
        #expect(run.standardOutput.contains("  date: not found"))
        #expect(run.standardOutput.contains("added to countries.json: HT ES"))
        let written = try String(contentsOfFile: data.path + "/releases/\(countriesID).json", encoding: .utf8)
        let release = try JSONDecoder().decode(Release.self, from: Data(written.utf8))
        #expect(try CanonicalJSON.string(release) == written)
        let countries = try String(contentsOfFile: data.path + "/countries.json", encoding: .utf8)
        #expect(countries.contains("\"code\": \"HT\",\n    \"name\": \"Haiti\",\n    \"nameEs\": \"Haití\",\n    \"capital\": null"))
        let validate = try PueblaBinary.run(["validate", "--data", data.path])
        #expect(validate.status == 0, "\(validate.standardOutput)\(validate.standardError)")
    }

    @Test("reads a page from standard input with -")
    func standardInput() throws {
        let data = try DataCopy()
        let page = try Data(contentsOf: URL(fileURLWithPath: countriesPage))
        let run = try PueblaBinary.run(["import", "--data", data.path, "--dry-run", "-"], stdin: page)
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("-: would import \(countriesID)"))
    }

    @Test("bad stdin: a one-line error naming the file, its exit status, nothing written", arguments: [
        ("missing.txt", nil, Int32(66), "no such file"),
        ("empty.txt", Data(), 65, "the page is empty"),
        ("image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]), 65, "binary data"),
        ("latin1.txt", Data([0x4D, 0xE9, 0x78, 0x69, 0x63, 0x6F]), 65, "not valid UTF-8"),
        ("menu.txt", Data("-\nWho we are\nWho we are\n- Take Action\n".utf8), 65, "no article found"),
    ] as [(String, Data?, Int32, String)])
    func badInput(_ name: String, _ content: Data?, _ status: Int32, _ message: String) throws {
        let data = try DataCopy()
        let file = data.root.appendingPathComponent(name)
        if let content { try content.write(to: file) }
        let before = try data.snapshot()
        let run = try PueblaBinary.run(["import", "--data", data.path, file.path])
        #expect(run.status == status)
        #expect(run.standardError.hasPrefix("puebla: \(file.path): \(message)"))
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(try data.snapshot() == before)
    }

    @Test("a page over 5 MB is refused before it is read")
    func tooLarge() throws {
        let data = try DataCopy()
        let file = data.root.appendingPathComponent("huge.txt")
        try Data(repeating: 0x61, count: ImportError.maximumPageSize + 1).write(to: file)
        let run = try PueblaBinary.run(["import", "--data", data.path, file.path])
        #expect(run.status == 65)
        #expect(run.standardError.contains("over the 5 MiB limit for one page"))
    }

    @Test("the good pages of a call are imported when others fail, and the call exits non-zero")
    func mixedCall() throws {
        let data = try DataCopy()
        let run = try PueblaBinary.run(["import", "--data", data.path, data.root.appendingPathComponent("gone.txt").path,
                                     countriesPage, DataCopy.fixture("12_no_article.txt")])
        #expect(run.status == 66)
        #expect(FileManager.default.fileExists(atPath: data.path + "/releases/\(countriesID).json"))
        #expect(run.standardError.split(separator: "\n").count == 2)
    }

    @Test("validation refuses a country code that ISO 3166-1 does not assign")
    func unassignedCode() throws {
        let data = try DataCopy()
        let file = data.path + "/countries.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"code\": \"PE\"", with: "\"code\": \"XP\"").utf8).write(to: URL(fileURLWithPath: file))
        let run = try PueblaBinary.run(["validate", "--data", data.path])
        #expect(run.status == 65)
        #expect(run.standardError.contains("code: \"XP\" is not an assigned ISO 3166-1 alpha-2 code"))
    }
}
