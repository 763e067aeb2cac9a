import Foundation
import Testing
import PueblaIndex
import PueblaKit
@testable import PueblaViewModel
@testable import PueblaTerminal

/// The reader, the help, the search, the bookmarks and each overlay in Spanish and in English:
/// at 100x30 against the expected screens, and at 80x24 with every sentence of the overlays and
/// every status bar hint whole (Spanish is longer: nothing is cut where the English fits).
@Suite("Screens in each interface language")
struct LanguageScreenTests {
    /// What is pressed (or, for a question only the loop asks, sent) to reach each screen.
    enum Step { case key(Key), action(Action) }

    static let bookmarked: [Step] = [.key(.character("2")), .key(.down), .key(.character("b")), .key(.character("1")),
                                     .key(.character("b")), .key(.character("B"))]
    static let screens: [(name: String, steps: [Step])] = [
        ("reader", [.key(.enter)]),
        ("help", [.key(.character("?"))]),
        ("help-reader", [.key(.enter), .key(.character("?"))]),
        ("search", [.key(.character("/"))] + "tapach".map { .key(.character($0)) }),
        ("search-empty", [.key(.character("/"))]),
        ("bookmarks", bookmarked),
        ("bookmarks-empty", [.key(.character("B"))]),
        ("picker", [.key(.character("c")), .key(.character("p"))]),
        ("links", [.key(.enter), .key(.character("L"))]),
        ("export-path", [.key(.enter), .key(.character("E"))]),
        ("overwrite", [.key(.enter), .action(.askOverwrite(releaseID: "x", path: "notas/puebla.md"))]),
        ("mark-all-read", [.key(.character("A"))]),
        ("release-language", [.key(.character("i")), .key(.character("i"))]),
        ("release-language-none", [.key(.character("i"))]),
    ]

    static func state(_ language: InterfaceLanguage, rows: Int, columns: Int, steps: [Step],
                      keyBindings: [Key: BindableAction] = [:]) throws -> AppState {
        var state = AppState(store: try ScreenTests.store(), rows: rows, columns: columns,
                             settings: AppState.Settings(keyBindings: keyBindings, language: language))
        state.send(.start)
        for step in steps {
            switch step {
            case .key(let key): state.press(key)
            case .action(let action): state.send(action)
            }
        }
        return state
    }

    static func lines(_ state: AppState, rows: Int, columns: Int) -> [String] {
        var canvas = TextCanvas(rows: rows, columns: columns)
        ScreenRenderer.draw(state, on: &canvas)
        return canvas.lines()
    }

