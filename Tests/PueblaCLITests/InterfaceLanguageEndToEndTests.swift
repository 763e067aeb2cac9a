import Foundation
import Testing

/// The real browser in tmux speaks the locale's language, and `--lang` overrides it.
@Suite("The browser's language, in tmux", .serialized)
struct InterfaceLanguageEndToEndTests {
    let testHome = TestHome()

    /// The locale's variables as a person's shell may have them: only LANG says a language.
    func start(lang: String, arguments: [String] = []) throws -> TmuxSession {
        try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData] + arguments,
                        environment: testHome.environment.merging(["LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""]) { $1 })
    }

    @Test("LANG=es_MX.UTF-8 gives the Spanish interface: tabs, hints, help, messages")
    func spanishFromLocale() throws {
        let session = try start(lang: "es_MX.UTF-8")
        try session.waitFor("1 Comunicados")
        try session.waitFor("? ayuda")
        try session.send("?")
        try session.waitFor("cualquier tecla cerrar")
        try session.send("Escape")
        try session.send("Escape")
        try session.waitFor("No hay adónde volver: q sale")
        try session.send("i")
        try session.waitFor("Solo los comunicados en español")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("LANG=C gives the English interface")
    func englishFromLocale() throws {
        let session = try start(lang: "C")
        try session.waitFor("1 Releases")
        try session.waitFor("? help")
        try session.send("?")
        try session.waitFor("any key close")
        try session.send("Escape")
        try session.send("Escape")
        try session.waitFor("Nothing to go back to: q quits")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("--lang en gives the English interface whatever the locale says")
    func englishFromOption() throws {
        let session = try start(lang: "es_MX.UTF-8", arguments: ["--lang", "en"])
        try session.waitFor("1 Releases")
        try session.waitFor("? help")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("without a terminal the browser refuses in the locale's language")
    func notATerminalInSpanish() throws {
        let result = try PueblaBinary.run(["--data", PueblaBinary.shippedData], environment: ["LANG": "es_MX.UTF-8"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("la entrada estándar no es una terminal: el navegador necesita una terminal"))
        #expect(result.standardError.contains("`puebla releases`"))
    }
}
