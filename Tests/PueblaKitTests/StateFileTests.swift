import Foundation
import Testing
@testable import PueblaCorpus
@testable import PueblaIndex
@testable import PueblaKit

@Suite("StateFile")
struct StateFileTests {
    static let sample = ReadingState(read: ["2010-05-18-xv-rcm-tapachula", "b"], bookmarks: ["b", "2010-05-18-xv-rcm-tapachula#0"],
                                     lastPane: "quotes", selections: ["releases": "b", "quotes": "b#1"], countryFilter: "MX")

    @Test("the path follows $XDG_STATE_HOME, else ~/.local/state; a relative or empty XDG path is ignored")
    func paths() {
        #expect(XDGDirectory.state.file("state.json", environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"], home: "/h")
                == "/x/state/puebla/state.json")
        #expect(XDGDirectory.state.file("state.json", environment: ["HOME": "/home/a"], home: "/h") == "/home/a/.local/state/puebla/state.json")
        #expect(XDGDirectory.state.file("state.json", environment: ["XDG_STATE_HOME": "rel", "HOME": "/home/a"], home: "/h")
                == "/home/a/.local/state/puebla/state.json")
        #expect(XDGDirectory.state.file("state.json", environment: ["XDG_STATE_HOME": ""], home: "/h") == "/h/.local/state/puebla/state.json")
    }

    @Test("what is saved loads back equal, creating the folders; a missing file is a clean state")
    func roundTrip() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = StateFile(path: folder + "/deep/puebla/state.json")
        #expect(file.load() == StateFile.Loaded(state: ReadingState(), warning: nil))
        try file.save(Self.sample)
        #expect(file.load() == StateFile.Loaded(state: Self.sample, warning: nil))
    }

    @Test("the file is stable, readable JSON: sorted read ids, bookmarks in order")
    func fileShape() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = StateFile(path: folder + "/state.json")
        try file.save(Self.sample)
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.contains(#""read" : [\#n    "2010-05-18-xv-rcm-tapachula",\#n    "b"\#n  ]"#))
        #expect(text.contains(#""bookmarks" : [\#n    "b",\#n    "2010-05-18-xv-rcm-tapachula#0"\#n  ]"#))
        #expect(text.contains(#""version" : 1"#))
    }

    @Test("a file with only some keys loads, the rest defaulted")
    func partialFile() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = StateFile(path: folder + "/state.json")
        try Data(#"{"read": ["a"]}"#.utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(file.load() == StateFile.Loaded(state: ReadingState(read: ["a"]), warning: nil))
    }

    @Test("a corrupt file is renamed with a UTC timestamp, a one-line warning says so, and the state is clean",
          arguments: [("{\"read\": [", "is not valid JSON"), ("{\"read\": 7}", "has read: expected a list"), ("", "is not valid JSON")])
    func corruptFile(contents: String, problem: String) throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = StateFile(path: folder + "/state.json")
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file.path))
        let loaded = file.load(now: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(loaded.state == ReadingState())
        let aside = "state.json.corrupt-20261130T005320Z"
        #expect(loaded.warning == "\(file.path) \(problem); moved it to \(aside) and started with no read marks or bookmarks")
        #expect(!(loaded.warning ?? "").contains("\n"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try String(contentsOfFile: folder + "/" + aside, encoding: .utf8) == contents)
        // A second corrupt file in the same second does not overwrite the first one set aside.
        try Data("x".utf8).write(to: URL(fileURLWithPath: file.path))
        let again = file.load(now: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(again.warning?.contains("\(aside)-2 ") == true)
        #expect(try String(contentsOfFile: folder + "/" + aside, encoding: .utf8) == contents)
    }

    @Test("a folder where the file should be is set aside too")
    func folderInTheWay() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = StateFile(path: folder + "/state.json")
        try FileManager.default.createDirectory(atPath: file.path, withIntermediateDirectories: true)
        let loaded = file.load()
        #expect(loaded.state == ReadingState())
        #expect(loaded.warning?.contains("is a folder; moved it to state.json.corrupt-") == true)
        try file.save(Self.sample)
        #expect(file.load().state == Self.sample)
    }

    @Test("killing a writer at any moment leaves the last state saved whole, never a torn file")
    func killedWriter() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = StateFile(path: folder + "/state.json")
        // States of very different sizes, so a torn write could not pass for a whole one.
        let versions = (0..<6).map { version in
            ReadingState(read: Set((0..<(version * 400 + 1)).map { "release-\(version)-\($0)" }), lastPane: "pane-\(version)")
        }
        // Encoded before forking: the child only writes (open, write, fsync, rename), as `save` does
        // last, and takes no lock another thread of this process might have held at the fork.
        let encoded = try versions.map { try file.encoded($0) }
        try file.save(versions[0])
        var generator = SplitMix64(seed: 11)
        var saves = 0
        for round in 0..<25 {
            var pipeEnds: [Int32] = [0, 0]
            try #require(pipe(&pipeEnds) == 0)
            let child = fork()
            if child == 0 {
                // The child saves in a loop, one byte down the pipe after each save, until killed.
                close(pipeEnds[0])
                var next = round
                while true {
                    do { try AtomicFile.write(encoded[next % encoded.count], to: file.path) } catch { _exit(2) }
                    var done: UInt8 = 1
                    _ = write(pipeEnds[1], &done, 1)
                    next += 1
                }
            }
            close(pipeEnds[1])
            // Wait (at most 10 s) for one save, then kill the writer at a random moment of the next ones.
            var ready = pollfd(fd: pipeEnds[0], events: Int16(POLLIN), revents: 0)
            var byte: UInt8 = 0
            let started = poll(&ready, 1, 10_000) == 1 && read(pipeEnds[0], &byte, 1) == 1
            if started {
                saves += 1
                usleep(UInt32(generator.int(in: 0...19_999)))
            }
            kill(child, SIGKILL)
            var status: Int32 = 0
            waitpid(child, &status, 0)
            try #require(started, "round \(round): the writer never saved")
            #expect(status & 0x7F == SIGKILL, "the writer ended by itself (status \(status))")
            while read(pipeEnds[0], &byte, 1) == 1 { saves += 1 }
            close(pipeEnds[0])
            let loaded = file.load()
            #expect(loaded.warning == nil)
            #expect(versions.contains(loaded.state), "round \(round): the file is none of the saved states")
        }
        #expect(saves >= 25)
        // Loading removed the temporary files the killed writers left.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}

