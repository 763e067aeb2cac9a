import Foundation
import Testing
@testable import PueblaKit

@Suite("Finding the Data folder")
struct DataLocatorTests {
    /// What `locate` says, or nil when it finds a folder.
    static func message(_ locator: DataLocator) -> String? {
        do {
            _ = try locator.locate()
            return nil
        } catch {
            return error.description
        }
    }

    @Test("--data names a folder that is not one: the message says why")
    func explicitProblems() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loop = folder + "/loop", other = folder + "/other", file = folder + "/file.txt"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: other)
        try FileManager.default.createSymbolicLink(atPath: other, withDestinationPath: loop)
        try Data("text".utf8).write(to: URL(fileURLWithPath: file))

        for (path, reason) in [(folder + "/absent", "does not exist"), (loop, "a loop of symbolic links"), (file, "not a folder")] {
            #expect(Self.message(DataLocator(explicit: path)) == "\(path): no Data folder found; looked in \(path) (--data: \(reason))")
        }
        #expect(try DataLocator(explicit: folder).locate() == folder)
    }

    @Test("without --data: $PUEBLA_DATA alone when set; else ./Data, then the Data Puebla was built from")
    func fallbacks() {
        let absent = NSTemporaryDirectory() + "puebla-absent-\(UUID().uuidString)"
        #expect(Self.message(DataLocator(explicit: nil, environment: ["PUEBLA_DATA": absent], builtFrom: TestData.shipped))
            == "\(absent): no Data folder found; looked in \(absent) ($PUEBLA_DATA: does not exist)")
        let locator = DataLocator(explicit: nil, environment: [:], workingDirectory: "/nowhere", builtFrom: TestData.shipped)
        #expect(locator.candidates == [DataLocator.Candidate(path: "Data", origin: "the current folder (/nowhere)"),
                                       DataLocator.Candidate(path: TestData.shipped, origin: "the folder Puebla was built from")])
    }
}
