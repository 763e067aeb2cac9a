import Foundation
import Testing

/// `puebla config` and the browser's start with a settings file that has mistakes, through the real binary.
@Suite("puebla config")
struct ConfigCommandTests {
    static let mistakes = """
        default-pane = "quotes"
        [keys]
        flap = "f"
        down = ["j", "Dwn"]
        [theme.colors]
        titel = "red"
        """

    func write(_ text: String, in home: TestHome) throws {
        let folder = home.path + "/config/puebla"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/config.toml"))
    }

    @Test("unknown actions, key names and colour elements exit 65, each with its file, line and column")
    func mistakesExit65() throws {
        let home = TestHome()
        try write(Self.mistakes, in: home)
        let outcome = try PueblaBinary.run(["config"], environment: home.environment)
        #expect(outcome.status == 65)
        let file = home.path + "/config/puebla/config.toml"
        let lines = outcome.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("puebla: \(file):3:1: keys.flap: no such action; expected one of \"down\"") == true)
        #expect(lines.dropFirst().first?.hasPrefix("puebla: \(file):4:14: keys.down: \"Dwn\" is not a key; expected one character or one of Up, Down") == true)
        #expect(lines.last?.hasPrefix("puebla: \(file):6:1: theme.colors.titel: no such element; expected one of ") == true)
    }

    @Test("the printed default file, and each example in it uncommented, is accepted: exit 0, OK")
    func defaultFileWorks() throws {
        let home = TestHome()
        let printed = try PueblaBinary.run(["config", "--print-default"], environment: home.environment)
        #expect(printed.status == 0)
        try write(printed.standardOutput, in: home)
        let plain = try PueblaBinary.run(["config"], environment: home.environment)
        #expect(plain.status == 0 && plain.standardOutput.hasSuffix(": OK\n"))
        // Each commented `key = value` line, uncommented, is a working setting too.
        let examples = printed.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("# ") && line.contains(" = ") && !line.contains(":") ? String(line.dropFirst(2)) : String(line)
        }
        #expect(examples.joined(separator: "\n") != printed.standardOutput)
        try write(examples.joined(separator: "\n"), in: home)
        let uncommented = try PueblaBinary.run(["config"], environment: home.environment)
        #expect(uncommented.status == 0, "\(uncommented.standardError)")
    }

    @Test("the browser prints each mistake whole before its screen, waits for Enter, and then opens on default-pane")
    func browserReportsBeforeTheScreen() throws {
        let home = TestHome()
        try write(Self.mistakes, in: home)
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData], rows: 24, columns: 60,
                                      environment: home.environment)
        let before = try session.waitFor("Ctrl-C stops", timeout: 60)
        // Wrapped by the terminal, not cut: the whole message is there once the lines are joined.
        #expect(before.replacingOccurrences(of: "\n", with: "").contains("theme.colors.titel: no such element; expected one of "))
        try session.send("Enter")
        let screen = try session.waitFor("puebla config lists", timeout: 60)
        #expect(screen.contains("\u{201C}"), "the quotes pane, which lists quotes in quotation marks")
        try session.send("Q")
        #expect(try session.waitForExit(timeout: 60) == 0)
    }
}
