import Foundation
import Testing
@testable import PueblaKit

@Suite("Library index")
struct LibraryIndexTests {
    /// A generated Data folder and an index file beside it, both removed by `clean()`.
    struct Library {
        let data: String
        let index: String

        init(releases: Int = 300) throws {
            let root = NSTemporaryDirectory() + "puebla-index-\(getpid())-\(UUID().uuidString)"
            data = root + "/Data"
            index = root + "/cache/index.bin"
            try CorpusFolder.write(count: releases, seed: 11, from: TestData.shipped, to: data)
        }

        func clean() { try? FileManager.default.removeItem(atPath: (data as NSString).deletingLastPathComponent) }

        func releaseFile(_ id: String) -> String { data + "/releases/\(id).json" }
    }

    @Test("the index lists what a plain load lists, for every country filter and for searches")
    func sameAsPlainScan() throws {
        let library = try Library()
        defer { library.clean() }
        let (index, update) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        #expect(update.rebuilt && update.reindexed.count == 300)
        let store = try StoreLoader.load(from: library.data)
        let search = SearchIndex(store: store)

        #expect(index.releases.map(\.id) == store.releases.map(\.id))
        #expect(index.releases == store.releases.map(ReleaseSummary.init))
        for code in [nil] + store.countries.map(\.code) {
            #expect(index.releases(mentioning: code).map(\.id) == store.releases(mentioning: code).map(\.id), "country \(code ?? "all")")
        }
        let queries = ["migration", "migr", "regional coop", "migracion", "MÉXICO", "peru", "babaco", "ba", "b",
                       "the of", "tapachula", "zzzz", "civil society ", "conferencia regional"]
        var found = 0
        for text in queries {
            let query = SearchQuery(text)
            let fromIndex = Set((index.releases(matching: query) ?? []).map(\.id))
            let fromSearch = Set(search.search(query).releases.map(\.id))
            #expect(fromIndex == fromSearch, "query \"\(text)\"")
            found += fromIndex.count
        }
        #expect(found > 0)
    }

    @Test("a second open reads nothing again and gives the same index")
    func reuse() throws {
        let library = try Library(releases: 50)
        defer { library.clean() }
        let (first, _) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        let (second, update) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        #expect(update == LibraryIndex.Update(reindexed: [], removed: [], rebuilt: false))
        #expect(second.entries == first.entries)
    }

    @Test("a deleted index is rebuilt")
    func deleted() throws {
        let library = try Library(releases: 50)
        defer { library.clean() }
        let (first, _) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        try FileManager.default.removeItem(atPath: library.index)
        let (second, update) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        #expect(update.rebuilt && update.reindexed.count == 50)
        #expect(second.entries == first.entries)
        #expect(FileManager.default.fileExists(atPath: library.index))
    }

    @Test("a damaged index is rebuilt, never trusted: a flipped byte, a cut file, another version, garbage")
    func corrupt() throws {
        let library = try Library(releases: 40)
        defer { library.clean() }
        let (first, _) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        let sound = try [UInt8](Data(contentsOf: URL(fileURLWithPath: library.index)))
        var flipped = sound
        flipped[sound.count / 2] ^= 0x01
        var otherVersion = sound
        otherVersion[LibraryIndex.magic.count] &+= 1
        let damaged: [[UInt8]] = [flipped, Array(sound.prefix(sound.count - 7)), otherVersion, Array(repeating: 0xFF, count: 100), []]
        for bytes in damaged {
            try Data(bytes).write(to: URL(fileURLWithPath: library.index))
            #expect(LibraryIndex.read(library.index) == nil)
            let (again, update) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
            #expect(update.rebuilt)
            #expect(again.entries == first.entries)
        }
    }

    @Test("after an edit, an addition and a removal, only the changed files are read again")
    func onlyChangedFiles() throws {
        let library = try Library(releases: 60)
        defer { library.clean() }
        let (first, _) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        let edited = first.entries[3], removed = first.entries[10]
        let editedPath = library.releaseFile(edited.summary.id)
        let text = try String(contentsOfFile: editedPath, encoding: .utf8)
        try text.replacingOccurrences(of: edited.summary.title, with: "Zanzibar tapestry of edited words")
            .write(toFile: editedPath, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: library.releaseFile(removed.summary.id))
        let added = CorpusGenerator(seed: 99, store: try TestData.shippedStore()).release(number: 5)
        try CanonicalJSON.string(added).write(toFile: library.releaseFile(added.id), atomically: true, encoding: .utf8)

        let (second, update) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        #expect(!update.rebuilt)
        #expect(Set(update.reindexed) == [edited.file, added.id + ".json"])
        #expect(update.removed == [removed.file])
        #expect(second.entries.count == 60)
        #expect(second.releases(matching: SearchQuery("zanzibar"))?.map(\.id) == [edited.summary.id])
        // The words of a release not read again were carried over from the old index.
        let kept = first.entries[0].summary
        #expect(second.releases(matching: SearchQuery(kept.title + " "))?.contains(kept) == true)
        let store = try StoreLoader.load(from: library.data)
        #expect(second.releases == store.releases.map(ReleaseSummary.init))
    }

    @Test("a changed release that cannot be read fails with its place, and the index keeps the old state")
    func brokenChange() throws {
        let library = try Library(releases: 20)
        defer { library.clean() }
        let (first, _) = try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        let path = library.releaseFile(first.entries[0].summary.id)
        try "{ \"id\": ".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: LibraryIndex.Failure.self) {
            try LibraryIndex.open(dataDirectory: library.data, indexFile: library.index)
        }
        #expect(LibraryIndex.read(library.index) == first.entries)
    }

    @Test("the index lives under $XDG_CACHE_HOME/puebla, else ~/.cache/puebla, one file per Data folder")
    func location() {
        let a = LibraryIndex.location(for: "/srv/Data", environment: ["XDG_CACHE_HOME": "/x/cache"])
        let b = LibraryIndex.location(for: "/srv/Other", environment: ["XDG_CACHE_HOME": "/x/cache"])
        #expect(a.hasPrefix("/x/cache/puebla/index-") && a.hasSuffix(".bin"))
        #expect(a != b)
        #expect(LibraryIndex.location(for: "/srv/Data", environment: ["HOME": "/home/u"]).hasPrefix("/home/u/.cache/puebla/"))
    }
}
