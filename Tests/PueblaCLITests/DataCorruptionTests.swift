import Foundation
import PueblaKit
import Testing

/// One way of breaking a copy of the shipped Data, and exactly what Puebla must say about it.
struct Corruption: CustomTestStringConvertible, Sendable {
    let name: String
    /// The store's problems, one `path:line:column: field: problem` each, with the copy shown as `Data`.
    let problems: [String]
    /// What `puebla validate` exits with: 65 (EX_DATAERR), or 66 (EX_NOINPUT) when there is no Data.
    let exitCode: Int32
    let apply: @Sendable (DataCopy) throws -> Void

    init(_ name: String, exit exitCode: Int32 = 65, _ problems: [String], apply: @escaping @Sendable (DataCopy) throws -> Void) {
        self.name = name
        self.problems = problems
        self.exitCode = exitCode
        self.apply = apply
    }

    var testDescription: String { name }
}

let seedRelease = "releases/2010-05-18-xv-rcm-tapachula.json"
let seedReleasePath = "Data/" + seedRelease

/// Runs `body` with this thread's file permissions checked as user `nobody`. Root reads a file of
/// mode 000 all the same (CAP_DAC_OVERRIDE), so as root an "unreadable file" test would prove
/// nothing; the file-system user id is per thread on Linux, and changing it from 0 drops that
/// capability for this thread alone, leaving the other tests running in parallel untouched.
func withUnprivilegedFileAccess<Result>(_ body: () throws -> Result) rethrows -> Result {
    typealias SetID = @convention(c) (UInt32) -> Int32
    // Glibc declares setfsuid and setfsgid in a header Swift's Glibc module leaves out.
    guard geteuid() == 0, let uid = dlsym(nil, "setfsuid"), let gid = dlsym(nil, "setfsgid") else { return try body() }
    let setfsuid = unsafeBitCast(uid, to: SetID.self), setfsgid = unsafeBitCast(gid, to: SetID.self)
    _ = setfsgid(65534)
    _ = setfsuid(65534)
    defer {
        _ = setfsuid(0)
        _ = setfsgid(0)
    }
    return try body()
}

