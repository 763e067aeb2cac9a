import Foundation
import PueblaKit
import Testing

/// `puebla edit ID`, with $EDITOR a script that changes the file as a person would.
@Suite("puebla edit", .serialized)
struct EditCommandTests {
    static let id = "2010-05-18-xv-rcm-tapachula"
    static let file = "releases/\(id).json"

    let home = TestHome()

    /// A shell script run as the editor (`$1` is the file), kept in the test's home. It is
    /// handed to `/bin/sh` rather than executed: a process another test forks while the script
    /// is being written inherits its open descriptor, and executing it then fails with
    /// "Text file busy".
    func editor(_ script: String) throws -> String {
        let path = home.path + "/editor-\(UUID().uuidString).sh"
        try Data("\(script)\n".utf8).write(to: URL(fileURLWithPath: path))
        return "/bin/sh \(path)"
    }

    /// The temporary folder of the edits run here, where the editor's copy is made.
    var temporary: String { home.path + "/tmp" }

    /// What the edits left in their temporary folder.
    var drafts: [String] { (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] }

    func edit(_ arguments: [String], editor script: String, variable: String = "EDITOR") throws -> PueblaBinary.Outcome {
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        return try PueblaBinary.run(["edit"] + arguments,
                                    environment: home.environment.merging([variable: try editor(script), "TMPDIR": temporary]) { $1 })
    }

