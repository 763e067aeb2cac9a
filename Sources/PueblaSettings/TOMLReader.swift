import PueblaKit

/// Reads the part of TOML (1.0) that config.toml uses into a `TOMLTable` that knows where each
/// key and value stands, so that every problem can name its line and column.
///
/// Read: comments, `[table]` and `[dotted.table]` headers, bare, quoted and dotted keys, basic
/// strings with their escapes, literal strings, decimal integers, booleans, arrays (over several
/// lines, with comments) and inline tables; a UTF-8 byte order mark; LF or CRLF line ends. Whatever
/// this reads, any TOML reader reads the same way. The rest of TOML is refused with its place and
/// "not supported in Puebla's settings" rather than read, since no setting needs it: multi-line
/// strings, floats, dates and times, hexadecimal, octal and binary integers, arrays of tables.
struct TOMLReader {
    /// Arrays and inline tables nested deeper than this are refused rather than risking the stack.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    private var root = TOMLTable(origin: .header)
    /// The names of the table the last header opened; empty before the first.
    private var current: [String] = []

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    static func read(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        var reader = TOMLReader(text)
        if reader.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.offset = 3 }
        while reader.offset < reader.bytes.count {
            reader.skipBlanks()
            switch reader.peek {
            case UInt8(ascii: "["):
                try reader.readHeader()
                try reader.endLine(after: .tableHeader)
            case UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), nil:
                try reader.endLine(after: nil)
            default:
                try reader.readKeyValue()
                try reader.endLine(after: .value)
            }
        }
        return reader.root
    }

    // MARK: Lines

    private mutating func readHeader() throws(TOMLSyntaxError) {
        let start = here
        advance()
        if peek == UInt8(ascii: "[") {
            throw unsupported(.arraysOfTables, at: start)
        }
        let keys = try readKey()
        guard consume("]") else { throw expected(.headerEnd) }
        try root.define(header: keys[...], at: start)
        current = keys.map(\.name)
    }

    private mutating func readKeyValue() throws(TOMLSyntaxError) {
        let keys = try readKey()
        guard consume("=") else { throw expected(.equalsAfterKey) }
        skipBlanks()
        let value = try readValue()
        let path = current
        try root.update(path[...]) { (table: inout TOMLTable) throws(TOMLSyntaxError) in
            try table.set(keys[...], to: value, at: keys[0].location, path: path)
        }
    }

    /// Blanks and a comment, then the line's end or the file's.
    private mutating func endLine(after what: TOMLLinePart?) throws(TOMLSyntaxError) {
        skipBlanks()
        if peek == UInt8(ascii: "#") { try skipComment() }
        if try consumeLineEnd() || peek == nil { return }
        throw expected(.lineEnd(after: what))
    }

    // MARK: Keys

    /// A key, dotted or not: `name`, `"quoted name"`, `theme.colors`.
    private mutating func readKey() throws(TOMLSyntaxError) -> [TOMLKey] {
        var keys: [TOMLKey] = []
        repeat {
            skipBlanks()
            let start = here
            let name: String
            switch peek {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                name = try readString()
            default:
                let first = offset
                while let byte = peek, Self.isBare(byte) { advance() }
                guard offset > first else {
                    throw expected(.key)
                }
                name = String(decoding: bytes[first..<offset], as: UTF8.self)
            }
            keys.append(TOMLKey(name: name, location: start))
            skipBlanks()
        } while consume(".")
        return keys
    }

    private static func isBare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    // MARK: Values

    private mutating func readValue() throws(TOMLSyntaxError) -> TOMLValue {
        let start = here
        guard let byte = peek else { throw expected(.value) }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return TOMLValue(.string(try readString()), at: start)
        case UInt8(ascii: "["):
            return TOMLValue(.array(try readArray()), at: start)
        case UInt8(ascii: "{"):
            return TOMLValue(.table(try readInlineTable()), at: start)
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return TOMLValue(.integer(try readInteger()), at: start)
        case _ where Self.isBare(byte):
            let word = readWord()
            switch word {
            case "true": return TOMLValue(.boolean(true), at: start)
            case "false": return TOMLValue(.boolean(false), at: start)
            case "inf", "nan": throw unsupported(.floats, at: start)
            default:
                throw TOMLSyntaxError(problem: .bareWord(word), location: start)
            }
        default:
            throw expected(.value)
        }
    }

    private mutating func readWord() -> String {
        let first = offset
        while let byte = peek, Self.isBare(byte) { advance() }
        return String(decoding: bytes[first..<offset], as: UTF8.self)
    }

    /// A decimal integer: an optional sign, digits with single underscores between them, no
    /// leading zero. What starts like one but is a float or a date is refused as such.
    private mutating func readInteger() throws(TOMLSyntaxError) -> Int {
        let start = here
        var text = ""
        if let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            if sign == UInt8(ascii: "-") { text = "-" }
            advance()
            if let byte = peek, Self.isBare(byte), !Self.isDigit(byte) {
                let word = readWord()
                guard word == "inf" || word == "nan" else { throw TOMLSyntaxError(problem: .noDigitsAfterSign, location: start) }
                throw unsupported(.floats, at: start)
            }
        }
        if peek == UInt8(ascii: "0"), let next = byte(after: 1), [UInt8(ascii: "x"), UInt8(ascii: "o"), UInt8(ascii: "b")].contains(next) {
            throw unsupported(.nonDecimalIntegers, at: start)
        }
        var digits = 0
        var afterUnderscore = false
        while let byte = peek, Self.isDigit(byte) || byte == UInt8(ascii: "_") {
            if byte == UInt8(ascii: "_") {
                guard digits > 0, !afterUnderscore else { throw TOMLSyntaxError(problem: .misplacedUnderscore, location: here) }
                afterUnderscore = true
            } else {
                text.append(Character(Unicode.Scalar(byte)))
                digits += 1
                afterUnderscore = false
            }
            advance()
        }
        guard digits > 0 else { throw expected(.digits) }
        guard !afterUnderscore else { throw TOMLSyntaxError(problem: .misplacedUnderscore, location: here) }
        switch peek {
        case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw unsupported(.floats, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: ":"): throw unsupported(.datesAndTimes, at: start)
        default: break
        }
        if digits > 1, text.drop(while: { $0 == "-" }).first == "0" {
            throw TOMLSyntaxError(problem: .leadingZero, location: start)
        }
        guard let number = Int(text) else { throw TOMLSyntaxError(problem: .integerTooLarge, location: start) }
        return number
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// A basic string (`"..."`, with escapes) or a literal one (`'...'`, as written), on one line.
    private mutating func readString() throws(TOMLSyntaxError) -> String {
        let start = here
        guard let quote = peek else { throw expected(.string) }
        if byte(after: 1) == quote && byte(after: 2) == quote { throw unsupported(.multilineStrings, at: start) }
        let isLiteral = quote == UInt8(ascii: "'")
        advance()
        var text: [UInt8] = []
        while true {
            guard let byte = peek, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") else {
                throw TOMLSyntaxError(problem: .unclosedString, location: start)
            }
            if byte == quote {
                advance()
                return String(decoding: text, as: UTF8.self)
            }
            if (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F {
                throw TOMLSyntaxError(problem: .controlCharacterInString(UInt32(byte), escapable: !isLiteral), location: here)
            }
            if byte == UInt8(ascii: "\\") && !isLiteral {
                let scalar = try readEscape()
                UTF8.encode(scalar) { text.append($0) }
            } else {
                text.append(byte)
                advance()
            }
        }
    }

    /// `\n`, `\t`, `\"`, `\\`, `\b`, `\f`, `\r`, `\uXXXX` or `\UXXXXXXXX`.
    private mutating func readEscape() throws(TOMLSyntaxError) -> Unicode.Scalar {
        let start = here
        advance()
        guard let letter = peek else { throw expected(.escape) }
        advance()
        switch letter {
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = letter == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let byte = peek, let digit = Self.hexDigit(byte) else {
                    throw TOMLSyntaxError(problem: .escapeNeedsDigits(letter: Character(Unicode.Scalar(letter)), count: count), location: start)
                }
                value = value << 4 | digit
                advance()
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw TOMLSyntaxError(problem: .notUnicodeScalar(value), location: start)
            }
            return scalar
        default:
            throw TOMLSyntaxError(problem: .unknownEscape, location: start)
        }
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// `[a, b]`, over as many lines as it likes, with comments and a comma after the last value.
    private mutating func readArray() throws(TOMLSyntaxError) -> [TOMLValue] {
        try enterNesting()
        defer { depth -= 1 }
        var elements: [TOMLValue] = []
        while true {
            try skipBlanksAndLines()
            if consume("]") { return elements }
            elements.append(try readValue())
            try skipBlanksAndLines()
            if consume(",") { continue }
            guard consume("]") else { throw expected(.arrayContinuation) }
            return elements
        }
    }

    /// `{ key = value, ... }`, on one line, with no comma after the last value (as TOML says).
    private mutating func readInlineTable() throws(TOMLSyntaxError) -> TOMLTable {
        try enterNesting()
        defer { depth -= 1 }
        var table = TOMLTable(origin: .dotted)
        skipBlanks()
        if !consume("}") {
            repeat {
                let keys = try readKey()
                guard consume("=") else { throw expected(.equalsAfterKey) }
                skipBlanks()
                try table.set(keys[...], to: try readValue(), at: keys[0].location, path: [])
                skipBlanks()
            } while consume(",")
            guard consume("}") else { throw expected(.inlineTableContinuation) }
        }
        table.origin = .inline
        return table
    }

    private mutating func enterNesting() throws(TOMLSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw TOMLSyntaxError(problem: .nestedTooDeep(levels: Self.maximumDepth), location: here)
        }
        advance()
    }

    // MARK: Bytes

    private var here: SourceLocation { SourceLocation(line: line, column: column) }

    private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private func byte(after distance: Int) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    /// Moves one byte on; columns count characters (code points), as the JSON parser's do.
    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard peek == UInt8(ascii: character) else { return false }
        advance()
        return true
    }

    private mutating func skipBlanks() {
        while peek == UInt8(ascii: " ") || peek == UInt8(ascii: "\t") { advance() }
    }

    /// An LF or a CRLF; a carriage return alone is a mistake.
    private mutating func consumeLineEnd() throws(TOMLSyntaxError) -> Bool {
        if consume("\n") { return true }
        guard peek == UInt8(ascii: "\r") else { return false }
        guard byte(after: 1) == UInt8(ascii: "\n") else {
            throw TOMLSyntaxError(problem: .loneCarriageReturn, location: here)
        }
        advance()
        advance()
        return true
    }

    private mutating func skipBlanksAndLines() throws(TOMLSyntaxError) {
        while true {
            skipBlanks()
            if peek == UInt8(ascii: "#") { try skipComment() }
            guard try consumeLineEnd() else { return }
        }
    }

    /// From `#` to the line's end, which stays; TOML allows no control character but a tab in it.
    private mutating func skipComment() throws(TOMLSyntaxError) {
        while let byte = peek, byte != UInt8(ascii: "\n") {
            if byte == UInt8(ascii: "\r") && self.byte(after: 1) == UInt8(ascii: "\n") { return }
            if (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F {
                throw TOMLSyntaxError(problem: .controlCharacterInComment(UInt32(byte)), location: here)
            }
            advance()
        }
    }

    private func expected(_ what: TOMLExpectation) -> TOMLSyntaxError {
        TOMLSyntaxError(problem: .expected(what, saw: found()), location: here)
    }

    private func unsupported(_ feature: TOMLFeature, at location: SourceLocation) -> TOMLSyntaxError {
        TOMLSyntaxError(problem: .unsupported(feature), location: location)
    }

    private func found() -> TOMLToken {
        guard let byte = peek else { return .endOfFile }
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return .endOfLine }
        let rest = bytes[offset..<min(offset + 4, bytes.count)]
        guard let scalar = String(decoding: rest, as: UTF8.self).unicodeScalars.first else { return .endOfFile }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return .codePoint(scalar.value) }
        return .character(SafeText.line(String(scalar)))
    }
}
