import Foundation
import Testing
import PueblaKit
import PueblaViewModel
@testable import PueblaTerminal

/// A terminal whose locale is not UTF-8: the interface draws its borders, marks, pointer, arrows,
/// quotation marks and ellipsis in ASCII, and nothing else changes.
@Suite("Screens in ASCII")
struct AsciiScreenTests {
    struct Scene: Sendable, CustomStringConvertible {
        let name: String
        let rows: Int, columns: Int
        var keys: [Key] = []
        var countryFilter: String?
        var description: String { name }
    }

    static let scenes = [
        Scene(name: "releases, split, titles cut with an ellipsis", rows: 40, columns: 120),
        Scene(name: "releases, one read, one bookmarked", rows: 24, columns: 80, keys: [.character("m"), .down, .character("b")]),
        Scene(name: "quotes, bookmarked, in quotation marks", rows: 40, columns: 120, keys: [.character("2"), .character("b")]),
        Scene(name: "members, filtered by Mexico", rows: 30, columns: 100, keys: [.character("4")], countryFilter: "MX"),
        Scene(name: "reader, rules and links", rows: 24, columns: 80, keys: [.enter, .end]),
        Scene(name: "country picker, box and pointer", rows: 24, columns: 80, keys: [.character("c"), .character("p")]),
        Scene(name: "help", rows: 24, columns: 80, keys: [.character("?")]),
        Scene(name: "too small", rows: 10, columns: 39),
    ]

    static func screen(_ scene: Scene, unicode: Bool) throws -> [String] {
        var state = AppState(store: try ScreenTests.store(), rows: scene.rows, columns: scene.columns,
                             countryFilter: scene.countryFilter, usesUnicode: unicode)
        state.send(.start)
        for key in scene.keys { state.press(key) }
        var canvas = TextCanvas(rows: scene.rows, columns: scene.columns)
        ScreenRenderer.draw(state, on: &canvas)
        return canvas.lines()
    }

    /// Every character of the files in Data: what the releases themselves may put on the screen.
    static let dataCharacters: Set<Character> = {
        let folder = ScreenTests.dataFolder
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") } ?? []
        return Set(files.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined())
    }()

    @Test("no character above ASCII but those of the releases themselves", arguments: scenes)
    func onlyASCII(_ scene: Scene) throws {
        let lines = try Self.screen(scene, unicode: false)
        let foreign = Set(lines.joined().filter { !$0.isASCII && !Self.dataCharacters.contains($0) })
        #expect(foreign.isEmpty, "\(scene): \(foreign.sorted())")
        // The Unicode screen does have glyphs of its own: the test looks at something.
        let unicode = try Self.screen(scene, unicode: true).joined()
        #expect(unicode.contains { !$0.isASCII && !Self.dataCharacters.contains($0) } || scene.name == "too small")
    }

    @Test("nothing else changes: the ASCII screen is the Unicode one with each glyph replaced, column for column",
          arguments: scenes.filter { $0.name != "help" })
    func sameLayout(_ scene: Scene) throws {
        let (unicode, ascii) = (Glyphs.unicode, Glyphs.ascii)
        let pairs: [(Character, Character)] = [
            (unicode.horizontal, ascii.horizontal), (unicode.vertical, ascii.vertical), (unicode.topLeft, ascii.topLeft),
            (unicode.topRight, ascii.topRight), (unicode.bottomLeft, ascii.bottomLeft), (unicode.bottomRight, ascii.bottomRight),
            (unicode.unread, ascii.unread), (unicode.bookmark, ascii.bookmark), (unicode.filtered, ascii.filtered),
            (unicode.pointer, ascii.pointer), (unicode.ellipsis, ascii.ellipsis), (unicode.openQuote, ascii.openQuote),
            (unicode.closeQuote, ascii.closeQuote), (unicode.dash, ascii.dash),
            // The conference strip's own marks, which have had ASCII forms of their own from the start.
            ("·", "."), ("●", "#"), ("◐", "~"), ("○", "?"), ("▼", "v"),
        ]
        let replacement = Dictionary(uniqueKeysWithValues: pairs)
        let expected = try Self.screen(scene, unicode: true).map { String($0.map { replacement[$0] ?? $0 }) }
        let actual = try Self.screen(scene, unicode: false)
        for (number, (line, wanted)) in zip(actual, expected).enumerated() where line != wanted {
            Issue.record("\(scene) line \(number + 1):\nexpected: \(wanted)\nactual:   \(line)")
        }
    }

    @Test("the help names the arrow keys in words")
    func helpArrows() throws {
        let help = try Self.screen(Scene(name: "help", rows: 24, columns: 80, keys: [.character("?")]), unicode: false).joined(separator: "\n")
        #expect(help.contains("Up Down  k j"))
        #expect(help.contains("Enter Right"))
    }
}
