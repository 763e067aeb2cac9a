import Testing
import PueblaKit
@testable import PueblaViewModel

/// Only q at the top level and Q anywhere quit; Esc and Left go back and stop at the top.
@Suite("Back, close and quit")
struct BackAndQuitTests {
    @Test("Esc and Left at the top level of each pane never quit", arguments: Pane.allCases)
    func escapeAtTopLevel(_ pane: Pane) throws {
        var state = try Fixtures.state()
        state.send(.showPane(pane))
        state.press(.escape, .escape, .escape, .left, .left)
        #expect(!state.wantsToQuit && state.screen == .panes && state.pane == pane)
        #expect(state.message == "Nothing to go back to: q quits")
    }

    @Test("Esc twice after a search comes back to the pane and stays there")
    func escapeAfterSearch() throws {
        var state = try Fixtures.state()
        state.press(.character("/"), .character("w"), .character("o"))
        state.press(.escape)
        #expect(state.screen == .panes && state.search == nil)
        state.press(.escape, .escape)
        #expect(!state.wantsToQuit && state.screen == .panes)
    }

    @Test("q closes the reader, the help, the links and the search results; Q quits from the reader")
    func qCloses() throws {
        var state = try Fixtures.state()
        state.press(.enter, .character("q"))
        #expect(state.screen == .panes && !state.wantsToQuit)
        state.press(.character("?"), .character("q"))
        #expect(state.overlay == nil && !state.wantsToQuit)
        state.press(.enter, .character("L"), .character("q"))
        #expect(state.overlay == nil && state.reader != nil && !state.wantsToQuit)
        state.press(.character("q"), .character("/"), .character("w"), .enter, .character("q"))
        #expect(state.screen == .panes && !state.wantsToQuit)
        state.press(.enter, .character("Q"))
        #expect(state.wantsToQuit)
    }

    @Test("q on a meeting's releases goes back to the timeline; q there quits")
    func qFromMeetingReleases() throws {
        var state = try Fixtures.state(rows: 30, columns: 120)
        state.press(.character("3"))
        while state.selectedMeeting?.id != "rcm-15" { state.press(.down) }
        state.press(.enter, .character("q"))
        #expect(state.pane == .timeline && state.meetingFilter == nil && !state.wantsToQuit)
        state.press(.character("q"))
        #expect(state.wantsToQuit)
    }

    @Test("the status bar says q quits only where it does")
    func hints() throws {
        var state = try Fixtures.state()
        #expect(Keymap.hints(for: state).contains { $0.key == "q" && $0.meaning == "quit" })
        state.press(.enter)
        #expect(Keymap.hints(for: state).contains { $0.key == "q" && $0.meaning == "back" })
    }

    @Test("a key bound to back in the settings never quits; one bound to close does at the top")
    func boundKeys() throws {
        var state = AppState(store: try Fixtures.store(releases: 5), rows: 24, columns: 80,
                             settings: AppState.Settings(keyBindings: [.character("x"): .back, .character("z"): .close]))
        state.press(.character("x"), .character("x"))
        #expect(!state.wantsToQuit)
        state.press(.character("z"))
        #expect(state.wantsToQuit)
    }
}
