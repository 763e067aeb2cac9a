import Foundation
import PueblaKit
import Testing

@Suite("Reader places in the state file")
struct ReaderPlaceStateTests {
    @Test("places are saved and load back, in order; a file without them loads with none")
    func roundTrip() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = StateFile(path: folder + "/state.json")
        var state = ReadingState(read: ["a"])
        state.remember("a", paragraph: 4)
        state.remember("b", paragraph: 2)
        try file.save(state)
        let loaded = file.load().state
        #expect(loaded.places == [.init(release: "a", paragraph: 4), .init(release: "b", paragraph: 2)])
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.contains(#""places" : ["#))

        try Data(#"{"version": 1, "read": ["a"]}"#.utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(file.load().state.places.isEmpty)
    }
}
