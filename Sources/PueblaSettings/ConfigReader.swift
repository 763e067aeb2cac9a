import PueblaKit
import TOMLKit

/// Takes each setting from a parsed TOML table, checking its type and range; a value that is wrong
/// is reported with its line and left at its default.
struct ConfigReader {
    let file: String
    let locations: TOMLKeyLocations
    let vocabulary: ConfigVocabulary
    private(set) var problems: [DataProblem] = []

    init(file: String, locations: TOMLKeyLocations, vocabulary: ConfigVocabulary) {
        self.file = file
        self.locations = locations
        self.vocabulary = vocabulary
    }

    mutating func read(_ root: TOMLTable) -> Config {
        var config = Config.default
        for key in root.keys {
            guard let value = root[key] else { continue }
            switch key {
            case "default-pane":
                guard let name = string(value, at: key) else { continue }
                if let pane = Config.Pane(rawValue: name) {
                    config.defaultPane = pane
                } else {
                    problem(key, "\"\(name)\" is not a pane; expected one of \(list(Config.Pane.allCases.map(\.rawValue)))")
                }
            case "language":
                guard let name = string(value, at: key) else { continue }
                if let language = InterfaceLanguage(rawValue: name) {
                    config.language = language
                } else {
                    problem(key, "\"\(name)\" is not a language; expected one of \(list(InterfaceLanguage.allCases.map(\.rawValue)))")
                }
            case "reader":
                guard let reader = table(value, at: key) else { continue }
                if let width = integer(in: reader, section: key, named: "width", range: Config.readerWidths) { config.readerWidth = width }
            case "layout":
                guard let layout = table(value, at: key) else { continue }
                if let share = integer(in: layout, section: key, named: "list-width", range: Config.listWidths) { config.listWidth = share }
            case "theme":
                guard let theme = table(value, at: key) else { continue }
                readTheme(theme, into: &config)
            case "keys":
                guard let keys = table(value, at: key) else { continue }
                readKeys(keys, into: &config)
            default:
                problem(key, "unknown setting; expected default-pane, language, [reader], [layout], [theme] or [keys]")
            }
        }
        return config
    }

    /// The one integer setting `name` of a section's table, in `range`; any other key, or a wrong
    /// value, is a problem at its line.
    private mutating func integer(in table: TOMLTable, section: String, named name: String, range: ClosedRange<Int>) -> Int? {
        var found: Int?
        for key in table.keys {
            guard let value = table[key] else { continue }
            let path = "\(section).\(key)"
            guard key == name else {
                problem(path, "unknown setting; expected \(name)")
                continue
            }
            found = integer(value, at: path, in: range)
        }
        return found
    }

    /// An integer in `range`, else a problem and nil.
    private mutating func integer(_ value: TOMLValueConvertible, at path: String, in range: ClosedRange<Int>) -> Int? {
        guard value.type == .int, let number = value.int else {
            problem(path, "expected an integer")
            return nil
        }
        guard range.contains(number) else {
            problem(path, "\(number) is out of range; expected \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    private mutating func readTheme(_ theme: TOMLTable, into config: inout Config) {
        for key in theme.keys {
            guard let value = theme[key] else { continue }
            let path = "theme.\(key)"
            switch key {
            case "name":
                guard let name = string(value, at: path) else { continue }
                if Config.themes.contains(name) {
                    config.theme = name
                } else {
                    problem(path, "no theme \"\(name)\"; expected one of \(list(Config.themes))")
                }
            case "colors":
                guard let colors = table(value, at: path) else { continue }
                for element in colors.keys {
                    guard let value = colors[element] else { continue }
                    let elementPath = "\(path).\(element)"
                    guard vocabulary.colorElements.contains(element) else {
                        problem(elementPath, "no such element; expected one of \(list(vocabulary.colorElements))")
                        continue
                    }
                    guard let name = string(value, at: elementPath) else { continue }
                    if let color = TerminalColor(rawValue: name) {
                        config.colors[element] = color
                    } else {
                        problem(elementPath, "\"\(name)\" is not a colour; expected one of \(list(TerminalColor.allCases.map(\.rawValue)))")
                    }
                }
            default:
                problem(path, "unknown setting; expected name or [theme.colors]")
            }
        }
    }

    private mutating func readKeys(_ keys: TOMLTable, into config: inout Config) {
        for action in keys.keys {
            guard let value = keys[action] else { continue }
            let path = "keys.\(action)"
            guard vocabulary.actions.contains(action) else {
                problem(path, "no such action; expected one of \(list(vocabulary.actions))")
                continue
            }
            let names: [String]
            if value.type == .string, let key = value.string {
                names = [key]
            } else if value.type == .array, let array = value.array,
                      case let strings = array.compactMap({ $0.type == .string ? $0.string : nil }), !strings.isEmpty, strings.count == array.count {
                names = strings
            } else {
                problem(path, "expected a key name or a list of key names")
                continue
            }
            for name in names where !vocabulary.isKey(name) {
                problem(path, "\"\(name)\" is not a key; expected one character or one of \(vocabulary.keyNames.joined(separator: ", "))",
                        at: locations.location(of: name, inValueOf: path))
            }
            // The keys that are right are bound; the action keeps its own keys in any case.
            let keys = names.filter(vocabulary.isKey)
            if !keys.isEmpty { config.keys[action] = keys }
        }
    }

    private mutating func string(_ value: TOMLValueConvertible, at path: String) -> String? {
        if value.type == .string, let text = value.string { return text }
        problem(path, "expected a string")
        return nil
    }

    private mutating func table(_ value: TOMLValueConvertible, at path: String) -> TOMLTable? {
        if value.type == .table, let table = value.table { return table }
        problem(path, "expected a table ([\(path)])")
        return nil
    }

    /// A problem with `key`, located at the key unless `location` says where in its value.
    private mutating func problem(_ key: String, _ message: String, at location: SourceLocation? = nil) {
        problems.append(DataProblem(file: file, location: location ?? locations.location(of: key), field: SafeText.line(key), message: SafeText.line(message)))
    }

    private func list(_ names: [String]) -> String {
        names.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
