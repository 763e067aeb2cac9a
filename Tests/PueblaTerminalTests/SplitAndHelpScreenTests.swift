import Testing
import PueblaKit
import PueblaViewModel
@testable import PueblaTerminal

/// The list beside the detail at the width where they first split, the detail hidden, the help
/// scrolled on the smallest screen, the mark-all question and the unread-only tab bar.
@Suite("Split, help and mark-all screens")
struct SplitAndHelpScreenTests {
    let screens = ScreenTests()

    @Test("at 100 columns the list is wide enough to tell titles apart; d gives it the whole width")
    func split() throws {
        try screens.expectScreen("releases-100x30", rows: 30, columns: 100)
        try screens.expectScreen("releases-no-detail-100x30", rows: 30, columns: 100, keys: [.character("d")])
    }

    @Test("help on the smallest screen: its top, and scrolled to its end")
    func helpScrolled() throws {
        try screens.expectScreen("help-40x10", rows: 10, columns: 40, keys: [.character("?")])
        try screens.expectScreen("help-end-40x10", rows: 10, columns: 40, keys: [.character("?"), .end])
    }

    @Test("A asks y/N with the count; the unread-only view says so in the tab bar")
    func markAllAndUnreadOnly() throws {
        try screens.expectScreen("mark-all-read-80x24", rows: 24, columns: 80, keys: [.character("A")])
        try screens.expectScreen("unread-only-80x24", rows: 24, columns: 80, keys: [.character("u")])
    }
}
