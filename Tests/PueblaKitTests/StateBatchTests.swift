import Foundation
import Testing
@testable import PueblaKit

/// A whole list marked read at once is recorded as one batch: one write, one flush, one lock.
@Suite("StateFile batches")
struct StateBatchTests {
    @Test("1,000 read marks recorded together are 1,000 journal lines, and all load back")
    func thousandMarks() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/state.json"
        let file = StateFile(path: path)
        _ = file.load()
        let ids = (0..<1_000).map { "2010-05-18-release-number-\($0)" }
        try file.record(ids.map(ReadingState.Change.read))
        let journal = try String(contentsOfFile: path + ".journal", encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 1_000)
        #expect(StateFile(path: path).load().state.read == Set(ids))
    }

    @Test("10,000 marks, past the journal's limit, are taken into the file at once and the journal starts again")
    func tenThousandMarks() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/state.json"
        let file = StateFile(path: path)
        _ = file.load()
        try file.record([.bookmark("kept")])
        let ids = (0..<10_000).map { "2010-05-18-release-number-\($0)" }
        try file.record(ids.map(ReadingState.Change.read))
        #expect((try FileManager.default.attributesOfItem(atPath: path + ".journal")[.size] as? Int ?? -1) == 0)
        let loaded = StateFile(path: path).load().state
        #expect(loaded.read == Set(ids) && loaded.bookmarks == ["kept"])
    }
}
