import Foundation
import Testing
@testable import PueblaIndex
@testable import PueblaKit

/// Ids are Unicode NFC everywhere: in files, in their names, in lookups. `café` composed and
/// `café` decomposed look the same, compare equal as Swift strings, and differ byte for byte.
@Suite("Ids in Unicode NFC")
struct UnicodeIDTests {
    static let composed = "2010-05-18-caf\u{E9}"
    static let decomposed = "2010-05-18-cafe\u{301}"

    /// A copy of Data whose seed release is copied to each file `name`.json with the `id` given
    /// (and a source of its own).
    static func data(_ releases: [(id: String, name: String)]) throws -> String {
        let directory = try TestData.copy()
        let seed = (directory as NSString).appendingPathComponent(TestData.seedFile)
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        try FileManager.default.removeItem(atPath: seed)
        for (index, release) in releases.enumerated() {
            let copy = text.replacingOccurrences(of: "\"id\": \"2010-05-18-xv-rcm-tapachula\"", with: "\"id\": \"\(release.id)\"")
                .replacingOccurrences(of: "impact-family\"", with: "impact-family-\(index)\"")
            let file = (directory as NSString).appendingPathComponent("releases/\(release.name).json")
            guard FileManager.default.createFile(atPath: file, contents: Data(copy.utf8)) else { throw CocoaError(.fileWriteUnknown) }
        }
        return directory
    }

    /// An id in NFD inside a file named in NFC is refused at its line and field; a file named in
    /// NFD is refused with the name to give it.
    @Test("an id or a file name not in NFC is refused", arguments: [
        (id: decomposed, name: composed, problem: ":2:9: id: \"2010-05-18-cafe\u{301}\" is not in Unicode NFC"),
        (id: composed, name: decomposed, problem: "id: the file name \"2010-05-18-cafe\u{301}\".json is not in Unicode NFC: rename it \"\(composed)\".json"),
    ])
    func refused(_ id: String, _ name: String, _ problem: String) throws {
        let directory = try Self.data([(id, name)])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let problems = TestData.problems(directory).map(\.description)
        #expect(problems.contains { $0.contains(problem) }, "got: \(problems)")
    }

    @Test("a release is found by its id however the accent was typed")
    func lookupEitherWay() throws {
        // "caff" sorts between the two forms byte for byte: a search by bytes for the decomposed
        // form lands on it, not on café.
        let directory = try Self.data([(Self.composed, Self.composed), ("2010-05-18-caff", "2010-05-18-caff")])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = Library(store: try StoreLoader.load(from: directory))
        #expect(library.release(id: Self.composed)?.title.hasPrefix("XV Annual Meeting") == true)
        #expect(library.release(id: Self.decomposed)?.title.hasPrefix("XV Annual Meeting") == true)
    }
}
