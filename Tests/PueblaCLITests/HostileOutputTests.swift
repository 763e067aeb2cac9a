import Foundation
import PueblaKit
import Testing

/// A command to run on the hostile Data, and whether its output is laid out to the terminal's width.
struct TerminalCommand: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    /// Whether hostile text reaches this output (all but `validate`, which prints only a count).
    let showsHostileText: Bool
    /// Text layouts must fit the terminal; JSON is data and may run long.
    let fitsWidth: Bool
    var testDescription: String { "puebla " + arguments.joined(separator: " ") }
}

let hostileData = PueblaBinary.packageRoot.appendingPathComponent("Tests/PueblaCLITests/Fixtures/HostileData").path
let hostileID = "2010-05-18-hostile-text"

let terminalCommands: [TerminalCommand] = [
    .init(arguments: ["releases"], showsHostileText: true, fitsWidth: true),
    .init(arguments: ["show", hostileID], showsHostileText: true, fitsWidth: true),
    .init(arguments: ["show", hostileID, "--format", "markdown"], showsHostileText: true, fitsWidth: false),
    .init(arguments: ["quotes"], showsHostileText: true, fitsWidth: true),
    .init(arguments: ["timeline"], showsHostileText: true, fitsWidth: true),
    .init(arguments: ["members"], showsHostileText: true, fitsWidth: true),
    .init(arguments: ["validate"], showsHostileText: false, fitsWidth: false),
    .init(arguments: ["releases", "--json"], showsHostileText: true, fitsWidth: false),
    .init(arguments: ["show", hostileID, "--format", "json"], showsHostileText: true, fitsWidth: false),
    .init(arguments: ["quotes", "--json"], showsHostileText: true, fitsWidth: false),
    .init(arguments: ["timeline", "--json"], showsHostileText: true, fitsWidth: false),
    .init(arguments: ["members", "--json"], showsHostileText: true, fitsWidth: false),
]

/// The fixture, with hostile text also put in a country's name and a meeting's city, which
/// `timeline` and `members` show (the fixture keeps those files as copies of the shipped ones).
func hostileDataEverywhere() throws -> DataCopy {
    let data = try DataCopy(of: hostileData)
    try data.edit("countries.json") { $0.replacingOccurrences(of: "\"name\": \"Mexico\"", with: "\"name\": \"Mexico\\u001b]0;owned\\u0007\\u202e\\u009b2J\"") }
    try data.edit("meetings.json") { $0.replacingOccurrences(of: "\"city\": \"Tapachula\"", with: "\"city\": \"Tapachula\\u001b[2J\\u0008\\u2066\"") }
    return data
}

/// What in a terminal byte stream came from data rather than from the program: any C0 control but
/// the program's own line endings (LF, or CR LF as the terminal's output processing writes it), DEL,
/// C1 controls, bidirectional controls, separators and invisible characters.
func rawControls(in stream: [UInt8]) -> [String] {
    var found: [String] = []
    for (index, byte) in stream.enumerated() where byte < 0x20 || byte == 0x7F {
        let isLineEnd = byte == 0x0A || (byte == 0x0D && index + 1 < stream.count && stream[index + 1] == 0x0A)
        if !isLineEnd { found.append("byte 0x\(String(byte, radix: 16)) at \(index)") }
    }
    for scalar in String(decoding: stream, as: UTF8.self).unicodeScalars {
        let v = scalar.value
        if (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || [0x200B, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029, 0xFEFF].contains(v) {
            found.append("U+\(String(v, radix: 16, uppercase: true))")
        }
    }
    return found
}

@Suite("Hostile text never reaches the terminal raw")
struct HostileOutputTests {
    static let columns = 100

    @Test("The real byte stream of each command in a pseudo-terminal holds no raw control from the data",
          arguments: terminalCommands)
    func terminalStreamIsClean(_ command: TerminalCommand) throws {
        let data = try hostileDataEverywhere()
        let (output, termination) = try PseudoTerminal.run(
            executable: PueblaBinary.path, arguments: command.arguments + ["--data", data.data.path],
            environment: PueblaBinary.environment, rows: 50, columns: Self.columns)
        #expect(termination == .exited(0))
        #expect(rawControls(in: output) == [])
        let text = String(decoding: output, as: UTF8.self)
        if command.showsHostileText {
            // The hostile text did reach the stream, in its harmless form (JSON keeps it escaped).
            #expect(text.contains("␛") || text.contains("\\u001b"))
        }
        if command.fitsWidth {
            let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= Self.columns })
        }
    }

    @Test("The checker itself sees a raw escape, a lone CR, a C1 control and a bidi override")
    func checkerCatchesControls() {
        #expect(rawControls(in: Array("ok\r\n".utf8)) == [])
        #expect(rawControls(in: Array("a\u{1B}[31mb\rc\u{9B}d\u{202E}e".utf8)) == ["byte 0x1b at 1", "byte 0xd at 7", "U+9B", "U+202E"])
    }
}

@Suite("Hostile text in the browser")
struct HostileBrowserTests {
    /// What only the data could have put in the browser's stream: ncurses itself moves the cursor with
    /// CR and BS and sets attributes with CSI, but never rings the bell, sends an OSC, DCS or reset,
    /// or writes C1 and bidirectional controls.
    static func dataControls(in stream: [UInt8]) -> [String] {
        var found: [String] = []
        if stream.contains(0x07) { found.append("BEL") }
        for (name, sequence) in [("OSC", "\u{1B}]"), ("DCS", "\u{1B}P"), ("RIS", "\u{1B}c"), ("title", "pwned")] {
            if stream.firstRange(of: Array(sequence.utf8)) != nil { found.append(name) }
        }
        for scalar in String(decoding: stream, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            if (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                found.append("U+\(String(v, radix: 16, uppercase: true))")
            }
        }
        return found
    }

