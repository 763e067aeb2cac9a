import Foundation
import Testing

/// The real binary in tmux, driven as a newcomer would drive it.
@Suite("End to end in tmux", .serialized)
struct EndToEndTests {
    let testHome = TestHome()
    var home: String { testHome.path }
    var environment: [String: String] { testHome.environment }

    func start(rows: Int = 30, columns: Int = 100, arguments: [String] = []) throws -> TmuxSession {
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData] + arguments,
                                      rows: rows, columns: columns, environment: environment)
        try session.waitFor("1 Releases")
        return session
    }

    @Test("browse, read, jump from a quote, see the timeline, filter, resize and quit with the terminal restored")
    func newcomerTour() throws {
        let session = try start()
        var screen = try session.waitFor("XV Annual Meeting")
        #expect(screen.contains("Releases 1/1"))

        try session.send("Enter")
        screen = try session.waitFor("Reader")
        #expect(screen.contains("Date         May 18, 2010 (inferred)"))
        try session.send("End")
        screen = try session.waitFor("Reader 100%")
        #expect(screen.contains("jperaza@iom.int"))
        try session.send("q")
        try session.waitFor("Releases 1/1")

        try session.send("2")
        screen = try session.waitFor("Quotes 1/4")
        #expect(screen.contains("Deputy Director General"))
        try session.send("Down", "Down", "Enter")
        screen = try session.waitFor("Reader")
        #expect(screen.split(separator: "\n")[1].contains("\"At this recent seminar"))
        try session.send("Escape")
        try session.waitFor("Quotes 3/4")

        try session.send("3")
        screen = try session.waitFor("Timeline  1/29")
        #expect(screen.contains("III    1998?  ?"))
        #expect(screen.contains("? unconfirmed"))

        try session.send("c")
        try session.waitFor("Filter by country")
        try session.type("panama")
        try session.send("Enter")
        screen = try session.waitFor("Country: Panama")
        #expect(screen.contains("II     1997   Panama"))
        #expect(!screen.contains("Tapachula"))
        try session.send("C")
        screen = try session.waitFor("Timeline  2/29")
        #expect(screen.contains("II Regional Conference on Migration"))

        try session.resize(rows: 20, columns: 60)
        screen = try session.waitFor("Timeline  2/29")
        #expect(screen.split(separator: "\n").count <= 20)
        #expect(!screen.contains("│"))
        try session.resize(rows: 8, columns: 30)
        try session.waitFor("Terminal too small")
        try session.resize(rows: 30, columns: 100)
        try session.waitFor("│ II Regional Conference on Migration")

        try session.send("q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.format("alternate_on") == "0")
    }

    @Test("search, read, bookmark a quote, quit, start again: the read mark and the bookmark are still there")
    func findAndKeep() throws {
        let session = try start()
        try session.send("/")
        try session.waitFor("Search:")
        try session.type("tapachula")
        var screen = try session.waitFor("Releases (1)")
        #expect(screen.contains("Meetings (1)"))
        try session.send("Enter", "Enter")
        screen = try session.waitFor("lines match")
        try session.send("q", "q", "2")
        try session.waitFor("Quotes 1/4")
        try session.send("b")
        try session.waitFor("Bookmarked")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/state/puebla/state.json"))

        let again = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData],
                                    rows: 30, columns: 100, environment: environment)
        screen = try again.waitFor("Quotes 1/4")
        #expect(screen.contains("★ Laura Thomp"))
        try again.send("1")
        screen = try again.waitFor("Releases 1/1")
        #expect(!screen.contains("unread"))
        #expect(screen.contains("  2010-05-18~"))
        try again.send("B")
        screen = try again.waitFor("Bookmarks (1)")
        #expect(screen.contains("Laura Thompson"))
        try again.send("Q")
        #expect(try again.waitForExit() == 0)
    }

    @Test("--country starts with the filter set")
    func startsFiltered() throws {
        let session = try start(arguments: ["--country", "Jamaica"])
        let screen = try session.waitFor("Country: Jamaica")
        #expect(screen.contains("No releases mention Jamaica."))
        try session.send("Q")
        let status = try session.waitForExit()
        let after = try session.screen()
        #expect(status == 0, "screen: \(after)")
    }

    @Test("SIGINT, SIGTERM and SIGHUP restore the terminal and exit 130, 143, 129",
          arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)])
    func signals(_ signal: Int32, _ status: Int) throws {
        let session = try start()
        kill(try session.processID(), signal)
        let exit = try session.waitForExit()
        #expect(exit == status)
        #expect(try session.format("alternate_on") == "0")
    }

    @Test("a terminal that goes away with no SIGHUP reaching Puebla ends it (exit 129), never a busy loop")
    func terminalGone() throws {
        let session = try start()
        // The wrapper shell, the session leader, ignores SIGHUP, so the kernel sends Puebla none.
        try session.tmux(["kill-server"])
        #expect(try session.waitForExit() == 129)
    }

    @Test("Ctrl-C in the browser is SIGINT: exit 130, terminal restored")
    func controlC() throws {
        let session = try start()
        try session.send("C-c")
        #expect(try session.waitForExit() == 130)
        #expect(try session.format("alternate_on") == "0")
    }
}
