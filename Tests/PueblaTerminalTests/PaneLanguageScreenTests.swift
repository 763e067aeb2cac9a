import Foundation
import Testing
import PueblaKit
@testable import PueblaViewModel
@testable import PueblaTerminal

/// Each pane in Spanish and in English: at 100x30 and 80x24 against the expected screens, with
/// nothing of the catalog cut where the English is whole.
@Suite("The panes in each interface language")
struct PaneLanguageScreenTests {
    struct Screen {
        let name: String
        var keys: [Key] = []
        var countryFilter: String?
    }

    static let screens: [Screen] = Pane.allCases.map { Screen(name: $0.key, keys: [.character(Character("\($0.rawValue + 1)"))]) } + [
        Screen(name: "members-mexico", keys: [.character("4")] + Array(repeating: Key.down, count: 7)),
        Screen(name: "timeline-jamaica", keys: [.character("3")], countryFilter: "JM"),
        Screen(name: "releases-jamaica", keys: [.character("1")], countryFilter: "JM"),
        Screen(name: "quotes-jamaica", keys: [.character("2")], countryFilter: "JM"),
    ]

    static func lines(_ screen: Screen, _ language: InterfaceLanguage, rows: Int, columns: Int) throws -> [String] {
        var state = AppState(store: try ScreenTests.store(), rows: rows, columns: columns, countryFilter: screen.countryFilter,
                             settings: AppState.Settings(language: language))
        state.send(.start)
        for key in screen.keys { state.press(key) }
        var canvas = TextCanvas(rows: rows, columns: columns)
        ScreenRenderer.draw(state, on: &canvas)
        return canvas.lines()
    }

    static func compare(_ actual: [String], with name: String) throws {
        let file = ScreenTests.screensFolder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["PUEBLA_RECORD_SCREENS"] == "1" {
            try (actual.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
        for (index, line) in actual.enumerated() where index < expected.count && line != expected[index] {
            Issue.record("\(name) line \(index + 1):\nexpected: \(expected[index])\nactual:   \(line)")
        }
        #expect(expected.count == actual.count, "\(name)")
    }

    @Test("each pane at 100x30 and 80x24 in both languages, as expected", arguments: InterfaceLanguage.allCases)
    func expected(_ language: InterfaceLanguage) throws {
        for screen in Self.screens {
            for (rows, columns) in [(30, 100), (24, 80)] {
                try Self.compare(try Self.lines(screen, language, rows: rows, columns: columns),
                                 with: "pane-\(screen.name)-\(language.rawValue)-\(columns)x\(rows)")
            }
        }
        try Self.compare(try Self.lines(Screen(name: "too-small"), language, rows: 10, columns: 39),
                         with: "pane-too-small-\(language.rawValue)-39x10")
    }

    /// The screen's words with the frame taken out and every run of spaces made one: a sentence
    /// wrapped over two lines reads whole again.
    static func text(_ lines: [String]) -> String {
        lines.joined(separator: " ").map { "│|".contains($0) ? " " : $0 }
            .reduce(into: "") { text, character in if !(character == " " && text.last == " ") { text.append(character) } }
    }

    @Test("at 100x30 and 80x24 the Spanish screens cut no more words than the English ones, and every sentence shown is whole",
          arguments: [(30, 100), (24, 80)])
    func fitting(_ size: (rows: Int, columns: Int)) throws {
        var cut: [InterfaceLanguage: Int] = [:]
        for language in InterfaceLanguage.allCases {
            let words = language.browserWords
            let sentences = [words.readWhole(paragraphs: 8, quotes: 4), words.openAtParagraph, words.enterListsThem, words.noQuotes,
                             words.legend, words.shortLegend,
                             words.noReleases(mentioning: try ScreenTests.store().countryName("JM", in: language))]
            for screen in Self.screens {
                let lines = try Self.lines(screen, language, rows: size.rows, columns: size.columns)
                cut[language, default: 0] += try lines.filter { try Self.cutsAWord($0) }.count
                let text = Self.text(lines)
                for sentence in sentences where text.contains(String(sentence.prefix(14))) {
                    #expect(text.contains(Self.text([sentence])), "\(screen.name) \(language) \(size): \(sentence)")
                }
            }
        }
        #expect((cut[.spanish] ?? 0) <= (cut[.english] ?? 0), "lines cut in the middle of a word: \(cut)")
    }

    /// Whether `line` is cut in the middle of a word: letters right before the ellipsis that are
    /// not a whole word of a name Data gives (a place shortened word by word ends with one).
    static func cutsAWord(_ line: String) throws -> Bool {
        guard let range = line.range(of: #"\p{L}+…"#, options: .regularExpression) else { return false }
        let store = try ScreenTests.store()
        let names = (store.members + store.observers).flatMap { [$0.name, $0.nameEs] } + store.meetings.compactMap(\.city)
        let words = Set(names.flatMap { $0.split { !$0.isLetter }.map(String.init) })
        return !words.contains(String(line[range].dropLast()))
    }

    @Test("the pictures' row labels fit their columns in both languages, never cut")
    func pictureLabels() {
        for language in InterfaceLanguage.allCases {
            let words = language.browserWords
            for label in [words.meetingsRow, words.hostRow, words.presidencyRow, words.hostedRow, words.releasesRow] {
                #expect(DisplayWidth.of(label.long) <= StripLayout.longLabel - 2, "\(language) \(label.long)")
                #expect(DisplayWidth.of(label.short) <= 4, "\(language) \(label.short)")
            }
        }
    }

    @Test("counts in the panes take the singular for one and the plural otherwise, in both languages")
    func plurals() {
        #expect(Spanish().readWhole(paragraphs: 1, quotes: 2) == "Enter lee el comunicado entero (1 párrafo, 2 citas).")
        #expect(Spanish().readWhole(paragraphs: 3, quotes: 1).contains("(3 párrafos, 1 cita)"))
        #expect(English().readWhole(paragraphs: 1, quotes: 1).contains("(1 paragraph, 1 quote)"))
        #expect(English().mentioning(1) == "1 mentions it" && English().mentioning(2) == "2 mention it")
        #expect(Spanish().mentioning(1) == "1 lo menciona" && Spanish().mentioning(2) == "2 lo mencionan")
        #expect(Spanish().meetingsNotDrawn(1) == "1 reunión de año desconocido no dibujada")
        #expect(Spanish().undatedReleases(2) == "2 comunicados sin fecha")
    }
}
