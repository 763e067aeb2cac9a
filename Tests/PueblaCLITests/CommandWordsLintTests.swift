import Foundation
import Testing

/// The command line says nothing that is not in its word lists: a sentence or a table header
/// written as a literal in a command would show in English whatever the language.
@Suite("The command line's words come from its word lists")
struct CommandWordsLintTests {
    static let sources = PueblaBinary.packageRoot.appendingPathComponent("Sources/puebla")

    /// Literals that are not words for people: codes the JSON keeps in every language, environment
    /// variables, and the start of a core message matched, never shown.
    static let allowed: Set<String> = [
        "would import", "would replace", "already there",
        "VISUAL", "EDITOR", "COLUMNS",
        "unknown country code",
    ]

    /// Every Swift file of the executable but the word lists themselves and the generated link order.
    static func commandFiles() throws -> [(name: String, text: String)] {
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        return try files.filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Words/") && !$0.hasPrefix("LinkOrder/") }.sorted().map { name in
            (name, try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// A literal is prose when it holds two words side by side, or is a table header (DATE, NO.).
    static func isProse(_ literal: String) -> Bool {
        let trimmed = literal.trimmingCharacters(in: .whitespaces)
        return trimmed.range(of: #"\p{L}{2,}[ ,;:]+\p{L}{2,}"#, options: .regularExpression) != nil
            || trimmed.range(of: #"^\p{Lu}[\p{Lu}.]+$"#, options: .regularExpression) != nil
    }

    @Test("the detector finds what it is for")
    func detector() {
        #expect(Self.literals(in: #"print("No releases \(x) dated")"#) == ["No releases   dated"])
        #expect(Self.literals(in: #"let a = "outer \("inner text") end" // "comment""#) == ["inner text", "outer   end"])
        #expect(Self.literals(in: "let b = \"\"\"\n    Two words\n    \"\"\"") == ["\n    Two words\n    "])
        #expect(Self.isProse("No quotes match.") && Self.isProse("DATE") && Self.isProse("NO."))
        #expect(!Self.isProse("--data") && !Self.isProse("puebla: ") && !Self.isProse(".json") && !Self.isProse("\\n"))
    }

    @Test("no sentence or header is a literal in a command")
    func noLiteralProse() throws {
        var found: [String] = []
        for (name, text) in try Self.commandFiles() {
            for literal in Self.literals(in: text) where Self.isProse(literal) && !Self.allowed.contains(literal) {
                found.append("\(name): \"\(literal)\"")
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test("counts are said by the word lists, which know each language's plural")
    func countsInWordLists() throws {
        let counted = try Self.commandFiles().filter { $0.text.contains("Plural.") }.map(\.name)
        #expect(counted.isEmpty, "\(counted)")
    }

    @Test("no list of the command line's words gives a default: a word missing in one language must not build")
    func noDefaults() throws {
        let words = PueblaBinary.packageRoot.appendingPathComponent("Sources/puebla/Words")
        for name in try FileManager.default.contentsOfDirectory(atPath: words.path) {
            let text = try String(contentsOf: words.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("extension CommandWords") && !text.contains("extension CommandHelpWords"), "\(name)")
        }
    }

    /// The text of every string literal, interpolations left out (each a space), and of the
    /// literals inside interpolations; comments skipped.
    static func literals(in source: String) -> [String] {
        let characters = Array(source)
        var found: [String] = []
        var index = 0
        func starts(_ text: String, at position: Int) -> Bool {
            let pattern = Array(text)
            return position + pattern.count <= characters.count && Array(characters[position..<(position + pattern.count)]) == pattern
        }
        func readLiteral() -> String {
            let multiline = starts("\"\"\"", at: index)
            index += multiline ? 3 : 1
            var text = ""
            while index < characters.count {
                if multiline ? starts("\"\"\"", at: index) : characters[index] == "\"" {
                    index += multiline ? 3 : 1
                    break
                }
                if characters[index] == "\\", index + 1 < characters.count, characters[index + 1] == "(" {
                    index += 2
                    var depth = 1
                    while index < characters.count, depth > 0 {
                        if characters[index] == "\"" {
                            found.append(readLiteral())
                            continue
                        }
                        if characters[index] == "(" { depth += 1 }
                        if characters[index] == ")" { depth -= 1 }
                        index += 1
                    }
                    text += " "
                    continue
                }
                if characters[index] == "\\", index + 1 < characters.count {
                    text += String(characters[index...(index + 1)])
                    index += 2
                    continue
                }
                text.append(characters[index])
                index += 1
            }
            return text
        }
        while index < characters.count {
            if starts("//", at: index) {
                while index < characters.count, characters[index] != "\n" { index += 1 }
            } else if characters[index] == "\"" {
                found.append(readLiteral())
            } else {
                index += 1
            }
        }
        return found
    }
}
