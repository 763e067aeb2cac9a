import Foundation
import Testing

/// The real browser in a terminal whose locale is not UTF-8 (LANG=C): the interface's own borders,
/// marks, pointer, arrows and ellipsis come in ASCII; only the releases' own text may be otherwise.
@Suite("The browser under LANG=C")
struct AsciiTerminalEndToEndTests {
    /// Every character of Data's files: what the releases themselves may put on the screen.
    static let dataCharacters: Set<Character> = {
        let folder = PueblaBinary.shippedData
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") } ?? []
        return Set(files.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined())
    }()

    static func foreign(_ text: String) -> Set<Character> {
        Set(text.filter { !$0.isASCII && !dataCharacters.contains($0) })
    }

    @Test("lists, split view, help, picker, members and reader: nothing above ASCII on the screen or in the bytes but Data's own text")
    func onlyASCII() throws {
        let home = TestHome()
        let bytesFile = home.path + "/terminal-bytes"
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData], rows: 40, columns: 120,
                                      environment: home.environment.merging(["LANG": "C", "LC_ALL": "C"]) { $1 })
        try session.tmux(["pipe-pane", "-t", session.name, "-o", "cat >> '\(bytesFile)'"])
        var screens = [try session.waitFor("Puebla", timeout: 60)]
        // Each step draws something of the interface's own: marks, quotation marks, the help's
        // arrows, the picker's box and pointer, the filtered country's mark, the reader's rules.
        let steps: [(keys: [String], wait: String)] = [
            (["b"], "Releases"), (["2"], "Quotes"), (["b"], "Quotes"), (["?"], "Help"), (["Escape"], "Quotes"),
            (["c", "m", "e", "x"], "Mexico"), (["Enter"], "Mexico"), (["4"], "Members"), (["1"], "Releases"),
            (["Enter", "End"], "bookmark"),
        ]
        for step in steps {
            try session.send(contentsOf: step.keys)
            screens.append(try session.waitFor(step.wait, timeout: 60))
        }
        for screen in screens {
            #expect(Self.foreign(screen).isEmpty, "\(Self.foreign(screen).sorted()) on:\n\(screen)")
        }
        #expect(screens.joined().contains("|"), "the split view's rule, in ASCII")
        try session.send("Q")
        #expect(try session.waitForExit(timeout: 60) == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: bytesFile))
        #expect(bytes.count > 1000)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(Self.foreign(text).isEmpty, "\(Self.foreign(text).sorted())")
    }

    /// A person's locale sent over SSH is often not installed on the server; its name still says
    /// that the terminal is UTF-8, so the interface keeps its Unicode rules and marks.
    @Test("a UTF-8 locale this machine lacks still gets the Unicode interface")
    func uninstalledUTF8Locale() throws {
        let home = TestHome()
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData], rows: 30, columns: 100,
                                      environment: home.environment.merging(["LANG": "xx_YY.UTF-8", "LC_ALL": "", "LC_CTYPE": ""]) { $1 })
        let screen = try session.waitFor("Puebla", timeout: 60)
        #expect(screen.contains("\u{2502}"), "the split view's rule in Unicode:\n\(screen)")
        try session.send("Q")
        #expect(try session.waitForExit(timeout: 60) == 0)
    }
}

extension TmuxSession {
    func send(contentsOf keys: [String]) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }
}
