import Testing
@testable import PueblaKit
@testable import PueblaSettings

@Suite("TOMLReader")
struct TOMLReaderTests {
    func read(_ text: String) throws -> TOMLTable {
        try TOMLReader.read(text)
    }

    /// Each text, read as config.toml, is refused whole with the one problem given (its place and
    /// message, before "; using the defaults"), as `puebla config` prints it.
    func expectRefused(_ cases: [String: String]) {
        for (text, expected) in cases {
            let loaded = ConfigFile.parse(text, file: "config.toml", vocabulary: ConfigFileTests.vocabulary)
            #expect(loaded.problems.map(\.description) == ["config.toml:\(expected); using the defaults"], "\(text)")
            #expect(loaded.config == .default)
        }
    }

    func at(_ line: Int, _ column: Int) -> PueblaKit.SourceLocation {
        PueblaKit.SourceLocation(line: line, column: column)
    }

    @Test("comments, tables, dotted headers, bare and quoted keys, each with the place it is written")
    func tablesAndKeys() throws {
        let root = try read("""
            # a comment
            top = 1 # after a value
            [a]   # after a header
              "quoted key" = 2
              'literal key' = 3
              b.c = 4
            [ a . "d.e" ]
            f = 5
            """)
        #expect(root.entries.map(\.key) == ["top", "a"])
        #expect(root["top"] == TOMLEntry(key: "top", location: at(2, 1), value: TOMLValue(.integer(1), at: at(2, 7))))
        guard case .table(let a) = root["a"]?.value.content else { Issue.record("a is no table"); return }
        #expect(root["a"]?.location == at(3, 1))
        #expect(a.entries.map(\.key) == ["quoted key", "literal key", "b", "d.e"])
        #expect(a["quoted key"]?.location == at(4, 3))
        #expect(a["literal key"]?.value == TOMLValue(.integer(3), at: at(5, 19)))
        guard case .table(let b) = a["b"]?.value.content, case .table(let de) = a["d.e"]?.value.content else {
            Issue.record("b or d.e is no table")
            return
        }
        #expect(b["c"] == TOMLEntry(key: "c", location: at(6, 3), value: TOMLValue(.integer(4), at: at(6, 9))))
        #expect(a["d.e"]?.location == at(7, 1))
        #expect(de["f"]?.value.content == .integer(5))
    }

