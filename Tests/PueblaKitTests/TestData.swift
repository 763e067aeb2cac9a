import Foundation
@testable import PueblaKit

/// The shipped Data folder, and scratch copies of it that a test may break.
enum TestData {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let shipped = packageRoot.appendingPathComponent("Data").path

    static func shippedStore() throws -> Store {
        try StoreLoader.load(from: shipped)
    }

    /// A fresh copy of the shipped Data in a temporary folder.
    static func copy() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-data-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: shipped, toPath: folder.path)
        return folder.path
    }

    /// A fresh, empty folder under the system's temporary folder, removed by the caller.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "puebla-test-\(getpid())-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let seedFile = "releases/2010-05-18-xv-rcm-tapachula.json"

    /// Replaces the first occurrence of `old` in a file of a Data copy.
    static func edit(_ directory: String, _ file: String, replacing old: String, with new: String) throws {
        let path = (directory as NSString).appendingPathComponent(file)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let range = text.range(of: old) else { throw EditError.notFound(old) }
        try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    enum EditError: Error { case notFound(String) }

    /// The problems loading a Data folder reports; empty when it loads.
    static func problems(_ directory: String) -> [DataProblem] {
        do {
            _ = try StoreLoader.load(from: directory)
            return []
        } catch {
            switch error {
            case .invalid(let problems): return problems
            case .missing(_, let reason): return [DataProblem(file: directory, location: nil, field: nil, kind: .noData(reason))]
            }
        }
    }

    static func release(id: String, date: String?, title: String = "A release", countries: [String] = ["MX"],
                        meeting: String? = nil, quotes: [Quote] = [], paragraphs: [String] = ["One paragraph."]) -> Release {
        Release(id: id, title: title, date: date, dateStatus: .confirmed, place: nil, countries: countries,
                meeting: meeting, paragraphs: paragraphs, quotes: quotes, links: [], contacts: [], source: nil)
    }
}
