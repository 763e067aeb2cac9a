import Foundation
import Testing

/// The catalog of words is typed (protocols that `English` and `Spanish` conform to), so a word
/// missing in one language does not build. These tests check what the compiler does not: that no
/// protocol extension gives a requirement a default (a language would fall back to it silently),
/// that both languages conform to every list and implement the same words, and that the views
/// print no words of their own.
@Suite("The catalog of words")
struct WordsCatalogTests {
    static let folders = ["PueblaKit", "PueblaViewModel", "PueblaTerminal", "puebla"]

    static func sources() throws -> [(path: String, code: String)] {
        try folders.flatMap { try SwiftSource.files(under: $0) }.map { ($0.path, SwiftSource.code($0.text)) }
    }

    static func matches(_ pattern: String, in text: some StringProtocol) -> [[String]] {
        let text = String(text)
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    /// The names a declaration body declares at its top level: `func name`, `var name`.
    static func members(_ body: Substring) -> Set<String> {
        var depth = 0, topLevel = ""
        for character in body {
            if character == "}" { depth -= 1 }
            if depth == 0 { topLevel.append(character) }
            if character == "{" { depth += 1 }
        }
        return Set(matches(#"(?:func|var)\s+(\w+)"#, in: topLevel).map { $0[1] })
    }

    /// Each `protocol ...Words` with the names it requires.
    static func protocols(_ sources: [(path: String, code: String)]) -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        for source in sources {
            for match in matches(#"protocol\s+(\w+Words)\b"#, in: source.code) {
                guard let range = source.code.range(of: "protocol \(match[1])"),
                      let body = SwiftSource.body(in: source.code, after: range.upperBound) else { continue }
                found[match[1]] = members(body)
            }
        }
        return found
    }

    /// The members a type declares in its extensions conforming it to `list`.
    static func conformance(_ type: String, to list: String, in sources: [(path: String, code: String)]) -> Set<String>? {
        var found: Set<String>?
        for source in sources {
            for match in matches(#"(?:extension|struct)\s+\#(type)\s*:[^{]*\b\#(list)\b[^{]*"#, in: source.code) {
                guard let range = source.code.range(of: match[0]), let body = SwiftSource.body(in: source.code, after: range.lowerBound) else { continue }
                found = (found ?? []).union(members(body))
            }
        }
        return found
    }

    @Test("the sources are read: the lists of words are found")
    func found() throws {
        let lists = Self.protocols(try Self.sources())
        #expect(lists.keys.contains("CommonWords") && lists.keys.contains("PaneWords") && lists.keys.contains("FormatterWords"))
        #expect(lists["PaneWords"]?.contains("readWhole") == true)
    }

    @Test("English and Spanish conform to every list of words, each with the same words")
    func sameKeys() throws {
        let sources = try Self.sources()
        for (list, required) in Self.protocols(sources) {
            let english = Self.conformance("English", to: list, in: sources)
            let spanish = Self.conformance("Spanish", to: list, in: sources)
            #expect(english != nil, "English does not conform to \(list)")
            #expect(spanish != nil, "Spanish does not conform to \(list)")
            #expect(english == spanish, "\(list): only in English \(english?.subtracting(spanish ?? []) ?? []), only in Spanish \(spanish?.subtracting(english ?? []) ?? [])")
            #expect(required.isSubset(of: english ?? []), "\(list): English lacks \(required.subtracting(english ?? []))")
        }
    }

    @Test("no extension of a list of words implements one of its requirements: no word has a default")
    func noDefaults() throws {
        let sources = try Self.sources()
        let lists = Self.protocols(sources)
        for source in sources {
            for match in Self.matches(#"extension\s+(\w+Words)\s*(?:where[^{]*)?\{"#, in: source.code) {
                guard let required = lists[match[1]], let range = source.code.range(of: match[0]),
                      let body = SwiftSource.body(in: source.code, after: range.lowerBound) else { continue }
                let defaults = Self.members(body).intersection(required)
                #expect(defaults.isEmpty, "\(source.path): extension \(match[1]) gives \(defaults.sorted()) a default")
            }
        }
    }

    /// Literals that are no language's words: the program's name, keys as the settings and the
    /// terminal name them, the settings' names (colours, actions), the panes' keys in the reading
    /// state, file names, paths, URL schemes, environment variables, locale and terminal names.
    static let allowed: Set<String> = [
        "Puebla ", "Puebla",
        "Enter", "Esc", "Escape", "PgUp", "PgDn", "PageUp", "PageDown", "Home", "End", "Tab", "Shift-Tab", "BackTab",
        "Backspace", "Space", "Up", "Down", "Left", "Right", "Up/Down",
        "page-down", "clear-country", "next-match", "previous-match", "toggle-read", "unread-only", "mark-all-read", "toggle-detail",
        "title", "heading", "quote", "warning", "accent", "unread", "highlight", "border", "status",
        "map-member", "map-observer", "map-selected", "map-marker", "mono", "light",
        "releases", "quotes", "timeline", "members",
        ".md", "puebla-bookmarks.md", "puebla-search.md", "/proc/thread-self", "/proc/self/task", "/dev/null", "mailto:",
        "TERM", "NO_COLOR", "PUEBLA_TEST_TRAP_ON_KEY", "LC_ALL", "LC_CTYPE", "LANG", "UTF-8", "UTF8", "C.UTF-8",
        "dumb", "linux", "vt", "cons", "sun", "pcansi", "ansi",
    ]

    /// Files whose literals are not all in the catalog yet (what the browser writes on standard
    /// error before and after the screen); the list only shrinks.
    static let notYetConverted: Set<String> = [
        "Sources/PueblaTerminal/Browser.swift",
        "Sources/PueblaTerminal/PseudoTerminalChild.swift",
        "Sources/PueblaTerminal/TerminalGuard.swift",
    ]

    @Test("the views print no string literal that is not from the catalog")
    func noLiterals() throws {
        var found: [String] = []
        for folder in ["PueblaViewModel", "PueblaTerminal"] {
            for file in try SwiftSource.files(under: folder) where !file.path.contains("/Words/") && !file.path.hasSuffix("Words.swift")
                && !Self.notYetConverted.contains(file.path) {
                for literal in SwiftSource.literals(in: file.text) where literal.text.range(of: #"\p{L}\p{L}"#, options: .regularExpression) != nil
                    && !Self.allowed.contains(literal.text) {
                    found.append("\(file.path):\(literal.line): \"\(literal.text)\"")
                }
            }
        }
        #expect(found.isEmpty, "literals outside the catalog:\n\(found.joined(separator: "\n"))")
    }
}
