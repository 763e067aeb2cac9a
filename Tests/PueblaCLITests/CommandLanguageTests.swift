import Foundation
import Testing

/// The command line in Spanish and in English: chosen by --lang, then language in config.toml,
/// then the locale; its JSON the same in both.
@Suite("The command line's language")
struct CommandLanguageTests {
    let data = ["--data", PueblaBinary.shippedData]
    static let spanishLocale = ["LANG": "es_MX.UTF-8"]

    func run(_ arguments: [String], _ environment: [String: String] = [:]) throws -> PueblaBinary.Outcome {
        try PueblaBinary.run(arguments, environment: environment)
    }

    @Test("--lang es, anywhere on the line, LANG=es_MX.UTF-8 and language = \"es\" each give Spanish; --lang en wins over both")
    func choosing() throws {
        let spanish = "correcto (1 comunicado, 29 reuniones, 16 países, 16 organizaciones)"
        let english = "OK (1 release, 29 meetings, 16 countries, 16 organizations)"
        #expect(try run(["validate", "--lang", "es"] + data).standardOutput.contains(spanish))
        #expect(try run(["--lang=es", "validate"] + data).standardOutput.contains(spanish))
        #expect(try run(["validate"] + data, Self.spanishLocale).standardOutput.contains(spanish))
        #expect(try run(["validate", "--lang", "en"] + data, Self.spanishLocale).standardOutput.contains(english))
        #expect(try run(["validate"] + data, ["LANG": "es_MX.UTF-8", "LC_ALL": "en_US.UTF-8"]).standardOutput.contains(english))
        let home = TestHome()
        try FileManager.default.createDirectory(atPath: home.path + "/config/puebla", withIntermediateDirectories: true)
        try Data("language = \"es\"\n".utf8).write(to: URL(fileURLWithPath: home.path + "/config/puebla/config.toml"))
        #expect(try run(["validate"] + data, home.environment).standardOutput.contains(spanish))
        #expect(try run(["validate", "--lang", "en"] + data, home.environment).standardOutput.contains(english))
    }

    @Test("a language Puebla does not speak exits 64 and says which it does")
    func wrongLanguage() throws {
        let french = try run(["releases", "--lang", "fr"] + data)
        #expect(french.status == 64 && french.standardError == "puebla: --lang fr: not a language Puebla speaks; give en or es\n")
        let missing = try run(["releases", "--lang"], Self.spanishLocale)
        #expect(missing.status == 64 && missing.standardError == "puebla: --lang necesita un idioma: en o es\n")
        // After --, it is a word to search for like any other.
        let searched = try run(["search"] + data + ["--", "--lang"])
        #expect(searched.status == 0 && searched.standardOutput.hasPrefix("Nothing matches"))
    }

    @Test("the help is in the language, and lists --lang")
    func help() throws {
        let spanish = try run(["releases", "--help", "--lang", "es"])
        #expect(spanish.status == 0)
        #expect(spanish.standardOutput.contains("Enumerar los comunicados, del más reciente al más antiguo."))
        #expect(spanish.standardOutput.contains("--lang <en|es>"))
        #expect(spanish.standardOutput.contains("--data <carpeta>"))
        let english = try run(["releases", "--help"])
        #expect(english.standardOutput.contains("List releases, newest first.") && english.standardOutput.contains("--lang <en|es>"))
        let root = try run(["--help"], Self.spanishLocale)
        #expect(root.standardOutput.contains("Un navegador de terminal"))
    }

