import Testing
import PueblaKit
@testable import PueblaViewModel

/// A marks every release of the list shown read, after a y/N question.
@Suite("Mark all read")
struct MarkAllReadTests {
    @Test("A asks with the count; y marks the list read and saves it as one batch")
    func yesMarksTheList() throws {
        var state = try Fixtures.state(releases: 10)
        state.press(.enter, .escape)
        state.send(.markAllRead)
        #expect(state.overlay == .confirmMarkAllRead(count: 9))
        let effects = update(&state, .answer(true))
        #expect(effects.count == 1)
        guard case .saveState(let changes)? = effects.first else { return #expect(Bool(false), "nothing saved") }
        #expect(changes.sorted { "\($0)" < "\($1)" } == (1..<10).map { ReadingState.Change.read("r\($0)") })
        #expect(state.reading.read.count == 10 && state.unreadCount == 0 && state.overlay == nil)
        #expect(state.message == "Marked 9 releases read; m marks one unread again")
    }

    @Test("n, Esc or any other key leaves every mark as it was", arguments: [Key.character("n"), .escape, .enter, .character("q")])
    func otherKeysLeaveThem(_ key: Key) throws {
        var state = try Fixtures.state(releases: 10)
        state.press(.character("A"))
        #expect(state.overlay == .confirmMarkAllRead(count: 10))
        state.press(key)
        #expect(state.overlay == nil && state.reading.read.isEmpty && !state.wantsToQuit && state.message == "Nothing marked")
    }

    @Test("only the releases the filter lists are marked")
    func filteredList() throws {
        var state = try Fixtures.state(releases: 10, rows: 30, columns: 120)
        state.press(.character("c"))
        for character in "panama" { state.press(.character(character)) }
        state.press(.enter, .character("A"), .character("y"))
        #expect(state.reading.read == Set([1, 3, 5, 7, 9].map { "r\($0)" }))
        state.press(.character("C"))
        #expect(state.unreadCount == 5)
    }

    @Test("in the unread-only view the list empties, and the search marks the releases it found")
    func unreadOnlyAndSearch() throws {
        var state = try Fixtures.state(releases: 12)
        state.press(.character("u"), .character("A"), .character("y"))
        #expect(state.unreadOnly && state.releaseRows.isEmpty && state.reading.read.count == 12)

        var searching = try Fixtures.state(releases: 12)
        searching.press(.character("/"))
        for character in "words 1" { searching.press(.character(character)) }
        searching.press(.enter)
        let found = Set((searching.search.map { Array($0.rows) } ?? []).compactMap { row -> String? in
            if case .release(let release) = row { return release.id }
            return nil
        })
        #expect(!found.isEmpty && found.count < 12)
        searching.press(.character("A"), .character("y"))
        #expect(searching.reading.read == found)
    }

    @Test("where no releases are listed, A says where it works; with all read, that nothing is left")
    func nothingToMark() throws {
        var state = try Fixtures.state(releases: 3)
        state.press(.character("3"), .character("A"))
        #expect(state.overlay == nil && state.message == "A marks read the releases listed: in Releases (1) or the search results")
        state.press(.character("1"), .character("A"), .character("y"), .character("A"))
        #expect(state.overlay == nil && state.message == "Every release listed is read already")
    }
}
