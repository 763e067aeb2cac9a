import Foundation
import Testing
@testable import PueblaKit

@Suite("Validation refuses one article imported twice")
struct SameSourceValidationTests {
    /// A copy of Data with a second copy of the seed release as `other`, edited by `change`.
    func dataWithCopy(_ change: (String) -> String) throws -> String {
        let directory = try TestData.copy()
        let text = try String(contentsOfFile: directory + "/" + TestData.seedFile, encoding: .utf8)
            .replacingOccurrences(of: "\"id\": \"2010-05-18-xv-rcm-tapachula\"", with: "\"id\": \"other\"")
        try change(text).write(toFile: directory + "/releases/other.json", atomically: true, encoding: .utf8)
        return directory
    }

    @Test("two releases of the same article from one source file: the second is a located problem")
    func sameFile() throws {
        let directory = try dataWithCopy { text in
            text.replacingOccurrences(of: #""url": "https://iom.int/news/xv-annual-meeting-regional-conference-migration-addresses-migration-and-its-impact-family","#,
                                      with: "")
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let problems = TestData.problems(directory).map(\.description)
        let expected = directory + "/releases/other.json:80:13: source.file: the same article from source file \"000_4feff46c4f8d57b3.txt\" as "
            + directory + "/releases/2010-05-18-xv-rcm-tapachula.json:80"
        #expect(problems.contains { $0.hasPrefix(expected) }, "got: \(problems)")
    }

    @Test("two releases from one source URL are refused too, at the second's source")
    func sameURL() throws {
        let directory = try dataWithCopy { $0 }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let problems = TestData.problems(directory).map(\.description)
        #expect(problems.contains { $0.hasPrefix(directory + "/releases/other.json:") && $0.contains("source: duplicate source.url") },
                "got: \(problems)")
    }

    @Test("another article saved under the same file name, or the same file with other URLs, is another source")
    func otherArticles() throws {
        let rewritten = try dataWithCopy { text in
            // Every paragraph rewritten: another article that happens to share the file name.
            guard var object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                  let paragraphs = object["paragraphs"] as? [String], var source = object["source"] as? [String: Any] else { return text }
            object["paragraphs"] = paragraphs.indices.map { "Another article, paragraph \($0)." }
            source["url"] = nil
            object["source"] = source
            return (try? JSONSerialization.data(withJSONObject: object)).map { String(decoding: $0, as: UTF8.self) } ?? text
        }
        defer { try? FileManager.default.removeItem(atPath: rewritten) }
        #expect(TestData.problems(rewritten).filter { $0.description.contains("source") }.isEmpty)
        let twoURLs = try dataWithCopy { $0.replacingOccurrences(of: #""url": "https://iom.int/news/"#, with: #""url": "https://iom.int/es/news/"#) }
        defer { try? FileManager.default.removeItem(atPath: twoURLs) }
        #expect(TestData.problems(twoURLs).isEmpty)
    }
}
