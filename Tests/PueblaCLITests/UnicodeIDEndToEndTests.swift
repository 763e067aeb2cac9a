import Foundation
import Testing

/// `puebla show` finds a release whose id has an accent however the accent was typed: composed
/// (as keyboards type it, and as ids are kept) or decomposed (as some systems hand text over).
@Suite("Ids with accents on the command line")
struct UnicodeIDEndToEndTests {
    @Test("show finds 2010-05-18-café typed composed or decomposed")
    func showEitherWay() throws {
        let data = try DataCopy()
        let seed = try String(contentsOf: data.url("releases/2010-05-18-xv-rcm-tapachula.json"), encoding: .utf8)
        try FileManager.default.removeItem(at: data.url("releases/2010-05-18-xv-rcm-tapachula.json"))
        // "caff" sorts between the two forms byte for byte, so a search by bytes lands on it.
        for (index, id) in ["2010-05-18-caf\u{E9}", "2010-05-18-caff"].enumerated() {
            let text = seed.replacingOccurrences(of: "\"2010-05-18-xv-rcm-tapachula\"", with: "\"\(id)\"")
                .replacingOccurrences(of: "impact-family\"", with: "impact-family-\(index)\"")
            try text.write(to: data.url("releases/\(id).json"), atomically: true, encoding: .utf8)
        }
        for typed in ["2010-05-18-caf\u{E9}", "2010-05-18-cafe\u{301}"] {
            let run = try PueblaBinary.run(["show", typed, "--data", data.path])
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.contains("XV Annual Meeting"))
        }
    }
}
