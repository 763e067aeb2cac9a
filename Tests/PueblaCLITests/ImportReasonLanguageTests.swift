import Foundation
import Testing

/// Why an import took a page as the release it did, in the interface's language; `--json` in English.
@Suite("The import's reasons in the interface's language")
struct ImportReasonLanguageTests {
    @Test("a page imported again: already there, from the same source, said in Spanish with --lang es; the JSON's reason in English")
    func alreadyThere() throws {
        let copy = try DataCopy()
        let page = DataCopy.fixture("07_cut_off.txt")
        let id = "undated-nicaragua-hosts-meeting-on-migrant-health"
        #expect(try PueblaBinary.run(["import", "--data", copy.path, page]).status == 0)
        let spanish = try PueblaBinary.run(["import", "--dry-run", "--data", copy.path, "--lang", "es", page])
        #expect(spanish.standardOutput.contains("07_cut_off.txt: ya está como \(id) (el mismo archivo fuente 07_cut_off.txt y el mismo artículo)\n"),
                "\(spanish.standardOutput)")
        let english = try PueblaBinary.run(["import", "--dry-run", "--data", copy.path, "--lang", "en", page])
        #expect(english.standardOutput.contains("07_cut_off.txt: already there as \(id) (same source file 07_cut_off.txt and the same article)\n"),
                "\(english.standardOutput)")
        let json = try PueblaBinary.run(["import", "--dry-run", "--json", "--data", copy.path, "--lang", "es", page])
        let jsonEnglish = try PueblaBinary.run(["import", "--dry-run", "--json", "--data", copy.path, "--lang", "en", page])
        #expect(json.standardOutput == jsonEnglish.standardOutput)
        #expect(json.standardOutput.contains("\"reason\": \"same source file 07_cut_off.txt and the same article\""), "\(json.standardOutput)")
    }
}