    @Test("basic strings with every escape, literal strings as written, integers, booleans")
    func values() throws {
        let root = try read(#"""
            basic = "tab\there\nline \"q\" back\\slash \u00E9\U0001F600 \b\f\r"
            literal = 'C:\path\n "as is"'
            empty = ""
            unicode = "Perú 東京"
            numbers = [0, +7, -12, 1_000, 9223372036854775807, -9223372036854775808]
            yes = true
            no = false
            """#)
        #expect(root["basic"]?.value.content == .string("tab\there\nline \"q\" back\\slash é😀 \u{08}\u{0C}\r"))
        #expect(root["literal"]?.value.content == .string(#"C:\path\n "as is""#))
        #expect(root["empty"]?.value.content == .string(""))
        #expect(root["unicode"]?.value.content == .string("Perú 東京"))
        guard case .array(let numbers) = root["numbers"]?.value.content else { Issue.record("numbers is no array"); return }
        #expect(numbers.map(\.content) == [0, 7, -12, 1000, Int.max, Int.min].map { TOMLValue.Content.integer($0) })
        #expect(root["yes"]?.value.content == .boolean(true))
        #expect(root["no"]?.value.content == .boolean(false))
    }

    @Test("arrays over several lines with comments and a last comma, nested arrays, inline tables, each element placed")
    func arraysAndInlineTables() throws {
        let root = try read("""
            keys = [
              "j",   # down
              'Down',
            ]
            nested = [[1, 2], ["x"], []]
            point = { x = 1, y.z = "two" }
            none = {}
            """)
        #expect(root["keys"]?.value == TOMLValue(.array([TOMLValue(.string("j"), at: at(2, 3)), TOMLValue(.string("Down"), at: at(3, 3))]),
                                                 at: at(1, 8)))
        guard case .array(let nested) = root["nested"]?.value.content else { Issue.record("nested is no array"); return }
        #expect(nested.count == 3)
        #expect(nested[1] == TOMLValue(.array([TOMLValue(.string("x"), at: at(5, 20))]), at: at(5, 19)))
        guard case .table(let point) = root["point"]?.value.content, case .table(let y) = point["y"]?.value.content else {
            Issue.record("point is no table")
            return
        }
        #expect(point.origin == .inline)
        #expect(point["x"] == TOMLEntry(key: "x", location: at(6, 11), value: TOMLValue(.integer(1), at: at(6, 15))))
        #expect(y["z"]?.value.content == .string("two"))
        #expect(root["none"]?.value.content == .table(TOMLTable(origin: .inline)))
    }

    @Test("a UTF-8 byte order mark is skipped and columns start after it; CRLF line ends read as LF ones")
    func byteOrderMarkAndCRLF() throws {
        let root = try read("\u{FEFF}[reader]\r\nwidth = 80\r\n# note\r\n[keys]\r\ndown = [\r\n  \"j\",\r\n]\r\n")
        guard case .table(let reader) = root["reader"]?.value.content, case .table(let keys) = root["keys"]?.value.content else {
            Issue.record("reader or keys is no table")
            return
        }
        #expect(root["reader"]?.location == at(1, 1))
        #expect(reader["width"] == TOMLEntry(key: "width", location: at(2, 1), value: TOMLValue(.integer(80), at: at(2, 9))))
        #expect(keys["down"]?.value == TOMLValue(.array([TOMLValue(.string("j"), at: at(6, 3))]), at: at(5, 8)))
        #expect(ConfigFile.parse("\u{FEFF}[reader]\r\nwidth = 5\r\n", file: "c.toml", vocabulary: ConfigFileTests.vocabulary)
            .problems.map(\.description) == ["c.toml:2:1: reader.width: 5 is out of range; expected 20 to 400"])
    }

    @Test("what the settings do not need is refused at its line and column, saying so")
    func unsupported() {
        let refusals = [
            "a = \"\"\"\nline\n\"\"\"": "1:5: multi-line strings",
            "x = 1\na = '''text'''": "2:5: multi-line strings",
            "[reader]\nwidth = 72.5": "2:9: floats",
            "a = 1e3": "1:5: floats",
            "a = [1, -inf]": "1:9: floats",
            "a = nan": "1:5: floats",
            "a = 1979-05-27": "1:5: dates and times",
            "a = 07:32:00": "1:5: dates and times",
            "a = 0x1F": "1:5: hexadecimal, octal and binary integers",
            "a = 0b11": "1:5: hexadecimal, octal and binary integers",
            "  [[keys]]": "1:3: arrays of tables ([[...]])",
        ]
        expectRefused(refusals.mapValues { $0 + " are not supported in Puebla's settings" })
    }

    @Test("what is not TOML is refused at the exact place of the mistake")
    func mistakes() {
        let mistakes = [
            "[reader]\nwidth = = 3": "2:9: expected a value, saw '='",
            "[theme]\nname = mono": "2:8: expected a value, saw \"mono\" (text goes in quotes)",
            "name = \"mono": "1:8: the string is not closed on its line",
            "name = 'mono\n'": "1:8: the string is not closed on its line",
            "name = \"a\\qb\"": "1:10: unknown escape; a string in double quotes knows \\n \\t \\\" \\\\ \\b \\f \\r \\uXXXX \\UXXXXXXXX, and one in single quotes none",
            "name = \"\\u12\"": "1:9: \\u needs 4 hexadecimal digits",
            "name = \"\\uD800\"": "1:9: U+D800 is not a Unicode character",
            "name = \"a\u{7}b\"": "1:10: a control character (U+0007) cannot stand in a string; write it as an escape",
            "width = 072": "1:9: an integer cannot start with 0",
            "width = 1__0": "1:11: an underscore must stand between digits",
            "width = 10_": "1:12: an underscore must stand between digits",
            "width = 99999999999999999999": "1:9: the integer is too large",
            "width = +": "1:10: expected digits, saw the end of the file",
            "width 80": "1:7: expected '=' after the key, saw '8'",
            "título = 1": "1:2: expected '=' after the key, saw 'í'",
            "= 1": "1:1: expected a key (letters, digits, '-' and '_', or any text in quotes), saw '='",
            "[]": "1:2: expected a key (letters, digits, '-' and '_', or any text in quotes), saw ']'",
            "[reader": "1:8: expected ']' to close the table header, saw the end of the file",
            "[reader] width = 1": "1:10: expected the end of the line after the table header, saw 'w'",
            "width = 80 90": "1:12: expected the end of the line after the value, saw '9'",
            "down = [\"j\" \"k\"]": "1:13: expected ',' or ']' in the array, saw '\"'",
            "down = [\"j\",,]": "1:13: expected a value, saw ','",
            "c = { a = 1, }": "1:14: expected a key (letters, digits, '-' and '_', or any text in quotes), saw '}'",
            "c = { a = 1,\n b = 2 }": "1:13: expected a key (letters, digits, '-' and '_', or any text in quotes), saw the end of the line",
            "c = { a = 1\n}": "1:12: expected ',' or '}' in the inline table, which stays on one line, saw the end of the line",
            "a = 1 # bell \u{7}": "1:14: a control character (U+0007) cannot stand in a comment",
            "a = 1\rb = 2": "1:6: a carriage return must be followed by a line feed",
            "a = " + String(repeating: "[", count: 65) + String(repeating: "]", count: 65): "1:69: arrays and tables nested deeper than 64 levels",
        ]
        expectRefused(mistakes)
    }

    @Test("a key or table defined twice is refused, as TOML requires, at the second one")
    func duplicates() {
        let duplicates = [
            "[reader]\nwidth = 80\nwidth = 90": "3:1: reader.width is defined twice (first on line 2)",
            "reader.width = 80\n\"reader\".'width' = 90": "2:10: reader.width is defined twice (first on line 1)",
            "[theme]\nname = \"mono\"\n\n[theme]": "4:2: table [theme] is defined twice (first on line 1)",
            "[theme.colors]\n[theme]\n[theme]": "3:2: table [theme] is defined twice (first on line 2)",
            "[keys]\ndown = \"j\"\n[keys.down]": "3:7: keys.down is set on line 2 and is not a table",
            "reader.width = 80\n[reader]": "2:2: table [reader] was made by dotted keys and cannot be defined again (first on line 1)",
            "theme = { name = \"mono\" }\n[theme.colors]": "2:2: theme is an inline table (line 1) and cannot be added to",
            "theme = { name = \"mono\" }\ntheme.colors.title = \"red\"": "2:1: theme is an inline table (line 1) and cannot be added to",
            "[theme.colors]\ntitle = \"red\"\n[theme]\ncolors.border = \"red\"": "4:1: theme.colors is a table defined on line 1; dotted keys cannot add to it",
            "c = { a = 1, a = 2 }": "1:14: a is defined twice (first on line 1)",
        ]
        expectRefused(duplicates)
    }

    @Test("what TOML allows around tables defined once is read: a header after its subtable, a subtable of dotted keys")
    func tablesDefinedOnce() throws {
        let root = try read("""
            [theme.colors]
            title = "red"
            [theme]
            name = "mono"
            [keys]
            more.down = "j"
            [keys.more.up]
            """)
        guard case .table(let theme) = root["theme"]?.value.content, case .table(let keys) = root["keys"]?.value.content,
              case .table(let more) = keys["more"]?.value.content else {
            Issue.record("theme, keys or keys.more is no table")
            return
        }
        #expect(root["theme"]?.location == at(3, 1))
        #expect(theme.entries.map(\.key) == ["colors", "name"])
        #expect(more.entries.map(\.key) == ["down", "up"])
    }
}
