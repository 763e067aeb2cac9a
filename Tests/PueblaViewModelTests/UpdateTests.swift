import Testing
import PueblaIndex
import PueblaKit
@testable import PueblaViewModel

@Suite("Actions in, state out")
struct UpdateTests {
    @Test("the selection moves and stays within the list")
    func selectionBounds() throws {
        var state = try Fixtures.state(releases: 50)
        state.press(.up)
        #expect(state.selection == 0)
        state.press(.down, .down, .character("j"))
        #expect(state.selection == 3)
        state.press(.end)
        #expect(state.selection == 49)
        state.press(.down)
        #expect(state.selection == 49)
        state.press(.character("g"))
        #expect(state.selection == 0)
        state.press(.character("G"), .character("k"))
        #expect(state.selection == 48)
    }

    @Test("paging moves by a screen and scrolls the list to keep the selection visible")
    func paging() throws {
        var state = try Fixtures.state(releases: 50, rows: 24)
        let height = state.listHeight(.releases)
        #expect(height == 22)
        state.press(.pageDown)
        #expect(state.selection == height - 1)
        state.press(.pageDown)
        #expect(state.selection == 2 * (height - 1))
        #expect(state.position(of: .releases).top == state.selection - height + 1)
        state.press(.pageUp, .pageUp, .pageUp)
        #expect(state.selection == 0 && state.position(of: .releases).top == 0)
    }

    @Test("panes switch with Tab, Shift-Tab and 1-4, each keeping its own selection")
    func paneSwitching() throws {
        var state = try Fixtures.state()
        state.press(.down, .down)
        state.press(.tab)
        #expect(state.pane == .quotes)
        state.press(.backTab, .backTab)
        #expect(state.pane == .members)
        state.press(.character("3"))
        #expect(state.pane == .timeline)
        state.press(.character("1"))
        #expect(state.pane == .releases && state.selection == 2)
    }

    @Test("Enter opens the reader; Esc, q and Left come back to the same place, marking the release read")
    func readerRoundTrip() throws {
        for back in [Key.escape, .character("q"), .left] {
            var state = try Fixtures.state()
            state.press(.down, .down, .down, .enter)
            let reader = try #require(state.reader)
            #expect(reader.releaseID == "r3")
            #expect(state.reading.read == ["r3"])
            state.press(back)
            #expect(state.screen == .panes && state.selection == 3 && !state.wantsToQuit)
        }
    }

