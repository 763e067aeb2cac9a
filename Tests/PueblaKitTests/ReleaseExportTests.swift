import Foundation
import Testing
@testable import PueblaIndex
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
        let formatter = ReleaseFormatter(store: store, words: English())
        let written = try formatter.writeMarkdown(release, directory: folder)
        #expect(written == .init(path: folder + "/2010-05-18-xv-rcm-tapachula.md", wrote: true))
        #expect(try contents(written.path) == formatter.markdown(release))
        #expect(try contents(written.path).hasPrefix("# XV Annual Meeting of the Regional Conference on Migration"))
    }

    @Test("a relative path is taken from the folder, and a folder gets <id>.md")
    func chosenPaths() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let formatter = ReleaseFormatter(store: store, words: English())
        #expect(try formatter.writeMarkdown(release, to: "notes/../mine.md", directory: folder).path == folder + "/mine.md")
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        #expect(try formatter.writeMarkdown(release, to: folder + "/out", directory: "/").path == folder + "/out/2010-05-18-xv-rcm-tapachula.md")
    }

    @Test("an existing file is never replaced unasked: edits survive a second export, replacing takes overwrite, which keeps the mode")
    func existingFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let formatter = ReleaseFormatter(store: store, words: English())
        let path = try formatter.writeMarkdown(release, directory: folder).path
        // The same export again changes nothing and asks nothing.
        #expect(try formatter.writeMarkdown(release, directory: folder) == .init(path: path, wrote: false))
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        #expect(throws: ReleaseFormatter.ExportError.exists(path: path)) { try formatter.writeMarkdown(release, directory: folder) }
        #expect(try contents(path) == "my notes")
        #expect(try formatter.writeMarkdown(release, directory: folder, overwrite: true) == .init(path: path, wrote: true))
        #expect(try contents(path) == formatter.markdown(release))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }

    @Test("a symbolic link, a FIFO, a device or a folder where the file would go is refused, even with overwrite, and left as it was")
    func notRegularFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let formatter = ReleaseFormatter(store: store, words: English())
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder + "/target.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: folder + "/target.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.md", withDestinationPath: folder + "/nowhere.md")
        try #require(mkfifo(folder + "/fifo.md", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: folder + "/dir/2010-05-18-xv-rcm-tapachula.md", withIntermediateDirectories: true)
        let cases = [("link.md", "is a symbolic link"), ("dangling.md", "is a symbolic link"), ("fifo.md", "is a FIFO"),
                     ("/dev/null", "is a device"), ("dir", "is a folder")]
        for (name, reason) in cases {
            let target = name.hasPrefix("/") ? name : folder + "/" + (name == "dir" ? "dir/2010-05-18-xv-rcm-tapachula.md" : name)
            for overwrite in [false, true] {
                #expect(throws: ReleaseFormatter.ExportError.refused(path: target, reason: reason)) {
                    try formatter.writeMarkdown(release, to: name, directory: folder, overwrite: overwrite)
                }
            }
        }
        #expect(try contents(folder + "/target.txt") == "keep me")
        #expect(!FileManager.default.fileExists(atPath: folder + "/nowhere.md"))
        var status = stat()
        #expect(lstat(folder + "/fifo.md", &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a folder that does not exist is an error naming the path")
    func missingFolder() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = #expect(throws: ReleaseFormatter.ExportError.self) {
            try ReleaseFormatter(store: store, words: English()).writeMarkdown(release, to: folder + "/no/such/x.md")
        }
        #expect(error?.description.hasPrefix(folder + "/no/such/x.md: cannot write: ") == true)
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
        let text = ReleaseFormatter(store: store, words: English()).citation(entry)
        #expect(text.hasPrefix("\u{201C}The RCM is at the forefront"))
        #expect(text.contains("\u{201D} \u{2014} Laura Thompson, Deputy Director General"))
        #expect(text.hasSuffix(", in \u{201C}XV Annual Meeting of the Regional Conference on Migration Addresses Migration and its Impact on the Family\u{201D} (May 18, 2010 (inferred))"))
        #expect(!text.contains("\n"))
    }
}

@Suite("ReleaseFormatter.csv")
struct CSVFieldTests {
    @Test("a cell a spreadsheet would run as a formula (= + - @, a tab or a carriage return first) starts with an apostrophe")
    func formulaCells() {
        #expect(ReleaseFormatter.csvField("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(ReleaseFormatter.csvField("+52 55") == "'+52 55")
        #expect(ReleaseFormatter.csvField("-1") == "'-1")
        #expect(ReleaseFormatter.csvField("@SUM(A1)") == "'@SUM(A1)")
    }

    @Test("ordinary cells, dates and counts are written as they are")
    func ordinaryCells() {
        #expect(ReleaseFormatter.csvField("2010-05-18") == "2010-05-18")
        #expect(ReleaseFormatter.csvField("3") == "3")
        #expect(ReleaseFormatter.csvField("Tapachula, Mexico") == "\"Tapachula, Mexico\"")
        #expect(ReleaseFormatter.csvField("") == "")
    }
}
