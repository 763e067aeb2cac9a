import Foundation
import Testing

/// What stops a command before it starts, through the real binary: no Data folder, a page that
/// cannot be read, in the interface's language; `--json` the same in both.
@Suite("Errors in the interface's language")
struct ErrorLanguageTests {
    /// Every command that reads or writes Data, each with an argument it takes.
    static let commands: [[String]] = [["validate"], ["releases"], ["index"], ["import", "page.html"], ["edit", "some-release"]]

    @Test("no Data folder: each command says so in Spanish with --lang es, in English as before", arguments: commands)
    func missingData(_ command: [String]) throws {
        let home = TestHome()
        let absent = home.path + "/absent"
        let spanish = try PueblaBinary.run(command + ["--lang", "es", "--data", absent], environment: home.environment)
        #expect(spanish.status == 66)
        #expect(spanish.standardError == "puebla: \(absent): no se encontró ninguna carpeta Data; se buscó en \(absent) (--data: no existe)\n")
        let english = try PueblaBinary.run(command + ["--lang", "en", "--data", absent], environment: home.environment)
        #expect(english.status == 66)
        #expect(english.standardError == "puebla: \(absent): no Data folder found; looked in \(absent) (--data: does not exist)\n")
    }

    @Test("no Data folder, Spanish from the locale: $PUEBLA_DATA named, and validate --json in English")
    func missingDataFromLocale() throws {
        let home = TestHome()
        let absent = home.path + "/absent"
        let environment = home.environment.merging(["LANG": "es_MX.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "PUEBLA_DATA": absent]) { $1 }
        let text = try PueblaBinary.run(["validate"], environment: environment)
        #expect(text.standardError == "puebla: \(absent): no se encontró ninguna carpeta Data; se buscó en \(absent) ($PUEBLA_DATA: no existe)\n")
        let json = try PueblaBinary.run(["validate", "--json"], environment: environment)
        #expect(json.status == 66)
        #expect(json.standardOutput.contains("\"message\" : \"no Data folder found; looked in \(absent) ($PUEBLA_DATA: does not exist)\""),
                "\(json.standardOutput)")
    }

    @Test("a Data folder that is a file: not a folder, in Spanish")
    func dataIsAFile() throws {
        let home = TestHome()
        let file = home.path + "/Data"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: file))
        let spanish = try PueblaBinary.run(["releases", "--lang", "es", "--data", file], environment: home.environment)
        #expect(spanish.status == 66)
        #expect(spanish.standardError == "puebla: \(file): no se encontró ninguna carpeta Data; se buscó en \(file) (--data: no es una carpeta)\n")
    }

    @Test("a page too large to read: refused in Spanish with --lang es, in English as before and in the JSON")
    func pageTooLarge() throws {
        let copy = try DataCopy()
        let page = copy.root.appendingPathComponent("huge.html")
        try Data(repeating: 0x61, count: 5 * 1024 * 1024 + 1).write(to: page)
        let spanish = try PueblaBinary.run(["import", "--dry-run", "--data", copy.path, "--lang", "es", page.path])
        #expect(spanish.status == 65)
        #expect(spanish.standardError.contains("huge.html: el archivo ocupa 5 MiB (5242881 bytes), más del límite de 5 MiB por página\n"),
                "\(spanish.standardError)")
        let english = try PueblaBinary.run(["import", "--dry-run", "--data", copy.path, "--lang", "en", page.path])
        #expect(english.standardError.contains("huge.html: file is 5 MiB (5242881 bytes), over the 5 MiB limit for one page\n"),
                "\(english.standardError)")
        let json = try PueblaBinary.run(["import", "--dry-run", "--json", "--data", copy.path, "--lang", "es", page.path])
        let jsonEnglish = try PueblaBinary.run(["import", "--dry-run", "--json", "--data", copy.path, "--lang", "en", page.path])
        #expect(json.standardOutput == jsonEnglish.standardOutput)
        #expect(json.standardOutput.contains("\"error\": \"file is 5 MiB (5242881 bytes), over the 5 MiB limit for one page\""),
                "\(json.standardOutput)")
    }

    @Test("the browser on a missing Data folder with LANG=es_MX.UTF-8 says so in Spanish and ends")
    func browserOnMissingData() throws {
        let home = TestHome()
        let absent = home.path + "/absent"
        // Wide enough for the whole line, which names the folder twice. The browser starts on Enter,
        // once the session keeps its pane after the program ends: it ends at once.
        let session = try TmuxSession(command: ["/bin/sh", "-c", "read line; exec \"$0\" \"$@\"", PueblaBinary.path, "--data", absent],
                                      rows: 10, columns: 300,
                                      environment: home.environment.merging(["LANG": "es_MX.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]) { $1 })
        try session.send("Enter")
        #expect(try session.waitForExit(timeout: 60) == 66)
        let screen = try session.waitFor("(--data: no existe)", timeout: 60)
        #expect(screen.contains("puebla: \(absent): no se encontró ninguna carpeta Data; se buscó en \(absent) (--data: no existe)"), "\(screen)")
    }
}

extension ErrorLanguageTests {
    @Test("edit of a release that is not there, and --country naming no country: in Spanish with --lang es, in English as before")
    func unknownNames() throws {
        let copy = try DataCopy()
        let edit = try PueblaBinary.run(["edit", "tapachula", "--lang", "es", "--data", copy.path])
        #expect(edit.status == 64)
        #expect(edit.standardError == "puebla: no hay ningún comunicado \"tapachula\"; ¿quiso decir 2010-05-18-xv-rcm-tapachula?\n")
        let editEnglish = try PueblaBinary.run(["edit", "tapachula", "--lang", "en", "--data", copy.path])
        #expect(editEnglish.standardError == "puebla: no release \"tapachula\"; did you mean 2010-05-18-xv-rcm-tapachula?\n")
        let country = try PueblaBinary.run(["releases", "--country", "Narnia", "--lang", "es", "--data", copy.path])
        #expect(country.status == 64)
        #expect(country.standardError == "puebla: país desconocido \"Narnia\"\n")
        let countryEnglish = try PueblaBinary.run(["releases", "--country", "Narnia", "--lang", "en", "--data", copy.path])
        #expect(countryEnglish.standardError == "puebla: unknown country \"Narnia\"\n")
    }
}
