import PueblaKit

/// Takes each setting from the file's table, checking its type and range; a value that is wrong
/// is reported with its line and column and left at its default.
struct ConfigReader {
    let file: String
    let vocabulary: ConfigVocabulary
    private(set) var problems: [DataProblem] = []

    init(file: String, vocabulary: ConfigVocabulary) {
        self.file = file
        self.vocabulary = vocabulary
    }

    mutating func read(_ root: TOMLTable) -> Config {
        var config = Config.default
        for entry in root.entries {
            let key = entry.key
            switch key {
            case "default-pane":
                guard let name = string(entry, at: key) else { continue }
                if let pane = Config.Pane(rawValue: name) {
                    config.defaultPane = pane
                } else {
                    problem(key, at: entry, .notAPane(SafeText.line(name), allowed: Config.Pane.allCases.map(\.rawValue)))
                }
            case "language":
                guard let name = string(entry, at: key) else { continue }
                if let language = InterfaceLanguage(rawValue: name) {
                    config.language = language
                } else {
                    problem(key, at: entry, .notALanguage(SafeText.line(name), allowed: InterfaceLanguage.allCases.map(\.rawValue)))
                }
            case "reader":
                guard let reader = table(entry, at: key) else { continue }
                if let width = integer(in: reader, section: key, named: "width", range: Config.readerWidths) { config.readerWidth = width }
            case "layout":
                guard let layout = table(entry, at: key) else { continue }
                readLayout(layout, into: &config)
            case "theme":
                guard let theme = table(entry, at: key) else { continue }
                readTheme(theme, into: &config)
            case "keys":
                guard let keys = table(entry, at: key) else { continue }
                readKeys(keys, into: &config)
            default:
                problem(key, at: entry, .unknownSetting(expected: ["default-pane", "language", "[reader]", "[layout]", "[theme]", "[keys]"]))
            }
        }
        return config
    }

    /// The one integer setting `name` of a section's table, in `range`; any other key, or a wrong
    /// value, is a problem at its place.
    private mutating func integer(in table: TOMLTable, section: String, named name: String, range: ClosedRange<Int>) -> Int? {
        var found: Int?
        for entry in table.entries {
            let path = "\(section).\(entry.key)"
            guard entry.key == name else {
                problem(path, at: entry, .unknownSetting(expected: [name]))
                continue
            }
            found = integer(entry, at: path, in: range)
        }
        return found
    }

    /// An integer in `range`, else a problem and nil.
    private mutating func integer(_ entry: TOMLEntry, at path: String, in range: ClosedRange<Int>) -> Int? {
        guard case .integer(let number) = entry.value.content else {
            problem(path, at: entry, .expectedInteger)
            return nil
        }
        guard range.contains(number) else {
            problem(path, at: entry, .outOfRange(number, lower: range.lowerBound, upper: range.upperBound))
            return nil
        }
        return number
    }

    private mutating func readLayout(_ layout: TOMLTable, into config: inout Config) {
        for entry in layout.entries {
            let path = "layout.\(entry.key)"
            switch entry.key {
            case "list-width":
                if let share = integer(entry, at: path, in: Config.listWidths) { config.listWidth = share }
            case "arrow-cursor":
                if let arrow = boolean(entry, at: path) { config.arrowCursor = arrow }
            default:
                problem(path, at: entry, .unknownSetting(expected: ["list-width", "arrow-cursor"]))
            }
        }
    }

    private mutating func readTheme(_ theme: TOMLTable, into config: inout Config) {
        for entry in theme.entries {
            let path = "theme.\(entry.key)"
            switch entry.key {
            case "name":
                guard let name = string(entry, at: path) else { continue }
                if Config.themes.contains(name) {
                    config.theme = name
                } else {
                    problem(path, at: entry, .noTheme(SafeText.line(name), allowed: Config.themes))
                }
            case "colors":
                guard let colors = table(entry, at: path) else { continue }
                for color in colors.entries {
                    let elementPath = "\(path).\(color.key)"
                    guard vocabulary.colorElements.contains(color.key) else {
                        problem(elementPath, at: color, .noSuchElement(allowed: vocabulary.colorElements))
                        continue
                    }
                    guard let name = string(color, at: elementPath) else { continue }
                    if let value = TerminalColor(rawValue: name) {
                        config.colors[color.key] = value
                    } else {
                        problem(elementPath, at: color, .notAColour(SafeText.line(name), allowed: TerminalColor.allCases.map(\.rawValue)))
                    }
                }
            default:
                problem(path, at: entry, .unknownSetting(expected: ["name", "[theme.colors]"]))
            }
        }
    }

    private mutating func readKeys(_ keys: TOMLTable, into config: inout Config) {
        for entry in keys.entries {
            let action = entry.key
            let path = "keys.\(action)"
            guard vocabulary.actions.contains(action) else {
                problem(path, at: entry, .noSuchAction(allowed: vocabulary.actions))
                continue
            }
            guard let names = keyNames(entry.value) else {
                problem(path, at: entry, .expectedKeyNames)
                continue
            }
            for (name, value) in names where !vocabulary.isKey(name) {
                problem(path, at: value.location, .notAKey(SafeText.line(name), keyNames: vocabulary.keyNames))
            }
            // The keys that are right are bound; the action keeps its own keys in any case.
            let bound = names.map(\.name).filter(vocabulary.isKey)
            if !bound.isEmpty { config.keys[action] = bound }
        }
    }

    /// A key name or a non-empty list of them, each with its value, so that a wrong one in a list is
    /// pointed at; nil for anything else.
    private func keyNames(_ value: TOMLValue) -> [(name: String, value: TOMLValue)]? {
        switch value.content {
        case .string(let name):
            return [(name, value)]
        case .array(let elements) where !elements.isEmpty:
            let names = elements.compactMap { element -> (name: String, value: TOMLValue)? in
                guard case .string(let name) = element.content else { return nil }
                return (name, element)
            }
            return names.count == elements.count ? names : nil
        default:
            return nil
        }
    }

    private mutating func string(_ entry: TOMLEntry, at path: String) -> String? {
        if case .string(let text) = entry.value.content { return text }
        problem(path, at: entry, .expectedString)
        return nil
    }

    private mutating func boolean(_ entry: TOMLEntry, at path: String) -> Bool? {
        if case .boolean(let value) = entry.value.content { return value }
        problem(path, at: entry, .expectedBoolean)
        return nil
    }

    private mutating func table(_ entry: TOMLEntry, at path: String) -> TOMLTable? {
        if case .table(let table) = entry.value.content { return table }
        problem(path, at: entry, .expectedTable(SafeText.line(path)))
        return nil
    }

    /// A problem with the setting `path`, at its key.
    private mutating func problem(_ path: String, at entry: TOMLEntry, _ kind: ProblemKind) {
        problem(path, at: entry.location, kind)
    }

    /// Names taken from the file are made safe to print where the kind is made.
    private mutating func problem(_ path: String, at location: SourceLocation, _ kind: ProblemKind) {
        problems.append(DataProblem(file: file, location: location, field: SafeText.line(path), kind: kind))
    }
}
