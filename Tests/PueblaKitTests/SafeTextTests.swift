import Foundation
import PueblaKit
import Testing

/// A string a hostile page or a careless edit could put in Data, and what SafeText must make of it.
struct HostileString: CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let expected: String
    var testDescription: String { name }
}

let hostileStrings: [HostileString] = [
    .init(name: "CSI colour", input: "\u{1B}[31mred\u{1B}[0m text", expected: "␛red␛ text"),
    .init(name: "CSI cursor move and clear screen", input: "a\u{1B}[2J\u{1B}[10;20Hb", expected: "a␛␛b"),
    .init(name: "CSI private mode (alternate screen, mouse)", input: "\u{1B}[?1049h\u{1B}[?1000hx", expected: "␛␛x"),
    .init(name: "OSC window title ended by BEL", input: "\u{1B}]0;owned\u{07}title", expected: "␛title"),
    .init(name: "OSC window title ended by ST", input: "\u{1B}]2;owned\u{1B}\\title", expected: "␛title"),
    .init(name: "OSC 52 clipboard write", input: "x\u{1B}]52;c;cm0gLXJmIH4=\u{07}y", expected: "x␛y"),
    .init(name: "OSC 8 hyperlink", input: "\u{1B}]8;;http://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\", expected: "␛click␛"),
    .init(name: "OSC with no end keeps the text", input: "\u{1B}]0;no end here", expected: "␛0;no end here"),
    .init(name: "OSC cut short by a new escape", input: "\u{1B}]0;abc\u{1B}[31mred", expected: "␛␛red"),
    .init(name: "DCS request", input: "\u{1B}P+q544e\u{1B}\\ok", expected: "␛ok"),
    .init(name: "ESC c (full reset) and ESC 7", input: "\u{1B}ca\u{1B}7b", expected: "␛a␛b"),
    .init(name: "charset switch to line drawing", input: "\u{1B}(0lqk\u{1B}(B", expected: "␛lqk␛"),
    .init(name: "lone ESC at the end", input: "end\u{1B}", expected: "end␛"),
    .init(name: "8-bit CSI (C1)", input: "\u{9B}31mred", expected: "␛red"),
    .init(name: "8-bit OSC ended by 8-bit ST", input: "\u{9D}0;owned\u{9C}ok", expected: "␛ok"),
    .init(name: "other C1 controls", input: "a\u{85}b\u{8D}c\u{80}\u{81}", expected: "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}"),
    .init(name: "BEL", input: "ding\u{07}", expected: "ding␇"),
    .init(name: "backspace overstrike", input: "safe\u{08}\u{08}\u{08}\u{08}EVIL", expected: "safe␈␈␈␈EVIL"),
    .init(name: "carriage return overwrite", input: "harmless\rEVIL", expected: "harmless EVIL"),
    .init(name: "NUL", input: "a\u{0}b", expected: "a␀b"),
    .init(name: "DEL", input: "a\u{7F}b", expected: "a␡b"),
    .init(name: "tab, vertical tab, form feed, newline", input: "a\tb\u{0B}c\u{0C}d\ne", expected: "a b␋c␌d e"),
    .init(name: "line and paragraph separators", input: "a\u{2028}b\u{2029}c", expected: "a b c"),
    .init(name: "bidi embeddings and override", input: "\u{202A}a\u{202B}b\u{202D}c\u{202E}dlrow\u{202C}", expected: "abcdlrow"),
    .init(name: "bidi isolates and marks", input: "\u{2066}a\u{2067}b\u{2068}c\u{2069}\u{200E}\u{200F}\u{061C}", expected: "abc"),
    .init(name: "zero-width space, word joiner, BOM", input: "pay\u{200B}pal\u{2060}\u{FEFF}", expected: "paypal"),
    .init(name: "combining pile-up", input: "Z" + String(repeating: "\u{0301}\u{0316}", count: 20) + "!", expected: "Z\u{0301}\u{0316}\u{0301}\u{0316}!"),
    .init(name: "accents that belong are kept", input: "Perú, São Tomé, Việt Nam", expected: "Perú, São Tomé, Việt Nam"),
    .init(name: "emoji sequence with joiners is kept", input: "👩‍❤️‍💋‍👨 👨‍👩‍👧‍👦", expected: "👩‍❤️‍💋‍👨 👨‍👩‍👧‍👦"),
    .init(name: "wide characters are kept", input: "東京 서울", expected: "東京 서울"),
    .init(name: "tag characters spelling a hidden message", input: "IOM\u{E0001}\u{E0069}\u{E0067}\u{E006E}\u{E007F} news",
          expected: "IOM news"),
    .init(name: "a flag's tag sequence keeps its flag", input: "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", expected: "🏴"),
]

@Suite("SafeText: no control, escape or reordering reaches a terminal")
struct SafeTextTests {
    @Test("Each hostile string becomes its harmless form", arguments: hostileStrings)
    func neutralises(_ sample: HostileString) {
        #expect(SafeText.line(sample.input) == sample.expected)
    }

    @Test("What comes out has no control, C1, bidi or invisible character, whatever goes in", arguments: hostileStrings)
    func nothingDangerousSurvives(_ sample: HostileString) {
        let forbidden = SafeText.line(sample.input).unicodeScalars.filter { scalar in
            let v = scalar.value
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || [0x200B, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029, 0xFEFF].contains(v) || (0xE0000...0xE007F).contains(v)
        }
        #expect(forbidden.isEmpty)
    }

    @Test("Clean text is returned as it is")
    func cleanTextUnchanged() {
        let text = "Officials from the 11 countries (Perú, México) met in Tapachula — “15 years”."
        #expect(SafeText.line(text) == text)
    }

    @Test("JSON keeps its meaning but loses raw C1, bidi and separators")
    func jsonEscapes() {
        #expect(SafeText.escapingJSON("{\"a\": \"x\u{9B}31m\u{202E}y\u{2028}\"}") == "{\"a\": \"x\\u009B31m\\u202Ey\\u2028\"}")
        #expect(SafeText.escapingJSON("[\n  \"ok\"\n]") == "[\n  \"ok\"\n]")
    }

    @Test("JSON escapes a tag character as its UTF-16 pair, which decodes back to it")
    func jsonEscapesTags() throws {
        let escaped = SafeText.escapingJSON("[\"a\u{E0041}b\"]")
        #expect(escaped == "[\"a\\uDB40\\uDC41b\"]")
        let decoded = try JSONDecoder().decode([String].self, from: Data(escaped.utf8))
        #expect(decoded == ["a\u{E0041}b"])
    }
}

@Suite("WordWrap with hostile lengths")
struct WordWrapTests {
    @Test("A 10,000-character word is broken into lines that fit, and nothing is lost")
    func longWord() {
        let word = String(repeating: "abcdefghij", count: 1_000)
        let lines = WordWrap.lines("before " + word + " after", width: 80)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "before" + word + "after")
        #expect(lines.count == 1 + 10_000 / 80 + 1)
    }

    @Test("Wide characters in a long word never straddle the width")
    func wideCharacters() {
        let lines = WordWrap.lines(String(repeating: "東", count: 101), width: 9)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 9 })
        #expect(lines.first == "東東東東")
        #expect(lines.joined().count == 101)
    }

    @Test("A character wider than the whole width stands alone on its line")
    func widerThanWidth() {
        #expect(WordWrap.lines("東京", width: 1) == ["東", "京"])
    }
}