let corruptions: [Corruption] = [
    Corruption("truncated JSON", ["\(seedReleasePath):2:39: unexpected end of file, expected a key in quotes"]) { data in
        try data.write(seedRelease, String(try data.text(seedRelease).prefix(40)))
    },
    Corruption("wrong type: a number for a string", ["\(seedReleasePath):4:11: date: expected a string, found a number"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"date\": \"2010-05-18\"", with: "\"date\": 20100518") }
    },
    Corruption("wrong type: a string for an array", ["\(seedReleasePath):10:16: countries: expected an array, found a string"]) { data in
        try data.edit(seedRelease) { $0.replacing(#/"countries": \[[^\]]*\]/#, with: "\"countries\": \"MX\"") }
    },
    Corruption("missing required field", ["\(seedReleasePath):1:1: dateStatus: missing required field"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"dateStatus\": \"inferred\",", with: "") }
    },
    Corruption("misspelt optional field", ["\(seedReleasePath):23:13: meetng: unknown field (misspelt?)"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"meeting\": \"rcm-15\"", with: "\"meetng\": \"rcm-15\"") }
    },
    Corruption("misspelt field in quotes", [
        "\(seedReleasePath):37:14: quotes[0].rol: unknown field (misspelt?)",
        "\(seedReleasePath):44:14: quotes[1].rol: unknown field (misspelt?)",
    ]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"role\": \"Deputy", with: "\"rol\": \"Deputy") }
    },
    Corruption("null for a required field", ["\(seedReleasePath):5:17: dateStatus: must not be null"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"dateStatus\": \"inferred\"", with: "\"dateStatus\": null") }
    },
    Corruption("not one of the allowed values", ["\(seedReleasePath):5:17: dateStatus: \"probably\" is not one of \"confirmed\", \"inferred\", \"unconfirmed\""]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"dateStatus\": \"inferred\"", with: "\"dateStatus\": \"probably\"") }
    },
    Corruption("impossible date", ["\(seedReleasePath):4:11: date: \"2010-02-30\" is not a date (expected YYYY-MM-DD)"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"date\": \"2010-05-18\"", with: "\"date\": \"2010-02-30\"") }
    },
    Corruption("duplicate release ids", [
        "Data/releases/copy.json:2:9: id: \"2010-05-18-xv-rcm-tapachula\" does not match the file name (expected \"copy\")",
        "Data/releases/copy.json:2:9: id: duplicate id \"2010-05-18-xv-rcm-tapachula\" (first at \(seedReleasePath):2)",
        "Data/releases/copy.json:78:13: source: duplicate source.url \"https://iom.int/news/xv-annual-meeting-regional-conference-…\" (first at \(seedReleasePath):78)",
    ]) { data in
        try data.write("releases/copy.json", try data.text(seedRelease))
    },
    Corruption("duplicate country codes", [
        "Data/countries.json:15:13: [1].code: duplicate code \"BZ\" (first at Data/countries.json:3)",
        "\(seedReleasePath):10:16: countries[3]: unknown country code \"CA\" (not in countries.json)",
    ]) { data in
        try data.edit("countries.json") { $0.replacingOccurrences(of: "\"code\": \"CA\"", with: "\"code\": \"BZ\"") }
    },
    Corruption("duplicate meeting ids", ["Data/meetings.json:26:11: [1].id: duplicate id \"rcm-1\" (first at Data/meetings.json:3)"]) { data in
        try data.edit("meetings.json") { $0.replacingOccurrences(of: "\"id\": \"rcm-2\"", with: "\"id\": \"rcm-1\"") }
    },
    Corruption("duplicate key in one object", ["\(seedReleasePath):3:21: duplicate key \"title\""]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"title\": \"XV Annual", with: "\"title\": \"again\", \"title\": \"XV Annual") }
    },
    Corruption("unknown country code", ["\(seedReleasePath):10:16: countries[1]: unknown country code \"XX\" (not in countries.json)"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"US\",", with: "\"XX\",") }
    },
    Corruption("unknown country code as the place", ["\(seedReleasePath):6:12: place.country: unknown country code \"MZ\" (not in countries.json)"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"country\": \"MX\"", with: "\"country\": \"MZ\"") }
    },
    Corruption("malformed country code", [
        "Data/countries.json:3:13: [0].code: \"bz\" is not an ISO 3166-1 alpha-2 code (two capital letters)",
        "Data/meetings.json:712:16: [28].country: unknown country code \"BZ\" (not in countries.json)",
        "Data/presidencies.json:179:16: [16].country: unknown country code \"BZ\" (not in countries.json)",
        "\(seedReleasePath):10:16: countries[2]: unknown country code \"BZ\" (not in countries.json)",
    ]) { data in
        try data.edit("countries.json") { $0.replacingOccurrences(of: "\"code\": \"BZ\"", with: "\"code\": \"bz\"") }
    },
    Corruption("dangling meeting reference", ["\(seedReleasePath):23:14: meeting: no meeting \"rcm-99\" in meetings.json"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"meeting\": \"rcm-15\"", with: "\"meeting\": \"rcm-99\"") }
    },
    Corruption("dangling paragraph reference", ["\(seedReleasePath):61:20: quotes[3].paragraph: paragraph 99 does not exist (the release has 8, numbered from 0)"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"paragraph\": 5", with: "\"paragraph\": 99") }
    },
    Corruption("negative paragraph reference", ["\(seedReleasePath):61:20: quotes[3].paragraph: paragraph -1 does not exist (the release has 8, numbered from 0)"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"paragraph\": 5", with: "\"paragraph\": -1") }
    },
    Corruption("number out of range", ["\(seedReleasePath):61:20: number out of range"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"paragraph\": 5", with: "\"paragraph\": 1e400") }
    },
    Corruption("invalid UTF-8 inside a string", ["\(seedReleasePath):3:15: invalid UTF-8 (byte 0xff)"]) { data in
        var bytes = Array(try data.text(seedRelease).utf8)
        bytes[bytes.firstRange(of: Array("XV Annual".utf8))!.lowerBound + 2] = 0xFF
        try data.write(seedRelease, bytes)
    },
    Corruption("UTF-16 surrogate encoded in UTF-8", ["\(seedReleasePath):3:14: invalid UTF-8 (byte 0xed)"]) { data in
        var bytes = Array(try data.text(seedRelease).utf8)
        bytes.replaceSubrange(bytes.firstRange(of: Array("V A".utf8))!, with: [0xED, 0xA0, 0x80])
        try data.write(seedRelease, bytes)
    },
    Corruption("unpaired surrogate escape", ["\(seedReleasePath):3:14: unpaired surrogate in \\u escape"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"XV Annual", with: "\"X\\ud800V Annual") }
    },
    Corruption("raw control character inside a string", ["\(seedReleasePath):3:15: control character 0x1b inside a string (escape it)"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"XV Annual", with: "\"XV\u{1B}[2J Annual") }
    },
    Corruption("a 50 MB string in an otherwise valid release", [
        "\(seedReleasePath):25:5: paragraphs[0]: text is 50 MiB (52428800 bytes), over the 1 MiB limit for one field",
    ]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"Officials from the 11 countries", with: "\"" + String(repeating: "x", count: 52_428_800) + "\", \"Officials from the 11 countries") }
    },
    Corruption("a file larger than any Data file may be", ["\(seedReleasePath): file is 65 MiB (68157440 bytes), over the 64 MiB limit for one Data file"]) { data in
        truncate(data.url(seedRelease).path, 68_157_440)  // sparse: no disk is spent
    },
    Corruption("empty file", ["\(seedReleasePath):1:1: empty file, expected a JSON value"]) { data in
        try data.write(seedRelease, "")
    },
    Corruption("only whitespace", ["\(seedReleasePath):3:1: empty file, expected a JSON value"]) { data in
        try data.write(seedRelease, "  \n\t\n")
    },
    Corruption("nested too deep", ["\(seedReleasePath):1:257: nested deeper than 256 levels"]) { data in
        try data.write(seedRelease, String(repeating: "[", count: 100_000))
    },
    Corruption("a release that is not an object", ["\(seedReleasePath):1:1: expected an object, found an array"]) { data in
        try data.write(seedRelease, "[]")
    },
    Corruption("a list file that is not a list", ["Data/meetings.json:1:1: expected an array, found an object"]) { data in
        try data.write("meetings.json", "{}")
    },
    Corruption("id that does not match its file name", ["\(seedReleasePath):2:9: id: \"2010-05-18-xv-rcm\" does not match the file name (expected \"2010-05-18-xv-rcm-tapachula\")"]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"id\": \"2010-05-18-xv-rcm-tapachula\"", with: "\"id\": \"2010-05-18-xv-rcm\"") }
    },
    Corruption("a folder where a file should be", ["Data/countries.json: is a folder, expected a file"]) { data in
        try data.remove("countries.json")
        try FileManager.default.createDirectory(at: data.url("countries.json"), withIntermediateDirectories: false)
    },
    Corruption("a folder named like a release", ["Data/releases/folder.json: is a folder, expected a file"]) { data in
        try FileManager.default.createDirectory(at: data.url("releases/folder.json"), withIntermediateDirectories: false)
    },
    Corruption("a named pipe where a file should be", ["Data/organizations.json: is not a regular file (a pipe, socket or device)"]) { data in
        try data.remove("organizations.json")
        mkfifo(data.url("organizations.json").path, 0o644)
    },
    Corruption("missing file", ["Data/meetings.json: missing file"]) { data in
        try data.remove("meetings.json")
    },
    Corruption("unreadable file", ["Data/meetings.json: permission denied"]) { data in
        chmod(data.url("meetings.json").path, 0)
    },
    Corruption("unreadable releases folder", ["Data/releases: permission denied"]) { data in
        chmod(data.url("releases").path, 0)
    },
    Corruption("symbolic link loop", ["Data/releases/loop.json: symbolic link loop (too many levels of links)"]) { data in
        symlink("loop.json", data.url("releases/loop.json").path)
    },
    Corruption("symbolic link to nothing", ["Data/countries.json: symbolic link to a missing file"]) { data in
        try data.remove("countries.json")
        symlink("gone.json", data.url("countries.json").path)
    },
    Corruption("no releases folder", ["Data/releases: missing folder"]) { data in
        try data.remove("releases")
    },
    Corruption("a file where the releases folder should be", ["Data/releases: is not a folder"]) { data in
        try data.remove("releases")
        try data.write("releases", "")
    },
    Corruption("no Data at all", exit: 66, ["Data: no Data folder here (missing folder)"]) { data in
        try FileManager.default.removeItem(at: data.data)
    },
    Corruption("Data is a symbolic link loop", exit: 66, ["Data: symbolic link loop (too many levels of links)"]) { data in
        try FileManager.default.removeItem(at: data.data)
        symlink("Data", data.data.path)
    },
    Corruption("Data is a file", exit: 66, ["Data: not a folder"]) { data in
        try FileManager.default.removeItem(at: data.data)
        try Data().write(to: data.data)
    },
    Corruption("hostile text in a problem", ["\(seedReleasePath):5:17: dateStatus: \"␛ ␇\" is not one of \"confirmed\", \"inferred\", \"unconfirmed\""]) { data in
        try data.edit(seedRelease) { $0.replacingOccurrences(of: "\"dateStatus\": \"inferred\"", with: "\"dateStatus\": \"\\u001b]0;owned\\u0007\\n\\u0007\"") }
    },
]

