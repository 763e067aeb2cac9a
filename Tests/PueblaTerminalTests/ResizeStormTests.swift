import Testing
import PueblaCorpus
import PueblaKit
import PueblaViewModel
@testable import PueblaTerminal

/// 500 resizes in a row, from 1x1 to 300x100, with keys between them, through the same steps as
/// the browser's loop (key, update, draw): every frame fits its size, and the last one is the one a
/// browser started at the last size shows after the same keys.
@Suite("Resize storms")
struct ResizeStormTests {
    /// Keys that move around every pane, list, overlay and the reader, and never quit.
    static let keys: [Key] = [
        .character("1"), .character("2"), .character("3"), .character("4"), .character("5"), .tab, .backTab,
        .enter, .escape, .up, .down, .pageUp, .pageDown, .home, .end, .character("?"), .character("u"),
    ]

    /// Whether `key` does the same thing at every size from here on. Scrolling keeps what the user
    /// was looking at when the size changes, and Enter opens the detail full screen on a narrow
    /// terminal only, so after those a browser started at the last size may rightly show another
    /// frame.
    static func isSizeIndependent(_ key: Key, in state: AppState) -> Bool {
        switch key {
        case .up, .down, .pageUp, .pageDown: return false
        case .enter: return state.screen == .panes && state.pane == .releases && state.overlay == nil
        case .end:
            if case .reader = state.screen { return false }
            return true
        default: return true
        }
    }

    static func frame(of state: AppState) -> TextCanvas {
        var canvas = TextCanvas(rows: state.layout.rows, columns: state.layout.columns)
        ScreenRenderer.draw(state, on: &canvas)
        return canvas
    }

    /// Runs the storm; returns the state, the keys pressed and the last size.
    static func storm(seed: UInt64, keys allowed: (Key, AppState) -> Bool) throws -> (AppState, [Key], (rows: Int, columns: Int)) {
        let store = try ScreenTests.store()
        let map = try MapDataLoader.load(fromDataFolder: ScreenTests.dataFolder)
        var generator = SplitMix64(seed: seed)
        var state = AppState(store: store, rows: 24, columns: 80, mapData: map)
        state.send(.start)
        var pressed: [Key] = []
        var size = (rows: 24, columns: 80)
        for step in 0..<500 {
            size = (Int.random(in: 1...100, using: &generator), Int.random(in: 1...300, using: &generator))
            state.send(.resize(rows: size.rows, columns: size.columns))
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let key = keys.randomElement(using: &generator) ?? .down
                guard allowed(key, state), let action = Keymap.action(for: key, in: state) else { continue }
                // Escape on the panes quits: the storm goes on instead.
                var next = state
                next.send(action)
                guard !next.wantsToQuit else { continue }
                state = next
                pressed.append(key)
            }
            let lines = frame(of: state).lines()
            try #require(lines.count == size.rows, "step \(step) at \(size.rows)x\(size.columns)")
            let wide = lines.filter { DisplayWidth.of($0) > size.columns }
            try #require(wide.isEmpty, "step \(step) at \(size.rows)x\(size.columns): too wide: \(wide)")
        }
        return (state, pressed, size)
    }

    @Test("500 random resizes from 1x1 to 300x100 with any keys between them: every frame fits its size",
          arguments: [1 as UInt64])
    func everyFrameFits(seed: UInt64) throws {
        let (_, pressed, _) = try Self.storm(seed: seed) { _, _ in true }
        #expect(pressed.count > 500, "keys between the resizes")
    }

    @Test("500 random resizes with keys between them: the last frame is the one a browser started at the last size shows",
          arguments: [3 as UInt64])
    func lastFrameIsRight(seed: UInt64) throws {
        let (state, pressed, size) = try Self.storm(seed: seed, keys: Self.isSizeIndependent)
        let store = try ScreenTests.store()
        let map = try MapDataLoader.load(fromDataFolder: ScreenTests.dataFolder)
        var fresh = AppState(store: store, rows: size.rows, columns: size.columns, mapData: map)
        fresh.send(.start)
        for key in pressed { fresh.press(key) }
        let last = Self.frame(of: state).lines(), expected = Self.frame(of: fresh).lines()
        #expect(last == expected, "at \(size.rows)x\(size.columns):\n\(last.joined(separator: "\n"))\n---\n\(expected.joined(separator: "\n"))")
    }

    @Test("a resize keeps what the status line says; a key clears it")
    func resizeKeepsTheMessage() throws {
        var state = AppState(store: try ScreenTests.store(), rows: 24, columns: 80)
        update(&state, .notice("Settings: unknown key"))
        update(&state, .resize(rows: 30, columns: 100))
        #expect(state.message == "Settings: unknown key")
        update(&state, .moveSelection(1))
        #expect(state.message == nil)
    }
}
