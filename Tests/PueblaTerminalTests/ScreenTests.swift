import Foundation
import Testing
import PueblaIndex
import PueblaKit
import PueblaViewModel
@testable import PueblaTerminal

/// Whole screens drawn on the text canvas and compared with the expected screen, line by line.
/// `PUEBLA_RECORD_SCREENS=1 swift test --filter ScreenTests` writes the expected screens anew and
/// fails each test that wrote one: review them with `git diff`, then run the tests again without it.
@Suite("Whole screens")
struct ScreenTests {
    static let screensFolder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Screens")
    }()

    static let dataFolder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Data").path
    }()

    static func store() throws -> Store {
        try StoreLoader.load(from: dataFolder)
    }

    /// Draws the state after `keys` and compares it with `Screens/<name>.txt`.
    func expectScreen(_ name: String, rows: Int, columns: Int, keys: [Key] = [], countryFilter: String? = nil,
                      withMap: Bool = false, unicode: Bool = true, indexing: String? = nil, fromFiles: Bool = false,
                      settings: AppState.Settings = AppState.Settings(), sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let map = withMap ? try MapDataLoader.load(fromDataFolder: Self.dataFolder) : nil
        let store = try Self.store()
        // While releases are being indexed, the browser has none yet.
        let library = indexing != nil ? Library(store: try StoreLoader.load(from: Self.dataFolder, releases: false))
            : fromFiles ? try Self.libraryFromFiles() : Library(store: store)
        var state = AppState(store: store, library: library, rows: rows, columns: columns, countryFilter: countryFilter,
                             mapData: map, usesUnicode: unicode, settings: settings)
        state.send(.start)
        if let indexing { state.send(.indexing(indexing)) }
        for key in keys { state.press(key) }
        var canvas = TextCanvas(rows: rows, columns: columns)
        ScreenRenderer.draw(state, on: &canvas)
        let actual = canvas.lines()
        let file = Self.screensFolder.appendingPathComponent("\(name).txt")
        if Self.isRecording {
            try Self.record(actual, to: file, sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
        #expect(actual.count == rows, sourceLocation: sourceLocation)
        for (index, line) in actual.enumerated() where index < expected.count && line != expected[index] {
            Issue.record("\(name) line \(index + 1):\nexpected: \(expected[index])\nactual:   \(line)", sourceLocation: sourceLocation)
        }
        #expect(expected.count == actual.count, "\(name): the expected screen has \(expected.count) lines", sourceLocation: sourceLocation)
        #expect(actual.allSatisfy { DisplayWidth.of($0) <= columns }, sourceLocation: sourceLocation)
    }

    @Test("each pane at 80x24", arguments: Pane.allCases)
    func panesNarrow(_ pane: Pane) throws {
        try expectScreen("\(pane.key)-80x24", rows: 24, columns: 80, keys: [.character(Character("\(pane.rawValue + 1)"))])
    }

    @Test("each pane at 120x40, list beside detail", arguments: Pane.allCases)
    func panesWide(_ pane: Pane) throws {
        try expectScreen("\(pane.key)-120x40", rows: 40, columns: 120, keys: [.character(Character("\(pane.rawValue + 1)"))])
    }

    @Test("the reader wrapped at two widths")
    func reader() throws {
        try expectScreen("reader-80x24", rows: 24, columns: 80, keys: [.enter])
        try expectScreen("reader-120x40", rows: 40, columns: 120, keys: [.enter])
        try expectScreen("reader-end-80x24", rows: 24, columns: 80, keys: [.enter, .end])
    }

    @Test("a quote opens the reader at its paragraph")
    func quoteInReader() throws {
        try expectScreen("quote-reader-100x30", rows: 30, columns: 100, keys: [.character("2"), .down, .enter])
    }

    @Test("the detail full screen on a narrow terminal")
    func narrowDetail() throws {
        try expectScreen("timeline-detail-80x24", rows: 24, columns: 80, keys: [.character("3"), .pageDown, .enter])
    }

    @Test("overlays: help and the country picker")
    func overlays() throws {
        try expectScreen("help-80x24", rows: 24, columns: 80, keys: [.character("?")])
        try expectScreen("picker-80x24", rows: 24, columns: 80, keys: [.character("c"), .character("p")])
    }

    @Test("a filter that matches nothing says so")
    func emptyFilter() throws {
        try expectScreen("releases-jamaica-80x24", rows: 24, columns: 80, countryFilter: "JM")
        try expectScreen("timeline-jamaica-80x24", rows: 24, columns: 80, keys: [.character("3")], countryFilter: "JM")
        // Meeting I, opened from the timeline (its detail, then its releases), has no release in the shipped Data.
        try expectScreen("releases-meeting-i-80x24", rows: 24, columns: 80, keys: [.character("3"), .enter, .enter])
    }

    @Test("while releases are indexed: progress on the status line, the releases pane says why it is empty")
    func indexing() throws {
        let progress = LibraryIndex.Progress(done: 45_000, total: 100_000, elapsed: 9).line(barWidth: 10)
        try expectScreen("indexing-80x24", rows: 24, columns: 80, indexing: progress)
        try expectScreen("indexing-timeline-80x24", rows: 24, columns: 80, keys: [.character("3")], indexing: progress)
    }

    @Test("too small, down to 1x1: one centred line, never garbage")
    func tooSmall() throws {
        try expectScreen("too-small-39x10", rows: 10, columns: 39)
        for (rows, columns) in [(1, 1), (2, 5), (9, 200), (0, 0)] {
            var canvas = TextCanvas(rows: rows, columns: columns)
            ScreenRenderer.draw(AppState(store: try Self.store(), rows: rows, columns: columns), on: &canvas)
            #expect(canvas.lines().filter { !$0.isEmpty }.count <= 1)
        }
    }

    @Test("the members pane at 120x40 with Mexico selected shows the map with Mexico highlighted")
    func membersMap() throws {
        let toMexico = [Key.character("4")] + Array(repeating: Key.down, count: 7)
        try expectScreen("members-map-mexico-120x40", rows: 40, columns: 120, keys: toMexico, withMap: true)
        try expectScreen("members-map-mexico-ascii-120x40", rows: 40, columns: 120, keys: toMexico, withMap: true, unicode: false)
        // The timeline's picture takes the bottom rows: its map needs a taller window.
        try expectScreen("timeline-map-xv-120x60", rows: 60, columns: 120,
                         keys: [.character("3")] + Array(repeating: Key.down, count: 14), withMap: true)
        try expectScreen("members-map-zoomed-120x40", rows: 40, columns: 120,
                         keys: toMexico + [.character("+"), .character("+"), .character("J")], withMap: true)
    }

    static let toXV = [Key.character("3")] + Array(repeating: Key.down, count: 14)

    @Test("the timeline's picture at 80, 100 and 200 columns, and grouped years at 60")
    func timelinePicture() throws {
        try expectScreen("timeline-picture-xv-80x24", rows: 24, columns: 80, keys: Self.toXV)
        try expectScreen("timeline-picture-xv-100x30", rows: 30, columns: 100, keys: Self.toXV)
        try expectScreen("timeline-picture-xv-200x40", rows: 40, columns: 200, keys: Self.toXV)
        try expectScreen("timeline-picture-xv-60x24", rows: 24, columns: 60, keys: Self.toXV)
    }

    @Test("without colour the glyphs tell confirmed, inferred and unconfirmed apart, in UTF-8 and in ASCII; with colour the roles do too")
    func timelinePictureColour() throws {
        try expectScreen("timeline-picture-xv-ascii-100x30", rows: 30, columns: 100, keys: Self.toXV, unicode: false)
        for unicode in [true, false] {
            let canvas = try Self.canvas(rows: 30, columns: 100, keys: Self.toXV, unicode: unicode)
            let meetings = try #require(canvas.lines().first { $0.hasPrefix(" Meetings ") })
            let glyphs = Set(meetings.dropFirst(12).filter { $0 != " " })
            #expect(glyphs == (unicode ? ["●", "◐", "○"] : ["#", "~", "?"]))
        }
        try expectRoles("timeline-picture-xv-roles-100x30", rows: 30, columns: 100, keys: Self.toXV)
    }

    @Test("the selected meeting's pointer and highlight move with the list")
    func timelinePictureFollowsSelection() throws {
        func pointer(_ downs: Int) throws -> (column: Int, highlighted: String) {
            let canvas = try Self.canvas(rows: 30, columns: 100, keys: [.character("3")] + Array(repeating: Key.down, count: downs))
            let row = try #require(canvas.lines().firstIndex { $0.contains("▼") })
            let column = try #require((0..<canvas.columns).first { canvas[row, $0].text == "▼" })
            return (column, canvas.cells.filter { $0.role == .highlight }.map(\.text).joined())
        }
        let xv = try pointer(14), xvi = try pointer(15)
        #expect(xvi.column == xv.column + 3)
        #expect(xv.highlighted == "●MXMX" && xvi.highlighted == "●DODO")
    }

    @Test("narrowed by country: the list keeps its hosts and the bars count only the releases that mention it")
    func timelinePictureFiltered() throws {
        try expectScreen("timeline-picture-mexico-100x30", rows: 30, columns: 100, keys: [.character("3")], countryFilter: "MX")
        try expectScreen("timeline-picture-jamaica-100x30", rows: 30, columns: 100, keys: [.character("3")], countryFilter: "JM")
        let jamaica = try Self.canvas(rows: 30, columns: 100, keys: [.character("3")], countryFilter: "JM").lines()
        #expect(jamaica.contains { $0.contains("max 0") })
        #expect(jamaica.joined(separator: " ").split(separator: " ").filter { $0 != "│" }.joined(separator: " ")
            .contains("No meeting on record was hosted by Jamaica (0 known; 6 meetings' hosts unknown)."))
    }

    @Test("the picture disappears cleanly when the window is short, and the list takes its rows back")
    func timelinePictureTooShort() throws {
        try expectScreen("timeline-picture-none-100x17", rows: 17, columns: 100, keys: Self.toXV)
        let lines = try Self.canvas(rows: 17, columns: 100, keys: Self.toXV).lines()
        #expect(!lines.contains { $0.hasPrefix(" Meetings ") || $0.contains("▼") })
    }

    @Test("a country's detail: hosted meetings and presidencies with what is unknown, on a strip")
    func countryHistory() throws {
        let toMexico = [Key.character("4")] + Array(repeating: Key.down, count: 7)
        try expectScreen("members-mexico-100x30", rows: 30, columns: 100, keys: toMexico)
        let lines = try Self.canvas(rows: 30, columns: 100, keys: toMexico).lines()
        #expect(lines.contains { $0.contains("hosted: 5 known; 6 meetings' hosts unknown") })
        #expect(lines.contains { $0.contains("2010, 2015, 2021; 13 years unknown") })
        // Beside the list the detail is narrow: two years a column, the labels short.
        #expect(lines.contains { $0.contains("│ Host ●") } && lines.contains { $0.contains("│ Pres ·") })
        let wide = try Self.canvas(rows: 40, columns: 120, keys: toMexico).lines()
        #expect(wide.contains { $0.contains("│ Hosted     ●") } && wide.contains { $0.contains("│ Presidency ·") })
    }

    static func canvas(rows: Int, columns: Int, keys: [Key], countryFilter: String? = nil, unicode: Bool = true,
                       settings: AppState.Settings = AppState.Settings()) throws -> TextCanvas {
        var state = AppState(store: try store(), rows: rows, columns: columns, countryFilter: countryFilter, usesUnicode: unicode,
                             settings: settings)
        state.send(.start)
        for key in keys { state.press(key) }
        var canvas = TextCanvas(rows: rows, columns: columns)
        ScreenRenderer.draw(state, on: &canvas)
        return canvas
    }

    /// The screen's roles, a letter a cell (`*` for the selection, drawn reversed over its role),
    /// compared with `Screens/<name>.txt`: what colour (or, on a monochrome terminal, bold and
    /// reverse) tells apart.
    func expectRoles(_ name: String, rows: Int, columns: Int, keys: [Key], settings: AppState.Settings = AppState.Settings(),
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let canvas = try Self.canvas(rows: rows, columns: columns, keys: keys, settings: settings)
        let letters: [TextRole: Character] = [.normal: ".", .dim: "d", .warning: "w", .accent: "a", .highlight: "h", .bold: "b",
                                              .heading: "H", .title: "T", .border: "|", .tab: "t", .activeTab: "A", .status: "s", .statusKey: "k",
                                              .quote: "q", .unread: "u", .selected: "S"]
        let actual = (0..<rows).map { row in
            var line = String((0..<columns).map { column -> Character in
                let cell = canvas[row, column]
                if cell.isSelected { return "*" }
                return cell.text == " " && cell.role == .normal ? " " : letters[cell.role] ?? "?"
            })
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        let file = Self.screensFolder.appendingPathComponent("\(name).txt")
        if Self.isRecording {
            try Self.record(actual, to: file, sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(actual == expected, "\(name): the roles differ", sourceLocation: sourceLocation)
    }

    @Test("the map disappears cleanly when the pane is too small for it")
    func mapTooSmall() throws {
        try expectScreen("members-map-100x14", rows: 14, columns: 100, keys: [.character("4")], withMap: true)
    }

    @Test("search results under headings, matches highlighted, and the reader opened from them")
    func search() throws {
        let typed = "tapach".map { Key.character($0) }
        try expectScreen("search-tapach-100x30", rows: 30, columns: 100, keys: [.character("/")] + typed)
        try expectScreen("search-reader-100x30", rows: 30, columns: 100, keys: [.character("/")] + typed + [.enter, .enter])
        try expectScreen("bookmarks-100x30", rows: 30, columns: 100,
                         keys: [.character("2"), .down, .character("b"), .character("1"), .character("b"), .character("B")])
    }

    @Test("highlighted matches are drawn in the highlight role")
    func highlightRole() throws {
        var state = AppState(store: try Self.store(), rows: 30, columns: 100)
        for key in [Key.character("/")] + "family".map({ Key.character($0) }) { state.press(key) }
        var canvas = TextCanvas(rows: 30, columns: 100)
        ScreenRenderer.draw(state, on: &canvas)
        let highlighted = canvas.cells.filter { $0.role == .highlight }.map(\.text).joined()
        #expect(highlighted.lowercased().contains("family"))
    }

    @Test("the selected row is drawn selected, exactly one of them: with the pointer, or in reverse video")
    func selectionVisible() throws {
        for settings in [AppState.Settings(), Self.reverseSelection] {
            var state = AppState(store: try Self.store(), rows: 24, columns: 80, settings: settings)
            update(&state, .showPane(.members))
            update(&state, .moveSelection(2))
            var canvas = TextCanvas(rows: 24, columns: 80)
            ScreenRenderer.draw(state, on: &canvas)
            let pointed = (0..<canvas.rows).filter { canvas[$0, 0].text == "▶" }
            #expect((settings.arrowCursor ? pointed : canvas.selectedRows()) == [state.layout.list.row + 3])
            #expect((settings.arrowCursor ? canvas.selectedRows() : pointed).isEmpty)
        }
    }
}

@Suite("The text canvas")
struct TextCanvasTests {
    @Test("wide characters take two cells and are never cut in half")
    func wideCharacters() {
        var canvas = TextCanvas(rows: 1, columns: 5)
        canvas.put("東京東", row: 0, column: 0)
        #expect(canvas.lines() == ["東京"])
        canvas.put("x", row: 0, column: 1)
        #expect(canvas.lines() == [" x京"])
    }

    @Test("control characters never reach the canvas")
    func sanitized() {
        var canvas = TextCanvas(rows: 1, columns: 20)
        canvas.put("a\u{1B}[2Jb\u{202E}c\r", row: 0, column: 0)
        #expect(canvas.lines() == ["a␛bc"])
    }

    @Test("writing outside the canvas is clipped, not a crash")
    func clipping() {
        var canvas = TextCanvas(rows: 2, columns: 3)
        canvas.put("abcdef", row: 1, column: 1)
        canvas.put("zz", row: 5, column: 0)
        canvas.put("yy", row: 0, column: -1)
        #expect(canvas.lines() == ["y", " ab"])
    }
}