@Suite("ReadingState")
struct ReadingStateTests {
    @Test("read marks toggle; bookmarks toggle and keep the order they were added in")
    func toggles() {
        var state = ReadingState()
        state.markRead("a")
        state.markRead("a")
        #expect(state.read == ["a"])
        state.toggleRead("a")
        #expect(!state.isRead("a"))
        state.toggleRead("b")
        #expect(state.isRead("b"))
        state.toggleBookmark("r#1")
        state.toggleBookmark("r")
        #expect(state.bookmarks == ["r#1", "r"])
        state.toggleBookmark("r#1")
        #expect(state.bookmarks == ["r"])
        #expect(state.isBookmarked("r") && !state.isBookmarked("r#1"))
    }
}

@Suite("Bookmark")
struct BookmarkTests {
    @Test("a bookmark id names a release or one of its quotes; one the store lacks names nothing")
    func resolving() throws {
        let store = try StoreLoader.load(from: DataLocator.builtInDataPath)
        let id = "2010-05-18-xv-rcm-tapachula"
        guard case .release(let release)? = Bookmark(id: id, in: Library(store: store)) else {
            Issue.record("no release for \(id)")
            return
        }
        #expect(release.id == id)
        guard case .quote(let entry)? = Bookmark(id: id + "#1", in: Library(store: store)) else {
            Issue.record("no quote for \(id)#1")
            return
        }
        #expect(entry.id == id + "#1")
        #expect(entry.quote.speaker == "Laura Thompson")
        #expect(Bookmark(id: id + "#99", in: Library(store: store)) == nil)
        #expect(Bookmark(id: id + "#x", in: Library(store: store)) == nil)
        #expect(Bookmark(id: "no-such-release", in: Library(store: store)) == nil)
    }
}

@Suite("StateFile shared and kept")
struct SharedStateFileTests {
    let folder = TestData.temporaryFolder()

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    @Test("two browsers saving one file: the read marks and bookmarks of both survive, the last one's place is kept")
    func twoWriters() throws {
        defer { cleanUp() }
        let path = folder + "/state.json"
        let first = StateFile(path: path), second = StateFile(path: path)
        var a = first.load().state, b = second.load().state
        a.markRead("a")
        a.toggleBookmark("a#0")
        a.lastPane = "quotes"
        b.markRead("b")
        b.toggleBookmark("b")
        b.lastPane = "timeline"
        try first.save(a)
        try second.save(b)
        var loaded = StateFile(path: path).load().state
        #expect(loaded.read == ["a", "b"])
        #expect(loaded.bookmarks == ["a#0", "b"])
        #expect(loaded.lastPane == "timeline")

        // An unmark by one is not undone by the other, which never saw the mark go.
        a.toggleRead("a")
        try first.save(a)
        b.toggleBookmark("b")
        try second.save(b)
        loaded = StateFile(path: path).load().state
        #expect(loaded.read == ["b"])
        #expect(loaded.bookmarks == ["a#0"])
    }

