import Testing
@testable import PueblaImport
@testable import PueblaKit

@Suite("Text in terminal columns")
struct TextTests {
    @Test("display width counts columns, not characters")
    func widths() {
        #expect(DisplayWidth.of("Perú") == 4)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.truncate("Regional Conference", to: 8) == "Regiona…")
        #expect(DisplayWidth.pad("東京", to: 6) == "東京  ")
        #expect(DisplayWidth.truncate("東京東京", to: 5) == "東京…")
    }

    @Test("wrapping keeps lines within the width, breaking words that are too long")
    func wrapping() {
        #expect(WordWrap.lines("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(WordWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        let long = String(repeating: "x", count: 10_000)
        #expect(WordWrap.lines(long, width: 80).allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(WordWrap.lines("Perú 東京 x", width: 4) == ["Perú", "東京", "x"])
    }

    @Test("sanitizing removes controls and bidi overrides, keeping text visible")
    func sanitizing() {
        #expect(SafeText.line("a\u{1B}[31mred") == "a\u{241B}red")
        #expect(SafeText.line("tab\there\nnew") == "tab here new")
        #expect(SafeText.line("x\u{07}\u{08}\u{00}\u{85}y") == "x\u{2407}\u{2408}\u{2400}\u{FFFD}y")
        #expect(SafeText.line("abc\u{202E}def\u{2066}") == "abcdef")
        #expect(SafeText.line("México") == "México")
    }

    @Test("tables align by display width")
    func table() {
        var table = TextTable([.init("CODE"), .init("NAME")])
        table.append(["PE", "Perú"])
        table.append(["MX", "México"])
        #expect(table.render() == ["CODE  NAME", "PE    Perú", "MX    México"])
        var wide = TextTable([.init("A"), .init("TITLE", flexible: true)])
        wide.append(["x", String(repeating: "word ", count: 30)])
        #expect(wide.render(width: 30).allSatisfy { DisplayWidth.of($0) <= 30 })
    }

    @Test("a table printed a row at a time after measuring every row equals the one rendered whole")
    func streamedTable() {
        let columns: [TextTable.Column] = [.init("DATE"), .init("PLACE"), .init("TITLE", flexible: true)]
        let rows = [["2010-05-18", "Tapachula, MX", "XV Annual Meeting of the Regional Conference on Migration"],
                    ["1996-03-13~", "Puebla, MX", "I Regional Conference\u{07}"], ["-", "", "Señor Niño"]]
        var kept = TextTable(columns), streamed = TextTable(columns)
        for row in rows {
            kept.append(row)
            streamed.measure(row)
        }
        for width in [nil, 80, 40, 20] {
            #expect([streamed.header(width: width)] + rows.map { streamed.line($0, width: width) } == kept.render(width: width))
        }
    }

    @Test("roman numerals")
    func roman() {
        #expect([1, 4, 9, 14, 15, 19, 24, 28, 29].map(RomanNumeral.string) == ["I", "IV", "IX", "XIV", "XV", "XIX", "XXIV", "XXVIII", "XXIX"])
    }
}

/// Text whose width by code point is not what a terminal shows, or that a terminal may not show at all.
let hostileWidths: [(name: String, text: String, width: Int, cells: [String])] = [
    ("family (ZWJ sequence, 6 columns by code point)", "👨‍👩‍👧", 2, ["\u{FFFD}", "\u{FFFD}"]),
    ("skin tone (4 by code point)", "👍🏽", 2, ["\u{FFFD}", "\u{FFFD}"]),
    ("ZWJ sequence with a skin tone (8 by code point)", "👩🏽‍💻", 2, ["\u{FFFD}", "\u{FFFD}"]),
    ("flag (two regional indicators)", "🇲🇽", 2, ["\u{FFFD}", "\u{FFFD}"]),
    ("Unicode 15 emoji glibc does not know", "\u{1FAE8}", 1, ["\u{FFFD}"]),
    ("unassigned code point", "\u{0378}", 1, ["\u{FFFD}"]),
    ("emoji presentation selector on a narrow character", "❤️", 1, ["❤"]),
    ("keycap", "1️⃣", 1, ["1\u{20E3}"]),
    ("Devanagari conjunct: one cluster, two cells", "क्ष", 2, ["क्", "ष"]),
    ("Hangul jamo: one wide cell", "\u{1100}\u{1161}\u{11A8}", 2, ["\u{1100}\u{1161}\u{11A8}"]),
    ("accent", "e\u{301}", 1, ["e\u{301}"]),
    ("wide", "東", 2, ["東"]),
]

