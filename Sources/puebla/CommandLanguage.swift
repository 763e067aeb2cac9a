import ArgumentParser
import Foundation
import PueblaKit
import PueblaSettings
import PueblaTerminal

/// The language of everything the command line writes: `--lang` anywhere on the line, else
/// `language` in config.toml, else the locale. `--lang` is taken out of the arguments before they
/// are parsed, so that the help is already in the language and `puebla --lang es releases` works
/// as well as `puebla releases --lang es`.
enum CommandLanguage {
    /// The arguments without `--lang`, and the language it named; or what is wrong with it.
    struct Scan: Equatable {
        var arguments: [String]
        var language: InterfaceLanguage?
        var problem: Problem?
    }

    /// Said in the language of the settings or the locale, which decide when `--lang` cannot.
    enum Problem: Equatable {
        case missingValue
        case unknown(String)
    }

    /// Takes every `--lang X` and `--lang=X` out of `arguments`, up to a `--` (after which every
    /// word is an argument); the last one given wins, as with any option.
    static func scan(_ arguments: [String]) -> Scan {
        var scan = Scan(arguments: [], language: nil, problem: nil)
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let word = arguments[index]
            if word == "--" {
                scan.arguments += arguments[index...]
                break
            }
            let value: String?
            if word == LanguageOption.flag {
                index += 1
                value = index < arguments.endIndex ? arguments[index] : nil
            } else if word.hasPrefix(LanguageOption.flag + "=") {
                value = String(word.dropFirst(LanguageOption.flag.count + 1))
            } else {
                scan.arguments.append(word)
                index += 1
                continue
            }
            if let value, let language = InterfaceLanguage(rawValue: value) {
                scan.language = language
            } else {
                scan.problem = value.map(Problem.unknown) ?? .missingValue
            }
            index += 1
        }
        return scan
    }

    /// What the command line says, taken once.
    static let scanned = scan(Array(CommandLine.arguments.dropFirst()))

    /// The language chosen: `--lang`, then the settings (read only when `--lang` is not given;
    /// their mistakes are `puebla config`'s to report), then the locale.
    static let current: InterfaceLanguage = {
        let environment = ProcessInfo.processInfo.environment
        guard scanned.language == nil else { return InterfaceLanguage.chosen(option: scanned.language, setting: nil, environment: environment) }
        return InterfaceLanguage.chosen(option: nil, setting: BrowserSettings.loaded.config.language, environment: environment)
    }()
}

/// config.toml as the browser reads it, read once a run: the language and the browser both need it.
enum BrowserSettings {
    static let loaded = ConfigFile().load(.browser)
}

/// `--lang`, on every command: declared so that each command's help and the shell completion list
/// it; its value is taken before parsing (`CommandLanguage`), so this one is never set.
struct LanguageOption: ParsableArguments {
    static let flag = "--lang"

    @Option(name: .long, help: ArgumentHelp(Words.current.languageHelp, valueName: "en|es"))
    var lang: InterfaceLanguage?
}

/// `--language en|es`: only the releases written in that language. A release of unknown
/// language (a file from before the field) is in neither.
struct ReleaseLanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Words.current.releaseLanguageHelp, valueName: "en|es"))
    var language: InterfaceLanguage?

    /// Whether a release written in `written` is listed.
    func includes(_ written: InterfaceLanguage?) -> Bool {
        language.map { $0 == written } ?? true
    }
}

extension InterfaceLanguage: ExpressibleByArgument {}
