import Testing
import PueblaKit
import PueblaViewModel

extension ScreenTests {
    @Test("releases read from their files (a library index and the release files): each pane at 120x40 as with releases in memory",
          arguments: Pane.allCases)
    func panesFromFiles(_ pane: Pane) throws {
        try expectScreen("\(pane.key)-120x40", rows: 40, columns: 120, keys: [.character(Character("\(pane.rawValue + 1)"))], fromFiles: true)
    }

    @Test("releases read from their files: the split at 100 columns, a quote's paragraph in its detail, and the reader")
    func splitFromFiles() throws {
        try expectScreen("releases-100x30", rows: 30, columns: 100, fromFiles: true)
        try expectScreen("quote-reader-100x30", rows: 30, columns: 100, keys: [.character("2"), .down, .enter], fromFiles: true)
        try expectScreen("search-reader-100x30", rows: 30, columns: 100,
                         keys: [.character("/")] + "tapach".map { Key.character($0) } + [.enter, .enter], fromFiles: true)
    }

    @Test("styles that carry meaning: the selection, an unread release, matches, a quote set off in its paragraph")
    func meaningfulStyles() throws {
        // The release found stays unread above the quote selected under it.
        try expectRoles("search-roles-100x30", rows: 30, columns: 100,
                        keys: [.character("/")] + "tapach".map { Key.character($0) } + [.enter, .down])
        try expectRoles("quotes-roles-120x40", rows: 40, columns: 120, keys: [.character("2"), .down])
    }
}
