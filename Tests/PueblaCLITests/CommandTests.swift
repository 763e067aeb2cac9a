import Foundation
import PueblaCorpus
import PueblaKit
import Testing

@Suite("The scriptable commands, run as a user runs them")
struct CommandTests {
    let data = ["--data", PueblaBinary.shippedData]

    @Test("validate passes on the shipped Data")
    func validate() throws {
        let result = try PueblaBinary.run(["validate"] + data)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("OK (1 release, 29 meetings, 16 countries"))
    }

    @Test("releases --country takes an English name and lists the seed release")
    func releasesByCountry() throws {
        for country in ["Costa Rica", "cr", "costa rica"] {
            let result = try PueblaBinary.run(["releases", "--country", country] + data)
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("2010-05-18-xv-rcm-tapachula"))
        }
        let none = try PueblaBinary.run(["releases", "--country", "Jamaica"] + data)
        #expect(none.status == 0 && none.standardOutput.contains("No releases mention Jamaica."))
    }

    @Test("an unknown country exits 64 and suggests close names")
    func unknownCountry() throws {
        let result = try PueblaBinary.run(["releases", "--country", "Mexco"] + data)
        #expect(result.status == 64)
        #expect(result.standardError == "puebla: unknown country \"Mexco\"; did you mean \"Mexico\"?\n")
    }

    @Test("quotes --speaker prints each quote in full with role and release")
    func quotesBySpeaker() throws {
        let result = try PueblaBinary.run(["quotes", "--speaker", "thompson"] + data)
        #expect(result.status == 0)
        #expect(result.standardOutput.components(separatedBy: "Laura Thompson, Deputy Director General (IOM)").count == 3)
        let flattened = result.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flattened.contains("\"I am happy to be here to celebrate, along with all countries that make up this regional consultative process, 15 years of fruitful and candid discussions on migration-related issues of concern to all\""))
        #expect(flattened.contains("in XV Annual Meeting of the Regional Conference on Migration"))
        #expect(result.standardOutput.hasSuffix("2 quotes\n"))
        let nobody = try PueblaBinary.run(["quotes", "--speaker", "nobody by that name"] + data)
        #expect(nobody.status == 0 && nobody.standardOutput == "No quotes match.\n")
    }

    @Test("timeline shows every meeting with its status and the legend")
    func timeline() throws {
        let result = try PueblaBinary.run(["timeline"] + data)
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n").filter { $0.first.map { "IVX".contains($0) } ?? false }
        #expect(rows.count == 29)
        #expect(rows.contains { $0.hasPrefix("III ") && $0.contains("unconfirmed") })
        #expect(rows.contains { $0.hasPrefix("XV ") && $0.contains("Tapachula, Mexico") && $0.contains("2010-05-20 to 2010-05-21") && !$0.contains("(inferred)") })
        #expect(result.standardOutput.contains("? unconfirmed"))
        let mexico = try PueblaBinary.run(["timeline", "--country", "México"] + data)
        #expect(mexico.standardOutput.contains("5 meetings"))
    }

    @Test("members shows 11 member states and 5 observers")
    func members() throws {
        let result = try PueblaBinary.run(["members"] + data)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Member states (11)"))
        #expect(result.standardOutput.contains("Observer countries (5)"))
        let json = try PueblaBinary.run(["members", "--json"] + data)
        let list = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect(list?.count == 16)
    }

    @Test("show prints text, Markdown and the canonical JSON")
    func show() throws {
        let id = "2010-05-18-xv-rcm-tapachula"
        let text = try PueblaBinary.run(["show", id] + data)
        #expect(text.status == 0 && text.standardOutput.contains("Date: May 18, 2010 (inferred)"))
        let markdown = try PueblaBinary.run(["show", id, "--format", "markdown"] + data)
        #expect(markdown.standardOutput.hasPrefix("# XV Annual Meeting"))
        #expect(markdown.standardOutput.contains("> — Laura Thompson, Deputy Director General (IOM)"))
        let json = try PueblaBinary.run(["show", id, "--format", "json"] + data)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == id)
        #expect(object?["dateStatus"] as? String == "inferred")
        #expect((object?["contacts"] as? [[String: Any]])?.first?["phone"] is NSNull)
        let shipped = try Data(contentsOf: URL(fileURLWithPath: PueblaBinary.shippedData + "/releases/\(id).json"))
        let original = try JSONSerialization.jsonObject(with: shipped) as? NSDictionary
        #expect(original == object.map(NSDictionary.init(dictionary:)))
        let missing = try PueblaBinary.run(["show", "no-such-release"] + data)
        #expect(missing.status == 64)
    }

    @Test("releases --json, printed a release at a time, is byte for byte the JSON array of the whole list")
    func releasesJSONStreamed() throws {
        let folder = NSTemporaryDirectory() + "puebla-json-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CorpusFolder.write(count: 40, seed: 5, from: PueblaBinary.shippedData, to: folder + "/Data")
        let store = try StoreLoader.load(from: folder + "/Data")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        func whole(_ releases: [Release]) throws -> String {
            SafeText.escapingJSON(String(decoding: try encoder.encode(releases), as: UTF8.self)) + "\n"
        }
        let all = try PueblaBinary.run(["releases", "--json", "--data", folder + "/Data"])
        let expectedAll = try whole(store.releases)
        #expect(all.status == 0 && all.standardOutput == expectedAll)
        let none = try PueblaBinary.run(["releases", "--json", "--country", "Jamaica", "--data", folder + "/Data"])
        let expectedNone = try whole(store.releases.filter { $0.mentionedCountries.contains("JM") })
        #expect(none.status == 0 && none.standardOutput == expectedNone)
        let quotes = try PueblaBinary.run(["quotes", "--json", "--data", folder + "/Data"])
        let quoteList = try JSONSerialization.jsonObject(with: Data(quotes.standardOutput.utf8)) as? [[String: Any]]
        #expect(quoteList?.count == store.releases.map(\.quotes.count).reduce(0, +))
    }

    @Test("releases --json prints an array of canonical releases")
    func releasesJSON() throws {
        let result = try PueblaBinary.run(["releases", "--json"] + data)
        let list = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]]
        #expect(list?.first?["quotes"] is [Any])
        let quotes = try PueblaBinary.run(["quotes", "--json"] + data)
        let quoteList = try JSONSerialization.jsonObject(with: Data(quotes.standardOutput.utf8)) as? [[String: Any]]
        #expect(quoteList?.count == 4)
        #expect(quoteList?.first?["release"] as? String == "2010-05-18-xv-rcm-tapachula")
    }

    @Test("a broken file gives file, line, column and field, exit 65")
    func brokenData() throws {
        let copy = try DataCopy()
        let directory = copy.path
        let file = directory + "/releases/2010-05-18-xv-rcm-tapachula.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"speaker\": \"Jorge Peraza\"", with: "\"speaker\": 7")
            .write(toFile: file, atomically: true, encoding: .utf8)
        for command in ["validate", "releases", "timeline"] {
            let result = try PueblaBinary.run([command, "--data", directory])
            #expect(result.status == 65)
            #expect(result.standardError.contains("puebla: \(file):50:18: quotes[2].speaker: expected a string, found a number"))
            #expect(result.standardError.contains("2 problems in \(directory)"))
        }
    }

    @Test("Data is looked for in --data, $PUEBLA_DATA, ./Data, then the build's own Data")
    func dataLocation() throws {
        let missing = try PueblaBinary.run(["validate", "--data", "/nonexistent"])
        #expect(missing.status == 66)
        #expect(missing.standardError.contains("/nonexistent (--data: does not exist)"))
        let fromEnvironment = try PueblaBinary.run(["validate"], environment: ["PUEBLA_DATA": PueblaBinary.shippedData])
        #expect(fromEnvironment.status == 0 && fromEnvironment.standardOutput.hasPrefix(PueblaBinary.shippedData))
        let builtIn = try PueblaBinary.run(["validate"])
        #expect(builtIn.status == 0)
    }

    @Test("--version prints the version, from PueblaVersion")
    func version() throws {
        let result = try PueblaBinary.run(["--version"])
        #expect(result.status == 0 && result.standardOutput == PueblaVersion.current + "\n")
    }

    @Test("releases --meeting takes a roman or arabic number or an id; an unknown one exits 64")
    func releasesByMeeting() throws {
        for meeting in ["XV", "xv", "15", "rcm-15"] {
            let result = try PueblaBinary.run(["releases", "--meeting", meeting] + data)
            #expect(result.status == 0 && result.standardOutput.contains("2010-05-18-xv-rcm-tapachula"), "\(meeting)")
        }
        let none = try PueblaBinary.run(["releases", "--meeting", "I"] + data)
        #expect(none.status == 0 && none.standardOutput == "No releases about meeting I.\n")
        let unknown = try PueblaBinary.run(["releases", "--meeting", "XL"] + data)
        #expect(unknown.status == 64)
        #expect(unknown.standardError == "puebla: unknown meeting \"XL\"; give its number (I to XXIX) or its id: `puebla timeline` lists them\n")
    }

    @Test("releases --since and --until take years or days; a bad date or an empty period exits 64")
    func releasesByDate() throws {
        let seed = "2010-05-18-xv-rcm-tapachula"
        for (period, listed) in [(["--since", "2005", "--until", "2010"], true), (["--since", "2010-05-18"], true),
                                 (["--until", "2010-05-18"], true), (["--since", "2010-05-19"], false), (["--until", "2009"], false)] {
            let result = try PueblaBinary.run(["releases"] + period + data)
            #expect(result.status == 0 && result.standardOutput.contains(seed) == listed, "\(period)")
        }
        let later = try PueblaBinary.run(["releases", "--since", "2011", "--meeting", "XV"] + data)
        #expect(later.standardOutput == "No releases about meeting XV dated 2011 or later.\n")
        let json = try PueblaBinary.run(["releases", "--json", "--until", "2009"] + data)
        #expect(json.status == 0 && json.standardOutput == "[\n\n]\n")
        for bad in ["2005-13-01", "2005-02-30", "05", "2005-5-1", "last year"] {
            let result = try PueblaBinary.run(["releases", "--since", bad] + data)
            #expect(result.status == 64 && result.standardError.contains("--since \(bad): give a year (2005) or a day as YYYY-MM-DD (2005-05-18)"), "\(bad)")
        }
        let backwards = try PueblaBinary.run(["releases", "--since", "2011", "--until", "2010"] + data)
        #expect(backwards.status == 64 && backwards.standardError.contains("--since 2011 is after --until 2010"))
    }

    @Test("search --country keeps what concerns the country, in text and JSON")
    func searchByCountry() throws {
        let costaRica = try PueblaBinary.run(["search", "migration", "--country", "Costa Rica"] + data)
        #expect(costaRica.status == 0 && costaRica.standardOutput.contains("2010-05-18-xv-rcm-tapachula"))
        let jamaica = try PueblaBinary.run(["search", "migration", "--country", "Jamaica"] + data)
        #expect(jamaica.status == 0 && jamaica.standardOutput == "Nothing matches \"migration\" in what concerns Jamaica.\n")
        let json = try PueblaBinary.run(["search", "tapachula", "--country", "JM", "--json"] + data)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect((object?["releases"] as? [Any])?.isEmpty == true && (object?["meetings"] as? [Any])?.isEmpty == true)
        let unknown = try PueblaBinary.run(["search", "migration", "--country", "Mexco"] + data)
        #expect(unknown.status == 64)
    }

    @Test("show --json prints what --format json prints; with another --format it exits 64")
    func showJSON() throws {
        let id = "2010-05-18-xv-rcm-tapachula"
        let flag = try PueblaBinary.run(["show", id, "--json"] + data)
        let format = try PueblaBinary.run(["show", id, "--format", "json"] + data)
        #expect(flag.status == 0 && flag.standardOutput == format.standardOutput && flag.standardOutput.hasPrefix("{"))
        let both = try PueblaBinary.run(["show", id, "--json", "--format", "json"] + data)
        #expect(both.status == 0 && both.standardOutput == format.standardOutput)
        let clash = try PueblaBinary.run(["show", id, "--json", "--format", "markdown"] + data)
        #expect(clash.status == 64 && clash.standardError.contains("--json and --format markdown do not go together"))
    }

    @Test("shell completion scripts for bash, zsh and fish name the commands and their options")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try PueblaBinary.run(["--generate-completion-script", shell])
            #expect(result.status == 0, "\(shell)")
            for word in ["releases", "meeting", "since", "wide"] {
                #expect(result.standardOutput.contains(word), "\(shell): \(word)")
            }
        }
    }

    @Test("bash completes a release id for show and a country code for --country, from the Data named on the line")
    func customCompletion() throws {
        let script = try PueblaBinary.run(["--generate-completion-script", "bash"])
        let folder = NSTemporaryDirectory() + "puebla-completion-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try script.standardOutput.write(toFile: folder + "/puebla.bash", atomically: true, encoding: .utf8)
        /// What Tab offers after `line` (ending in the word completed), as bash's completion calls it.
        func offered(_ line: [String]) throws -> [String] {
            let words = line.map { "'\($0)'" }.joined(separator: " ")
            let body = """
                source \(folder)/puebla.bash
                COMP_WORDS=(\(words)); COMP_CWORD=\(line.count - 1); COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
                _puebla puebla "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let folderOfBinary = URL(fileURLWithPath: PueblaBinary.path).deletingLastPathComponent().path
            let result = try PueblaBinary.run(["-c", body], environment: ["PATH": folderOfBinary + ":/usr/bin:/bin"], executable: "/bin/bash")
            return Set(result.standardOutput.split(separator: "\n").map(String.init)).sorted()
        }
        #expect(try offered(["puebla", "show", "--data", PueblaBinary.shippedData, "2010"]) == ["2010-05-18-xv-rcm-tapachula"])
        #expect(try offered(["puebla", "releases", "--data", PueblaBinary.shippedData, "--country", "M"]) == ["MX"])
        #expect(try offered(["puebla", "search", "--data", PueblaBinary.shippedData, "--country", "C"]) == ["CA", "CO", "CR"])
    }

    @Test("without a terminal the browser refuses in one line, naming the commands that work, exit 1")
    func notATerminal() throws {
        let result = try PueblaBinary.run(data)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("standard input is not a terminal"))
        #expect(result.standardError.contains("`puebla releases`"))
        #expect(!result.standardError.contains("\u{1B}"))
    }
}
