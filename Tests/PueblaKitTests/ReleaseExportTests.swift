import Foundation
import Testing
@testable import PueblaKit

@Suite("ReleaseFormatter.writeMarkdown")
struct ReleaseExportTests {
    let store: Store
    let release: Release
    let folder: String

    init() throws {
        store = try StoreLoader.load(from: DataLocator.builtInDataPath)
        release = try #require(store.releases.first { $0.id == "2010-05-18-xv-rcm-tapachula" })
        folder = NSTemporaryDirectory() + "puebla-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("by default it writes <id>.md in the folder given, the same Markdown show prints, and says where")
    func defaultPath() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let formatter = ReleaseFormatter(store: store)
        let written = try formatter.writeMarkdown(release, directory: folder)
        #expect(written == folder + "/2010-05-18-xv-rcm-tapachula.md")
        #expect(try contents(written) == formatter.markdown(release))
        #expect(try contents(written).hasPrefix("# XV Annual Meeting of the Regional Conference on Migration"))
    }

    @Test("a relative path is taken from the folder, a folder gets <id>.md, and an old file is replaced")
    func chosenPaths() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let formatter = ReleaseFormatter(store: store)
        #expect(try formatter.writeMarkdown(release, to: "notes/../mine.md", directory: folder) == folder + "/mine.md")
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        #expect(try formatter.writeMarkdown(release, to: folder + "/out", directory: "/") == folder + "/out/2010-05-18-xv-rcm-tapachula.md")
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/mine.md"))
        _ = try formatter.writeMarkdown(release, to: "mine.md", directory: folder)
        #expect(try contents(folder + "/mine.md") == formatter.markdown(release))
    }

    @Test("a folder that does not exist is an error naming the path")
    func missingFolder() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = #expect(throws: AtomicFile.WriteError.self) {
            try ReleaseFormatter(store: store).writeMarkdown(release, to: folder + "/no/such/x.md")
        }
        #expect(error?.path == folder + "/no/such/x.md")
    }
}

@Suite("ReleaseFormatter.citation")
struct QuoteCitationTests {
    @Test("a copied quote carries its words, speaker, role, organization, release and date on one line")
    func citation() throws {
        let store = try StoreLoader.load(from: DataLocator.builtInDataPath)
        let entry = try #require(Bookmark(id: "2010-05-18-xv-rcm-tapachula#1", in: Library(store: store)).flatMap { bookmark -> QuoteEntry? in
            if case .quote(let entry) = bookmark { return entry }
            return nil
        })
        let text = ReleaseFormatter(store: store).citation(entry)
        #expect(text.hasPrefix("\u{201C}The RCM is at the forefront"))
        #expect(text.contains("\u{201D} \u{2014} Laura Thompson, Deputy Director General"))
        #expect(text.hasSuffix(", in \u{201C}XV Annual Meeting of the Regional Conference on Migration Addresses Migration and its Impact on the Family\u{201D} (2010-05-18 (inferred))"))
        #expect(!text.contains("\n"))
    }
}
