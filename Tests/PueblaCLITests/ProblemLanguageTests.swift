import Foundation
import Testing

/// The problems found in Data and in config.toml, through the real binary: in the language chosen,
/// their files, places, fields and quoted values as they are; `--json` English in any language.
@Suite("Problems in the interface's language")
struct ProblemLanguageTests {
    /// A copy of the shipped Data with bad JSON, a missing field, an unknown country and a
    /// duplicate id (with the file name and the source that come with a copied release).
    static func brokenData() throws -> DataCopy {
        let data = try DataCopy()
        try data.write("releases/copy.json", try data.text(seedRelease).replacingOccurrences(of: "\"US\",", with: "\"XX\","))
        try data.edit("presidencies.json") { $0.replacingOccurrences(of: "\"year\": 2005,", with: "\"year\": 2005,,") }
        try data.edit("organizations.json") {
            $0.replacingOccurrences(of: "\"name\": \"International Organization for Migration\",", with: "")
        }
        return data
    }

    static let spanish = [
        "Data/organizations.json:2:3: [0].name: falta este campo obligatorio",
        "Data/presidencies.json:3:18: se encontró ',' donde se esperaba una clave entre comillas",
        "Data/releases/copy.json:2:9: id: \"2010-05-18-xv-rcm-tapachula\" no coincide con el nombre del archivo (se esperaba \"copy\")",
        "Data/releases/copy.json:10:16: countries[1]: código de país desconocido \"XX\" (no está en countries.json)",
        "Data/releases/copy.json:2:9: id: id repetido \"2010-05-18-xv-rcm-tapachula\" (aparece antes en \(seedReleasePath):2)",
        "Data/releases/copy.json:78:13: source: source.url repetido \"https://iom.int/news/xv-annual-meeting-regional-conference-…\" "
            + "(aparece antes en \(seedReleasePath):78)",
        "6 problemas en Data",
    ]

    static let english = [
        "Data/organizations.json:2:3: [0].name: missing required field",
        "Data/presidencies.json:3:18: unexpected ',', expected a key in quotes",
        "Data/releases/copy.json:2:9: id: \"2010-05-18-xv-rcm-tapachula\" does not match the file name (expected \"copy\")",
        "Data/releases/copy.json:10:16: countries[1]: unknown country code \"XX\" (not in countries.json)",
        "Data/releases/copy.json:2:9: id: duplicate id \"2010-05-18-xv-rcm-tapachula\" (first at \(seedReleasePath):2)",
        "Data/releases/copy.json:78:13: source: duplicate source.url \"https://iom.int/news/xv-annual-meeting-regional-conference-…\" "
            + "(first at \(seedReleasePath):78)",
        "6 problems in Data",
    ]

    func lines(_ outcome: PueblaBinary.Outcome, _ data: DataCopy) -> [String] {
        data.relative(outcome.standardError).split(separator: "\n").map { String($0.dropFirst("puebla: ".count)) }
    }

    @Test("puebla validate --lang es says each problem in Spanish; --lang en as before")
    func validate() throws {
        let data = try Self.brokenData()
        let spanish = try PueblaBinary.run(["validate", "--lang", "es", "--data", data.path])
        #expect(spanish.status == 65)
        #expect(lines(spanish, data) == Self.spanish)
        let english = try PueblaBinary.run(["validate", "--lang", "en", "--data", data.path])
        #expect(english.status == 65)
        #expect(lines(english, data) == Self.english)
    }

    @Test("puebla validate --json gives the English messages in Spanish too")
    func json() throws {
        let data = try Self.brokenData()
        let spanish = try PueblaBinary.run(["validate", "--json", "--lang", "es", "--data", data.path])
        let english = try PueblaBinary.run(["validate", "--json", "--lang", "en", "--data", data.path])
        #expect(spanish.status == 65 && spanish.standardOutput == english.standardOutput)
        #expect(spanish.standardOutput.contains("\"message\" : \"missing required field\""))
    }

    @Test("puebla config --lang es says the settings' mistakes in Spanish")
    func config() throws {
        let home = TestHome()
        let folder = home.path + "/config/puebla"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("default-pane = \"quotez\"\n[reader]\nwidth = \"wide\"\n[keys]\ndown = 5\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/config.toml"))
        let outcome = try PueblaBinary.run(["config", "--lang", "es"], environment: home.environment)
        #expect(outcome.status == 65)
        let file = folder + "/config.toml"
        let lines = outcome.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("puebla: \(file):1:1: default-pane: \"quotez\" no es un panel; se esperaba uno de \"") == true)
        #expect(lines.dropFirst().first == "puebla: \(file):3:1: reader.width: se esperaba un número entero")
        #expect(lines.last == "puebla: \(file):5:1: keys.down: se esperaba el nombre de una tecla o una lista de nombres de teclas")
        let english = try PueblaBinary.run(["config", "--lang", "en"], environment: home.environment)
        #expect(english.standardError.contains("puebla: \(file):3:1: reader.width: expected an integer\n"))
    }
}
