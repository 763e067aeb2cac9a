import Foundation
import Testing

/// The reader's URLs as OSC 8 hyperlinks in the real byte stream, sent through ncurses.
@Suite("Hyperlinks end to end", .serialized)
struct HyperlinkEndToEndTests {
    static let url = "http://www.rcmvs.org/"
    static let open = "\u{1B}]8;;\(url)\u{1B}\\", close = "\u{1B}]8;;\u{1B}\\"

    /// The browser in a pseudo-terminal with `term`, the reader open at the end of the release.
    func readerAtEnd(term: String) throws -> PseudoTerminal {
        var changes: [String: String?] = ["TERM": term]
        // On the Linux console ncurses' mouse support loads libgpm, which is unloaded before exit
        // with a string ncurses allocated for it still held. Under LeakSanitizer (CI's sanitized
        // run) that leak's stack, which its suppression names, shows only with the slow unwinder.
        if term == "linux", let options = PueblaBinary.environment["LSAN_OPTIONS"] {
            changes["LSAN_OPTIONS"] = options + ":fast_unwind_on_malloc=0"
        }
        let terminal = try PseudoTerminal.reader(home: TestHome(), changes: changes)
        terminal.send("G")
        #expect(terminal.read(untilContains: "Jorge Peraza"))
        return terminal
    }

    @Test("the link's URL is sent between an OSC 8 that opens it and one that closes it, once")
    func link() throws {
        let terminal = try readerAtEnd(term: "xterm-256color")
        #expect(terminal.read(untilContains: Self.close))
        let text = String(decoding: terminal.output, as: UTF8.self)
        let opened = try #require(text.range(of: Self.open))
        let closed = try #require(text.range(of: Self.close, range: opened.upperBound..<text.endIndex))
        let inside = text[opened.upperBound..<closed.lowerBound]
        #expect(inside.contains(Self.url))
        // Nothing but the link's cells is sent under it: no other text of the reader.
        #expect(!inside.contains("Jorge"))
        // Moving a line keeps the link where it is: no second OSC 8 for it.
        terminal.send("k")
        terminal.send("Q")
        #expect(terminal.waitForExit() == .exited(0))
        let all = String(decoding: terminal.output, as: UTF8.self)
        #expect(all.components(separatedBy: Self.open).count - 1 >= 1)
    }

    @Test("a terminal that would print the sequence (TERM=linux, vt100) gets no OSC 8", arguments: ["linux", "vt100"])
    func noLinks(_ term: String) throws {
        let terminal = try readerAtEnd(term: term)
        terminal.send("Q")
        #expect(terminal.waitForExit() == .exited(0))
        #expect(!String(decoding: terminal.output, as: UTF8.self).contains("\u{1B}]8;"))
    }

    @Test("in tmux, the screen after scrolling over a link is the same with OSC 8 as without: ncurses' cursor and attributes stay true")
    func sameScreen() throws {
        var screens: [String] = []
        for term in ["xterm-256color", "linux"] {
            let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData],
                                          environment: TestHome().environment.merging(["TERM": term]) { $1 })
            try session.waitFor("1 Releases")
            try session.send("Enter")
            try session.waitFor("Reader")
            try session.send("G")
            try session.waitFor("Reader 100%")
            try session.send("k", "k", "k")
            try session.waitFor("Jorge Peraza")
            try session.send("j", "j", "j", "j")
            try session.waitFor("Reader 100%")
            screens.append(try session.screen())
            try session.send("Q")
            #expect(try session.waitForExit() == 0)
        }
        #expect(screens[0] == screens[1])
    }
}
