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

    #if os(Linux)
    /// Cuts `spill`'s file short to `size` bytes, through the descriptor the process has open on it
    /// (the file has no name left): a disk that lost what was written, seen as a short read.
    static func cutShort(_ spill: SpillFile, to size: Int) throws {
        let path = try #require(spill.path)
        let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
        let descriptor = try #require(descriptors.first {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)) == path + " (deleted)"
        }.flatMap { Int32($0) })
        #expect(ftruncate(descriptor, off_t(size)) == 0)
    }

    @Test func aSpillCutShortSaysWhereAndWhyItCannotBeReadBack() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spill = SpillFile(folder: folder, buffer: 16)
        spill.append([UInt8](repeating: 7, count: 64))
        try Self.cutShort(spill, to: 20)
        #expect(spill.bytes(0..<16) == [UInt8](repeating: 7, count: 16) && spill.failure == nil)
        _ = spill.bytes(8..<48)
        let failure = try #require(spill.failure)
        #expect(failure.path.hasPrefix(folder + "/.puebla-spill.") && failure.path == spill.path)
        #expect(failure.offset == 20 && failure.count == 28 && failure.failure == .endsAt(20))
        #expect(failure.description.hasPrefix(failure.path + ": cannot read back 28 bytes at byte 20 "))
    }

    @Test func aBuildWhoseSpillIsCutShortIsNeitherWrittenNorUsed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var builder = Self.builder(try Self.releases(), spillFolder: folder, budget: 2_000)
        try Self.cutShort(builder.spill, to: 0)
        var built = builder.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5)
        #expect(built.spillFailure?.failure == .endsAt(0))
        #expect(throws: SpillReadError.self) { try built.bytes() }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(to: folder + "/index.bin") { built.write(to: $0) } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// Reads release files into a builder that spills to `spillFolder` at a tiny budget, then cuts
    /// its spill file short: what an update then reads back of it is not there.
    static func readingCutShort(spillFolder: String) -> LibraryIndex.Reader {
        { files, folder, _ in
            var builder = LibraryBuilder(spillFolder: spillFolder, budget: 1_000)
            for file in files {
                if let release = StoreLoader.readReleaseFile(folder + "/" + file.name).release {
                    builder.add(release, stamp: file, words: ReleaseWords(release))
                }
            }
            #expect(throws: Never.self) { try cutShort(builder.spill, to: 0) }
            return (builder, [])
        }
    }

    /// The files of the cache folder and their bytes.
    static func cacheFiles(_ corpus: LibraryIndexTests.Corpus) throws -> [String: Data] {
        let cache = (corpus.index as NSString).deletingLastPathComponent
        let names = try FileManager.default.contentsOfDirectory(atPath: cache)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: cache + "/" + $0))) })
    }

    @Test(arguments: [1, 6])
    func anUpdateWhoseSpillIsCutShortFailsAndLeavesTheIndexAsItWas(added: Int) throws {
        let corpus = try LibraryIndexTests.Corpus(releases: 80)
        defer { corpus.clean() }
        let spillFolder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: spillFolder) }
        _ = try corpus.open()
        let store = try corpus.plainLoad()
        let generator = CorpusGenerator(seed: 11, store: store)
        // A segment beside the main file, then releases that go into it (1) or past its share (6).
        try IndexSegmentTests.write(generator.release(number: 80), in: corpus)
        _ = try corpus.open()
        let before = try Self.cacheFiles(corpus)
        #expect(before.count == 2)
        for number in 81..<(81 + added) { try IndexSegmentTests.write(generator.release(number: number), in: corpus) }
        let check = try LibraryIndex.check(dataDirectory: corpus.data, indexFile: corpus.index)
        #expect(check.stale.count == added)
        do {
            _ = try LibraryIndex.update(check, dataDirectory: corpus.data, indexFile: corpus.index, progress: { _ in },
                                        reading: Self.readingCutShort(spillFolder: spillFolder))
            Issue.record("an update whose spill cannot be read back wrote an index")
        } catch {
            guard case .spill(let failure) = error else { throw error }
            #expect(failure.path.hasPrefix(spillFolder + "/.puebla-spill.") && failure.failure == .endsAt(0))
            #expect(error.description.hasPrefix(failure.path + ": cannot read back "))
            #expect(error.description.contains(" at byte \(failure.offset) of the index build's temporary file"))
        }
        #expect(try Self.cacheFiles(corpus) == before)
        // The next update reads the releases again and is sound.
        let (library, _) = try corpus.open()
        LibraryIndexTests.expectSameAsPlainScan(library, try corpus.plainLoad())
    }
    #endif

    @Test func aTinyBudgetBuildsTheSameBytes() throws {
        let releases = try Self.releases()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var whole = Self.builder(releases, spillFolder: nil, budget: .max)
        let expected = try whole.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5).bytes()

        var spilling = Self.builder(releases, spillFolder: folder, budget: 2_000)
        var built = spilling.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5)
        #expect(Self.contents(try built.bytes()) == Self.contents(expected))

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
        let previous = try #require(IndexImage(try first.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5).bytes()))
        let kept = Array(stride(from: 0, to: 200, by: 3))

        var whole = Self.builder(Array(releases[200...]), spillFolder: nil, budget: .max)
        let expected = try whole.finish(previous: previous, kept: kept, dataFolder: "/data", stampedAt: 6).bytes()
        var spilling = Self.builder(Array(releases[200...]), spillFolder: folder, budget: 1_000)
        let built = try spilling.finish(previous: previous, kept: kept, dataFolder: "/data", stampedAt: 6).bytes()
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
        let expected = try whole.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5).bytes()
        var spilling = Self.builder(releases, spillFolder: "/nonexistent-\(UUID().uuidString)", budget: 2_000)
        let built = try spilling.finish(previous: nil, kept: [], dataFolder: "/data", stampedAt: 5).bytes()
        #expect(Self.contents(built) == Self.contents(expected))
    }
}
