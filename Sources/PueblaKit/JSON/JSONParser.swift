/// A strict JSON parser (RFC 8259) that records the line and column of every value.
///
/// Foundation's decoder reports neither, and a person fixing `Data/` by hand needs both.
public struct JSONParser {
    public struct SyntaxError: Error, Sendable, Equatable {
        public let kind: ProblemKind
        public let location: SourceLocation

        /// What is wrong, in English.
        public var message: String { English().problem(kind) }
    }

    /// Nesting deeper than this is refused rather than risking the stack on hostile input.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        if let bad = firstInvalidUTF8(in: bytes) {
            throw SyntaxError(kind: .invalidUTF8(byte: bytes[bad.offset]), location: bad.location)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
        parser.skipWhitespace()
        guard parser.offset < bytes.count else {
            throw SyntaxError(kind: .emptyFile, location: parser.here)
        }
        let node = try parser.parseValue()
        parser.skipWhitespace()
        if parser.offset < bytes.count {
            throw SyntaxError(kind: .textAfterValue(parser.current()), location: parser.here)
        }
        return node
    }

    private var here: SourceLocation { SourceLocation(line: line, column: column) }

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

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: advance()
            default: return
            }
        }
    }

    private func current() -> JSONToken {
        guard offset < bytes.count else { return .endOfFile }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return .character(Character(Unicode.Scalar(byte))) }
        return .byte(byte)
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONNode {
        let start = here
        guard offset < bytes.count else {
            throw SyntaxError(kind: .unexpected(.endOfFile, expected: .value), location: start)
        }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        default:
            throw SyntaxError(kind: .unexpected(current(), expected: .value), location: start)
        }
    }

    private mutating func enterContainer(at start: SourceLocation) throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw SyntaxError(kind: .nestedTooDeep(levels: Self.maximumDepth), location: start)
        }
        advance()
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONNode {
        let start = here
        try enterContainer(at: start)
        defer { depth -= 1 }
        var members: [JSONNode.Member] = []
        var seen: Set<String>?
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
            advance()
            return JSONNode(.object(members), at: start)
        }
        while true {
            skipWhitespace()
            let keyLocation = here
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                throw SyntaxError(kind: .unexpected(current(), expected: .key), location: keyLocation)
            }
            let key = try parseString()
            if isDuplicate(key, in: members, seen: &seen) {
                throw SyntaxError(kind: .duplicateKey(key), location: keyLocation)
            }
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            members.append(JSONNode.Member(key: key, value: try parseValue()))
            skipWhitespace()
            guard offset < bytes.count else {
                throw SyntaxError(kind: .unexpected(.endOfFile, expected: .commaOr("}")), location: here)
            }
            if bytes[offset] == UInt8(ascii: ",") { advance(); continue }
            if bytes[offset] == UInt8(ascii: "}") { advance(); break }
            throw SyntaxError(kind: .unexpected(current(), expected: .commaOr("}")), location: here)
        }
        return JSONNode(.object(members), at: start)
    }

    /// Objects in Data are small, and looking through a few keys is faster than hashing each; a large
    /// object switches to a set so that a hostile file cannot make the check quadratic.
    private func isDuplicate(_ key: String, in members: [JSONNode.Member], seen: inout Set<String>?) -> Bool {
        if seen == nil {
            if members.count < 16 { return members.contains { $0.key == key } }
            seen = Set(members.map(\.key))
        }
        return seen?.insert(key).inserted == false
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONNode {
        let start = here
        try enterContainer(at: start)
        defer { depth -= 1 }
        var elements: [JSONNode] = []
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
            advance()
            return JSONNode(.array(elements), at: start)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard offset < bytes.count else {
                throw SyntaxError(kind: .unexpected(.endOfFile, expected: .commaOr("]")), location: here)
            }
            if bytes[offset] == UInt8(ascii: ",") { advance(); continue }
            if bytes[offset] == UInt8(ascii: "]") { advance(); break }
            throw SyntaxError(kind: .unexpected(current(), expected: .commaOr("]")), location: here)
        }
        return JSONNode(.array(elements), at: start)
    }

    private mutating func expect(_ character: Character) throws(SyntaxError) {
        guard offset < bytes.count, bytes[offset] == character.asciiValue else {
            throw SyntaxError(kind: .unexpected(current(), expected: .character(character)), location: here)
        }
        advance()
    }

    private mutating func expectLiteral(_ literal: String) throws(SyntaxError) {
        let start = here
        for byte in literal.utf8 {
            guard offset < bytes.count, bytes[offset] == byte else {
                throw SyntaxError(kind: .invalidLiteral(expected: literal), location: start)
            }
            advance()
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = here
        let first = offset
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        if bytes[offset] == UInt8(ascii: "-") { advance() }
        guard offset < bytes.count, isDigit(bytes[offset]) else {
            throw SyntaxError(kind: .invalidNumber, location: start)
        }
        if bytes[offset] == UInt8(ascii: "0") {
            advance()
        } else {
            while offset < bytes.count && isDigit(bytes[offset]) { advance() }
        }
        if offset < bytes.count && bytes[offset] == UInt8(ascii: ".") {
            advance()
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw SyntaxError(kind: .noDigitsAfterPoint, location: start)
            }
            while offset < bytes.count && isDigit(bytes[offset]) { advance() }
        }
        if offset < bytes.count && (bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E")) {
            advance()
            if offset < bytes.count && (bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")) { advance() }
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw SyntaxError(kind: .noDigitsInExponent, location: start)
            }
            while offset < bytes.count && isDigit(bytes[offset]) { advance() }
        }
        let text = String(decoding: bytes[first..<offset], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw SyntaxError(kind: .numberOutOfRange, location: start)
        }
        return value
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        let start = here
        advance()  // opening quote
        // Bytes of the string so far, needed only once an escape breaks the run of plain bytes.
        var decoded: [UInt8] = []
        var hasEscape = false
        var runStart = offset
        while true {
            skipPlainStringBytes()
            guard offset < bytes.count else {
                throw SyntaxError(kind: .unterminatedString, location: start)
            }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text: String
                if hasEscape {
                    decoded.append(contentsOf: bytes[runStart..<offset])
                    text = String(decoding: decoded, as: UTF8.self)
                } else {
                    text = bytes.withUnsafeBufferPointer { buffer in
                        String(decoding: UnsafeBufferPointer(rebasing: buffer[runStart..<offset]), as: UTF8.self)
                    }
                }
                advance()
                return text
            }
            if byte < 0x20 {
                throw SyntaxError(kind: .controlCharacterInString(byte: byte), location: here)
            }
            // A backslash.
            hasEscape = true
            decoded.append(contentsOf: bytes[runStart..<offset])
            decoded.append(contentsOf: String(try parseEscape()).utf8)
            runStart = offset
        }
    }

    /// Moves past bytes that stand for themselves in a string: no quote, backslash or control
    /// character, hence no newline, so only the column changes.
    private mutating func skipPlainStringBytes() {
        let (end, characters) = bytes.withUnsafeBufferPointer { buffer -> (Int, Int) in
            var index = offset
            var characters = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                if byte & 0xC0 != 0x80 { characters += 1 }
                index += 1
            }
            return (index, characters)
        }
        offset = end
        column += characters
    }

    private mutating func parseEscape() throws(SyntaxError) -> Unicode.Scalar {
        let start = here
        advance()  // backslash
        guard offset < bytes.count else { throw SyntaxError(kind: .unterminatedEscape, location: start) }
        let byte = bytes[offset]
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4(escapeStart: start)
            if (0xD800...0xDBFF).contains(high) {
                if offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") {
                    advance(); advance()
                    let low = try parseHex4(escapeStart: start)
                    if (0xDC00...0xDFFF).contains(low),
                       let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                        return scalar
                    }
                }
                throw SyntaxError(kind: .unpairedSurrogate, location: start)
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw SyntaxError(kind: .unpairedSurrogate, location: start)
            }
            return scalar
        default:
            let shown: JSONToken = byte >= 0x21 && byte < 0x7F ? .character(Character(Unicode.Scalar(byte))) : .byte(byte)
            throw SyntaxError(kind: .invalidEscape(shown), location: start)
        }
    }

    private mutating func parseHex4(escapeStart: SourceLocation) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count, let digit = hexValue(bytes[offset]) else {
                throw SyntaxError(kind: .invalidUnicodeEscape, location: escapeStart)
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// Where the first byte that is not valid UTF-8 stands, if any.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (offset: Int, location: SourceLocation)? {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (index, SourceLocation(line: line, column: column))
            }
            if length > 1 {
                guard index + length <= bytes.count else { return (index, SourceLocation(line: line, column: column)) }
                for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 {
                    return (index, SourceLocation(line: line, column: column))
                }
                let second = bytes[index + 1]
                // Overlong forms, surrogates and values past U+10FFFF.
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F)
                    || (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) {
                    return (index, SourceLocation(line: line, column: column))
                }
            }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return nil
    }
}