    @Test("a valid edit is written in the canonical layout, and Data still validates")
    func validEdit() throws {
        let data = try DataCopy()
        let run = try edit(["--data", data.path, Self.id], editor: "sed -i 's/Addresses Migration/Weighs Migration/' \"$1\"")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "edited \(Self.id) -> \(data.path)/\(Self.file)\n")
        let written = try data.text(Self.file)
        #expect(written.contains("Regional Conference on Migration Weighs Migration"))
        let release = try JSONDecoder().decode(Release.self, from: Data(written.utf8))
        #expect(try CanonicalJSON.string(release) == written)
        #expect(try PueblaBinary.run(["validate", "--data", data.path]).status == 0)
        // No copy left behind in Data.
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path + "/releases") == ["\(Self.id).json"])
        #expect(drafts.isEmpty, "the editor's copy was left behind: \(drafts)")
    }

    @Test("$VISUAL comes before $EDITOR, and may hold arguments")
    func visual() throws {
        let data = try DataCopy()
        let sed = try editor("sed -i \"s/Addresses Migration/$1 Migration/\" \"$2\"")
        let failing = try editor("exit 3")
        let run = try PueblaBinary.run(["edit", "--data", data.path, Self.id],
                                       environment: home.environment.merging(["VISUAL": "\(sed) Discusses", "EDITOR": failing]) { $1 })
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try data.text(Self.file).contains("Migration Discusses Migration"))
    }

    @Test("an invalid edit with no terminal to ask on: the located problem, exit 65, the file untouched")
    func invalidWithoutTerminal() throws {
        let data = try DataCopy()
        let before = try data.snapshot()
        let run = try edit(["--data", data.path, Self.id], editor: "sed -i 's/\"paragraph\": 4$/\"paragraph\": 40/' \"$1\"")
        #expect(run.status == 65)
        #expect(run.standardError.contains(
            "puebla: \(data.path)/\(Self.file):54:20: quotes[2].paragraph: paragraph 40 does not exist (the release has 8, numbered from 0)"),
                "\(run.standardError)")
        #expect(run.standardError.contains("1 problem in your edit of \(Self.id)"))
        #expect(run.standardError.contains("nothing changed"))
        #expect(try data.snapshot() == before)
        #expect(drafts.isEmpty, "the editor's copy was left behind: \(drafts)")
    }

    @Test("broken JSON is located at its line and column")
    func syntaxError() throws {
        let data = try DataCopy()
        let run = try edit(["--data", data.path, Self.id], editor: "sed -i '3s/\",$/\"/' \"$1\"")
        #expect(run.status == 65)
        #expect(run.standardError.contains("puebla: \(data.path)/\(Self.file):4:3: "), "\(run.standardError)")
    }

    @Test("a country countries.json lacks is refused: edit does not add countries")
    func unknownCountry() throws {
        let data = try DataCopy()
        let before = try data.snapshot()
        let run = try edit(["--data", data.path, Self.id], editor: "sed -i 's/^    \"PA\"$/    \"PA\", \"BR\"/' \"$1\"")
        #expect(run.status == 65)
        #expect(run.standardError.contains("countries[11]: unknown country code \"BR\" (not in countries.json)"), "\(run.standardError)")
        #expect(run.standardError.contains("edit does not add countries"))
        #expect(try data.snapshot() == before)
    }

    @Test("nothing changes when the editor fails (exit 1), or the release is unchanged (exit 0), even if laid out anew")
    func nothingChanges() throws {
        let data = try DataCopy()
        let before = try data.snapshot()
        let failed = try edit(["--data", data.path, Self.id], editor: "sed -i 's/Addresses/Weighs/' \"$1\"; exit 1")
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("exited with status 1; nothing changed"), "\(failed.standardError)")
        for script in ["true", "sed -i 's/^  \"id\"/      \"id\"/' \"$1\""] {
            let unchanged = try edit(["--data", data.path, Self.id], editor: script)
            #expect(unchanged.status == 0, "\(unchanged.standardError)")
            #expect(unchanged.standardOutput == "\(Self.id): no changes; nothing written\n")
        }
        #expect(try data.snapshot() == before)
        #expect(drafts.isEmpty, "the editor's copy was left behind: \(drafts)")
    }

    @Test("a release changed by someone else while the editor was open is not overwritten: exit 75, the edit kept")
    func changedMeanwhile() throws {
        let data = try DataCopy()
        let file = data.path + "/" + Self.file
        // The editor edits its copy, and meanwhile the release itself changes.
        let run = try edit(["--data", data.path, Self.id], editor: """
            sed -i 's/Addresses Migration/Weighs Migration/' "$1"
            sed -i 's/Addresses Migration/Reviews Migration/' '\(file)'
            """)
        #expect(run.status == 75)
        #expect(run.standardError.contains("\(Self.id) was changed in \(data.path) while you edited it; nothing changed; your edit is kept in \(temporary)/puebla-edit-\(Self.id)-"),
                "\(run.standardError)")
        #expect(try data.text(Self.file).contains("Reviews Migration"))
        #expect(drafts.count == 1)
        let kept = try String(contentsOfFile: temporary + "/" + (drafts.first ?? ""), encoding: .utf8)
        #expect(kept.contains("Weighs Migration"))
    }

    @Test("a new id renames the file (the new one written, the old removed); an id already taken is refused")
    func rename() throws {
        let data = try DataCopy()
        let newID = "2010-05-18-rcm-tapachula"
        let taken = try data.text(Self.file).replacingOccurrences(of: Self.id, with: "2010-05-18-other")
            .replacingOccurrences(of: "https://iom.int/news/", with: "https://example.org/news/")
        try data.write("releases/2010-05-18-other.json", taken)
        #expect(try PueblaBinary.run(["validate", "--data", data.path]).status == 0)

        let refused = try edit(["--data", data.path, Self.id], editor: "sed -i 's/\"id\": \"\(Self.id)\"/\"id\": \"2010-05-18-other\"/' \"$1\"")
        #expect(refused.status == 65)
        #expect(refused.standardError.contains(":2:9: id: \"2010-05-18-other\" is the id of another release"), "\(refused.standardError)")

        let run = try edit(["--data", data.path, Self.id], editor: "sed -i 's/\"id\": \"\(Self.id)\"/\"id\": \"\(newID)\"/' \"$1\"")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("edited \(newID) -> \(data.path)/releases/\(newID).json (renamed from \(Self.id);"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path + "/releases").sorted() == ["2010-05-18-other.json", "\(newID).json"])
        #expect(try PueblaBinary.run(["validate", "--data", data.path]).status == 0)
    }

    @Test("a source url another release has is refused")
    func duplicateSource() throws {
        let data = try DataCopy()
        try data.write("releases/2010-05-18-other.json", try data.text(Self.file).replacingOccurrences(of: Self.id, with: "2010-05-18-other")
            .replacingOccurrences(of: "https://iom.int/news/", with: "https://example.org/news/"))
        let run = try edit(["--data", data.path, Self.id], editor: "sed -i 's|https://iom.int/news/|https://example.org/news/|' \"$1\"")
        #expect(run.status == 65)
        #expect(run.standardError.contains("source.url: \"https://example.org/news/"), "\(run.standardError)")
        #expect(run.standardError.contains("is the source of another release (\(data.path)/releases/2010-05-18-other.json)"))
    }

    @Test("an unknown id exits 64 with the closest ids, as show does; an id that is a path names no release")
    func unknownID() throws {
        let data = try DataCopy()
        let run = try edit(["--data", data.path, "tapachula"], editor: "true")
        #expect(run.status == 64)
        #expect(run.standardError == "puebla: no release \"tapachula\"; did you mean \(Self.id)?\n")
        let path = try edit(["--data", data.path, "../countries"], editor: "true")
        #expect(path.status == 64)
        #expect(path.standardError.hasPrefix("puebla: no release \"../countries\""))
    }

    @Test("without --data the edit goes to the user's library, made from the shipped Data; the checkout is untouched")
    func editWritesToLibrary() throws {
        let shipped = try String(contentsOfFile: PueblaBinary.shippedData + "/" + Self.file, encoding: .utf8)
        let run = try edit([Self.id], editor: "sed -i 's/Addresses Migration/Weighs Migration/' \"$1\"")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError == "puebla: created your library \(home.library) from the shipped Data \(PueblaBinary.shippedData)\n")
        #expect(try String(contentsOfFile: home.library + "/" + Self.file, encoding: .utf8).contains("Weighs Migration"))
        #expect(try String(contentsOfFile: PueblaBinary.shippedData + "/" + Self.file, encoding: .utf8) == shipped)
        let show = try PueblaBinary.run(["show", Self.id], environment: home.environment)
        #expect(show.standardOutput.contains("Weighs Migration"))
    }

    @Test("in a terminal: the located problem, Edit again? answered y, the second edit fixes it and the release is written")
    func editAgainInTerminal() throws {
        let data = try DataCopy()
        let count = home.path + "/count"
        let script = try editor("""
            n=$(cat '\(count)' 2>/dev/null || echo 0); n=$((n + 1)); echo $n > '\(count)'
            if [ $n = 1 ]; then sed -i 's/"paragraph": 4$/"paragraph": 40/' "$1"
            else sed -i 's/"paragraph": 40$/"paragraph": 4/; s/Addresses Migration/Weighs Migration/' "$1"; fi
            """)
        let session = try TmuxSession(command: [PueblaBinary.path, "edit", "--data", data.path, Self.id],
                                      rows: 30, columns: 200, environment: home.environment.merging(["EDITOR": script]) { $1 })
        let screen = try session.waitFor("Edit again? [Y/n]")
        #expect(screen.contains("\(Self.file):54:20: quotes[2].paragraph: paragraph 40 does not exist"), "\(screen)")
        #expect(try data.text(Self.file).contains("\"paragraph\": 4\n"))
        try session.type("y")
        try session.send("Enter")
        #expect(try session.waitForExit() == 0)
        #expect(try String(contentsOfFile: count, encoding: .utf8) == "2\n")
        let written = try data.text(Self.file)
        #expect(written.contains("Weighs Migration"))
        #expect(written.contains("\"paragraph\": 4\n"))
        #expect(try session.screen().contains("edited \(Self.id) -> "))
    }

    @Test("in a terminal, answered n: the edit is discarded, exit 65")
    func discardInTerminal() throws {
        let data = try DataCopy()
        let before = try data.snapshot()
        let script = try editor("sed -i 's/\"paragraph\": 4$/\"paragraph\": 40/' \"$1\"")
        let session = try TmuxSession(command: [PueblaBinary.path, "edit", "--data", data.path, Self.id],
                                      rows: 30, columns: 200, environment: home.environment.merging(["EDITOR": script]) { $1 })
        try session.waitFor("Edit again? [Y/n]")
        try session.type("n")
        try session.send("Enter")
        #expect(try session.waitForExit() == 65)
        #expect(try session.screen().contains("your edit was discarded; nothing changed"))
        #expect(try data.snapshot() == before)
    }
}
