import Testing
import PueblaKit
@testable import PueblaViewModel

/// The list beside the detail: its width, the setting, d, and the help that scrolls.
@Suite("Split layout and help")
struct SplitLayoutTests {
    @Test("the list takes the settings' share of the width, each side keeping 40 columns", arguments: [
        (columns: 100, share: 55, list: 55), (columns: 120, share: 55, list: 66), (columns: 200, share: 55, list: 110),
        (columns: 100, share: 25, list: 40), (columns: 100, share: 75, list: 59), (columns: 200, share: 75, list: 150),
        (columns: 120, share: 90, list: 79),
    ])
    func listWidth(_ example: (columns: Int, share: Int, list: Int)) {
        let layout = Layout(rows: 30, columns: example.columns, listShare: example.share)
        #expect(layout.list.width == example.list)
        #expect(layout.detail.column == example.list + 1 && layout.detail.width == example.columns - example.list - 1)
        #expect(layout.detail.width >= 40)
    }

    @Test("d hides the detail and gives the list the width; Enter then shows the detail full size; d brings it back")
    func toggleDetail() throws {
        var state = try Fixtures.state(rows: 30, columns: 120)
        #expect(state.layout.isSplit)
        state.press(.character("3"), .character("d"))
        #expect(!state.layout.isSplit && state.layout.list.width == 120)
        state.press(.enter)
        #expect(state.screen == .detail(top: 0))
        state.send(.resize(rows: 40, columns: 160))
        #expect(!state.layout.isSplit && state.screen == .detail(top: 0))
        state.press(.character("d"))
        #expect(state.layout.isSplit && state.screen == .panes && state.layout.list.width == 64)
    }

    @Test("lists of titles and quotes take the share; the timeline's and members' short rows leave the width to the detail")
    func widthFromTheRows() throws {
        var state = try Fixtures.state(rows: 30, columns: 120)
        #expect(state.layout.list.width == 66)
        state.press(.character("2"))
        #expect(state.layout.list.width == 66)
        state.press(.character("3"))
        #expect(state.layout.list.width == 48)
        state.press(.character("4"))
        #expect(state.layout.list.width == 48)
        #expect(Layout(rows: 30, columns: 100, hasLongRows: false).list.width == 40)
        #expect(Layout(rows: 30, columns: 300, hasLongRows: false).list.width == 64)
    }

    @Test("d on a terminal too narrow for the split says so and changes nothing")
    func toggleDetailNarrow() throws {
        var state = try Fixtures.state(rows: 24, columns: 80)
        state.press(.character("d"))
        #expect(state.layout.showsDetail && state.message == "The detail stands beside the list from 100 columns; Enter shows it")
    }

    @Test("the settings' share sets the split and survives a resize")
    func settingsShare() throws {
        var state = AppState(store: try Fixtures.store(releases: 5), rows: 30, columns: 100, settings: AppState.Settings(listShare: 70))
        #expect(state.layout.list.width == 59)
        state.send(.resize(rows: 30, columns: 200))
        #expect(state.layout.list.width == 140)
    }

    @Test("help taller than the screen scrolls with the arrows, stops at its end, and any other key closes it")
    func helpScrolls() throws {
        var state = try Fixtures.state(rows: 10, columns: 40)
        state.press(.character("?"))
        let hidden = HelpContent.lines(for: state).count - (state.layout.body.height - 2)
        #expect(hidden > 0)
        state.press(.down, .character("j"))
        #expect(state.helpTop == 2 && state.overlay == .help)
        state.press(.end, .down, .pageDown)
        #expect(state.helpTop == hidden)
        state.press(.up, .character("k"))
        #expect(state.helpTop == hidden - 2)
        #expect(Keymap.hints(for: state).first?.key == "↑↓")
        state.press(.character("x"))
        #expect(state.overlay == nil)
        state.press(.character("?"))
        #expect(state.helpTop == 0)
    }

    @Test("help that fits does not move")
    func helpFits() throws {
        var state = try Fixtures.state(rows: 60, columns: 120)
        state.press(.character("?"), .down, .pageDown)
        #expect(state.helpTop == 0 && state.overlay == .help)
    }
}
