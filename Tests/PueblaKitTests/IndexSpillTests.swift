import Foundation
import Testing
@testable import PueblaCorpus
@testable import PueblaIndex
@testable import PueblaKit

/// Building an index with postings spilled in sorted runs and merged, records written to a spill
/// file: the same bytes as holding everything, and no file left behind.
struct IndexSpillTests {
    static let releaseCount = 300

    static func releases() throws -> [Release] {
        let generator = CorpusGenerator(seed: 11, store: try TestData.shippedStore())
        return (0..<releaseCount).map { generator.release(number: $0) }
    }

    static func builder(_ releases: [Release], spillFolder: String?, budget: Int) -> LibraryBuilder {
        var builder = LibraryBuilder(spillFolder: spillFolder, budget: budget)
        for release in releases {
            builder.add(release, stamp: FileStamp(name: release.id + ".json", size: 1, modified: 2), words: ReleaseWords(release))
        }
        return builder
    }

    /// The bytes of an index, to compare without listing them all when they differ.
    static func contents(_ bytes: IndexBytes) -> Data { Data(bytes.slice(0..<bytes.count)) }

    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "puebla-spill-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The files the process has open in `folder`, by the names they had (a file unlinked reads
    /// as "name (deleted)").
    static func openFiles(in folder: String) -> [String] {
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return descriptors.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0) }
            .filter { $0.hasPrefix(folder + "/") }
    }

    @Test func aTinyBudgetBuildsTheSameBytes() throws {
        let releases = try Self.releases()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var whole = Self.builder(releases, spillFolder: nil, budget: .max)
        let expected = whole.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5).bytes()

        var spilling = Self.builder(releases, spillFolder: folder, budget: 2_000)
        var built = spilling.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5)
        #expect(Self.contents(built.bytes()) == Self.contents(expected))

        let path = folder + "/index.bin"
        try AtomicFile.write(to: path) { built.write(to: $0) }
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written == Self.contents(expected))
        #expect(built.head.count > IndexImage.headerSize)
        #expect(IndexImage.read(path)?.count == Self.releaseCount)
    }

    @Test func anUpdateWithATinyBudgetBuildsTheSameBytes() throws {
        let releases = try Self.releases()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var first = Self.builder(Array(releases[..<200]), spillFolder: nil, budget: .max)
        let previous = try #require(IndexImage(first.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5).bytes()))
        let kept = Array(stride(from: 0, to: 200, by: 3))

        var whole = Self.builder(Array(releases[200...]), spillFolder: nil, budget: .max)
        let expected = whole.finish(previous: previous, kept: kept, dataFolder: "/data", stampedAt: 6).bytes()
        var spilling = Self.builder(Array(releases[200...]), spillFolder: folder, budget: 1_000)
        let built = spilling.finish(previous: previous, kept: kept, dataFolder: "/data", stampedAt: 6).bytes()
        #expect(Self.contents(built) == Self.contents(expected))
    }

    @Test func noSpillFileIsLeftAfterABuild() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var builder = Self.builder(try Self.releases(), spillFolder: folder, budget: 2_000)
        #if os(Linux)
        // The spill is in use, in the folder, yet has no name there.
        #expect(Self.openFiles(in: folder).contains { $0.hasSuffix(" (deleted)") })
        #endif
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        var built = builder.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5)
        let path = folder + "/index.bin"
        try AtomicFile.write(to: path) { built.write(to: $0) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["index.bin"])
    }

    @Test func noSpillFileIsLeftAfterABuildGivenUp() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            // A build that stops half way, as one does at a release it cannot read.
            let builder = Self.builder(Array(try Self.releases()[..<150]), spillFolder: folder, budget: 1_000)
            #expect(builder.freshCount == 150)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(Self.openFiles(in: folder).isEmpty)
    }

    @Test func aFolderThatCannotTakeTheSpillKeepsItInMemory() throws {
        let releases = try Self.releases()
        var whole = Self.builder(releases, spillFolder: nil, budget: .max)
        let expected = whole.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5).bytes()
        var spilling = Self.builder(releases, spillFolder: "/nonexistent-\(UUID().uuidString)", budget: 2_000)
        let built = spilling.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5).bytes()
        #expect(Self.contents(built) == Self.contents(expected))
    }
}
