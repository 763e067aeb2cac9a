import Foundation
import Testing
@testable import PueblaCorpus
@testable import PueblaKit

@Suite("Corpus generator")
struct CorpusGeneratorTests {
    /// FNV-1a over every file's path (relative to the folder) and bytes, in path order.
    static func digest(of folder: String) throws -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        let paths = (FileManager.default.subpaths(atPath: folder) ?? []).sorted()
        for path in paths {
            var isDirectory: ObjCBool = false
            let full = (folder as NSString).appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            mix(path.utf8)
            mix(try Data(contentsOf: URL(fileURLWithPath: full)))
        }
        return hash
    }

    @Test("the same count and seed write the same bytes; another seed writes others")
    func determinism() throws {
        let first = TestData.temporaryFolder(), second = TestData.temporaryFolder(), other = TestData.temporaryFolder()
        defer { for folder in [first, second, other] { try? FileManager.default.removeItem(atPath: folder) } }
        try CorpusFolder.write(count: 60, seed: 7, from: TestData.shipped, to: first)
        try CorpusFolder.write(count: 60, seed: 7, from: TestData.shipped, to: second)
        try CorpusFolder.write(count: 60, seed: 8, from: TestData.shipped, to: other)
        #expect(try Self.digest(of: first) == Self.digest(of: second))
        #expect(try Self.digest(of: first) != Self.digest(of: other))
        #expect(try FileManager.default.contentsOfDirectory(atPath: first + "/releases").count == 60)
    }

    @Test("a generated folder loads without a problem, with the shipped meetings and countries")
    func validates() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CorpusFolder.write(count: 300, seed: 1, from: TestData.shipped, to: folder)
        #expect(TestData.problems(folder).isEmpty)
        let store = try StoreLoader.load(from: folder)
        let shipped = try TestData.shippedStore()
        #expect(store.releases.count == 300)
        #expect(store.meetings == shipped.meetings)
        #expect(store.countries == shipped.countries)
        #expect(CorpusFolder.isComplete(folder, count: 300, seed: 1))
        #expect(!CorpusFolder.isComplete(folder, count: 301, seed: 1))
    }

    @Test("releases are shaped like real ones: title, paragraphs, quotes in their paragraph, countries, dates, meetings")
    func shape() throws {
        let store = try TestData.shippedStore()
        let generator = CorpusGenerator(seed: 3, store: store)
        let releases = (0..<400).map(generator.release(number:))
        let codes = Set(store.countries.map(\.code))
        for release in releases {
            let words = { (text: String) in text.split(separator: " ").count }
            #expect((8...14).contains(words(release.title)))
            #expect((6...12).contains(release.paragraphs.count))
            #expect(release.paragraphs.allSatisfy { (40...80).contains(words($0)) })
            #expect((0...4).contains(release.quotes.count))
            #expect(release.quotes.allSatisfy { release.paragraphs[$0.paragraph].contains($0.text) })
            #expect((1...6).contains(release.countries.count))
            #expect(Set(release.countries).count == release.countries.count)
            #expect(release.countries.allSatisfy(codes.contains))
            let year = Int(release.date?.prefix(4) ?? "") ?? 0
            #expect((CorpusGenerator.firstYear...CorpusGenerator.lastYear).contains(year))
        }
        let withMeeting = releases.filter { $0.meeting != nil }
        #expect(withMeeting.count > 10 && withMeeting.count < 100)
        #expect(withMeeting.allSatisfy { store.meeting(id: $0.meeting ?? "") != nil })
        #expect(Set(releases.map(\.id)).count == releases.count)
        #expect(generator.release(number: 17) == CorpusGenerator(seed: 3, store: store).release(number: 17))
    }

    @Test("SplitMix64 gives the published first outputs for seed 0")
    func splitMix() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
