import Foundation
import Testing

/// The view model and the drawing code are functions of the state: they never read a file. A
/// release is read by the loop (`Effect.loadRelease`) and handed to `update` as an action.
@Suite("No file read in the view model or the drawing code")
struct FileReadLintTests {
    static let packageFolder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// Every file of the view model, and the front end's drawing files.
    static let checkedFiles: [String] = {
        let viewModel = "Sources/PueblaViewModel"
        let folder = packageFolder.appendingPathComponent(viewModel).path
        let swiftFiles = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".swift") }.sorted().map { viewModel + "/" + $0 }
        return swiftFiles + ["ScreenRenderer", "TextCanvas", "Theme"].map { "Sources/PueblaTerminal/\($0).swift" }
    }()

    /// Calls that read a file, or a release (whose paragraphs are in its file), or a whole folder.
    static let fileReads = [
        #"\bFileManager\b"#, #"\bFileHandle\b"#, #"(^|[^\w.])open\((?!\))"#, #"\b(fopen|openat|fread|mmap)\("#,
        #"\b(Data|String|NSString|NSData)\(contentsOf"#, #"contentsOfFile"#, #"\bInputStream\("#,
        #"\.release\((at|id):"#, #"library\.release\("#, #"\b(StoreLoader|MapDataLoader|LibraryIndex|StateFile)\W"#,
    ]

    /// The file reads in Swift `source`, line comments left out, as `line: text`.
    static func fileReads(in source: String) -> [String] {
        // The patterns are the constants above: one that does not compile is a mistake in this file.
        let fileReads = Self.fileReads.map { try! Regex($0) }
        return source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, line in
            let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return fileReads.contains { code.contains($0) } ? "\(number + 1): \(line.trimmingCharacters(in: .whitespaces))" : nil
        }
    }

    @Test("the checker finds each kind of file read, and not a method named open()")
    func checkerFindsReads() {
        let reads = """
            let data = try Data(contentsOf: url)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let handle = FileHandle(forReadingAtPath: path)
            let fd = open(path, O_RDONLY)
            guard let release = state.library.release(at: position) else { return }
            let other = library.release(id: id)
            let store = try StoreLoader.load(from: folder)
            """
        #expect(Self.fileReads(in: reads).count == 7)
        #expect(Self.fileReads(in: "case .open: return open()\n// library.release(at: 1) in a comment\ncase .release(let release):").isEmpty)
    }

    @Test("no file under Sources/PueblaViewModel, nor ScreenRenderer, TextCanvas or Theme, reads a file")
    func noFileReads() throws {
        #expect(Self.checkedFiles.count > 20, "the view model's files are found")
        for file in Self.checkedFiles {
            let source = try String(contentsOf: Self.packageFolder.appendingPathComponent(file), encoding: .utf8)
            let reads = Self.fileReads(in: source)
            #expect(reads.isEmpty, "\(file) reads a file:\n\(reads.joined(separator: "\n"))")
        }
    }
}
