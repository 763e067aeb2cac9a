import Foundation
import PueblaCorpus
import PueblaImport
import PueblaKit
import Testing


@Suite("Importer on any input")
struct ImportPropertyTests {
    /// Ends in a release that validates field by field, or in one of the typed errors.
    private func check(_ bytes: [UInt8]) {
        do {
            let release = try PageImporter.importPage(bytes, fileName: "case.txt").release
            #expect(!release.paragraphs.isEmpty)
            #expect(release.id.hasPrefix(release.date ?? "undated"))
            #expect(release.quotes.allSatisfy { release.paragraphs.indices.contains($0.paragraph) })
            #expect(release.countries.allSatisfy(CountryGazetteer.isAssigned))
            #expect(release.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test("random bytes end in a release or a clear error")
    func randomBytes() {
        var generator = SplitMix64(seed: 20_100_518)
        for _ in 0..<1500 {
            let count = Int.random(in: 0...400, using: &generator)
            // Mostly printable text, with some bytes of any value.
            let bytes = (0..<count).map { _ -> UInt8 in
                Int.random(in: 0..<10, using: &generator) == 0 ? UInt8.random(in: 0...255, using: &generator)
                    : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            check(bytes)
        }
    }

    @Test("mutated fixtures end in a release or a clear error")
    func mutatedFixtures() throws {
        var generator = SplitMix64(seed: 1996)
        let pages = try ([ImportFixtures.seedName] + ImportFixtures.expected.map(\.file)).map(ImportFixtures.bytes)
        let inserts: [[UInt8]] = ["\"", "“", "”", "\n", "\n\n", "href=\"", "\">", ", said ", " - ", "@", "http://", "Date Publish: "].map { Array($0.utf8) }
        for _ in 0..<1500 {
            var bytes = pages[Int.random(in: 0..<pages.count, using: &generator)]
            for _ in 0..<Int.random(in: 1...8, using: &generator) where !bytes.isEmpty {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...200, using: &generator)))
                case 2: bytes.insert(contentsOf: inserts[Int.random(in: 0..<inserts.count, using: &generator)], at: position)
                default: bytes = Array(bytes.prefix(position))
                }
            }
            check(bytes)
        }
    }
}
