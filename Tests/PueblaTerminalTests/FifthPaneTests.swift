import Testing
import PueblaIndex
import PueblaKit
@testable import PueblaViewModel
@testable import PueblaTerminal

/// A fifth pane, all of it in this file: the member states' capitals. It lists them, shows the
/// selected one's detail, and Enter says which capital it is. Registered after the shipped panes,
/// it gets its tab, its number key, Tab's order, the status bar's hints and the reading state's
/// key without a line changed elsewhere.
struct CapitalsPane: PaneView {
    var pane: Pane { Pane(key: "capitals") }
    func title(_ words: any BrowserWords) -> String { "Capitals" }

    func rowCount(in state: AppState) -> Int { state.store.members.count }

    func row(_ index: Int, in state: AppState, width: Int) -> StyledLine {
        let country = state.store.members[index]
        return StyledLine([Span(" " + country.code + "  ", .dim), Span(country.capital ?? "?")])
    }

    func selectedID(in state: AppState) -> String? {
        state.store.members[safe: state.position(of: pane).selection]?.code
    }

    func row(ofID id: String, in state: AppState) -> Int? { state.store.members.firstIndex { $0.code == id } }

    func emptyMessage(in state: AppState) -> String { "No capitals on record." }

    func detail(in state: AppState, into builder: inout DetailBuilder) {
        guard let country = state.store.members[safe: state.position(of: pane).selection] else { return }
        builder.paragraph([Span(country.capital ?? "?", .title)])
        builder.blank()
        builder.field("Capital of", country.name)
    }

    func enter(_ state: inout AppState) -> [Effect] {
        state.message = selectedID(in: state).map { "Greetings to the capital of \($0)" }
        return []
    }

    func openMeaning(_ words: any BrowserWords, short: Bool) -> String { short ? "greet" : "greet the capital" }
}

@Suite("A fifth pane is one file")
struct FifthPaneTests {
    static let capitals = Pane(key: "capitals")

    static func state(rows: Int = 40, columns: Int = 120, reading: ReadingState = ReadingState()) throws -> AppState {
        var state = AppState(store: try ScreenTests.store(), library: Library(store: try ScreenTests.store()), rows: rows, columns: columns,
                             reading: reading, panes: PaneRegistry.shipped + [CapitalsPane()])
        state.send(.start)
        return state
    }

    static func screen(_ state: AppState) -> [String] {
        var canvas = TextCanvas(rows: state.layout.rows, columns: state.layout.columns)
        ScreenRenderer.draw(state, on: &canvas)
        return canvas.lines()
    }

    @Test("its tab follows the four, and its number shows it: a list, the detail beside it, its hints")
    func drawn() throws {
        var state = try Self.state()
        #expect(Self.screen(state)[0].hasPrefix("  1 Releases   2 Quotes   3 Timeline   4 Members   5 Capitals  "))
        state.press(.character("5"))
        #expect(state.pane == Self.capitals)
        let first = try #require(state.store.members.first)
        let lines = Self.screen(state)
        #expect(lines[1].hasPrefix("\(Glyphs.current.pointer)  \(first.code)  \(first.capital ?? "?")"))
        #expect(lines[1].contains("│ \(first.capital ?? "?")"))
        #expect(lines.contains { $0.contains("│ Capital of   \(first.name)") })
        let members = state.store.members.count
        #expect(lines[39].hasPrefix(" Capitals  1/\(members)   Enter greet  / search"))
    }

    @Test("Tab and Shift-Tab go round the five panes")
    func tabOrder() throws {
        var state = try Self.state()
        state.press(.character("4"))
        state.press(.tab)
        #expect(state.pane == Self.capitals)
        state.press(.tab)
        #expect(state.pane == .releases)
        state.press(.backTab)
        #expect(state.pane == Self.capitals)
    }

    @Test("Enter does what the pane says; on a narrow terminal the detail comes first")
    func enter() throws {
        var state = try Self.state()
        state.press(.character("5"))
        state.press(.down)
        state.press(.enter)
        #expect(state.message == "Greetings to the capital of \(state.store.members[1].code)")

        var narrow = try Self.state(rows: 24, columns: 80)
        narrow.press(.character("5"))
        #expect(Keymap.hints(for: narrow).first { $0.key == "Enter" }?.meaning == "detail")
        narrow.press(.enter)
        #expect(narrow.screen == .detail(top: 0) && Self.screen(narrow)[1].hasPrefix(" \(narrow.store.members[0].capital ?? "?")"))
        narrow.press(.enter)
        #expect(narrow.message == "Greetings to the capital of \(narrow.store.members[0].code)")
    }

    @Test("the reading state keeps it by its key, and the next start comes back to it")
    func remembered() throws {
        var state = try Self.state()
        state.press(.character("5"))
        state.press(.down)
        state.press(.down)
        let saved = state.readingToSave
        #expect(saved.lastPane == "capitals" && saved.selections["capitals"] == state.store.members[2].code)
        let again = try Self.state(reading: saved)
        #expect(again.pane == Self.capitals && again.position(of: Self.capitals).selection == 2)
    }

    @Test("the help tells what Enter does in it, and lists its number among the panes'")
    func help() throws {
        var state = try Self.state()
        state.press(.character("5"))
        state.press(.character("?"))
        let bindings = Keymap.help(for: state).flatMap(\.bindings)
        #expect(bindings.contains { $0.meaning == "greet the capital" })
        #expect(bindings.contains { $0.keys == "Tab Shift-Tab  1 2 3 4 5" })
    }
}
