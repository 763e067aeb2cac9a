import Foundation

/// Where each key of a TOML file is, found by reading table headers and `key =` lines, so that a
/// problem with a value can name its line (TOMLKit gives positions only for syntax errors).
struct TOMLKeyLocations {
    private var locations: [String: SourceLocation] = [:]

    init(_ text: String) {
        var table: [String] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let location = SourceLocation(line: number + 1, column: raw.prefix { $0 == " " || $0 == "\t" }.count + 1)
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.keyPath(String(inner))
                let key = table.joined(separator: ".")
                if locations[key] == nil { locations[key] = location }
            } else if let equals = Self.assignment(in: line) {
                let key = (table + Self.keyPath(String(line[..<equals]))).joined(separator: ".")
                if locations[key] == nil { locations[key] = location }
            }
        }
    }

    /// Where `key` (dotted) is, or the nearest table around it.
    func location(of key: String) -> SourceLocation? {
        var parts = key.split(separator: ".").map(String.init)
        while !parts.isEmpty {
            if let location = locations[parts.joined(separator: ".")] { return location }
            parts.removeLast()
        }
        return nil
    }

    /// Where the `=` of a `key = value` line is, outside quotes.
    private static func assignment(in line: String) -> String.Index? {
        guard let first = line.first, first != "#", first != "]", first != "\"" || line.contains("=") else { return nil }
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            } else if character == "#" {
                return nil
            }
        }
        return nil
    }

    /// `a."b.c".d` as `["a", "b.c", "d"]`.
    private static func keyPath(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts
    }
}
