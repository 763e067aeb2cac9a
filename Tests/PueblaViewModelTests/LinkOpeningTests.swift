import PueblaKit
import Testing
@testable import PueblaViewModel

@Suite("Enter in the reader's link list")
struct LinkOpeningTests {
    /// The reader open on the shipped release, its link list shown.
    func linkList() throws -> AppState {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 30, columns: 100)
        state.press(.enter, .character("L"))
        #expect(state.overlay == .links(selection: 0))
        return state
    }

    @Test("Enter on a link asks the loop to open it and closes the list")
    func link() throws {
        var state = try linkList()
        let action = try #require(Keymap.action(for: .enter, in: state))
        #expect(update(&state, action) == [.openLink("http://www.rcmvs.org/")])
        #expect(state.overlay == nil && state.reader != nil)
    }

    @Test("Enter on a contact with an email address opens a mailto link")
    func contact() throws {
        var state = try linkList()
        state.press(.down)
        let action = try #require(Keymap.action(for: .enter, in: state))
        #expect(update(&state, action) == [.openLink("mailto:jperaza@iom.int")])
    }
}
