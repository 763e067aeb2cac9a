import Foundation
import PueblaKit

/// `$XDG_CONFIG_HOME/puebla/config.toml` (by default `~/.config/puebla/config.toml`): finding it,
/// reading it, and the commented default file `puebla config --print-default` prints.
public struct ConfigFile: Sendable {
    public let path: String

    /// The file at `path`; by default `$XDG_CONFIG_HOME/puebla/config.toml`, by default `~/.config/puebla/config.toml`.
    public init(path: String = XDGDirectory.config.file("config.toml")) {
        self.path = path
    }

    public struct Loaded: Sendable, Equatable {
        public let config: Config
        /// Each mistake found, one line each (`file:line:column: key: problem`); the keys they
        /// name kept their defaults.
        public let problems: [DataProblem]
    }

    /// The settings in the file, names checked against `vocabulary`; the defaults when there is no file.
    public func load(_ vocabulary: ConfigVocabulary) -> Loaded {
        guard FileManager.default.fileExists(atPath: path) else { return Loaded(config: .default, problems: []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return Loaded(config: .default, problems: [DataProblem(file: path, location: nil, field: nil, kind: .settingsUnreadable)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return Loaded(config: .default, problems: [DataProblem(file: path, location: nil, field: nil, kind: .settingsNotUTF8)])
        }
        return Self.parse(text, file: path, vocabulary: vocabulary)
    }

    /// Reads settings from TOML text; `file` names it in problems.
    public static func parse(_ text: String, file: String, vocabulary: ConfigVocabulary) -> Loaded {
        let table: TOMLTable
        do {
            table = try TOMLReader.read(text)
        } catch {
            return Loaded(config: .default, problems: [DataProblem(file: file, location: error.location, field: nil,
                                                                   kind: .settingsSyntax(error.problem))])
        }
        var reader = ConfigReader(file: file, vocabulary: vocabulary)
        let config = reader.read(table)
        let place = { (problem: DataProblem) in [problem.location?.line ?? 0, problem.location?.column ?? 0] }
        return Loaded(config: config, problems: reader.problems.sorted { place($0).lexicographicallyPrecedes(place($1)) })
    }

    /// A config file that sets every value to its default, with comments saying what each does and
    /// the names `vocabulary` allows.
    public static func defaultText(_ vocabulary: ConfigVocabulary) -> String {
        let config = Config.default
        let comment = { (text: String) in WordWrap.lines(text, width: 88).map { "# " + $0 }.joined(separator: "\n") }
        return """
            # Puebla's settings. Copy to $XDG_CONFIG_HOME/puebla/config.toml (by default
            # ~/.config/puebla/config.toml) and change what you like. A mistake in one key is reported
            # with its line and that key keeps its default; the rest still apply.

            # The pane Puebla opens on, every time: \(Config.Pane.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")).
            # Unset, Puebla opens on the pane you left it on (the first time, "releases").
            # default-pane = "releases"

            # The interface's language: \(InterfaceLanguage.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")). Unset, it follows the
            # locale (LC_ALL, then LC_MESSAGES, then LANG: es_MX.UTF-8 gives "es"); --lang wins over both.
            # language = "es"

            [reader]
            # Columns of text in the reader (\(Config.readerWidths.lowerBound) to \(Config.readerWidths.upperBound)); a narrower window wraps narrower.
            width = \(config.readerWidth)

            [layout]
            # Percent of the width the list takes when the detail stands beside it (\(Config.listWidths.lowerBound) to \(Config.listWidths.upperBound));
            # d hides the detail and gives the list the whole width.
            list-width = \(config.listWidth)
            # true: the lists show the selected row with a pointer (▶, or > in ASCII) in a column of its
            # own, their rows without bold or dim, as mutt's arrow_cursor: a key writes little to the
            # terminal, which counts over a slow link. false: the selected row in reverse video, unread
            # releases in bold, read ones dim.
            arrow-cursor = \(config.arrowCursor)

            [theme]
            # \(Config.themes.map { "\"\($0)\"" }.joined(separator: ", ")).
            name = "\(config.theme)"

            [theme.colors]
            \(comment("Colours over the theme's, by element: " + vocabulary.colorElements.joined(separator: ", ")
                + ". A colour is one of: " + TerminalColor.allCases.map(\.rawValue).joined(separator: ", ") + "."))
            # title = "yellow"
            # border = "bright-black"

            [keys]
            \(comment("An action and the key or keys that do it: one character, or "
                + vocabulary.keyNames.joined(separator: ", ") + ". They are added to the action's own keys, "
                + "and taken from whatever they did before. The actions: " + vocabulary.actions.joined(separator: ", ") + "."))
            # down = ["j", "Down"]
            # quit = "x"

            """
    }
}
