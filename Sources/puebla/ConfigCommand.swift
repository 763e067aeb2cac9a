import ArgumentParser
import Foundation
import PueblaKit
import PueblaSettings
import PueblaTerminal

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: Words.current.configAbstract,
        discussion: Words.current.configDiscussion
    )

    @Flag(name: .long, help: ArgumentHelp(Words.current.printDefaultHelp))
    var printDefault = false
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        if printDefault { return print(ConfigFile.defaultText(.browser), terminator: "") }
        let file = ConfigFile()
        guard FileManager.default.fileExists(atPath: file.path) else {
            return print(SafeText.line(Words.current.settingsMissing(file.path)))
        }
        let loaded = file.load(.browser)
        guard !loaded.problems.isEmpty else { return print(SafeText.line(Words.current.settingsOK(file.path))) }
        Terminal.fail(loaded.problems.map { $0.description(in: CommandLanguage.current) }.joined(separator: "\n"), code: 65)
    }
}