@Suite("One display width, the terminal's")
struct HostileWidthTests {
    @Test("each cluster takes the cells and columns a terminal gives it, placeholders for what it would draw otherwise",
          arguments: hostileWidths.indices)
    func cells(_ index: Int) {
        let sample = hostileWidths[index]
        #expect(Array(sample.text).count == 1, "one cluster")
        #expect(DisplayWidth.of(sample.text) == sample.width, "\(sample.name)")
        #expect(DisplayWidth.cells(of: Character(sample.text)).map(\.text) == sample.cells, "\(sample.name)")
    }

    /// The columns a terminal counts for text, code point by code point as ncurses does.
    static func terminalColumns(_ text: String) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            guard let width = DisplayWidth.of(scalar) else { return nil }
            total += width
        }
        return total
    }

    @Test("text as shown takes, code point by code point, exactly the columns it was measured to take")
    func shownMatchesMeasured() {
        let text = hostileWidths.map(\.text).joined(separator: " ") + " Perú 東京 \u{E0041}"
        #expect(Self.terminalColumns(DisplayWidth.shown(text)) == DisplayWidth.of(text))
        #expect(DisplayWidth.shown("plain") == "plain")
    }

    @Test("a table's columns line up, as the terminal counts them, whatever the rows hold")
    func tableAligns() {
        var table = TextTable([.init("TITLE"), .init("PLACE")])
        for sample in hostileWidths { table.append([sample.text + " title", "Tapachula"]) }
        let lines = table.render()
        let columns = lines.dropFirst().map { line in
            Self.terminalColumns(String(line[..<(line.range(of: "Tapachula")?.lowerBound ?? line.endIndex)]))
        }
        #expect(Set(columns).count == 1, "\(lines)")
    }
}

@Suite("Ids and titles in any script")
struct AnyScriptTests {
    @Test("an id for any script: transliterated, or a short stable hash; never one shared id")
    func idsForAnyScript() {
        #expect(ReleaseID.make(date: "2010-05-18", title: "国际移民组织欢迎区域移民会议") == "2010-05-18-guo-ji-yi-min-zu-zhi-huan-ying-qu-yu-yi-min-hui-yi")
        #expect(ReleaseID.make(date: nil, title: "Встреча в Москве") == "undated-vstreca-v-moskve")
        let emoji = ReleaseID.make(date: nil, title: "🎉🌎")
        let punctuation = ReleaseID.make(date: nil, title: "¡¿…?!")
        #expect(emoji.hasPrefix("undated-release-") && emoji.count == "undated-release-".count + 8)
        #expect(punctuation.hasPrefix("undated-release-") && punctuation != emoji)
        #expect(ReleaseID.make(date: nil, title: "🎉🌎") == emoji)
        #expect(ReleaseID.make(date: "2010-05-18", title: "Perú y México") == "2010-05-18-peru-y-mexico")
    }

    @Test("a title in a script without spaces is found as the title")
    func unspacedTitle() {
        let paragraph = "Officials from Honduras and Guatemala met this week to agree on a plan for returning migrants."
        let page = PageLayout(text: ["国际移民组织欢迎区域移民会议", paragraph].joined(separator: "\n"))
        #expect(page.title == "国际移民组织欢迎区域移民会议")
        #expect(page.body == [.text(paragraph)])
    }
}
