import Testing
import PueblaKit
@testable import PueblaViewModel

/// The status bar names the keys the settings bind, as the help does: a default letter bound to
/// something else is not offered for what it no longer does.
@Suite("Hints follow the key bindings")
struct HintBindingTests {
    static func state(_ bindings: [Character: BindableAction]) throws -> AppState {
        let keys = Dictionary(uniqueKeysWithValues: bindings.map { (Key.character($0.key), $0.value) })
        return AppState(store: try Fixtures.store(releases: 5), rows: 24, columns: 80, settings: .init(keyBindings: keys))
    }

    static func hint(_ meaning: String, in state: AppState) -> String? {
        Keymap.hints(for: state).first { $0.meaning == meaning }?.key
    }

    @Test("with the defaults, the hints name the default letters")
    func defaults() throws {
        let state = try Self.state([:])
        #expect(Keymap.hints(for: state).map(\.key) == ["Enter", "/", "c", "?", "q"])
    }

    @Test("a search bound to s and / bound to something else: the hint says s")
    func reboundSearch() throws {
        var state = try Self.state(["/": .toggleRead, "s": .search])
        #expect(Self.hint("search", in: state) == "s")
        state.press(.character("s"))
        #expect(state.screen == .search)
    }

    @Test("q bound to quit and back to x: the reader's hint for going back says x")
    func reboundBack() throws {
        var state = try Self.state(["q": .quit, "x": .close])
        state.press(.enter)
        #expect(state.reader != nil)
        #expect(Self.hint("back", in: state) == "x")
        state.press(.character("x"))
        #expect(state.screen == .panes && !state.wantsToQuit)
    }

    @Test("a default letter bound to something else, and nothing bound in its place: no hint for it")
    func noKeyLeft() throws {
        let state = try Self.state(["c": .bookmark, "?": .bookmarks, "h": .help])
        #expect(Self.hint("country", in: state) == nil)
        #expect(Self.hint("help", in: state) == "h")
    }
}