    @Test("changes recorded one by one go to the journal, survive a crash before any save, and merge")
    func journal() throws {
        defer { cleanUp() }
        let path = folder + "/state.json"
        let first = StateFile(path: path), second = StateFile(path: path)
        _ = first.load()
        _ = second.load()
        try first.record(.read("a"))
        try second.record(.read("b"))
        try second.record(.bookmark("b"))
        try first.record(.unread("a"))
        try first.record(.read("c"))
        // Nothing saved whole yet: a browser killed now loses nothing.
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(StateFile(path: path).load().state == ReadingState(read: ["b", "c"], bookmarks: ["b"]))
        // A line cut short by a crash is ignored.
        let journal = try #require(FileHandle(forWritingAtPath: path + ".journal"))
        journal.seekToEndOfFile()
        journal.write(Data(#"["read","d"#.utf8))
        journal.closeFile()
        #expect(StateFile(path: path).load().state.read == ["b", "c"])
        try first.save(ReadingState(read: ["c"], lastPane: "quotes"))
        #expect(StateFile(path: path).load().state == ReadingState(read: ["b", "c"], bookmarks: ["b"], lastPane: "quotes"))
        #expect(try FileManager.default.attributesOfItem(atPath: path + ".journal")[.size] as? Int == 0)
    }

    @Test("with 100,000 read marks a new mark appends one line; the file is written whole only when the journal grows large")
    func scales() throws {
        defer { cleanUp() }
        let path = folder + "/state.json"
        let file = StateFile(path: path)
        try file.save(ReadingState(read: Set((0..<100_000).map { "2010-05-18-release-number-\($0)" })))
        let before = try FileManager.default.attributesOfItem(atPath: path)
        #expect((before[.size] as? Int ?? 0) > 3_000_000)
        _ = file.load()
        try file.record(.read("one-more"))
        let after = try FileManager.default.attributesOfItem(atPath: path)
        #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
        #expect((try FileManager.default.attributesOfItem(atPath: path + ".journal")[.size] as? Int ?? 0) < 100)
        #expect(StateFile(path: path).load().state.read.count == 100_001)
        // Past the journal's limit the file takes the changes in and the journal starts again.
        let id = String(repeating: "x", count: 1000)
        for number in 0...(StateFile.journalLimit / 1000) { try file.record(.read("\(id)-\(number)")) }
        #expect((try FileManager.default.attributesOfItem(atPath: path + ".journal")[.size] as? Int ?? 0) < StateFile.journalLimit / 2)
        #expect(StateFile(path: path).load().state.read.count == 100_001 + StateFile.journalLimit / 1000 + 1)
    }

    @Test("keys this Puebla does not know are kept when it saves")
    func unknownKeys() throws {
        defer { cleanUp() }
        let path = folder + "/state.json"
        try Data(#"{"read": ["a"], "version": 1, "colors": {"a": "red"}, "zoom": 2}"#.utf8).write(to: URL(fileURLWithPath: path))
        let file = StateFile(path: path)
        var state = file.load().state
        state.markRead("b")
        try file.save(state)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(object["colors"] as? [String: String] == ["a": "red"])
        #expect((object["zoom"] as? NSNumber)?.intValue == 2)
        #expect(object["read"] as? [String] == ["a", "b"])
    }

    @Test("a file of a later format is read, never rewritten, and saying so is an error")
    func laterVersion() throws {
        defer { cleanUp() }
        let path = folder + "/state.json"
        let text = #"{"read": ["a"], "version": 2, "readAt": {"a": "2026-01-01"}}"#
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let file = StateFile(path: path)
        let loaded = file.load()
        #expect(loaded.state.read == ["a"])
        #expect(loaded.warning?.contains("format 2, written by a later Puebla") == true)
        #expect(throws: AtomicFile.WriteError.self) { try file.record(.read("b")) }
        #expect(throws: AtomicFile.WriteError.self) { try file.save(ReadingState(read: ["a", "b"])) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test("the file keeps its mode, and a symbolic link is written through to its target")
    func modeAndLink() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: folder + "/dotfiles", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/state", withIntermediateDirectories: true)
        let target = folder + "/dotfiles/puebla-state.json"
        try Data(#"{"read": ["a"]}"#.utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        try FileManager.default.createSymbolicLink(atPath: folder + "/state/state.json", withDestinationPath: "../dotfiles/puebla-state.json")
        let file = StateFile(path: folder + "/state/state.json")
        try file.save(ReadingState(read: ["a", "b"]))
        try file.record(.read("c"))
        try file.save(ReadingState(read: ["a", "b", "c"], lastPane: "map"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/state/state.json") == "../dotfiles/puebla-state.json")
        #expect(StateFile(path: target).load().state == ReadingState(read: ["a", "b", "c"], lastPane: "map"))
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: target + ".journal")[.posixPermissions] as? Int == 0o600)
    }

    @Test("a save that cannot be written says where and why")
    func failedSave() throws {
        defer { cleanUp() }
        try Data().write(to: URL(fileURLWithPath: folder + "/not-a-folder"))
        let file = StateFile(path: folder + "/not-a-folder/puebla/state.json")
        do {
            try file.save(ReadingState(read: ["a"]))
            Issue.record("the save did not fail")
        } catch {
            #expect(error.description == folder + "/not-a-folder/puebla/state.json: cannot write: cannot create a folder in it: "
                    + folder + "/not-a-folder is not a folder")
        }
        #expect(throws: AtomicFile.WriteError.self) { try file.record(.read("a")) }
    }
}
