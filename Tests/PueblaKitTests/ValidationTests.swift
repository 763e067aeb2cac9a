import Foundation
import Testing
@testable import PueblaKit

@Suite("Validation reports file, line, column and field")
struct ValidationTests {
    /// One corruption of a copy of Data and the problem it must produce.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let old: String
        let new: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "wrong type", file: TestData.seedFile, old: "\"paragraph\": 2", new: "\"paragraph\": \"two\"",
             expected: "releases/2010-05-18-xv-rcm-tapachula.json:40:20: quotes[0].paragraph: expected a whole number, found a string"),
        Case(name: "missing required field", file: TestData.seedFile, old: "\"title\":", new: "\"headline\":",
             expected: "releases/2010-05-18-xv-rcm-tapachula.json:1:1: title: missing required field"),
        Case(name: "unknown country code", file: TestData.seedFile, old: "\"BZ\"", new: "\"XX\"",
             expected: "countries[2]: unknown country code \"XX\""),
        Case(name: "dangling meeting", file: TestData.seedFile, old: "\"rcm-15\"", new: "\"rcm-99\"",
             expected: "meeting: no meeting \"rcm-99\" in meetings.json"),
        Case(name: "quote paragraph out of range", file: TestData.seedFile, old: "\"paragraph\": 5", new: "\"paragraph\": 50",
             expected: "quotes[3].paragraph: paragraph 50 does not exist"),
        Case(name: "bad status", file: TestData.seedFile, old: "\"dateStatus\": \"inferred\"", new: "\"dateStatus\": \"probable\"",
             expected: "dateStatus: \"probable\" is not one of \"confirmed\", \"inferred\", \"unconfirmed\""),
        Case(name: "bad date", file: TestData.seedFile, old: "\"date\": \"2010-05-18\"", new: "\"date\": \"2010-02-30\"",
             expected: "date: \"2010-02-30\" is not a date"),
        Case(name: "title made only of invisible characters", file: TestData.seedFile,
             old: "\"title\": \"XV Annual Meeting of the Regional Conference on Migration Addresses Migration and its Impact on the Family\"",
             new: "\"title\": \"\\u200b\\u2060\\u200d \\u00a0\\u3164\\ufe0f\\udb40\\udc41\\u202e\"",
             expected: "releases/2010-05-18-xv-rcm-tapachula.json:3:12: title: has no visible character"),
        Case(name: "confirmed date that is null", file: TestData.seedFile,
             old: "\"date\": \"2010-05-18\",\n  \"dateStatus\": \"inferred\"", new: "\"date\": null,\n  \"dateStatus\": \"confirmed\"",
             expected: "releases/2010-05-18-xv-rcm-tapachula.json:5:17: dateStatus: cannot be \"confirmed\" when the date is null"),
        Case(name: "id not matching the file name", file: TestData.seedFile, old: "\"id\": \"2010-05-18-xv-rcm-tapachula\"",
             new: "\"id\": \"other\"", expected: "id: \"other\" does not match the file name"),
        Case(name: "syntax error", file: "meetings.json", old: "\"number\": 2,", new: "\"number\": 2",
             expected: "meetings.json:28:5: unexpected '\"', expected ',' or '}'"),
        Case(name: "duplicate meeting id", file: "meetings.json", old: "\"id\": \"rcm-2\"", new: "\"id\": \"rcm-1\"",
             expected: "[1].id: duplicate id \"rcm-1\""),
        Case(name: "malformed country code", file: "countries.json", old: "\"code\": \"BZ\"", new: "\"code\": \"bz\"",
             expected: "[0].code: \"bz\" is not an ISO 3166-1 alpha-2 code"),
        Case(name: "meeting hosted by an unknown country", file: "meetings.json", old: "\"country\": \"MX\"", new: "\"country\": \"QQ\"",
             expected: "[0].country: unknown country code \"QQ\""),
        Case(name: "confirmed meeting without a source", file: "meetings.json",
             old: "\"sources\": [\n      \"http://oas.org/EN/PINFO/RES/RESGA97/ag1504e.htm\"\n    ]", new: "\"sources\": []",
             expected: "[1].sources: a confirmed fact needs at least one source"),
        Case(name: "inferred presidency without a source", file: "presidencies.json",
             old: "\"status\": \"inferred\",\n    \"sources\": [\n      \"http://docplayer.es", new: "\"status\": \"inferred\",\n    \"sources\": [], \"x\": [\n      \"http://docplayer.es",
             expected: "[1].sources: an inferred fact needs at least one source"),
        Case(name: "presidency of an unknown country", file: "presidencies.json", old: "\"country\": \"US\"", new: "\"country\": \"QQ\"",
             expected: "[2].country: unknown country code \"QQ\""),
        Case(name: "two presidencies in one year", file: "presidencies.json", old: "\"year\": 2010", new: "\"year\": 2009",
             expected: "[4].year: duplicate year \"2009\""),
    ]

    @Test("each corruption gives its precise problem", arguments: cases)
    func corruption(_ corruption: Case) throws {
        let directory = try TestData.copy()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try TestData.edit(directory, corruption.file, replacing: corruption.old, with: corruption.new)
        let problems = TestData.problems(directory).map(\.description)
        #expect(problems.contains { $0.contains(corruption.expected) }, "got: \(problems)")
        #expect(problems.allSatisfy { $0.hasPrefix(directory + "/") })
    }

    @Test("a file that cannot be parsed does not make references into it look broken")
    func noCascade() throws {
        let directory = try TestData.copy()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try TestData.edit(directory, "meetings.json", replacing: "[", with: "{")
        #expect(TestData.problems(directory).count == 1)
    }

    @Test("every problem is reported at once, across files")
    func allProblemsAtOnce() throws {
        let directory = try TestData.copy()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try TestData.edit(directory, TestData.seedFile, replacing: "\"BZ\"", with: "\"XX\"")
        try TestData.edit(directory, TestData.seedFile, replacing: "\"paragraph\": 4", with: "\"paragraph\": true")
        try TestData.edit(directory, "meetings.json", replacing: "\"number\": 3", with: "\"number\": \"III\"")
        let problems = TestData.problems(directory)
        #expect(problems.count == 3, "got: \(problems)")
        #expect(Set(problems.map { ($0.file as NSString).lastPathComponent }) == ["2010-05-18-xv-rcm-tapachula.json", "meetings.json"])
    }

    @Test("a missing Data folder is `missing`, not `invalid`")
    func missingFolder() {
        #expect(throws: StoreError.self) { try StoreLoader.load(from: "/nonexistent/Data") }
        do {
            _ = try StoreLoader.load(from: "/nonexistent/Data")
        } catch {
            #expect(error.exitCode == 66)
        }
    }

    @Test("a missing file inside Data is reported with its path")
    func missingFile() throws {
        let directory = try TestData.copy()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.removeItem(atPath: directory + "/countries.json")
        let problems = TestData.problems(directory).map(\.description)
        #expect(problems.contains("\(directory)/countries.json: missing file"))
    }
}
