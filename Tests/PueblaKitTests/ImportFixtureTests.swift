import Foundation
import PueblaImport
import PueblaKit
import Testing

@Suite("Importing pages of each kind")
struct ImportFixtureTests {
    @Test("each field is what a careful reader takes from the page", arguments: ImportFixtures.all)
    func fields(_ expected: ImportFixtures.Expected) throws {
        let release = try ImportFixtures.result(expected.file).release
        #expect(release.title == expected.title)
        #expect(release.date == expected.date)
        #expect(release.dateStatus == (expected.date == nil ? .unconfirmed : .confirmed))
        #expect(release.place == expected.place)
        #expect(Set(release.countries) == expected.countries)
        if let reason = ImportFixtures.unseenParagraphBreaks[expected.file] {
            withKnownIssue(Comment(rawValue: reason)) { #expect(release.paragraphs.count == expected.paragraphCount) }
        } else {
            #expect(release.paragraphs.count == expected.paragraphCount)
        }
        #expect(release.paragraphs.first?.hasPrefix(expected.firstParagraphStart) == true)
        #expect(release.quotes.map(\.speaker) == expected.speakers)
        #expect(release.links == expected.links)
        #expect(release.contacts == expected.contacts)
        #expect(release.id == (expected.date ?? "undated") + "-" + release.id.split(separator: "-").dropFirst(expected.date == nil ? 1 : 3).joined(separator: "-"))
    }

    @Test("no paragraph keeps navigation, HTML residue or the site's footer", arguments: ImportFixtures.all)
    func noResidue(_ expected: ImportFixtures.Expected) throws {
        let release = try ImportFixtures.result(expected.file).release
        let residues = ["href=", "src=", "\">", "window.open", "PADDING", "MsoNormal", "mso-", "{", "FONT-SIZE", "Who we are",
                        "Take Action", ".jpg", "Follow us", "Share this", "Síguenos", "<", "©"]
        for paragraph in release.paragraphs {
            for residue in residues {
                #expect(!paragraph.contains(residue), "\(residue) in \(paragraph)")
            }
        }
    }

    @Test("roles and organizations come from the first full mention")
    func rolesFromFirstMention() throws {
        let swing = try ImportFixtures.result("04_attributions.txt").release.quotes[0]
        #expect(swing.role == "Director General" && swing.organization == "IOM")
        let vargas = try ImportFixtures.result("01_navigation.txt").release.quotes[0]
        #expect(vargas.organization == "Ministry of Labour of Costa Rica")
        let ortega = try ImportFixtures.result("09_broken_contact.txt").release.quotes[0]
        #expect(ortega.role == "Chief of Mission in Panama" && ortega.organization == "IOM")
    }

    @Test("a quote over two paragraphs is attributed from the second, in both")
    func quoteAcrossParagraphs() throws {
        let quotes = try ImportFixtures.result("03_long_lines.txt").release.quotes
        #expect(quotes.map(\.paragraph) == [1, 2])
        #expect(quotes[0].text.hasPrefix("Every child who is returned"))
        #expect(quotes[0].role == "Deputy Minister")
    }

    @Test("reported speech is not a quote")
    func reportedSpeech() throws {
        let quotes = try ImportFixtures.result("04_attributions.txt").release.quotes
        #expect(!quotes.contains { $0.text.contains("remittances") })
    }

    @Test("a cut-off page keeps what it has, with an unattributed quote and a note")
    func cutOff() throws {
        let result = try ImportFixtures.result("07_cut_off.txt")
        #expect(result.release.paragraphs.last?.hasSuffix("and the reg") == true)
        #expect(result.notes == [.cutOff])
    }

    @Test("a page with nothing but navigation is no article")
    func noArticle() throws {
        #expect(throws: ImportError.noArticle) { try ImportFixtures.result("12_no_article.txt") }
    }

    @Test("bad bytes give a typed error", arguments: [
        ([], ImportError.empty), (Array(" \n\t\n".utf8), .empty), ([0x50, 0x4B, 0x03, 0x04, 0x00], .binary(offset: 2)),
        (Array("Título".utf8.prefix(2)) + [0xFF, 0x41], .invalidUTF8(offset: 1)), (Array("ok ".utf8) + [0x80], .invalidUTF8(offset: 3)),
    ] as [([UInt8], ImportError)])
    func badBytes(_ bytes: [UInt8], _ error: ImportError) {
        #expect(throws: error) { try PageImporter.importPage(bytes, fileName: "x.txt") }
    }

    @Test("a page over 5 MB is refused")
    func tooLarge() {
        let bytes = [UInt8](repeating: 0x61, count: ImportError.maximumPageSize + 1)
        #expect(throws: ImportError.tooLarge(bytes: bytes.count)) { try PageImporter.importPage(bytes, fileName: "big.txt") }
    }

    /// Per-field accuracy over every scrape, the figure docs/import.md quotes, for each set and in
    /// all (the mean of each page's share of right fields, as real pages are scored). Every field
    /// must be right on every page; the figures are printed so a change shows what it moved.
    @Test("per-field accuracy over the fixtures is complete")
    func accuracy() throws {
        let sets = [("written with the rules", ImportFixtures.expected), ("first blind set", BlindImportFixtures.expected),
                    ("second blind set", SecondBlindImportFixtures.expected), ("all", ImportFixtures.all)]
        let scored = try sets.map { name, pages in
            (name: name, pages: try pages.map { expected in
                (page: expected.file, scores: ImportFixtures.scores(try ImportFixtures.result(expected.file).release, expected))
            })
        }
        let wrong = ImportFixtures.reportAccuracy(scored)
        #expect(wrong.isEmpty, "\(wrong.sorted())")
    }
}
