import Foundation

/// Just enough of Swift's lexical structure for the catalog's tests: the package's sources, their
/// comments taken out, their string literals with interpolations told apart from text, and the
/// body of a declaration by its braces.
enum SwiftSource {
    static let packageFolder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// Every `.swift` file under `Sources/<folder>`, as (path from the package, contents).
    static func files(under folder: String) throws -> [(path: String, text: String)] {
        let root = packageFolder.appendingPathComponent("Sources").appendingPathComponent(folder)
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return try paths.filter { $0.hasSuffix(".swift") }.sorted().map { relative in
            ("Sources/\(folder)/\(relative)", try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8))
        }
    }

    /// A string literal: its text outside interpolations, and the line it starts on.
    struct Literal: Equatable {
        var text: String
        var line: Int
    }

    /// The string literals of `source`, nested ones (inside an interpolation) included; comments skipped.
    static func literals(in source: String) -> [Literal] {
        var scanner = Scanner(Array(source.unicodeScalars))
        var found: [Literal] = []
        scanner.code(until: nil, into: &found)
        return found
    }

    /// `source` without comments and without the contents of string literals: for finding declarations.
    static func code(_ source: String) -> String {
        var scanner = Scanner(Array(source.unicodeScalars))
        var found: [Literal] = []
        return scanner.code(until: nil, into: &found)
    }

    /// The text between the brace that follows `start` and its matching brace.
    static func body(in code: String, after start: String.Index) -> Substring? {
        guard let open = code[start...].firstIndex(of: "{") else { return nil }
        var depth = 0
        for index in code[open...].indices {
            if code[index] == "{" { depth += 1 }
            if code[index] == "}" { depth -= 1 }
            if depth == 0 { return code[code.index(after: open)..<index] }
        }
        return nil
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var position = 0
        var line = 1

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            position + offset < scalars.count ? scalars[position + offset] : nil
        }

        mutating func advance() -> Unicode.Scalar {
            let scalar = scalars[position]
            position += 1
            if scalar == "\n" { line += 1 }
            return scalar
        }

        /// Code up to an unmatched `end` (the `)` closing an interpolation), literals collected.
        @discardableResult
        mutating func code(until end: Unicode.Scalar?, into found: inout [Literal]) -> String {
            var out = "", depth = 0
            while let scalar = peek() {
                if scalar == "/" && peek(1) == "/" {
                    while let next = peek(), next != "\n" { _ = advance() }
                } else if scalar == "/" && peek(1) == "*" {
                    while peek() != nil, !(peek() == "*" && peek(1) == "/") { _ = advance() }
                    if peek() != nil { _ = advance(); _ = advance() }
                } else if scalar == "\"" || (scalar == "#" && peek(1) == "\"") {
                    literal(into: &found)
                    out += "\"\""
                } else {
                    if scalar == "(" { depth += 1 }
                    if scalar == ")" {
                        if depth == 0 && end == ")" { _ = advance(); return out }
                        depth -= 1
                    }
                    out.unicodeScalars.append(advance())
                }
            }
            return out
        }

        mutating func literal(into found: inout [Literal]) {
            var hashes = 0
            while peek() == "#" { _ = advance(); hashes += 1 }
            let multiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
            for _ in 0..<(multiline ? 3 : 1) { _ = advance() }
            let start = line
            var text = ""
            var nested: [Literal] = []
            while let scalar = peek() {
                let closes = multiline ? scalar == "\"" && peek(1) == "\"" && peek(2) == "\"" : scalar == "\""
                if closes && (0..<hashes).allSatisfy({ peek((multiline ? 3 : 1) + $0) == "#" }) {
                    for _ in 0..<((multiline ? 3 : 1) + hashes) { _ = advance() }
                    break
                }
                if scalar == "\\" && (1...hashes + 1).allSatisfy({ $0 > hashes || peek($0) == "#" }) && peek(hashes + 1) == "(" {
                    for _ in 0..<(hashes + 2) { _ = advance() }
                    code(until: ")", into: &nested)
                    text += " "
                } else if scalar == "\\" && hashes == 0 {
                    _ = advance()
                    if peek() == "u" {
                        while let next = peek(), next != "}" { _ = advance() }
                        if peek() != nil { _ = advance() }
                    } else if peek() != nil {
                        _ = advance()
                    }
                    text += " "
                } else {
                    text.unicodeScalars.append(advance())
                }
            }
            found.append(Literal(text: text, line: start))
            found += nested
        }
    }
}
