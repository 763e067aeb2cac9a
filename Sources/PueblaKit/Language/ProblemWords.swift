/// The words for what is wrong in a file Puebla reads (`Data/`, `config.toml`): one sentence per
/// `ProblemKind`, written by an exhaustive switch in each language, so that a kind one language
/// does not say is a build error. Field paths, file names, line numbers and values from the file
/// are given to these words as they are and never translated.
public protocol ProblemWords: Sendable {
    func problem(_ kind: ProblemKind) -> String
}

extension InterfaceLanguage {
    /// The problem words of this language.
    public var problemWords: any ProblemWords {
        switch self {
        case .english: English()
        case .spanish: Spanish()
        }
    }
}

/// `U+0007`: a character that shows nothing, by its number.
func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}

/// `"a", "b", "c"`: the values a setting or a field may take, as every language lists them.
func quotedList(_ names: [String]) -> String {
    names.map { "\"\($0)\"" }.joined(separator: ", ")
}
