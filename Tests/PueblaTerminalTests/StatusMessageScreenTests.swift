import Testing
import PueblaIndex
import PueblaKit
@testable import PueblaViewModel
@testable import PueblaTerminal

/// A message on the status line narrower than the room it has: cut after a whole word, with an
/// ellipsis, never in the middle of one unless that word alone is wider than the room.
@Suite("Status messages at narrow widths")
struct StatusMessageScreenTests {
    static let progress = LibraryIndex.Progress(done: 45_000, total: 100_000, elapsed: 9).line(barWidth: 10)

    /// The status line with `notice` on it, `columns` wide.
    static func statusLine(_ notice: String, columns: Int) throws -> String {
        var state = AppState(store: try ScreenTests.store(), rows: 10, columns: columns)
        state.send(.notice(notice))
        return try #require(LanguageScreenTests.lines(state, rows: 10, columns: columns).last)
    }

    @Test("an import's notice at 40 to 60 columns ends after a whole word")
    func notice() throws {
        let notice = "Indexed 3 release files, dropped 1 in 0.2 s"
        let rows = try ScreenTests.store().releases.count
        let left = " Releases 1/\(rows)  "
        #expect(try Self.statusLine(notice, columns: 40) == left + "Indexed 3 release files…")
        #expect(try Self.statusLine(notice, columns: 50) == left + "Indexed 3 release files, dropped 1…")
        #expect(try Self.statusLine(notice, columns: 60) == left + notice)
    }

    @Test("a single word wider than the room is cut where the room ends")
    func singleLongWord() throws {
        let word = "/tmp/a-very-long-folder-name-without-any-space/releases"
        let left = " Releases 1/\(try ScreenTests.store().releases.count)  "
        #expect(try Self.statusLine(word, columns: 40) == left + DisplayWidth.prefix(word, fitting: 39 - left.count) + "…")
    }

    @Test("the index's progress at 40 and 60 columns, as expected")
    func progressScreens() throws {
        try ScreenTests().expectScreen("indexing-40x10", rows: 10, columns: 40, indexing: Self.progress)
        try ScreenTests().expectScreen("indexing-60x10", rows: 10, columns: 60, indexing: Self.progress)
    }
}
