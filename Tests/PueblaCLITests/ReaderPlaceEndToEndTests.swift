import Foundation
import Testing

/// The real browser opens a release again where it was left, after quitting and starting again.
@Suite("Reader places end to end", .serialized)
struct ReaderPlaceEndToEndTests {
    let home = TestHome()

    func browser() throws -> TmuxSession {
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", PueblaBinary.shippedData], rows: 24,
                                      environment: home.environment)
        try session.waitFor("1 Releases")
        return session
    }

    @Test("a release left halfway opens there in the next run; the state file holds the place")
    func nextRun() throws {
        let first = try browser()
        try first.send("Enter")
        try first.waitFor("Reader")
        try first.send("PageDown", "PageDown")
        try first.waitFor("Reader 92%")
        try first.send("Q")
        #expect(try first.waitForExit() == 0)
        let state = try String(contentsOfFile: home.path + "/state/puebla/state.json", encoding: .utf8)
        #expect(state.contains(#""release" : "2010-05-18-xv-rcm-tapachula""#))

        let second = try browser()
        try second.send("Enter")
        // At the start of the paragraph that was at the top (paragraph 5), not at the release's top (31%).
        let screen = try second.waitFor("Reader 89%")
        #expect(screen.split(separator: "\n").dropFirst().first?.hasPrefix(" According to Peraza") == true)
        try second.send("Q")
        #expect(try second.waitForExit() == 0)
    }
}
