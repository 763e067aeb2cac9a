import Foundation
import Testing

/// The import's refusals and notes in the interface's language; its JSON in English in both.
@Suite("The import's language")
struct ImportLanguageTests {
    func run(_ arguments: [String]) throws -> PueblaBinary.Outcome {
        try PueblaBinary.run(arguments)
    }

    @Test("a refused page: why, in Spanish with --lang es, in English as before; the JSON's error in English")
    func refusal() throws {
        let copy = try DataCopy()
        let page = copy.root.appendingPathComponent("empty.html")
        try Data("  \n".utf8).write(to: page)
        let spanish = try run(["import", "--dry-run", "--data", copy.path, "--lang", "es", page.path])
        #expect(spanish.status == 65)
        #expect(spanish.standardError.contains("empty.html: la página está vacía"), "\(spanish.standardError)")
        #expect(spanish.standardOutput.contains("empty.html: la página está vacía"), "\(spanish.standardOutput)")
        let english = try run(["import", "--dry-run", "--data", copy.path, "--lang", "en", page.path])
        #expect(english.standardError.contains("empty.html: the page is empty"))
        let json = try run(["import", "--dry-run", "--json", "--data", copy.path, "--lang", "es", page.path])
        #expect(json.standardOutput.contains("\"error\": \"the page is empty\""), "\(json.standardOutput)")
    }

    @Test("a missing file and an empty folder: refused in Spanish on the terminal, in English in the JSON")
    func missingAndEmpty() throws {
        let copy = try DataCopy()
        let empty = copy.root.appendingPathComponent("vacía")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let missing = copy.root.appendingPathComponent("missing.html").path
        let spanish = try run(["import", "--dry-run", "--data", copy.path, "--lang", "es", missing, empty.path])
        #expect(spanish.standardError.contains("missing.html: el archivo no existe"), "\(spanish.standardError)")
        #expect(spanish.standardError.contains("vacía: no hay páginas en esta carpeta"), "\(spanish.standardError)")
        let json = try run(["import", "--dry-run", "--json", "--data", copy.path, "--lang", "es", missing, empty.path])
        #expect(json.standardOutput.contains("\"error\": \"no such file\""), "\(json.standardOutput)")
        #expect(json.standardOutput.contains("\"error\": \"no pages in this folder\""), "\(json.standardOutput)")
    }

    @Test("a feed item's refusal names the item and its reason in Spanish")
    func feedItem() throws {
        let copy = try DataCopy()
        let feed = copy.root.appendingPathComponent("feed.xml")
        try Data("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>IOM</title></channel></rss>".utf8).write(to: feed)
        let spanish = try run(["import", "--dry-run", "--data", copy.path, "--lang", "es", feed.path])
        #expect(spanish.standardError.contains("feed.xml: un canal sin entradas"), "\(spanish.standardError)")
    }

    @Test("the importer's notes in Spanish with --lang es, in English as before and in the JSON")
    func notes() throws {
        let copy = try DataCopy()
        let page = DataCopy.fixture("07_cut_off.txt")
        let spanish = try run(["import", "--dry-run", "--data", copy.path, "--lang", "es", page])
        #expect(spanish.standardOutput.contains("  nota: la página termina a mitad de frase: está cortada"), "\(spanish.standardOutput)")
        #expect(spanish.standardOutput.contains(": no encontrado"))
        let english = try run(["import", "--dry-run", "--data", copy.path, "--lang", "en", page])
        #expect(english.standardOutput.contains("  note: the page ends mid-sentence: it was cut off"))
        let json = try run(["import", "--dry-run", "--json", "--data", copy.path, "--lang", "es", page])
        #expect(json.standardOutput.contains("\"the page ends mid-sentence: it was cut off\""), "\(json.standardOutput)")
    }
}
