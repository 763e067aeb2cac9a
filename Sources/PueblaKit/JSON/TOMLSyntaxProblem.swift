/// What is wrong in the syntax of `config.toml`, as the settings' TOML reader finds it. Text from
/// the file (a key's path, a character) is kept already made safe to print.
public enum TOMLSyntaxProblem: Sendable, Equatable {
    case expected(TOMLExpectation, saw: TOMLToken)
    /// A word without quotes where a value stands (`name = mono`).
    case bareWord(String)
    case noDigitsAfterSign
    case misplacedUnderscore
    case leadingZero
    case integerTooLarge
    case unclosedString
    /// A control character in a string; `escapable` in one in double quotes.
    case controlCharacterInString(UInt32, escapable: Bool)
    case controlCharacterInComment(UInt32)
    /// `\u` or `\U` without its four or eight hexadecimal digits.
    case escapeNeedsDigits(letter: Character, count: Int)
    case notUnicodeScalar(UInt32)
    case unknownEscape
    case nestedTooDeep(levels: Int)
    case loneCarriageReturn
    case unsupported(TOMLFeature)
    case definedTwice(path: String, firstLine: Int)
    case tableDefinedTwice(path: String, firstLine: Int)
    case tableMadeByDottedKeys(path: String, firstLine: Int)
    /// A table made by a header, which dotted keys cannot add to.
    case tableClosedToDottedKeys(path: String, line: Int)
    case notATable(path: String, line: Int)
    case inlineTableClosed(path: String, line: Int)
}

/// What the TOML reader wanted at a place.
public enum TOMLExpectation: Sendable, Equatable {
    case headerEnd
    case equalsAfterKey
    case lineEnd(after: TOMLLinePart?)
    case key
    case value
    case digits
    case string
    case escape
    case arrayContinuation
    case inlineTableContinuation
}

/// What a line's end may follow.
public enum TOMLLinePart: Sendable, Equatable { case tableHeader, value }

/// What the TOML reader found instead.
public enum TOMLToken: Sendable, Equatable {
    case endOfFile
    case endOfLine
    /// A control character, shown as `U+0007`.
    case codePoint(UInt32)
    case character(String)
}

/// What TOML has and Puebla's settings do without.
public enum TOMLFeature: Sendable, Equatable {
    case arraysOfTables, floats, datesAndTimes, nonDecimalIntegers, multilineStrings
}
