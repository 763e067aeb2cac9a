import Foundation
import PueblaCorpus
import Testing
@testable import PueblaIndex
@testable import PueblaKit

/// A library index updated by a segment beside its main file: releases added, changed and removed
/// give what a full rebuild gives, and the segment is folded in past its share, or rebuilt when damaged.
@Suite("Library index segment")
struct IndexSegmentTests {
    typealias Corpus = LibraryIndexTests.Corpus

    /// Writes `release` as its file in the corpus.
    static func write(_ release: Release, in corpus: Corpus) throws {
        try Data(CanonicalJSON.string(release).utf8).write(to: URL(fileURLWithPath: corpus.releaseFile(release.id)))
    }

    static func segmentExists(_ corpus: Corpus) -> Bool {
        FileManager.default.fileExists(atPath: IndexSegment.path(of: corpus.index))
    }

    @Test("random adds, changes and removals, a few at a time: the segment gives the list, summaries and search hits of a full rebuild")
    func randomChanges() throws {
        let corpus = try Corpus(releases: 200)
        defer { corpus.clean() }
        _ = try corpus.open()
        var random = SplitMix64(seed: 7)
        var added = 0, segmentsSeen = 0
        for _ in 0..<6 {
            let store = try corpus.plainLoad()
            for _ in 0..<random.int(in: 1...3) {
                switch random.int(in: 0...2) {
                case 0:
                    try Self.write(CorpusGenerator(seed: 11, store: store).release(number: 200 + added), in: corpus)
                    added += 1
                case 1:
                    var release = store.releases[random.int(in: 0...(store.releases.count - 1))]
                    release.title += " babaco revised"
                    release.date = store.releases[random.int(in: 0...(store.releases.count - 1))].date
                    try Self.write(release, in: corpus)
                default:
                    try FileManager.default.removeItem(atPath: corpus.releaseFile(store.releases[random.int(in: 0...(store.releases.count - 1))].id))
                }
            }
            let (library, update) = try corpus.open()
            #expect(!update.rebuilt)
            if Self.segmentExists(corpus) { segmentsSeen += 1 }
            let now = try corpus.plainLoad()
            LibraryIndexTests.expectSameAsPlainScan(library, now)
            // And as the next start reads it from the files.
            LibraryIndexTests.expectSameAsPlainScan(try #require(LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index)), now)
        }
        #expect(segmentsSeen > 0)
    }

    @Test("a removed release is gone from the list, the look-up by id and the search")
    func removal() throws {
        let corpus = try Corpus(releases: 100)
        defer { corpus.clean() }
        _ = try corpus.open()
        let store = try corpus.plainLoad(), gone = store.releases[40]
        try FileManager.default.removeItem(atPath: corpus.releaseFile(gone.id))
        let (library, update) = try corpus.open()
        #expect(update.removed == [gone.id + ".json"] && !update.rebuilt && Self.segmentExists(corpus))
        #expect(library.count == 99 && library.position(ofID: gone.id) == nil)
        let hits = library.search(with: store).search(SearchQuery(gone.title))
        #expect(!hits.releases.contains { $0.id == gone.id })
        LibraryIndexTests.expectSameAsPlainScan(library, try corpus.plainLoad())
    }

    @Test("the only release of the segment removed, by an import's update or by the check of every file: the segment goes, the main file is left as it was",
          arguments: [false, true])
    func segmentEmptied(everyFile: Bool) throws {
        let corpus = try Corpus(releases: 80)
        defer { corpus.clean() }
        _ = try corpus.open()
        let main = try Data(contentsOf: URL(fileURLWithPath: corpus.index))
        let new = CorpusGenerator(seed: 11, store: try corpus.plainLoad()).release(number: 80), name = new.id + ".json"
        try Self.write(new, in: corpus)
        _ = try #require(try LibraryIndex.update(afterWriting: [name], dataDirectory: corpus.data, indexFile: corpus.index))
        #expect(Self.segmentExists(corpus))
        try FileManager.default.removeItem(atPath: corpus.releaseFile(new.id))
        let (library, update) = everyFile ? try corpus.open()
            : try #require(try LibraryIndex.update(afterWriting: [name], dataDirectory: corpus.data, indexFile: corpus.index))
        #expect(update.removed == [name] && update.reindexed.isEmpty && !update.rebuilt && update.writeProblem == nil)
        #expect(!Self.segmentExists(corpus))
        #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.index)) == main)
        #expect(library.position(ofID: new.id) == nil)
        let store = try corpus.plainLoad()
        LibraryIndexTests.expectSameAsPlainScan(library, store)
        #expect(library.search(with: store).search(SearchQuery(new.title)).releases.allSatisfy { $0.id != new.id })
        // The next start reads the main file alone, current.
        let cached = try #require(LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index))
        LibraryIndexTests.expectSameAsPlainScan(cached, store)
        #expect(try LibraryIndex.check(dataDirectory: corpus.data, indexFile: corpus.index).isCurrent)
    }

    @Test("a release whose date changes moves to its new place in the list")
    func changeMoves() throws {
        let corpus = try Corpus(releases: 100)
        defer { corpus.clean() }
        _ = try corpus.open()
        let store = try corpus.plainLoad()
        var release = try #require(store.releases.last)
        release.date = "2030-01-01"
        try Self.write(release, in: corpus)
        let (library, update) = try corpus.open()
        #expect(update.reindexed == [release.id + ".json"] && Self.segmentExists(corpus))
        #expect(library.position(ofID: release.id) == 0 && library.summary(at: 0).date == "2030-01-01")
        LibraryIndexTests.expectSameAsPlainScan(library, try corpus.plainLoad())
    }

    @Test("past its share of the main file, the segment is folded into a new main file")
    func folding() throws {
        let corpus = try Corpus(releases: 100)
        defer { corpus.clean() }
        _ = try corpus.open()
        let store = try corpus.plainLoad()
        try Self.write(CorpusGenerator(seed: 11, store: store).release(number: 100), in: corpus)
        _ = try corpus.open()
        #expect(Self.segmentExists(corpus))
        let mainBefore = try Data(contentsOf: URL(fileURLWithPath: corpus.index))
        for number in 101..<(101 + Int(100 * IndexSegment.foldShare) + 1) {
            try Self.write(CorpusGenerator(seed: 11, store: store).release(number: number), in: corpus)
        }
        let (library, update) = try corpus.open()
        #expect(!update.rebuilt && !Self.segmentExists(corpus))
        #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.index)) != mainBefore)
        LibraryIndexTests.expectSameAsPlainScan(library, try corpus.plainLoad())
        LibraryIndexTests.expectSameAsPlainScan(try #require(LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index)),
                                                try corpus.plainLoad())
    }

    @Test("a damaged segment, or one of another main file, makes the index rebuilt, never read")
    func damagedSegment() throws {
        let corpus = try Corpus(releases: 60)
        defer { corpus.clean() }
        _ = try corpus.open()
        let store = try corpus.plainLoad()
        try Self.write(CorpusGenerator(seed: 11, store: store).release(number: 60), in: corpus)
        _ = try corpus.open()
        let segmentFile = IndexSegment.path(of: corpus.index)
        let sound = try [UInt8](Data(contentsOf: URL(fileURLWithPath: segmentFile)))
        var flipped = sound
        flipped[IndexImage.headerSize + 3] ^= 0x01
        // Last, the sound segment: by then it goes with another main file, the index being rebuilt.
        for (round, bytes) in [flipped, Array(sound.prefix(sound.count / 2)), [UInt8](), sound].enumerated() {
            try Data(bytes).write(to: URL(fileURLWithPath: segmentFile))
            #expect(LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index) == nil)
            let (library, update) = try corpus.open()
            #expect(update.rebuilt && !Self.segmentExists(corpus))
            LibraryIndexTests.expectSameAsPlainScan(library, try corpus.plainLoad())
            // Back to a segment for the next damage: a release added.
            try Self.write(CorpusGenerator(seed: 11, store: store).release(number: 61 + round), in: corpus)
            _ = try corpus.open()
            #expect(Self.segmentExists(corpus))
        }
    }

    @Test("a release edited behind Puebla's back, in the main file or the segment, is read again")
    func editedBehindTheBack() throws {
        let corpus = try Corpus(releases: 80)
        defer { corpus.clean() }
        _ = try corpus.open()
        let store = try corpus.plainLoad()
        var inMain = store.releases[10], inSegment = store.releases[20]
        inSegment.title = "First edit"
        try Self.write(inSegment, in: corpus)
        _ = try corpus.open()
        #expect(Self.segmentExists(corpus))
        inMain.title = "Edited by hand babaco"
        inSegment.title = "Edited again by hand babaco"
        try Self.write(inMain, in: corpus)
        try Self.write(inSegment, in: corpus)
        let (library, update) = try corpus.open()
        #expect(Set(update.reindexed).isSuperset(of: [inMain.id + ".json", inSegment.id + ".json"]))
        #expect(library.summary(at: try #require(library.position(ofID: inMain.id))).title == inMain.title)
        #expect(library.summary(at: try #require(library.position(ofID: inSegment.id))).title == inSegment.title)
        LibraryIndexTests.expectSameAsPlainScan(library, try corpus.plainLoad())
    }

    @Test("an update told which files were written or removed looks at those alone; one changed behind its back is found by the next check of every file")
    func afterWriting() throws {
        let corpus = try Corpus(releases: 80)
        defer { corpus.clean() }
        _ = try corpus.open()
        let store = try corpus.plainLoad()
        let new = CorpusGenerator(seed: 11, store: store).release(number: 80), gone = store.releases[30]
        var edited = store.releases[5]
        edited.title = "Edited by hand babaco"
        try Self.write(new, in: corpus)
        try Self.write(edited, in: corpus)
        try FileManager.default.removeItem(atPath: corpus.releaseFile(gone.id))
        let (library, update) = try #require(try LibraryIndex.update(afterWriting: [new.id + ".json", gone.id + ".json"],
                                                                     dataDirectory: corpus.data, indexFile: corpus.index))
        #expect(update.reindexed == [new.id + ".json"] && update.removed == [gone.id + ".json"] && Self.segmentExists(corpus))
        #expect(library.position(ofID: new.id) != nil && library.position(ofID: gone.id) == nil)
        #expect(library.summary(at: try #require(library.position(ofID: edited.id))).title != edited.title)
        let (checked, again) = try corpus.open()
        #expect(again.reindexed.contains(edited.id + ".json"))
        LibraryIndexTests.expectSameAsPlainScan(checked, try corpus.plainLoad())
    }

    @Test("a release read into the segment that gives the source of one in the main file fails as loading Data fails")
    func sharedSourceWithMain() throws {
        let corpus = try Corpus(releases: 100)
        defer { corpus.clean() }
        _ = try corpus.open()
        let store = try corpus.plainLoad()
        var copy = store.releases[50]
        copy.source = store.releases[10].source
        try Self.write(copy, in: corpus)
        LibraryIndexTests.expectSharedSourceRefused(corpus)
    }
}
