import Foundation
import Testing
@testable import PueblaImport
@testable import PueblaIndex
@testable import PueblaKit

/// A release records the language it is written in; Puebla never translates it.
@Suite("A release's language")
struct ReleaseLanguageTests {
    static let fixtures = TestData.packageRoot.appendingPathComponent("Tests/PueblaKitTests/Fixtures/Import").path

    @Test("the shipped release is English; a file without the field is of unknown language, not guessed")
    func readFromData() throws {
        let copy = try TestData.copy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        #expect(try StoreLoader.load(from: copy).releases.map(\.language) == [.english])
        try TestData.edit(copy, TestData.seedFile, replacing: ",\n  \"language\": \"en\"", with: "")
        #expect(try StoreLoader.load(from: copy).releases.map(\.language) == [nil])
    }

    @Test("a language other than en or es is a problem at its file, line, column and field")
    func wrongLanguage() throws {
        let copy = try TestData.copy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try TestData.edit(copy, TestData.seedFile, replacing: "\"language\": \"en\"", with: "\"language\": \"fr\"")
        let problems = TestData.problems(copy).map(\.description)
        #expect(problems.count == 1)
        #expect(problems.first?.hasSuffix("releases/2010-05-18-xv-rcm-tapachula.json:82:15: language: \"fr\" is not one of \"en\", \"es\"") == true,
                "\(problems)")
    }

    @Test("the canonical JSON lists the language, null when unknown")
    func canonicalJSON() throws {
        var release = TestData.release(id: "r", date: "2010-05-18")
        #expect(try CanonicalJSON.string(release).contains("\"language\": null"))
        release.language = .spanish
        #expect(try CanonicalJSON.string(release).contains("\"language\": \"es\""))
    }

    @Test("the library index keeps each release's language in its summary")
    func indexSummary() throws {
        let root = NSTemporaryDirectory() + "puebla-language-\(getpid())-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: TestData.shipped, toPath: root + "/Data")
        var spanish = TestData.release(id: "2011-06-07-comunicado", date: "2011-06-07")
        spanish.language = .spanish
        try Data(CanonicalJSON.string(spanish).utf8).write(to: URL(fileURLWithPath: root + "/Data/releases/\(spanish.id).json"))
        let unknown = TestData.release(id: "2012-01-01-unknown", date: "2012-01-01")
        try Data(CanonicalJSON.string(unknown).utf8).write(to: URL(fileURLWithPath: root + "/Data/releases/\(unknown.id).json"))
        let store = try StoreLoader.load(from: root + "/Data", releases: false)
        for _ in 0..<2 {
            // Built, then read back from the file.
            let (library, _) = try LibraryIndex.open(dataDirectory: root + "/Data", indexFile: root + "/index.bin", checkingAgainst: store)
            let languages: [String: InterfaceLanguage?] = Dictionary(uniqueKeysWithValues: (0..<library.count).map { (library.id(at: $0), library.summary(at: $0).language) })
            let expected: [String: InterfaceLanguage?] = ["2010-05-18-xv-rcm-tapachula": .english, "2011-06-07-comunicado": .spanish,
                                                          "2012-01-01-unknown": nil]
            #expect(languages == expected)
        }
    }

    @Test("the importer records the language it detects", arguments: [("06_spanish.txt", InterfaceLanguage.spanish), ("01_navigation.txt", .english)])
    func imported(_ file: String, _ language: InterfaceLanguage) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/" + file)))
        let result = try PageImporter.importPage(bytes, fileName: file)
        #expect(result.release.language == language)
        #expect(result.fields.contains(ExtractedField("language", language.rawValue)))
    }

    @Test("organizations have their Spanish names where the organization has one; the English one shows otherwise")
    func organizations() throws {
        let store = try TestData.shippedStore()
        let iom = try #require(store.organizations.first { $0.id == "IOM" })
        #expect(iom.name(in: .spanish) == "Organización Internacional para las Migraciones")
        #expect(iom.acronym(in: .spanish) == "OIM")
        #expect(iom.acronym(in: .english) == "IOM")
        let rapporteur = try #require(store.organizations.first { $0.id == "UNSR-MIGRANTS" })
        #expect(rapporteur.acronym(in: .spanish) == nil)
        let unnamed = Organization(id: "X", name: "Only English", acronym: "OE", rcmRole: nil, notes: nil, facts: [])
        #expect(unnamed.name(in: .spanish) == "Only English" && unnamed.acronym(in: .spanish) == "OE")
    }
}
