import Testing
import PueblaKit
@testable import PueblaViewModel

/// `update` never reads a release: it asks for one with an effect and takes it back as an action.
@Suite("Releases read as effects")
struct ReleaseLoadTests {
    static func text(_ state: AppState) -> String {
        DetailContent.lines(for: state, width: state.layout.detail.width).map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
    }

    @Test("beside the list, the detail asks for the selected release, shows a placeholder until it comes, then its first paragraph")
    func detailAsksAndWaits() throws {
        var state = try Fixtures.state(releases: 5, rows: 30, columns: 120)
        #expect(state.detailRelease == .loading(position: 0))
        #expect(update(&state, .start) == [.loadRelease(ReleaseRequest(position: 0, purpose: .detail))])
        #expect(Self.text(state).contains("…") && !Self.text(state).contains("First paragraph of 0."))
        #expect(update(&state, .releaseLoaded(ReleaseRequest(position: 0, purpose: .detail), state.library.release(at: 0))).isEmpty)
        #expect(Self.text(state).contains("First paragraph of 0.") && !Self.text(state).contains("…"))
        // A move asks for the next release; an answer for the release left behind is dropped.
        #expect(update(&state, .moveSelection(1)) == [.loadRelease(ReleaseRequest(position: 1, purpose: .detail))])
        update(&state, .releaseLoaded(ReleaseRequest(position: 0, purpose: .detail), state.library.release(at: 0)))
        #expect(state.detailRelease == .loading(position: 1))
        // Nothing more is asked for while the selection stays.
        #expect(update(&state, .notice("x")).isEmpty)
    }

    @Test("at 80 columns, with no detail on screen, a move reads nothing")
    func noDetailNoRead() throws {
        var state = try Fixtures.state(releases: 5, rows: 24, columns: 80)
        #expect(update(&state, .start).isEmpty)
        #expect(update(&state, .moveSelection(1)).isEmpty)
    }

    @Test("Enter asks for the release and opens the reader when it comes; a release that cannot be read reads Data again")
    func readerOpensOnArrival() throws {
        var state = try Fixtures.state(releases: 5, rows: 24, columns: 80)
        let effects = update(&state, .open)
        guard case .loadRelease(let request)? = effects.first, effects.count == 1 else {
            Issue.record("expected one load, got \(effects)")
            return
        }
        #expect(state.reader == nil)
        var failed = state
        #expect(update(&failed, .releaseLoaded(request, nil)) == [.reloadData])
        #expect(failed.reader == nil && failed.message?.isEmpty == false)
        let opened = update(&state, .releaseLoaded(request, state.library.release(at: request.position)))
        #expect(state.reader?.releaseID == "r0")
        #expect(opened == [.saveState([.read("r0")])])
    }
}
