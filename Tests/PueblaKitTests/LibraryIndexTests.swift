import Foundation
import Testing
@testable import PueblaCorpus
@testable import PueblaIndex
@testable import PueblaKit

@Suite("Library index")
struct LibraryIndexTests {
    /// A generated Data folder and an index file beside it, both removed by `clean()`.
    struct Corpus {
        let data: String
        let index: String

        init(releases: Int = 300) throws {
            let root = NSTemporaryDirectory() + "puebla-index-\(getpid())-\(UUID().uuidString)"
            data = root + "/Data"
            index = root + "/cache/index.bin"
            try CorpusFolder.write(count: releases, seed: 11, from: TestData.shipped, to: data)
            // A file written within a tick of an index build is read again by the next one (it might
            // have changed unseen): the tests that count what is read again start once none is.
            var files: [FileStamp] = []
            try FileStamp.forEach(in: data + "/releases") { files.append($0) }
            while files.contains(where: { $0.isRacy(stampedAt: FileStamp.now()) }) { usleep(1_000) }
        }

        func clean() { try? FileManager.default.removeItem(atPath: (data as NSString).deletingLastPathComponent) }

        func releaseFile(_ id: String) -> String { data + "/releases/\(id).json" }

        func open() throws -> (Library, LibraryIndex.Update) {
            try LibraryIndex.open(dataDirectory: data, indexFile: index, checkingAgainst: try StoreLoader.load(from: data, releases: false))
        }

        func plainLoad() throws -> Store { try StoreLoader.load(from: data) }
    }

    static let queries = ["migration", "migr", "regional coop", "migracion", "MÉXICO", "peru", "babaco", "ba", "b",
                          "the of", "tapachula", "zzzz", "civil society ", "conferencia regional", "laura", "minister"]

    /// Every list the library gives, against the same list from the whole releases in memory.
    static func expectSameAsPlainScan(_ library: Library, _ store: Store) {
        #expect(library.count == store.releases.count)
        #expect((0..<library.count).map(library.summary(at:)) == store.releases.map(ReleaseSummary.init))
        for code in [nil] + store.countries.map(\.code) + ["ZZ"] {
            let positions = library.positions(mentioning: code)
            #expect(positions.map { library.id(at: Int($0)) } == store.releases(mentioning: code).map(\.id), "country \(code ?? "all")")
            #expect(library.quotes(of: positions).compactMap { library.quoteEntry(Int($0))?.id } == store.quotes(country: code).map(\.id))
        }
        for meeting in store.meetings.map(\.id) {
            #expect(library.positions(aboutMeeting: meeting).map { library.id(at: Int($0)) } == store.releases(aboutMeeting: meeting).map(\.id))
        }
        for (position, release) in store.releases.enumerated() {
            #expect(library.position(ofID: release.id) == position)
        }
        #expect(library.position(ofID: "no-such-release") == nil)
        #expect(library.mentions == store.mentions)
        let fromLibrary = library.search(with: store), plain = SearchIndex(store: store)
        var found = 0
        for text in queries {
            let query = SearchQuery(text)
            let a = fromLibrary.search(query), b = plain.search(query)
            #expect(a.releases.map(\.id) == b.releases.map(\.id), "query \"\(text)\"")
            #expect(a.releases.map(\.isTitleMatch) == b.releases.map(\.isTitleMatch), "query \"\(text)\"")
            #expect(a.quotes.map(\.id) == b.quotes.map(\.id), "query \"\(text)\"")
            #expect(a.meetings == b.meetings && a.countries == b.countries, "query \"\(text)\"")
            found += a.count
        }
        #expect(found > 0)
    }

    @Test("the index lists and finds what a plain load does, for every country, meeting and search")
    func sameAsPlainScan() throws {
        let corpus = try Corpus()
        defer { corpus.clean() }
        let (library, update) = try corpus.open()
        #expect(update.rebuilt && update.reindexed.count == 300)
        let store = try corpus.plainLoad()
        Self.expectSameAsPlainScan(library, store)
        // The full text is read from the release's file when asked for.
        #expect(library.release(at: 7) == store.releases[7])
    }

