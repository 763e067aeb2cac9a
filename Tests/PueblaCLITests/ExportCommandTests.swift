import Foundation
import Testing

/// `puebla export`: several releases to one file, in Markdown, CSV or JSON, never replacing a file silently.
@Suite("puebla export")
struct ExportCommandTests {
    let home = TestHome()
    static let release = "2010-05-18-xv-rcm-tapachula"
    var data: [String] { ["--data", PueblaBinary.shippedData] }

    func export(_ arguments: [String]) throws -> PueblaBinary.Outcome {
        try PueblaBinary.run(["export"] + data + arguments, environment: home.environment)
    }

    @Test("--country prints Markdown on stdout: a title, the count, each release a section")
    func countryMarkdown() throws {
        let outcome = try export(["--country", "Mexico"])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(3) == ["# Releases about Mexico", "", "1 release"])
        #expect(outcome.standardOutput.contains("\n---\n\n## XV Annual Meeting"))
        #expect(outcome.standardOutput.contains("\n### Quotes\n"))
    }

    @Test("CSV has a header row, CRLF line ends, and a field with a comma quoted (RFC 4180)")
    func csv() throws {
        let outcome = try export(["--query", "Tapachula", "--format", "csv"])
        #expect(outcome.status == 0)
        let rows = outcome.standardOutput.components(separatedBy: "\r\n")
        #expect(rows.first == "id,date,dateStatus,title,place,countries,meeting,quotes,url")
        #expect(rows.count == 3 && rows[2].isEmpty)
        #expect(rows[1].hasPrefix(Self.release + ",2010-05-18,"))
        #expect(rows[1].contains(",\"Tapachula, Mexico\","))
    }

    @Test("JSON is the array of canonical releases")
    func json() throws {
        let outcome = try export(["--country", "MX", "--format", "json"])
        #expect(outcome.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == [Self.release])
    }

    @Test("--bookmarks exports the releases bookmarked, a bookmarked quote as its release, once")
    func bookmarks() throws {
        let folder = home.path + "/state/puebla"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let state = #"{"version": 1, "bookmarks": ["\#(Self.release)#0", "\#(Self.release)", "gone"]}"#
        try Data(state.utf8).write(to: URL(fileURLWithPath: folder + "/state.json"))
        let outcome = try export(["--bookmarks", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.components(separatedBy: "\r\n").count == 3)
        let empty = try PueblaBinary.run(["export"] + data + ["--bookmarks", "--format", "csv"], environment: TestHome().environment)
        #expect(empty.standardOutput == "id,date,dateStatus,title,place,countries,meeting,quotes,url\r\n")
    }

    @Test("--output writes the file; a file there already is refused with 73 unless --force; the same export again is left as it is")
    func output() throws {
        let file = home.path + "/out.md"
        let first = try export(["--country", "MX", "--output", file])
        #expect(first.status == 0)
        #expect(first.standardOutput.isEmpty)
        #expect(first.standardError.contains("Exported 1 release to \(file)"))
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("# Releases about Mexico"))

        let same = try export(["--country", "MX", "--output", file])
        #expect(same.status == 0)
        #expect(same.standardError.contains("already holds this export"))

        try Data("mine".utf8).write(to: URL(fileURLWithPath: file))
        let refused = try export(["--country", "MX", "--output", file])
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("--force replaces it"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")

        let forced = try export(["--country", "MX", "--output", file, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == written)
    }

    @Test("exactly one of --bookmarks, --country and --query, else a usage error (64)")
    func oneSelection() throws {
        #expect(try export([]).status == 64)
        #expect(try export(["--bookmarks", "--query", "x"]).status == 64)
        #expect(try export(["--format", "pdf", "--bookmarks"]).status == 64)
    }
}
