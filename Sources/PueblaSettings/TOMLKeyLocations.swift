import Foundation
import PueblaKit

/// Where each key of a TOML file and its value are, found by reading table headers and `key =`
/// lines, so that a problem with a key or value can name its line and column (TOMLKit gives
/// positions only for syntax errors).
struct TOMLKeyLocations {
    private struct Entry {
        let key: SourceLocation
        /// Where the value after `=` starts; nil for a table header.
        let value: SourceLocation?
    }

    private var entries: [String: Entry] = [:]
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var table: [String] = []
        for (number, raw) in lines.enumerated() {
            let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
            let line = raw.trimmingCharacters(in: .whitespaces)
            let location = SourceLocation(line: number + 1, column: indent + 1)
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.keyPath(String(inner))
                let key = table.joined(separator: ".")
                if entries[key] == nil { entries[key] = Entry(key: location, value: nil) }
            } else if let equals = Self.assignment(in: line) {
                let key = (table + Self.keyPath(String(line[..<equals]))).joined(separator: ".")
                let afterEquals = line[line.index(after: equals)...]
                let valueOffset = line.distance(from: line.startIndex, to: equals) + 1 + afterEquals.prefix { $0 == " " || $0 == "\t" }.count
                let value = SourceLocation(line: number + 1, column: indent + valueOffset + 1)
                if entries[key] == nil { entries[key] = Entry(key: location, value: value) }
            }
        }
    }

    /// Where `key` (dotted) is, or the nearest table around it.
    func location(of key: String) -> SourceLocation? {
        entry(of: key)?.key
    }

    /// Where the quoted string `element` stands in the value of `key` (an array, maybe over several
    /// lines), else where the value starts.
    func location(of element: String, inValueOf key: String) -> SourceLocation? {
        guard let entry = entry(of: key) else { return nil }
        guard let start = entry.value else { return entry.key }
        for index in (start.line - 1)..<lines.count {
            let line = lines[index]
            let from = index == start.line - 1 ? start.column - 1 : 0
            if index > start.line - 1 {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("[") && !trimmed.hasPrefix("[\"") && !trimmed.hasPrefix("['") || Self.assignment(in: trimmed) != nil { break }
            }
            let searched = line.dropFirst(from)
            for quote in ["\"", "'"] {
                if let range = searched.range(of: quote + element + quote) {
                    return SourceLocation(line: index + 1, column: from + searched.distance(from: searched.startIndex, to: range.lowerBound) + 1)
                }
            }
        }
        return start
    }

    private func entry(of key: String) -> Entry? {
        var parts = key.split(separator: ".").map(String.init)
        while !parts.isEmpty {
            if let entry = entries[parts.joined(separator: ".")] { return entry }
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
