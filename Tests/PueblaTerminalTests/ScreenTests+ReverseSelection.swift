import Testing
import PueblaKit
import PueblaViewModel
@testable import PueblaTerminal

/// `layout.arrow-cursor = false`: the lists show their selection in reverse video, unread releases
/// in bold and read ones dim, instead of the pointer in a column of its own.
extension ScreenTests {
    static let reverseSelection = AppState.Settings(arrowCursor: false)

    @Test("with the selection in reverse video, the releases and quotes lists at 80x24: no pointer column, the rows styled")
    func reverseSelectionLists() throws {
        try expectScreen("reverse-selection-releases-80x24", rows: 24, columns: 80, settings: Self.reverseSelection)
        try expectRoles("reverse-selection-releases-roles-80x24", rows: 24, columns: 80, keys: [], settings: Self.reverseSelection)
        try expectScreen("reverse-selection-quotes-80x24", rows: 24, columns: 80, keys: [.character("2"), .down], settings: Self.reverseSelection)
        try expectRoles("reverse-selection-quotes-roles-80x24", rows: 24, columns: 80, keys: [.character("2"), .down],
                        settings: Self.reverseSelection)
    }

    @Test("with the selection in reverse video, search results keep their headings and matches, and one row is selected in each list")
    func reverseSelectionSearch() throws {
        let keys = [Key.character("/")] + "tapach".map { Key.character($0) } + [.enter, .down]
        try expectRoles("reverse-selection-search-roles-100x30", rows: 30, columns: 100, keys: keys, settings: Self.reverseSelection)
        for keys in [keys, [.character("2"), .down], [.character("3"), .down], [.character("4"), .down]] {
            let canvas = try Self.canvas(rows: 30, columns: 100, keys: keys, settings: Self.reverseSelection)
            #expect(canvas.selectedRows().count == 1)
            #expect(!(0..<canvas.rows).contains { canvas[$0, 0].text == "▶" })
        }
    }

    @Test("by default nothing is drawn in reverse video in the lists, and in ASCII the pointer is >, on the selected row only")
    func arrowCursorByDefault() throws {
        let keys = [Key.character("/")] + "tapach".map { Key.character($0) } + [.enter, .down]
        for keys in [keys, [.character("2"), .down], [.character("3"), .down], [.character("4"), .down]] {
            #expect(try Self.canvas(rows: 30, columns: 100, keys: keys).selectedRows().isEmpty)
        }
        let canvas = try Self.canvas(rows: 24, columns: 80, keys: [.character("3"), .down, .down], unicode: false)
        let pointed = (0..<canvas.rows).filter { canvas[$0, 0].text == ">" }
        #expect(pointed.count == 1)
        // The tab bar, then the first two meetings.
        #expect(pointed.first.map { canvas.lines()[$0].hasPrefix(">  ") } == true)
    }
}
