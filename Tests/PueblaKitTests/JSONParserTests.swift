import Testing
@testable import PueblaKit

@Suite("The located JSON parser")
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONNode {
        try JSONParser.parse(Array(text.utf8))
    }

    private func error(_ text: String) -> JSONParser.SyntaxError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("values carry their line and column, counted in characters")
    func locations() throws {
        let node = try parse("{\n  \"é\": [1,\n    \"x\"]\n}")
        guard case .object(let members) = node.value, case .array(let elements) = members[0].value.value else {
            Issue.record("unexpected shape")
            return
        }
        #expect(members[0].value.location == SourceLocation(line: 2, column: 8))
        #expect(elements[1].location == SourceLocation(line: 3, column: 5))
    }

    @Test("escapes and surrogate pairs decode")
    func escapes() throws {
        let node = try parse(#"["a\"b\\c\/\n\u00e9\ud83d\ude00"]"#)
        guard case .array(let elements) = node.value, case .string(let text) = elements[0].value else {
            Issue.record("unexpected shape")
            return
        }
        #expect(text == "a\"b\\c/\né😀")
    }

    @Test("syntax errors say what and where")
    func errors() {
        #expect(error("") == JSONParser.SyntaxError(kind: .emptyFile, location: SourceLocation(line: 1, column: 1)))
        #expect(error("")?.message == "empty file, expected a JSON value")
        #expect(error("{\"a\": 1,}")?.location == SourceLocation(line: 1, column: 9))
        #expect(error("[1 2]")?.message == "unexpected '2', expected ',' or ']'")
        #expect(error("{\"a\": 1, \"a\": 2}")?.message == "duplicate key \"a\"")
        #expect(error("\"\\ud800\"")?.message == "unpaired surrogate in \\u escape")
        #expect(error("[tru]")?.message == "invalid literal, expected 'true'")
        #expect(error("[01]") != nil)
        #expect(error("\"a\u{01}\"")?.message.hasPrefix("control character") == true)
        #expect(error("[1] x")?.message == "unexpected 'x' after the JSON value")
    }

    @Test("invalid UTF-8 is found and located")
    func invalidUTF8() {
        do {
            _ = try JSONParser.parse(Array("[\n\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(line: 2, column: 4))
            #expect(error.message.hasPrefix("invalid UTF-8"))
        }
    }

    @Test("deep nesting is refused, not a stack overflow")
    func depth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(deep)?.message == "nested deeper than \(JSONParser.maximumDepth) levels")
    }
}
