import PueblaKit
import Testing
@testable import PueblaViewModel

@Suite("e exports the bookmarks or the search results as one file")
struct ListExportTests {
    static let id = "2010-05-18-xv-rcm-tapachula"

    @Test("e in the bookmarks: their releases, a release and one of its quotes once")
    func bookmarks() throws {
        let reading = ReadingState(bookmarks: [Self.id + "#0", Self.id])
        var state = AppState(store: try Fixtures.shippedStore(), rows: 30, columns: 100, reading: reading)
        state.press(.character("B"))
        let action = try #require(Keymap.action(for: .character("e"), in: state))
        let export = ListExport(title: "Bookmarks", releaseIDs: [Self.id], fileName: "puebla-bookmarks.md")
        #expect(update(&state, action) == [.exportList(export)])
        #expect(Keymap.hints(for: state).contains { $0.key == "e" && $0.meaning == "export" })
    }

    @Test("e in the search results: the releases found and those of the quotes found; none says so")
    func search() throws {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 30, columns: 100)
        state.press(.character("/"))
        for character in "Thompson" { state.press(.character(character)) }
        state.press(.enter)
        let action = try #require(Keymap.action(for: .character("e"), in: state))
        #expect(update(&state, action) == [.exportList(ListExport(title: "Search: Thompson", releaseIDs: [Self.id], fileName: "puebla-search.md"))])
        state.press(.character("/"), .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace,
                    .character("q"), .character("z"), .character("x"), .enter)
        #expect(update(&state, .exportList).isEmpty)
        #expect(state.message == "No releases here to export")
    }

    @Test("a different file there is asked about: y writes over it, anything else keeps it")
    func overwrite() throws {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 30, columns: 100, reading: ReadingState(bookmarks: [Self.id]))
        state.press(.character("B"))
        let export = ListExport(title: "Bookmarks", releaseIDs: [Self.id], fileName: "puebla-bookmarks.md")
        state.send(.askListOverwrite(export, path: "/tmp/b.md"))
        #expect(state.overlay == .confirmListOverwrite(export, path: "/tmp/b.md"))
        var yes = state
        #expect(update(&yes, try #require(Keymap.action(for: .character("y"), in: yes))) == [.exportList(export, path: "/tmp/b.md", overwrite: true)])
        #expect(update(&state, try #require(Keymap.action(for: .character("n"), in: state))).isEmpty)
        #expect(state.message == "Not exported: /tmp/b.md is left as it is")
    }
}