    @Test("a second open reads nothing again and gives the same library")
    func reuse() throws {
        let corpus = try Corpus(releases: 50)
        defer { corpus.clean() }
        let (first, _) = try corpus.open()
        let (second, update) = try corpus.open()
        #expect(update == LibraryIndex.Update(reindexed: [], removed: [], rebuilt: false, writeProblem: nil))
        #expect((0..<50).map(second.summary(at:)) == (0..<50).map(first.summary(at:)))
    }

    @Test("a deleted index is rebuilt")
    func deleted() throws {
        let corpus = try Corpus(releases: 50)
        defer { corpus.clean() }
        let (first, _) = try corpus.open()
        try FileManager.default.removeItem(atPath: corpus.index)
        let (second, update) = try corpus.open()
        #expect(update.rebuilt && update.reindexed.count == 50)
        #expect((0..<50).map(second.summary(at:)) == (0..<50).map(first.summary(at:)))
        #expect(FileManager.default.fileExists(atPath: corpus.index))
    }

    @Test("a rebuild clears the temporary file a build killed while writing left, not one still being written")
    func killedWrite() throws {
        let corpus = try Corpus(releases: 5)
        defer { corpus.clean() }
        _ = try corpus.open()
        let folder = (corpus.index as NSString).deletingLastPathComponent, name = (corpus.index as NSString).lastPathComponent
        // pid 2^22 + 1 is past Linux's largest: no process has it.
        let abandoned = folder + "/.\(name).4194305.7.tmp", live = folder + "/.\(name).\(getppid()).7.tmp"
        for path in [abandoned, live] { _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: 1, count: 64)) }
        try FileManager.default.removeItem(atPath: corpus.index)
        _ = try corpus.open()
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    /// Where `section` lies in the index file `bytes`, by its section table.
    static func range(of section: IndexSection, in bytes: [UInt8]) -> Range<Int> {
        func u64(_ offset: Int) -> Int { Int(bytes[offset..<(offset + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }) }
        let entry = IndexImage.headerSize + section.rawValue * 16
        return u64(entry)..<(u64(entry) + u64(entry + 8))
    }

    /// Reads every part of `library`: every release, quote and search.
    static func readEverything(_ library: Library, _ store: Store) {
        for position in 0..<library.count { _ = library.summary(at: position) }
        for number in 0..<library.quoteCount { _ = library.quoteEntry(number) }
        let search = library.search(with: store)
        for text in queries { _ = search.search(SearchQuery(text)) }
    }

    @Test("a damaged index is rebuilt, never trusted: a flipped byte, a cut file, another version, garbage")
    func corrupt() throws {
        let corpus = try Corpus(releases: 40)
        defer { corpus.clean() }
        _ = try corpus.open()
        let sound = try [UInt8](Data(contentsOf: URL(fileURLWithPath: corpus.index)))
        var otherVersion = sound
        otherVersion[IndexImage.magic.count] &+= 1
        var damaged: [[UInt8]] = [Array(sound.prefix(sound.count - 7)), otherVersion, Array(repeating: 0xFF, count: 100), []]
        // A flipped byte in each part of the file: header, section table, block checksums, each section.
        let sections = IndexSection.allCases.map { Self.range(of: $0, in: sound) }.filter { !$0.isEmpty }
        for offset in [3, 20, 35, IndexImage.headerSize + 5, sections.map(\.lowerBound).min()! - 3] + sections.map({ $0.lowerBound + $0.count / 2 }) {
            var flipped = sound
            flipped[offset] ^= 0x01
            damaged.append(flipped)
        }
        let store = try corpus.plainLoad()
        for bytes in damaged {
            try Data(bytes).write(to: URL(fileURLWithPath: corpus.index))
            var (again, update) = try corpus.open()
            if !update.rebuilt {
                // Damage where neither a start nor the check of the files reads: found when it is read,
                // and the index rebuilt by the next check.
                #expect(IndexImage.read(corpus.index) != nil)
                Self.readEverything(again, store)
                #expect(again.image.isDamaged)
                (again, update) = try corpus.open()
            }
            #expect(update.rebuilt)
            #expect((0..<again.count).map(again.id(at:)) == store.releases.map(\.id))
        }
    }

    @Test("a start reads the tables it needs, not the records or postings: their damage is found where they are read")
    func damageFoundWhenUsed() throws {
        let corpus = try Corpus(releases: 300)
        defer { corpus.clean() }
        _ = try corpus.open()
        let sound = try [UInt8](Data(contentsOf: URL(fileURLWithPath: corpus.index)))
        let store = try corpus.plainLoad()
        for section in [IndexSection.records, .postings] {
            var bytes = sound
            let range = Self.range(of: section, in: sound)
            bytes[range.lowerBound + range.count / 2] ^= 0x40
            try Data(bytes).write(to: URL(fileURLWithPath: corpus.index))
            let library = try #require(LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index))
            #expect(!library.image.isDamaged)
            // The first release's record is far from the damage: it reads as it was written.
            #expect(library.summary(at: 0) == ReleaseSummary(store.releases[0]))
            if section == .records {
                let summaries = (0..<library.count).map(library.summary(at:))
                #expect(summaries.contains { $0.id.isEmpty })
                #expect(summaries.filter { !$0.id.isEmpty }.count > library.count / 2)
            } else {
                // Every word is under one of these prefixes: the damaged block holds some of their lists.
                let search = library.search(with: store), plain = SearchIndex(store: store)
                let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
                let missing = letters.filter { search.search(SearchQuery($0)).count != plain.search($0).count }
                #expect(!missing.isEmpty)
            }
            #expect(library.image.isDamaged)
            let check = try LibraryIndex.check(dataDirectory: corpus.data, indexFile: corpus.index, indexed: library)
            #expect(!check.isCurrent)
            let (rebuilt, update) = try LibraryIndex.open(check, dataDirectory: corpus.data, indexFile: corpus.index,
                                                          checkingAgainst: try StoreLoader.load(from: corpus.data, releases: false))
            #expect(update.rebuilt)
            Self.expectSameAsPlainScan(rebuilt, store)
        }
    }

    @Test("damage the checksum cannot see (tables and text rewritten, checksums made to match) is refused or harmless")
    func damageBehindTheChecksum() throws {
        let corpus = try Corpus(releases: 40)
        defer { corpus.clean() }
        _ = try corpus.open()
        let sound = try [UInt8](Data(contentsOf: URL(fileURLWithPath: corpus.index)))
        let store = try corpus.plainLoad()
        for section in IndexSection.allCases {
            let range = Self.range(of: section, in: sound)
            guard !range.isEmpty else { continue }
            for fill: UInt8 in [0x00, 0xFF, 0x80] {
                var bytes = sound
                for index in stride(from: range.lowerBound, to: range.upperBound, by: max(1, range.count / 7)) { bytes[index] = fill }
                // Bytes taken as built in memory: their head is checked, not their blocks' checksums,
                // so that only the checks behind the checksums stand in the way.
                guard let image = IndexImage(IndexBytes(copying: bytes)) else { continue }
                // Accepted: then every read stays inside the bytes, whatever it finds there.
                let library = Library(image: image, releasesFolder: corpus.data + "/releases")
                for position in 0..<library.count {
                    _ = library.summary(at: position)
                    _ = library.position(ofID: library.id(at: position))
                    _ = library.meetingID(at: position)
                }
                _ = library.quotes(of: library.positions(mentioning: "MX"))
                Self.readEverything(library, store)
            }
        }
    }

    @Test("after an edit, an addition and a removal, only those files are read again, and the index is as if built anew")
    func onlyChangedFiles() throws {
        let corpus = try Corpus(releases: 120)
        defer { corpus.clean() }
        let (first, _) = try corpus.open()
        let edited = first.summary(at: 3), removed = first.summary(at: 10)
        let editedPath = corpus.releaseFile(edited.id)
        let text = try String(contentsOfFile: editedPath, encoding: .utf8)
        try text.replacingOccurrences(of: edited.title, with: "Zanzibar tapestry of edited words")
            .write(toFile: editedPath, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: corpus.releaseFile(removed.id))
        let added = CorpusGenerator(seed: 99, store: try TestData.shippedStore()).release(number: 5)
        try CanonicalJSON.string(added).write(toFile: corpus.releaseFile(added.id), atomically: true, encoding: .utf8)

        let (second, update) = try corpus.open()
        #expect(!update.rebuilt)
        #expect(Set(update.reindexed) == [edited.id + ".json", added.id + ".json"])
        #expect(update.removed == [removed.id + ".json"])
        #expect(second.count == 120)
        let store = try corpus.plainLoad()
        #expect(second.search(with: store).search(SearchQuery("zanzibar")).releases.map(\.id) == [edited.id])
        // Postings carried over from the old index, renumbered, give what a plain scan gives.
        Self.expectSameAsPlainScan(second, store)
    }

    @Test("a changed release that cannot be read fails with its place, and the index file is left as it was")
    func brokenChange() throws {
        let corpus = try Corpus(releases: 20)
        defer { corpus.clean() }
        let (first, _) = try corpus.open()
        let before = try Data(contentsOf: URL(fileURLWithPath: corpus.index))
        let path = corpus.releaseFile(first.id(at: 0))
        try "{ \"id\": ".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try corpus.open()
            Issue.record("a broken release was indexed")
        } catch {
            #expect("\(error)".contains(path + ":1:"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.index)) == before)
    }

    @Test("a release giving another's source fails as loading Data fails, though only it was read again")
    func duplicateSource() throws {
        let corpus = try Corpus(releases: 30)
        defer { corpus.clean() }
        let (library, _) = try corpus.open()
        let first = try #require(library.release(at: 0)), second = try #require(library.release(at: 1))
        let (source, copied) = (try #require(first.source?.url), try #require(second.source?.url))
        let path = corpus.releaseFile(second.id)
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: copied, with: source)
            .write(toFile: path, atomically: true, encoding: .utf8)
        Self.expectSharedSourceRefused(corpus)
    }

    /// Opening the index of `corpus`, two of whose releases give one source, fails as loading Data fails.
    static func expectSharedSourceRefused(_ corpus: Corpus) {
        var expected = ""
        do { _ = try corpus.plainLoad() } catch { expected = "\(error)" }
        #expect(expected.contains("duplicate source.url"))
        do {
            _ = try corpus.open()
            Issue.record("two releases with one source were indexed")
        } catch {
            #expect("\(error)" == expected)
        }
    }

    @Test("a release naming a meeting that meetings.json no longer has fails, located, even from a current index")
    func staleReference() throws {
        let corpus = try Corpus(releases: 60)
        defer { corpus.clean() }
        let (library, _) = try corpus.open()
        guard let position = (0..<library.count).first(where: { library.meetingID(at: $0) != nil }),
              let meeting = library.meetingID(at: position) else {
            Issue.record("the corpus has no release about a meeting")
            return
        }
        let meetingsFile = corpus.data + "/meetings.json"
        let text = try String(contentsOfFile: meetingsFile, encoding: .utf8)
        try text.replacingOccurrences(of: "\"\(meeting)\"", with: "\"\(meeting)-renamed\"").write(toFile: meetingsFile, atomically: true, encoding: .utf8)
        do {
            _ = try corpus.open()
            Issue.record("a release about an unknown meeting was accepted")
        } catch {
            #expect("\(error)".contains(library.id(at: position) + ".json:"))
            #expect("\(error)".contains("meeting"))
        }
    }

    @Test("a cache folder that cannot be made: the library is kept in memory, and the update says why")
    func unwritableCache() throws {
        let corpus = try Corpus(releases: 12)
        defer { corpus.clean() }
        let store = try StoreLoader.load(from: corpus.data, releases: false)
        let (library, update) = try LibraryIndex.open(dataDirectory: corpus.data, indexFile: "/proc/no-such-cache/puebla/index.bin",
                                                      checkingAgainst: store)
        #expect(library.count == 12)
        #expect(update.writeProblem?.description.hasPrefix("/proc/no-such-cache/puebla: cannot make the cache folder") == true)
        #expect(update.writeProblem?.description.hasSuffix("; the library index is kept in memory for this run") == true)
    }

    @Test("the index lives under $XDG_CACHE_HOME/puebla, else ~/.cache/puebla, one file per Data folder")
    func location() {
        let a = LibraryIndex.location(for: "/srv/Data", environment: ["XDG_CACHE_HOME": "/x/cache"])
        let b = LibraryIndex.location(for: "/srv/Other", environment: ["XDG_CACHE_HOME": "/x/cache"])
        #expect(a.hasPrefix("/x/cache/puebla/index-") && a.hasSuffix(".bin"))
        #expect(a != b)
        #expect(LibraryIndex.location(for: "/srv/Data", environment: ["HOME": "/home/u"]).hasPrefix("/home/u/.cache/puebla/"))
    }

    @Test("a folder reached through a symbolic link shares the index of its real path")
    func locationThroughLink() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Data", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/Data")
        let environment = ["XDG_CACHE_HOME": "/x/cache"]
        #expect(LibraryIndex.location(for: folder + "/link", environment: environment)
            == LibraryIndex.location(for: folder + "/Data", environment: environment))
        #expect(LibraryIndex.location(for: folder + "/Data/../Data/.", environment: environment)
            == LibraryIndex.location(for: folder + "/Data", environment: environment))
    }

    @Test("writing an index removes those beside it whose Data folder is gone, or of another version, and nothing else")
    func pruning() throws {
        let kept = try Corpus(releases: 3), gone = try Corpus(releases: 3)
        defer { kept.clean(); gone.clean() }
        let cache = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let keptIndex = cache + "/index-kept.bin", goneIndex = cache + "/index-gone.bin"
        let store = try StoreLoader.load(from: kept.data, releases: false)
        _ = try LibraryIndex.open(dataDirectory: gone.data, indexFile: goneIndex, checkingAgainst: store)
        _ = try LibraryIndex.open(dataDirectory: kept.data, indexFile: keptIndex, checkingAgainst: store)
        #expect(IndexImage.dataFolder(ofFile: goneIndex) == LibraryIndex.resolvedPath(of: gone.data))
        // Both folders are there: writing one index leaves the other.
        #expect(FileManager.default.fileExists(atPath: goneIndex))
        // An index file of another folder (two paths hashed alike) is not taken for this one's.
        #expect(LibraryIndex.cached(dataDirectory: kept.data, indexFile: goneIndex) == nil)
        #expect(LibraryIndex.cached(dataDirectory: kept.data, indexFile: keptIndex) != nil)

        let olderVersion = cache + "/index-older.bin", notAnIndex = cache + "/notes.txt", unreadable = cache + "/index-garbage.bin"
        var older = try Data(contentsOf: URL(fileURLWithPath: keptIndex))
        older[8] = older[8] &- 1
        try older.write(to: URL(fileURLWithPath: olderVersion))
        try Data("notes".utf8).write(to: URL(fileURLWithPath: notAnIndex))
        try Data("PUEBLAIX and then nothing sound".utf8).write(to: URL(fileURLWithPath: unreadable))
        gone.clean()
        try FileManager.default.removeItem(atPath: kept.releaseFile(try #require(kept.plainLoad().releases.first?.id)))
        _ = try LibraryIndex.open(dataDirectory: kept.data, indexFile: keptIndex, checkingAgainst: store)

        let left = try FileManager.default.contentsOfDirectory(atPath: cache).sorted()
        #expect(left == ["index-kept.bin", "notes.txt"])
    }

    @Test("the checksum of bytes given in pieces of any size is that of the bytes end to end")
    func checksumInPieces() {
        var generator = SplitMix64(seed: 5)
        let bytes = (0..<1_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let whole = IndexChecksum.of(bytes)
        for _ in 0..<50 {
            var checksum = IndexChecksum()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + Int(generator.next() % 20))
                Array(bytes[start..<end]).withUnsafeBytes { checksum.add($0) }
                start = end
            }
            #expect(checksum.value == whole)
        }
    }

    @Test("progress reads as a bar with counts and the time left")
    func progress() {
        let line = LibraryIndex.Progress(done: 45_000, total: 100_000, elapsed: 9).line()
        #expect(line == "Indexing releases [#########...........] 45,000/100,000, 11 s left")
        #expect(LibraryIndex.Progress(done: 1, total: 1, elapsed: 3).line() == "Indexing releases [####################] 1/1")
    }
}
