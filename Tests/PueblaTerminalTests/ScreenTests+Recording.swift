import Foundation
import Testing
import PueblaIndex
import PueblaKit

extension ScreenTests {
    /// `PUEBLA_RECORD_SCREENS=1`: expected screens are written from what is drawn, not compared.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["PUEBLA_RECORD_SCREENS"] == "1" }

    /// Writes `lines` as the expected screen in `file`, and fails the test that wrote it: a screen
    /// is expected once someone has read it, so a recording run never passes.
    static func record(_ lines: [String], to file: URL, sourceLocation: Testing.SourceLocation) throws {
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Wrote \(file.lastPathComponent): review it (git diff), then run the tests again without PUEBLA_RECORD_SCREENS",
                     sourceLocation: sourceLocation)
    }

    /// The shipped releases as the browser has them: in a library index, each read from its file
    /// when it is shown.
    static func libraryFromFiles() throws -> Library {
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-screens-\(UUID().uuidString).index").path
        defer { try? FileManager.default.removeItem(atPath: index) }
        let store = try StoreLoader.load(from: dataFolder, releases: false)
        return try LibraryIndex.open(dataDirectory: dataFolder, indexFile: index, checkingAgainst: store).0
    }
}

@Suite("Recording expected screens")
struct ScreenRecordingTests {
    @Test("a screen recorded is written and fails the test that recorded it")
    func recordingFails() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-recorded-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        withKnownIssue("recording is a failure, until the screen is reviewed") {
            try ScreenTests.record(["first line", "second line"], to: file, sourceLocation: #_sourceLocation)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "first line\nsecond line\n")
    }
}
