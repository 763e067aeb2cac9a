import Foundation
import Testing

/// Enter in the reader's link list with the real binary: the desktop's browser where there is a
/// display, the terminal's clipboard (OSC 52) where there is none.
@Suite("Opening links end to end", .serialized)
struct LinkEndToEndTests {
    let home = TestHome()
    static let url = "http://www.rcmvs.org/"

    /// Waits, with a generous deadline, until `path` holds some text.
    func contents(of path: String) -> String? {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
            usleep(50_000)
        }
        return nil
    }

    @Test("with a display, $BROWSER gets the link; what it prints never reaches the screen, and the browser goes on")
    func browser() throws {
        let script = home.path + "/browser.sh", seen = home.path + "/seen"
        try """
            #!/bin/sh
            echo NOISE-OUT; echo NOISE-ERR >&2
            read line
            printf '%s\\n' "$1" > '\(seen)'
            """.write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let environment = home.environment.merging(["DISPLAY": ":99", "BROWSER": script]) { $1 }
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData], environment: environment)
        try session.waitFor("1 Releases")
        try session.send("Enter")
        try session.waitFor("Reader")
        try session.send("L")
        try session.waitFor("rcmvs")
        try session.send("Enter")
        try session.waitFor("Opening \(Self.url) with")
        #expect(contents(of: seen) == Self.url + "\n")
        #expect(try !session.screen().contains("NOISE"))
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("without a display, the link goes to the terminal's clipboard as OSC 52, and the status line says so")
    func clipboard() throws {
        let terminal = try PseudoTerminal.reader(home: home, changes: ["DISPLAY": nil, "WAYLAND_DISPLAY": nil])
        terminal.send("L")
        #expect(terminal.read(untilContains: "Jorge Peraza"))
        terminal.send("\r")
        let osc52 = "\u{1B}]52;c;" + Data(Self.url.utf8).base64EncodedString() + "\u{07}"
        #expect(terminal.read(untilContains: osc52))
        #expect(terminal.read(untilContains: "no display"))
        terminal.send("Q")
        #expect(terminal.waitForExit() == .exited(0))
    }
}