@Suite("Broken Data: precise problems, exit 65 or 66, never a crash")
struct DataCorruptionTests {
    @Test("The store reports exactly the expected problems", arguments: corruptions)
    func storeReportsProblems(_ corruption: Corruption) throws {
        let data = try DataCopy()
        try corruption.apply(data)
        let reported: [String] = withUnprivilegedFileAccess {
            do {
                _ = try StoreLoader.load(from: data.data.path)
                return []
            } catch let error as StoreError {
                switch error {
                case .missing: return [data.relative(error.description)]
                case let .invalid(problems): return problems.map { data.relative($0.description) }
                }
            } catch {
                return ["not a StoreError: \(error)"]
            }
        }
        #expect(reported == corruption.problems)
    }

    @Test("`puebla validate` exits 65 (66 without Data), lists the problems, and does not crash", arguments: corruptions)
    func validateExits(_ corruption: Corruption) throws {
        let data = try DataCopy()
        try corruption.apply(data)
        let text = try PueblaBinary.run(["validate", "--data", data.data.path], asUnprivilegedUser: true)
        #expect(text.status == corruption.exitCode)
        let errors = data.relative(text.standardError)
        if corruption.exitCode == 65 {
            for problem in corruption.problems { #expect(errors.contains("puebla: " + problem + "\n")) }
        } else {
            #expect(errors.hasPrefix("puebla: Data: "))
        }

        let json = try PueblaBinary.run(["validate", "--json", "--data", data.data.path], asUnprivilegedUser: true)
        #expect(json.status == corruption.exitCode)
        let report = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(report?["ok"] as? Bool == false)
        let problems = report?["problems"] as? [[String: Any]] ?? []
        if corruption.exitCode == 65 {
            #expect(problems.count == corruption.problems.count)
            #expect(problems.allSatisfy { $0["file"] is String && $0["message"] is String })
        }
    }

    @Test("The browser never starts on broken Data: it exits 65 or 66 before drawing anything", arguments: corruptions)
    func browserRefusesBrokenData(_ corruption: Corruption) throws {
        let data = try DataCopy()
        try corruption.apply(data)
        // As `nobody`, so that an unreadable file is unreadable even to a root test run.
        let (executable, arguments) = geteuid() == 0
            ? ("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", PueblaBinary.path])
            : (PueblaBinary.path, [])
        let (output, termination) = try PseudoTerminal.run(
            executable: executable, arguments: arguments + ["--data", data.data.path], environment: PueblaBinary.environment)
        #expect(termination == .exited(corruption.exitCode))
        // Not one escape sequence: no alternate screen, no cursor move, nothing drawn.
        #expect(!output.contains(0x1B))
        #expect(String(decoding: output, as: UTF8.self).hasPrefix("puebla: "))
    }
}