    @Test("the reader scrolls within its document")
    func readerScrolling() throws {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 12, columns: 60)
        state.press(.enter)
        let opened = try #require(state.reader)
        let maxTop = opened.maxTop(height: state.layout.body.height)
        #expect(maxTop > 0)
        state.press(.down, .character(" "))
        let scrolled = try #require(state.reader)
        #expect(scrolled.top == 1 + state.layout.body.height - 1)
        state.press(.end)
        let atEnd = try #require(state.reader)
        #expect(atEnd.top == maxTop)
        state.press(.home)
        let atTop = try #require(state.reader)
        #expect(atTop.top == 0)
    }

    @Test("a quote opens its release in the reader at its paragraph")
    func quoteToReader() throws {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 30, columns: 100)
        state.press(.character("2"), .down, .down, .enter)
        let reader = try #require(state.reader)
        #expect(reader.top == reader.document.paragraphStarts[4])
        #expect(reader.document.lines[reader.top].plainText.contains("At this recent seminar"))
    }

    @Test("q quits from a top-level pane; Q quits from anywhere")
    func quitting() throws {
        var state = try Fixtures.state()
        state.press(.character("q"))
        #expect(state.wantsToQuit)
        var reading = try Fixtures.state()
        reading.press(.enter, .character("Q"))
        #expect(reading.wantsToQuit)
    }

    @Test("Enter on a meeting lists its releases; back returns to the timeline")
    func meetingReleases() throws {
        var state = try Fixtures.state(rows: 30, columns: 120)
        state.press(.character("3"))
        while state.selectedMeeting?.id != "rcm-15" { state.press(.down) }
        state.press(.enter)
        #expect(state.pane == .releases && state.meetingFilter == "rcm-15")
        #expect(state.releases.map(\.id) == ["r0"])
        state.press(.escape)
        #expect(state.pane == .timeline && state.meetingFilter == nil && state.selectedMeeting?.id == "rcm-15")
    }

    @Test("the country filter applies to every pane at once and clears with C")
    func countryFilter() throws {
        var state = try Fixtures.state(releases: 10, rows: 30, columns: 120)
        state.press(.character("c"))
        for character in "panama" { state.press(.character(character)) }
        state.press(.enter)
        #expect(state.countryFilter == "PA")
        #expect(state.releases.count == 5 && state.releases.allSatisfy { $0.countries == ["PA"] })
        #expect(state.quotes.count == 5)
        #expect(state.meetings.map(\.number) == [2, 9, 17, 28])
        state.press(.character("C"))
        #expect(state.countryFilter == nil && state.releases.count == 10 && state.meetings.count == 29)
    }

    @Test("the picker narrows by English or Spanish name without accents, and Esc cancels")
    func picker() throws {
        var state = try Fixtures.state()
        state.press(.character("c"))
        for character in "belice" { state.press(.character(character)) }
        let picker = try #require(state.picker)
        #expect(picker.candidates.map(\.code) == ["BZ"])
        state.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        state.press(.character("m"), .character("x"))
        let byCode = try #require(state.picker)
        #expect(byCode.candidates.first?.code == "MX")
        state.press(.escape)
        #expect(state.overlay == nil && state.countryFilter == nil && !state.wantsToQuit)
    }

    @Test("Enter on a member filters to it, and the members pane keeps it highlighted")
    func memberFilter() throws {
        var state = try Fixtures.state(rows: 30, columns: 120)
        state.press(.character("4"))
        #expect(state.selectedCountry?.code == "BZ")
        state.press(.down, .enter)
        #expect(state.countryFilter == "CA")
        #expect(state.releases.isEmpty)
    }

    @Test("moving in the members list skips the group headings")
    func memberHeadings() throws {
        var state = try Fixtures.state(rows: 40, columns: 80)
        state.press(.character("4"), .home)
        #expect(state.selectedCountry?.code == "BZ")
        for _ in 0..<10 { state.press(.down) }
        #expect(state.selectedCountry?.code == "US")
        state.press(.down)
        #expect(state.selectedCountry?.code == "AR")
        state.press(.up)
        #expect(state.selectedCountry?.code == "US")
    }

    @Test("on a narrow terminal Enter shows the detail full screen; on a wide one the pane acts at once")
    func narrowDetail() throws {
        var narrow = try Fixtures.state(rows: 24, columns: 80)
        narrow.press(.character("3"), .enter)
        #expect(narrow.screen == .detail(top: 0))
        narrow.press(.escape)
        #expect(narrow.screen == .panes)
        var wide = try Fixtures.state(rows: 24, columns: 120)
        wide.press(.character("3"), .enter)
        #expect(wide.pane == .releases && wide.meetingFilter == "rcm-1")
    }

    @Test("resizing keeps the selection and relays the reader out")
    func resize() throws {
        var state = try Fixtures.state(releases: 50, rows: 24, columns: 80)
        state.press(.pageDown, .pageDown)
        let selected = state.selectedRelease?.id
        state.send(.resize(rows: 10, columns: 40))
        #expect(state.selectedRelease?.id == selected)
        #expect(state.position(of: .releases).top <= state.selection)
        #expect(state.selection < state.position(of: .releases).top + state.listHeight(.releases))
        state.press(.enter)
        state.send(.resize(rows: 40, columns: 200))
        let reader = try #require(state.reader)
        #expect(reader.document.width == 200)
        state.send(.resize(rows: 1, columns: 1))
        #expect(state.layout.isTooSmall)
    }

    @Test("mouse: a click on a tab switches, on a row selects, a double click opens, the wheel scrolls")
    func mouse() throws {
        var state = try Fixtures.state(releases: 50, rows: 24, columns: 80)
        let quotesTab = try #require(state.layout.tabs.first { $0.pane == .quotes })
        state.send(.click(row: 0, column: quotesTab.columns.lowerBound))
        #expect(state.pane == .quotes)
        state.send(.click(row: 5, column: 10))
        #expect(state.selection == 4)
        state.send(.wheel(1, row: 5))
        #expect(state.selection == 7)
        state.send(.showPane(.releases), .doubleClick(row: 3, column: 10))
        let reader = try #require(state.reader)
        #expect(reader.releaseID == "r2")
    }

    @Test("help opens over any pane and any key closes it")
    func help() throws {
        var state = try Fixtures.state()
        state.press(.character("?"))
        #expect(state.overlay == .help)
        state.press(.character("x"))
        #expect(state.overlay == nil && !state.wantsToQuit)
    }

    @Test("R asks the loop to reload; a failed reload keeps the data and says why")
    func reload() throws {
        var state = try Fixtures.state(releases: 3)
        #expect(update(&state, .reload) == [.reloadData])
        update(&state, .dataFailed("x.json:1:1: broken"))
        #expect(state.releases.count == 3)
        #expect(state.message?.contains("x.json:1:1: broken") == true)
        let reloaded = try Fixtures.store(releases: 5)
        update(&state, .dataLoaded(reloaded, Library(store: reloaded), nil))
        #expect(state.releases.count == 5)
        #expect(state.message == "Reloaded fixture: 5 releases")
    }
}
