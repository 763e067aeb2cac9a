import Foundation
import Synchronization
import Testing
@testable import PueblaIndex
@testable import PueblaKit

/// The library index and the files it stands for, changed by other programs: the index file cut
/// short or written into while a library read from it is in use, replaced by a FIFO, release files
/// edited without their times changing, or swapped for another release's.
@Suite("Library index under change")
struct LibraryIndexChangeTests {
    typealias Corpus = LibraryIndexTests.Corpus

    @Test("an index file cut short, copied over by a smaller one or written into while its library is in use: what it gives is what it had, or marked unreadable, and the next check rebuilds it")
    func indexChangedInUse() throws {
        let corpus = try Corpus(releases: 60)
        defer { corpus.clean() }
        _ = try corpus.open()
        let store = try corpus.plainLoad()
        let sound = try Data(contentsOf: URL(fileURLWithPath: corpus.index))
        let changes: [(FileHandle) throws -> Void] = [
            { try $0.truncate(atOffset: 0) },
            { try $0.truncate(atOffset: 0); $0.write(Data(repeating: 0x5A, count: sound.count / 2)) },
            { try $0.seek(toOffset: UInt64(sound.count / 3)); $0.write(Data(repeating: 0xFF, count: sound.count / 3)) },
        ]
        for change in changes {
            try sound.write(to: URL(fileURLWithPath: corpus.index))
            let library = try #require(LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: corpus.index))
            try change(handle)
            try handle.close()
            // The tables a start read are kept; a record read from the file now is what it was, or,
            // where the file no longer has it, shown as unreadable: never another release's.
            let expected = store.releases.map(ReleaseSummary.init)
            for position in 0..<library.count {
                let summary = library.summary(at: position)
                #expect(summary == expected[position] || summary.id.isEmpty)
            }
            #expect(library.positions(mentioning: nil).count == store.releases.count)
            LibraryIndexTests.readEverything(library, store)
            #expect(library.image.isDamaged)
            let (again, update) = try corpus.open()
            #expect(update.rebuilt)
            LibraryIndexTests.expectSameAsPlainScan(again, store)
        }
    }

    @Test("a FIFO, a folder or a device in the index's place is refused without being opened, and a FIFO beside it is left alone")
    func notARegularFile() throws {
        let corpus = try Corpus(releases: 8)
        defer { corpus.clean() }
        let cache = (corpus.index as NSString).deletingLastPathComponent, beside = cache + "/index-beside.bin"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        #expect(mkfifo(corpus.index, 0o600) == 0 && mkfifo(beside, 0o600) == 0)
        let opened = try Self.withoutHanging(on: [corpus.index, beside]) {
            (LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index), try corpus.open())
        }
        #expect(opened.0 == nil)
        #expect(opened.1.0.count == 8 && opened.1.1.rebuilt && opened.1.1.writeProblem == nil)
        // Renamed over: the FIFO in its place is gone, the one beside it is still a FIFO.
        #expect(LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index)?.count == 8)
        var status = stat()
        #expect(lstat(beside, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)