    @Test("releases in Spanish: headers, country names, the count; in English as before")
    func releases() throws {
        let spanish = try run(["releases", "--lang", "es", "--wide"] + data)
        #expect(spanish.status == 0)
        let lines = spanish.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("FECHA") == true && lines.first?.contains("TÍTULO") == true)
        #expect(lines.contains("1 comunicado"))
        #expect(spanish.standardOutput.contains("~ inferido"))
        let english = try run(["releases", "--wide"] + data)
        #expect(english.standardOutput.hasPrefix("DATE") && english.standardOutput.contains("\n1 release\n"))
        let none = try run(["releases", "--country", "Jamaica", "--lang", "es"] + data)
        #expect(none.standardOutput == "No hay comunicados que mencionen Jamaica.\n")
    }

    @Test("releases --language lists only the releases written in that language")
    func releasesByLanguage() throws {
        let copy = try DataCopy()
        let imported = try run(["import", "--data", copy.path, DataCopy.fixture("06_spanish.txt")])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("  language: es"))
        let spanish = try run(["releases", "--language", "es", "--json", "--data", copy.path])
        let spanishIDs = try Self.ids(spanish.standardOutput)
        #expect(spanishIDs.count == 1 && spanishIDs.first != "2010-05-18-xv-rcm-tapachula")
        let english = try run(["releases", "--language", "en", "--json", "--data", copy.path])
        #expect(try Self.ids(english.standardOutput) == ["2010-05-18-xv-rcm-tapachula"])
        let text = try run(["releases", "--language", "es", "--wide", "--data", copy.path])
        #expect(text.standardOutput.hasSuffix("\n1 release\n") && !text.standardOutput.contains("tapachula"))
        let none = try run(["releases", "--language", "es"] + data)
        #expect(none.standardOutput == "No releases in Spanish.\n")
        let wrong = try run(["releases", "--language", "fr"] + data)
        #expect(wrong.status == 64)
    }

    @Test("show and quotes in Spanish: labels, country names, XV CRM, a date alone written the Spanish way; the text as written")
    func showAndQuotes() throws {
        let id = "2010-05-18-xv-rcm-tapachula"
        let show = try run(["show", id, "--lang", "es"] + data).standardOutput
        #expect(show.contains("Fecha: 18 de mayo de 2010 (inferido)"))
        #expect(show.contains("Lugar: Tapachula, México") && show.contains("Países: México, Estados Unidos, Belice"))
        #expect(show.contains("Reunión: XV CRM (2010, Tapachula)"))
        #expect(show.contains("Officials from the 11 countries that make up the Regional Conference on Migration"))
        let quotes = try run(["quotes", "--speaker", "thompson", "--lang", "es"] + data).standardOutput
        #expect(quotes.hasSuffix("2 citas\n") && quotes.contains("(18 de mayo de 2010 (inferido); \(id), párrafo 3)"))
        let english = try run(["quotes", "--speaker", "thompson"] + data).standardOutput
        #expect(english.contains("(May 18, 2010 (inferred); \(id), paragraph 3)"))
    }

    @Test("search --language and export --language keep only the releases written in that language")
    func searchAndExportByLanguage() throws {
        let copy = try DataCopy()
        #expect(try run(["import", "--data", copy.path, DataCopy.fixture("06_spanish.txt")]).status == 0)
        func languages(_ arguments: [String]) throws -> [String] {
            let output = try run(["search", "migra", "--json", "--data", copy.path] + arguments).standardOutput
            let hits = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
            return ((hits?["releases"] as? [[String: Any]]) ?? []).compactMap { $0["language"] as? String }.sorted()
        }
        #expect(try languages([]) == ["en", "es"])
        #expect(try languages(["--language", "es"]) == ["es"])
        #expect(try languages(["--language", "en"]) == ["en"])
        let all = try run(["export", "--country", "MX", "--format", "json", "--data", copy.path]).standardOutput
        #expect(try Self.ids(all).count == 2)
        let export = try run(["export", "--country", "MX", "--language", "en", "--format", "json", "--data", copy.path]).standardOutput
        #expect(try Self.ids(export) == ["2010-05-18-xv-rcm-tapachula"])
    }

    @Test("members, timeline and search in Spanish name countries and the conference in Spanish")
    func names() throws {
        let members = try run(["members", "--lang", "es"] + data).standardOutput
        #expect(members.contains("Estados miembros (11)") && members.contains("Países observadores (5)"))
        let mexico = members.split(separator: "\n").first { $0.hasPrefix("MX ") }.map(String.init) ?? ""
        #expect(mexico.range(of: #"^MX +México +Mexico "#, options: .regularExpression) != nil, "\(mexico)")
        let timeline = try run(["timeline", "--lang", "es"] + data).standardOutput
        #expect(timeline.contains("Tapachula, México") && timeline.contains("29 reuniones") && timeline.contains("sin confirmar"))
        let search = try run(["search", "tapachula", "--lang", "es", "--wide"] + data).standardOutput
        #expect(search.contains("1 comunicado") && search.contains("COINCIDE"))
    }

    @Test("the import report is in the language; its JSON is not")
    func importReport() throws {
        let copy = try DataCopy()
        let page = DataCopy.fixture("06_spanish.txt")
        let spanish = try run(["import", "--dry-run", "--lang", "es", "--data", copy.path, page])
        #expect(spanish.standardOutput.contains(": se importaría ") && spanish.standardOutput.contains("  idioma: es"))
        #expect(spanish.standardOutput.contains("Simulación, no se escribió nada: se importarían 1"))
        let jsons = try ["es", "en"].map { try run(["import", "--dry-run", "--json", "--lang", $0, "--data", copy.path, page]).standardOutput }
        #expect(jsons[0] == jsons[1] && jsons[0].contains("would import"))
    }

    @Test("--json is the same in every language", arguments: [
        ["releases", "--json"], ["members", "--json"], ["timeline", "--json"], ["search", "tapachula", "--json"],
        ["validate", "--json"], ["quotes", "--json"], ["show", "2010-05-18-xv-rcm-tapachula", "--format", "json"],
    ])
    func jsonNeutral(_ command: [String]) throws {
        let spanish = try run(command + data + ["--lang", "es"])
        let english = try run(command + data + ["--lang", "en"])
        #expect(spanish.status == 0 && !spanish.standardOutput.isEmpty)
        #expect(spanish.standardOutput == english.standardOutput)
    }

    @Test("config --print-default shows the language setting; config says OK in the language")
    func config() throws {
        let printed = try run(["config", "--print-default", "--lang", "es"])
        #expect(printed.standardOutput.contains("# language = \"es\""))
        let home = TestHome()
        let missing = try run(["config", "--lang", "es"], home.environment)
        #expect(missing.standardOutput.contains(": no existe; se usan los valores por omisión"))
    }

    static func ids(_ json: String) throws -> [String] {
        let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        return list?.compactMap { $0["id"] as? String } ?? []
    }
}
