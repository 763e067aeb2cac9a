import PueblaKit
import Testing
@testable import PueblaViewModel

@Suite("Export over an existing file")
struct ExportConfirmationTests {
    static let id = "2010-05-18-xv-rcm-tapachula"

    /// The reader open, the export having found a different file at `path`.
    func asked(_ path: String = "/tmp/xv.md") throws -> AppState {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 30, columns: 100)
        state.press(.enter)
        state.send(.askOverwrite(releaseID: Self.id, path: path))
        #expect(state.overlay == .confirmOverwrite(releaseID: Self.id, path: path))
        #expect(Keymap.hints(for: state).map(\.key) == ["y", "any other key"])
        return state
    }

    @Test("y replaces the file: the export runs again with overwrite, on the path the question named")
    func yes() throws {
        var state = try asked()
        let action = try #require(Keymap.action(for: .character("y"), in: state))
        #expect(update(&state, action) == [.exportMarkdown(releaseID: Self.id, path: "/tmp/xv.md", overwrite: true)])
        #expect(state.overlay == nil && state.reader != nil)
    }

    @Test("n, Esc, Enter or any other key keeps the file and says so; nothing is written", arguments: [Key.character("n"), .escape, .enter, .character("q")])
    func no(_ key: Key) throws {
        var state = try asked()
        let action = try #require(Keymap.action(for: key, in: state))
        #expect(update(&state, action).isEmpty)
        #expect(state.overlay == nil && state.reader != nil)
        #expect(state.message == "Not exported: /tmp/xv.md is left as it is")
    }
}
