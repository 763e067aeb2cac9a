import Testing
@testable import PueblaKit
@testable import PueblaViewModel

@Suite("default-pane and the remembered pane")
struct DefaultPaneTests {
    @Test("default-pane, when set, wins over the pane the reading state remembers; unset, the remembered pane; neither, releases")
    func defaultPaneWins() throws {
        var remembered = ReadingState()
        remembered.lastPane = "timeline"
        let store = try Fixtures.store(releases: 3)
        #expect(AppState(store: store, rows: 24, columns: 80, reading: remembered, settings: .init(defaultPane: .members)).pane == .members)
        #expect(AppState(store: store, rows: 24, columns: 80, reading: remembered).pane == .timeline)
        #expect(AppState(store: store, rows: 24, columns: 80).pane == .releases)
    }
}