    @Test("at 100x30 in both languages, as expected", arguments: InterfaceLanguage.allCases)
    func expected(_ language: InterfaceLanguage) throws {
        for screen in Self.screens {
            let state = try Self.state(language, rows: 30, columns: 100, steps: screen.steps)
            let actual = Self.lines(state, rows: 30, columns: 100)
            let name = "\(screen.name)-\(language.rawValue)-100x30"
            let file = ScreenTests.screensFolder.appendingPathComponent("\(name).txt")
            if ProcessInfo.processInfo.environment["PUEBLA_RECORD_SCREENS"] == "1" {
                try (actual.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast().map(String.init)
            for (index, line) in actual.enumerated() where index < expected.count && line != expected[index] {
                Issue.record("\(name) line \(index + 1):\nexpected: \(expected[index])\nactual:   \(line)")
            }
            #expect(expected.count == actual.count, "\(name)")
        }
    }

    @Test("at 80x24 the overlays' sentences and the status bar's hints are whole", arguments: InterfaceLanguage.allCases)
    func fitting(_ language: InterfaceLanguage) throws {
        let words = language.browserWords
        let whole = [words.pathHint, words.existsAndDiffers, words.replaceQuestion + words.yesOrNo, words.linksFooter,
                     words.unreadInList(1), words.markQuestion(1) + words.yesOrNo, words.pressAnyKeyToClose, words.noBookmarks,
                     words.pickerTitle, words.exportTitle, words.linksTitle, words.markAllTitle, words.helpTitle]
        for screen in Self.screens {
            let state = try Self.state(language, rows: 24, columns: 80, steps: screen.steps)
            let lines = Self.lines(state, rows: 24, columns: 80)
            let text = lines.joined(separator: "\n")
            let status = lines.last ?? ""
            if state.message == nil {
                for hint in Keymap.hints(for: state) {
                    #expect((status + " ").contains(" \(hint.key) \(hint.meaning) "), "\(screen.name) \(language): hint \(hint.key) \(hint.meaning) in \(status)")
                }
            }
            // A sentence the screen shows at all, it shows whole.
            for sentence in whole where text.contains(String(sentence.prefix(12))) {
                #expect(text.contains(sentence), "\(screen.name) \(language): \(sentence)")
            }
        }
    }

    @Test("at 80x24 the help has each key beside its meaning, in the lists and in the reader, in both languages",
          arguments: InterfaceLanguage.allCases)
    func helpSideBySide(_ language: InterfaceLanguage) throws {
        for steps: [Step] in [[.key(.character("?"))], [.key(.enter), .key(.character("?"))]] {
            let state = try Self.state(language, rows: 24, columns: 80, steps: steps)
            let lines = HelpContent.lines(for: state).map(\.plainText)
            for binding in Keymap.help(for: state).flatMap(\.bindings) {
                #expect(lines.contains { $0.hasPrefix(binding.keys + " ") && $0.hasSuffix(binding.meaning) }, "\(language): \(binding.keys)")
            }
        }
    }

    @Test("the help is built from the binding table: a key the settings bind shows beside its action, a default taken away does not")
    func helpFollowsBindings() throws {
        let bound: [Key: BindableAction] = [.character("x"): .open, .character("j"): .bookmarks]
        for language in InterfaceLanguage.allCases {
            let state = try Self.state(language, rows: 30, columns: 100, steps: [.key(.character("?"))], keyBindings: bound)
            let rows = Keymap.help(for: state).flatMap(\.bindings)
            let words = language.browserWords
            let open = try #require(rows.first { $0.meaning == words.openMeaning(.release, short: false) })
            #expect(open.keys.split(separator: " ").contains("l") && open.keys.split(separator: " ").contains("x"))
            let line = try #require(rows.first { $0.meaning == words.meaning(of: .line, inReader: false) })
            #expect(line.keys.split(separator: " ").contains("k") && !line.keys.split(separator: " ").contains("j"))
            let bookmarks = try #require(rows.first { $0.meaning == words.meaning(of: .bookmarks, inReader: false) })
            #expect(bookmarks.keys == "B j")
            let languageRow = try #require(rows.first { $0.meaning == words.meaning(of: .language, inReader: false) })
            #expect(languageRow.keys == "i")
        }
    }

    @Test("every action a letter runs by default has a line in the help")
    func helpCoversEveryAction() throws {
        let state = try Self.state(.english, rows: 30, columns: 100, steps: [])
        let listed = Set(HelpTopic.allCases.filter { $0.isShown(in: state, inReader: false) }.flatMap(\.actions))
        let missing = BindableAction.allCases.filter { !listed.contains($0) && !Keymap.keys(for: $0, in: state).isEmpty }
        #expect(missing.isEmpty, "not in the help: \(missing)")
    }

    @Test("i narrows the releases to Spanish ones, then English ones, then all, and says so")
    func releaseLanguage() throws {
        var state = try Self.state(.spanish, rows: 30, columns: 100, steps: [])
        let all = state.rowCount(.releases)
        let english = (0..<all).filter { state.library.summary(at: $0).language == .english }.count
        let spanish = (0..<all).filter { state.library.summary(at: $0).language == .spanish }.count
        state.press(.character("i"))
        #expect(state.releaseLanguage == .spanish && state.rowCount(.releases) == spanish)
        #expect(state.message == Spanish().releasesListed(in: .spanish))
        state.press(.character("i"))
        #expect(state.releaseLanguage == .english && state.rowCount(.releases) == english)
        state.press(.character("i"))
        #expect(state.releaseLanguage == nil && state.rowCount(.releases) == all)
    }

    @Test("at 80 columns the tab bar keeps the language the list is narrowed to, dropping the name and the count first",
          arguments: InterfaceLanguage.allCases)
    func narrowTabBar(_ language: InterfaceLanguage) throws {
        let words = language.browserWords
        for presses in 1...2 {
            let state = try Self.state(language, rows: 24, columns: 80, steps: Array(repeating: .key(.character("i")), count: presses))
            let tabBar = Self.lines(state, rows: 24, columns: 80)[0]
            let label = words.releasesIn(presses == 1 ? .spanish : .english)
            #expect(tabBar.hasSuffix(label + " ") || tabBar.contains(label + "  "), "\(tabBar)")
        }
    }

    @Test("a question is answered yes with y, and in Spanish with s too")
    func yesKey() throws {
        for (language, key, yes) in [(InterfaceLanguage.spanish, "s", true), (.english, "s", false), (.english, "y", true), (.spanish, "y", true)] {
            let state = try Self.state(language, rows: 30, columns: 100, steps: [.key(.character("A"))])
            guard case .answer(let answer)? = Keymap.action(for: .character(Character(key)), in: state) else {
                Issue.record("\(language) \(key): not an answer")
                continue
            }
            #expect(answer == yes, "\(language) \(key)")
        }
    }

    @Test("counts take the singular for one and the plural otherwise, in both languages")
    func plurals() {
        #expect(Spanish().markedAllRead(1).hasPrefix("1 comunicado marcado como leído;"))
        #expect(Spanish().markedAllRead(2).hasPrefix("2 comunicados marcados como leídos;"))
        #expect(English().markedAllRead(1).hasPrefix("Marked 1 release read;"))
        #expect(English().linesMatch(1, "oim").hasPrefix("1 line matches oim"))
        #expect(English().linesMatch(2, "oim").hasPrefix("2 lines match oim"))
        #expect(Spanish().linesMatching(1) == "1 línea con coincidencias")
        #expect(Spanish().unreadInList(2) == "2 comunicados sin leer en esta lista.")
        #expect(Spanish().reloaded("Data", releases: 1) == "Data leído de nuevo: 1 comunicado")
        #expect(Spanish().indexed(files: "2", count: 2, dropped: 1, seconds: 1.25) == "2 archivos de comunicados indexados, 1 quitado en 1,3 s")
    }

    @Test("the indexing's progress on the status line in the interface's language")
    func indexingProgress() {
        let progress = LibraryIndex.Progress(done: 45_000, total: 100_000, elapsed: 9)
        let spanish = Spanish()
        #expect(progress.line(barWidth: 10, label: spanish.indexingReleases, timeLeft: spanish.secondsLeft)
                == "Indexando los comunicados [####......] 45,000/100,000, quedan 11 s")
        let english = English()
        #expect(progress.line(barWidth: 10, label: english.indexingReleases, timeLeft: english.secondsLeft)
                == "Indexing releases [####......] 45,000/100,000, 11 s left")
    }
}
