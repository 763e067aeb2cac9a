import ArgumentParser
import Foundation
import PueblaKit
import PueblaTerminal

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the settings file, or print a commented default one.",
        discussion: """
            Settings are read from $XDG_CONFIG_HOME/puebla/config.toml (by default \
            ~/.config/puebla/config.toml). With no option, says where the file is and lists each \
            mistake in it with its line and column (exit 65 when there is one).
            """
    )

    @Flag(name: .long, help: "Print a config file holding every default, with comments.")
    var printDefault = false

    func run() throws {
        if printDefault { return print(ConfigFile.defaultText(.browser), terminator: "") }
        let file = ConfigFile()
        guard FileManager.default.fileExists(atPath: file.path) else {
            return print("\(SafeText.line(file.path)): no file; using the defaults (`puebla config --print-default` shows them)")
        }
        let loaded = file.load(.browser)
        guard !loaded.problems.isEmpty else { return print("\(SafeText.line(file.path)): OK") }
        Terminal.fail(loaded.problems.map(\.description).joined(separator: "\n"), code: 65)
    }
}
