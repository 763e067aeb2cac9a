import Foundation
import PueblaCorpus
import Testing

/// The releases list scrolled a row at a time, which ncurses does with the terminal's scroll
/// region and the rows that changed: the screen must be what a whole redraw shows.
@Suite("Scrolling, end to end", .serialized)
struct ScrollingEndToEndTests {
    let testHome = TestHome()

    @Test("Down and Up past the edges of the list, a key at a time, leave the screen as a whole redraw draws it")
    func scrolledScreenIsRedrawnScreen() throws {
        let folder = NSTemporaryDirectory() + "puebla-scroll-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CorpusFolder.write(count: 300, seed: 11, from: PueblaBinary.shippedData, to: folder + "/Data")
        let session = try TmuxSession(command: [PueblaBinary.path, "--no-state", "--data", folder + "/Data"],
                                      rows: 24, columns: 80, environment: testHome.environment)
        let first = try session.waitFor("1/300")
        let topRow = String(first.split(separator: "\n", omittingEmptySubsequences: false)[2])
        // Each key once the frame before it has come: every Down past the bottom scrolls by one row.
        for position in 2...70 {
            try session.send("Down")
            try session.waitFor(" \(position)/300")
        }
        for position in (30...69).reversed() {
            try session.send("Up")
            try session.waitFor(" \(position)/300")
        }
        let scrolled = try session.screen()
        #expect(!scrolled.contains(topRow), "the list did not scroll")
        // A resize makes ncurses draw every cell again.
        try session.resize(rows: 24, columns: 81)
        try session.waitFor(" 30/300")
        try session.resize(rows: 24, columns: 80)
        Thread.sleep(forTimeInterval: 0.3)
        let redrawn = try session.waitFor(" 30/300")
        #expect(scrolled == redrawn)
    }
}