    @Test("every pane, the reader, the search and the help show hostile data with not one raw control from it")
    func browserStreamIsClean() throws {
        let data = try hostileDataEverywhere()
        let home = data.root.appendingPathComponent("home").path
        var environment = PueblaBinary.environment
        environment["XDG_STATE_HOME"] = home
        environment["XDG_CONFIG_HOME"] = home
        let terminal = try PseudoTerminal(executable: PueblaBinary.path, arguments: ["--data", data.data.path],
                                          environment: environment, rows: 40, columns: 100)
        // The first frame whole: its status bar, drawn last, counts the releases.
        #expect(terminal.read(untilContains: "1/1"))
        // Each key goes once the frame before it has come, and brings a frame of its own (End and
        // PgUp, which may not move a short release, go with the q after them). End is sent as the
        // keypad sends it once ncurses has turned the keypad on (ESC [ F would be Esc, [ and F).
        // Where the next key would undo this one (the reader and q, the help and x), the frame
        // waited for is the one that shows it: keys applied together would draw nothing new.
        let steps: [(keys: String, shows: String?)] = [
            ("\r", "%"), ("\u{1B}OF\u{1B}[5~q", nil), ("2", nil), ("\r", "%"), ("q", nil), ("3", nil), ("4", nil),
            ("/", nil), ("hostile", nil), ("\r", nil), ("\r", "%"), ("q", nil), ("?", "Help"), ("x", nil),
        ]
        for (keys, shows) in steps {
            let before = terminal.output.count
            terminal.send(keys)
            let shown = terminal.read { output in
                output.count > before && shows.map { Array(output[before...]).firstRange(of: Array($0.utf8)) != nil } ?? true
            }
            #expect(shown, "no frame after \(keys.debugDescription)")
        }
        terminal.send("Q")
        #expect(terminal.waitForExit() == .exited(0))
        // Not one key lost: the release was opened (from the list, a quote and the search) and the
        // browser was left on Members, with the search over it.
        let saved = StateFile(path: home + "/puebla/state.json").load().state
        #expect(saved.read == ["2010-05-18-hostile-text"])
        #expect(saved.lastPane == "members")
        let stream = terminal.output
        #expect(Self.dataControls(in: stream) == [])
        let text = String(decoding: stream, as: UTF8.self)
        #expect(text.contains("␛"), "the hostile text was shown, in its harmless form")
    }

    @Test("the checker sees what data could smuggle in")
    func checkerCatchesData() {
        #expect(Self.dataControls(in: Array("\u{1B}[1;1H\u{1B}[0mok\r\u{08}".utf8)) == [])
        #expect(Self.dataControls(in: Array("a\u{07}\u{1B}]0;pwned\u{1B}P\u{1B}c\u{202E}\u{9B}".utf8)).count == 7)
    }
}

/// A command whose message carries text the user gave: an argument or an environment variable.
struct MessageCase: CustomTestStringConvertible, Sendable {
    let name: String
    let arguments: [String]
    var environment: [String: String] = [:]
    let status: Int32
    var testDescription: String { name }
}

/// An escape sequence that would recolour the terminal, set its title and ring its bell.
let hostileText = "x\u{1B}[31m\u{1B}]0;pwned\u{07}\u{9B}2J\u{202E}y"

let messageCases: [MessageCase] = [
    .init(name: "an invalid --format value", arguments: ["show", hostileID, "--format", hostileText, "--data", hostileData], status: 64),
    .init(name: "an unknown option", arguments: ["releases", "--" + hostileText, "--data", hostileData], status: 64),
    .init(name: "an unexpected argument", arguments: ["releases", hostileText, "--data", hostileData], status: 64),
    .init(name: "a --width that is not a number", arguments: ["members", "--map", "--width", hostileText, "--data", hostileData], status: 64),
    .init(name: "the cache path puebla index prints", arguments: ["index", "--data", hostileData],
          environment: ["XDG_CACHE_HOME": "/tmp/\(hostileText)"], status: 0),
    .init(name: "the settings path puebla config prints", arguments: ["config"], environment: ["XDG_CONFIG_HOME": "/tmp/\(hostileText)"], status: 0),
    .init(name: "a --data folder that is not there", arguments: ["validate", "--data", "/tmp/\(hostileText)"], status: 66),
]

@Suite("Messages carry no raw control from the user's own arguments or environment")
struct HostileMessageTests {
    /// The progress bar `puebla index` draws on a terminal: Puebla's own controls, not the user's.
    static let progressControls = ["\r", "\u{1B}[K"]

    @Test("the real byte stream in a pseudo-terminal holds no raw control, and the text is shown harmless", arguments: messageCases)
    func messageIsClean(_ message: MessageCase) throws {
        let home = TestHome()
        defer { try? FileManager.default.removeItem(atPath: "/tmp/\(hostileText)") }
        let (output, termination) = try PseudoTerminal.run(
            executable: PueblaBinary.path, arguments: message.arguments,
            environment: PueblaBinary.environment.merging(home.environment) { $1 }.merging(message.environment) { $1 },
            rows: 50, columns: 100)
        let text = String(decoding: output, as: UTF8.self)
        #expect(termination == .exited(message.status), "\(text)")
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        if message.arguments.first == "index" {
            lines = lines.map { Self.progressControls.reduce($0) { line, own in line.replacingOccurrences(of: own, with: "") } }
        }
        #expect(rawControls(in: Array(lines.joined(separator: "\n").utf8)) == [], "\(text)")
        #expect(text.contains("x␛"), "the user's text is not shown: \(text)")
    }
}
