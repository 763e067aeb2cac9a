import Testing
import PueblaKit
import PueblaViewModel
@testable import PueblaTerminal

/// `layout.arrow-cursor`: the lists show their selection with the pointer, in a column of its own,
/// and their rows without bold or dim, for slow links.
extension ScreenTests {
    static let arrowCursor = AppState.Settings(arrowCursor: true)

    @Test("with the arrow cursor, the releases and quotes lists at 80x24: the pointer beside the selected row, the rows plain")
    func arrowCursorLists() throws {
        try expectScreen("arrow-cursor-releases-80x24", rows: 24, columns: 80, settings: Self.arrowCursor)
        try expectRoles("arrow-cursor-releases-roles-80x24", rows: 24, columns: 80, keys: [], settings: Self.arrowCursor)
        try expectScreen("arrow-cursor-quotes-80x24", rows: 24, columns: 80, keys: [.character("2"), .down], settings: Self.arrowCursor)
        try expectRoles("arrow-cursor-quotes-roles-80x24", rows: 24, columns: 80, keys: [.character("2"), .down], settings: Self.arrowCursor)
    }

    @Test("with the arrow cursor, search results keep their headings and highlighted matches, and nothing is drawn in reverse video")
    func arrowCursorSearch() throws {
        let keys = [Key.character("/")] + "tapach".map { Key.character($0) } + [.enter, .down]
        try expectRoles("arrow-cursor-search-roles-100x30", rows: 30, columns: 100, keys: keys, settings: Self.arrowCursor)
        for keys in [keys, [.character("2"), .down], [.character("3"), .down], [.character("4"), .down]] {
            #expect(try Self.canvas(rows: 30, columns: 100, keys: keys, settings: Self.arrowCursor).selectedRows().isEmpty)
        }
    }

    @Test("with the arrow cursor in ASCII, the pointer is >, on the selected row only")
    func arrowCursorASCII() throws {
        let canvas = try Self.canvas(rows: 24, columns: 80, keys: [.character("3"), .down, .down], unicode: false, settings: Self.arrowCursor)
        let pointed = (0..<canvas.rows).filter { canvas[$0, 0].text == ">" }
        #expect(pointed.count == 1)
        // The tab bar, then the first two meetings.
        #expect(pointed.first.map { canvas.lines()[$0].hasPrefix(">  ") } == true)
    }
}
