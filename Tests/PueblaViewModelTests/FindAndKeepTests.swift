import Testing
import PueblaKit
@testable import PueblaViewModel

@Suite("Search, read marks, bookmarks and settings in the browser")
struct FindAndKeepTests {
    func type(_ text: String, into state: inout AppState) {
        for character in text { state.press(.character(character)) }
    }

    @Test("/ searches as you type, accents and case ignored; Esc restores the list as it was")
    func searchAsYouType() throws {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 30, columns: 100)
        state.press(.character("2"), .down)
        state.press(.character("/"))
        #expect(state.screen == .search)
        type("TAPACH", into: &state)
        let session = try #require(state.search)
        #expect(session.rows.contains(.heading("Releases (1)")))
        #expect(session.rows.contains { if case .meeting(let meeting) = $0 { meeting.id == "rcm-15" } else { false } })
        type("ula méxico", into: &state)
        #expect(state.search?.resultCount ?? 0 >= 1)
        state.press(.escape)
        #expect(state.screen == .panes && state.pane == .quotes && state.selection == 1 && state.search == nil)
    }

    @Test("search text typed ahead and given at once finds what the same keys typed one by one find")
    func typedAhead() throws {
        let store = try Fixtures.store(releases: 300)
        var byKey = AppState(store: store, rows: 30, columns: 100), atOnce = byKey
        byKey.press(.character("/"))
        type("words 1", into: &byKey)
        atOnce.press(.character("/"))
        update(&atOnce, .searchInput("words 1"))
        #expect(atOnce.search?.text == "words 1")
        #expect(byKey.search?.rows.count ?? 0 > 10)
        #expect(atOnce.search?.rows == byKey.search?.rows)
        #expect(atOnce.search?.position.selection == byKey.search?.position.selection)
    }

    @Test("a search with more results than are listed says how many there are; a country filter narrows the count")
    func manyResults() throws {
        var state = AppState(store: try Fixtures.store(releases: 1_200), rows: 30, columns: 100)
        state.press(.character("/"))
        type("release", into: &state)
        var session = try #require(state.search)
        #expect(session.rows.first == .heading("Releases (500 of 1200; more words narrow it)"))
        #expect(session.rows.count(where: { if case .release = $0 { true } else { false } }) == 500)
        state.press(.escape)
        update(&state, .openCountryPicker)
        type("panama", into: &state)
        update(&state, .pickerApply)
        state.press(.character("/"))
        type("release", into: &state)
        session = try #require(state.search)
        #expect(session.rows.first == .heading("Releases (500 of 600; more words narrow it)"))
    }

    @Test("opening a result reads it with matches highlighted; n and N move between them; Esc returns to the results")
    func highlightsAndMatches() throws {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 16, columns: 80)
        state.press(.character("/"))
        type("migration", into: &state)
        state.press(.enter, .enter)
        let reader = try #require(state.reader)
        #expect(reader.highlight?.words == ["migration"])
        #expect(reader.document.matchLines.count > 3)
        let first = reader.top
        state.press(.character("n"))
        let next = try #require(state.reader).top
        #expect(next > first)
        state.press(.character("N"))
        #expect(try #require(state.reader).top < next)
        #expect(state.reading.isRead("2010-05-18-xv-rcm-tapachula"))
        state.press(.escape)
        #expect(state.screen == .search && state.search?.isEditing == false)
    }

    @Test("m toggles read, u shows unread only, and both ask for the state to be saved")
    func readMarks() throws {
        var state = try Fixtures.state(releases: 4)
        #expect(state.unreadCount == 4)
        let effects = update(&state, .toggleRead)
        #expect(effects == [.saveState([.read("r0")])])
        #expect(state.reading.isRead("r0") && state.unreadCount == 3)
        state.press(.character("u"))
        #expect(state.releases.map(\.id) == ["r1", "r2", "r3"])
        state.press(.enter, .escape)
        #expect(state.releases.map(\.id) == ["r2", "r3"])
        state.press(.character("u"))
        #expect(state.releases.count == 4)
    }

    @Test("b bookmarks a release or a quote, marked in the lists; B lists them and opens them")
    func bookmarks() throws {
        var state = try Fixtures.state(releases: 4, rows: 24, columns: 80)
        state.press(.down, .character("b"))
        state.press(.character("2"), .down, .down, .character("b"))
        #expect(state.reading.bookmarks == ["r1", "r2#0"])
        #expect(ListContent.row(2, of: .quotes, in: state, width: 60).plainText.hasPrefix("★"))
        state.press(.character("B"))
        #expect(state.bookmarks.count == 2)
        state.press(.down, .enter)
        let reader = try #require(state.reader)
        #expect(reader.releaseID == "r2")
        #expect(reader.top == min(reader.document.paragraphStarts[1], reader.maxTop(height: state.layout.body.height)))
        state.press(.escape)
        guard case .bookmarks(let position) = state.screen else { return #expect(Bool(false), "not back on the bookmarks") }
        #expect(position.selection == 1)
        state.press(.character("b"))
        #expect(state.reading.bookmarks == ["r1"])
    }

    @Test("e exports the open release, y copies the selected quote with its attribution, L lists links")
    func exportCopyLinks() throws {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 30, columns: 100)
        #expect(update(&state, .exportRelease).isEmpty)
        state.press(.enter)
        #expect(update(&state, .exportRelease) == [.exportMarkdown(releaseID: "2010-05-18-xv-rcm-tapachula", path: nil)])
        state.press(.character("E"))
        #expect(state.overlay == .exportPath("2010-05-18-xv-rcm-tapachula.md"))
        for _ in 0..<"2010-05-18-xv-rcm-tapachula.md".count { state.press(.backspace) }
        for character in "/tmp/xv.md" { state.press(.character(character)) }
        #expect(update(&state, .open) == [.exportMarkdown(releaseID: "2010-05-18-xv-rcm-tapachula", path: "/tmp/xv.md")])
        #expect(state.overlay == nil && state.reader != nil)
        state.press(.character("L"))
        #expect(state.overlay == .links(selection: 0))
        #expect(state.linkItems == ["http://www.rcmvs.org/", "Jorge Peraza, IOM, jperaza@iom.int"])
        state.press(.down)
        #expect(update(&state, .open) == [.openLink("mailto:jperaza@iom.int")])
        #expect(state.overlay == nil)
        state.press(.escape, .character("2"))
        let effects = update(&state, .copyQuote)
        guard case .copyToClipboard(let text)? = effects.first else { return #expect(Bool(false), "nothing copied") }
        #expect(text.contains("I am happy to be here") && text.contains("Laura Thompson"))
    }

    @Test("the reading state restores pane, selections and filter; an explicit filter wins")
    func restore() throws {
        var state = try Fixtures.state(releases: 6)
        state.press(.down, .down, .character("3"), .down)
        state.send(.openCountryPicker)
        type("mexico", into: &state)
        state.press(.enter)
        let saved = state.readingToSave
        #expect(saved.lastPane == "timeline" && saved.countryFilter == "MX")
        let restored = AppState(store: try Fixtures.store(releases: 6), rows: 24, columns: 80, reading: saved)
        #expect(restored.pane == .timeline && restored.countryFilter == "MX")
        #expect(restored.selectedRelease?.id == state.selectedRelease?.id)
        #expect(restored.selectedMeeting?.id == state.selectedMeeting?.id)
        let explicit = AppState(store: try Fixtures.store(releases: 6), rows: 24, columns: 80, countryFilter: "PA", reading: saved)
        #expect(explicit.countryFilter == "PA")
    }

    @Test("settings: keys bound by name, unknown names and keys left out; reader width and default pane applied")
    func settings() throws {
        let bindings = BindableAction.bindings(from: ["down": ["x", "Space"], "fly": ["f"], "up": ["ctrl-u"]])
        #expect(bindings == [.character("x"): .down, .character(" "): .down])
        var state = AppState(store: try Fixtures.store(releases: 5), rows: 24, columns: 120,
                             settings: .init(readerWidth: 40, keyBindings: bindings, defaultPane: .quotes))
        #expect(state.pane == .quotes)
        state.press(.character("x"))
        #expect(state.selection == 1)
        state.press(.enter)
        let reader = try #require(state.reader)
        #expect(reader.document.lines.allSatisfy { $0.width <= 41 })
    }
}
