import Foundation
import PueblaKit
import Testing

/// A command to run on the hostile Data, and whether its output is laid out to the terminal's width.
struct TerminalCommand: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    /// Whether the release's hostile text appears in this output (timeline and members show only the
    /// meetings and countries, which the fixture copies unchanged).
    let showsRelease: Bool
    /// Text layouts must fit the terminal; JSON is data and may run long.
    let fitsWidth: Bool
    var testDescription: String { "puebla " + arguments.joined(separator: " ") }
}

let hostileData = PueblaBinary.packageRoot.appendingPathComponent("Tests/PueblaCLITests/Fixtures/HostileData").path
let hostileID = "2010-05-18-hostile-text"

let terminalCommands: [TerminalCommand] = [
    .init(arguments: ["releases"], showsRelease: true, fitsWidth: true),
    .init(arguments: ["show", hostileID], showsRelease: true, fitsWidth: true),
    .init(arguments: ["show", hostileID, "--format", "markdown"], showsRelease: true, fitsWidth: false),
    .init(arguments: ["quotes"], showsRelease: true, fitsWidth: true),
    .init(arguments: ["timeline"], showsRelease: false, fitsWidth: true),
    .init(arguments: ["members"], showsRelease: false, fitsWidth: true),
    .init(arguments: ["validate"], showsRelease: false, fitsWidth: false),
    .init(arguments: ["releases", "--json"], showsRelease: true, fitsWidth: false),
    .init(arguments: ["show", hostileID, "--format", "json"], showsRelease: true, fitsWidth: false),
    .init(arguments: ["quotes", "--json"], showsRelease: true, fitsWidth: false),
]

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
        let (output, termination) = try PseudoTerminal.run(
            executable: PueblaBinary.path, arguments: command.arguments + ["--data", hostileData],
            environment: PueblaBinary.environment, rows: 50, columns: Self.columns)
        #expect(termination == .exited(0))
        #expect(rawControls(in: output) == [])
        let text = String(decoding: output, as: UTF8.self)
        if command.showsRelease {
            // The hostile text did reach the stream, in its harmless form (JSON keeps it escaped).
            #expect(text.contains("Hostile title"))
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