        try FileManager.default.removeItem(atPath: corpus.index)
        try FileManager.default.createSymbolicLink(atPath: corpus.index, withDestinationPath: "/dev/zero")
        #expect(LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index) == nil)
        try FileManager.default.removeItem(atPath: corpus.index)
        try FileManager.default.createDirectory(atPath: corpus.index, withIntermediateDirectories: false)
        #expect(LibraryIndex.cached(dataDirectory: corpus.data, indexFile: corpus.index) == nil)
        let (library, update) = try corpus.open()
        #expect(library.count == 8 && update.writeProblem?.description.contains(corpus.index) == true)
    }

    struct Hung: Error, CustomStringConvertible {
        var description: String { "it waited on a FIFO" }
    }

    /// Runs `body` on a thread of its own; when it has not returned in a minute (it waits in
    /// `open` on one of `fifos`), the FIFOs are opened for writing so that it can, and it fails.
    static func withoutHanging<Value: Sendable>(on fifos: [String], _ body: @escaping @Sendable () throws -> Value) throws -> Value {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Result<Value, any Error>?>(nil)
        Thread.detachNewThread {
            let outcome = Result { try body() }
            result.withLock { $0 = outcome }
            done.signal()
        }
        var hung = false
        while done.wait(timeout: .now() + 60) == .timedOut {
            hung = true
            for fifo in fifos {
                let writer = open(fifo, O_WRONLY | O_NONBLOCK)
                if writer >= 0 { close(writer) }
            }
        }
        if hung { throw Hung() }
        guard let outcome = result.withLock({ $0 }) else { throw Hung() }
        return try outcome.get()
    }

    @Test("an edit that keeps the size and puts the times back (cp -p, touch -r, rsync -t) is seen")
    func sameSizeSameTime() throws {
        let corpus = try Corpus(releases: 30)
        defer { corpus.clean() }
        let (first, _) = try corpus.open()
        var editedFiles: Set<String> = []
        for (position, renamed) in [(4, false), (9, true)] {
            let edited = first.summary(at: position)
            editedFiles.insert(edited.id + ".json")
            let path = corpus.releaseFile(edited.id)
            var before = stat()
            #expect(stat(path, &before) == 0)
            let newTitle = "Q" + edited.title.dropFirst()
            let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: edited.title, with: newTitle)
            #expect(text.utf8.count == Int(before.st_size))
            // In place, as cp -p writes; or beside and renamed over, as rsync -t does.
            let target = renamed ? path + ".new" : path
            let handle = try #require(FileHandle(forUpdatingAtPath: target) ?? {
                FileManager.default.createFile(atPath: target, contents: nil) ? FileHandle(forUpdatingAtPath: target) : nil
            }())
            try handle.truncate(atOffset: 0)
            handle.write(Data(text.utf8))
            try handle.close()
            let times = [before.st_atim, before.st_mtim]
            #expect(utimensat(AT_FDCWD, target, times, 0) == 0)
            if renamed { #expect(rename(target, path) == 0) }
            var after = stat()
            #expect(stat(path, &after) == 0 && after.st_size == before.st_size)
            #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)

            let (library, update) = try corpus.open()
            // The file edited before may be read again too: it was edited just before the index was written.
            #expect(update.reindexed.contains(edited.id + ".json") && Set(update.reindexed).isSubset(of: editedFiles))
            #expect(library.summary(at: position).title == newTitle)
        }
    }

    @Test("a file changed within a tick of when the files were looked at is read again, not trusted")
    func racilyClean() throws {
        let second = 1_000_000_000, now = FileStamp.now()
        // Nanosecond times: the kernel's clock tick, some milliseconds.
        #expect(FileStamp(name: "a.json", size: 1, modified: now - 500, changed: now - 500).isRacy(stampedAt: now))
        #expect(!FileStamp(name: "a.json", size: 1, modified: now - second, changed: now - second).isRacy(stampedAt: now))
        // Whole seconds: a file system that keeps no more.
        let whole = now / second * second
        #expect(FileStamp(name: "a.json", size: 1, modified: whole - second, changed: whole - second).isRacy(stampedAt: whole))
        #expect(!FileStamp(name: "a.json", size: 1, modified: whole - 3 * second, changed: whole - 3 * second).isRacy(stampedAt: whole))
        // The change time counts too: times put back do not make a file old.
        #expect(FileStamp(name: "a.json", size: 1, modified: now - 60 * second, changed: now - 500).isRacy(stampedAt: now))

        // A file whose times are ahead of the clock is read again on every open, as one changed
        // in the tick its stamp was taken in would be.
        let corpus = try Corpus(releases: 10)
        defer { corpus.clean() }
        let (library, _) = try corpus.open()
        let name = library.id(at: 2) + ".json"
        let ahead = timespec(tv_sec: time(nil) + 3_600, tv_nsec: 0)
        #expect(utimensat(AT_FDCWD, corpus.releaseFile(library.id(at: 2)), [ahead, ahead], 0) == 0)
        #expect(try corpus.open().1.reindexed == [name])
        #expect(try corpus.open().1.reindexed == [name])
    }

    @Test("a release file swapped for another release's is not read as the release indexed")
    func swappedReleaseFile() throws {
        let corpus = try Corpus(releases: 10)
        defer { corpus.clean() }
        let (library, _) = try corpus.open()
        let (a, b) = (library.id(at: 0), library.id(at: 1))
        try FileManager.default.removeItem(atPath: corpus.releaseFile(a))
        try FileManager.default.copyItem(atPath: corpus.releaseFile(b), toPath: corpus.releaseFile(a))
        #expect(library.release(at: 0) == nil)
        #expect(library.release(id: a) == nil)
        #expect(library.release(at: 1)?.id == b)
    }
}
