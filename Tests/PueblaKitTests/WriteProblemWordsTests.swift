import Foundation
@testable import PueblaIndex
@testable import PueblaKit
import Testing

/// A file that cannot be written, and a library index that cannot be, in both languages: the
/// path named in each, the English as it always was, and the system's error number in Spanish
/// words where a failed read already has them.
@Suite("Write problems in both languages")
struct WriteProblemWordsTests {
    /// Each reason a file is not written, its English, and words its Spanish must hold.
    static let writes: [(AtomicFile.WriteError, english: String, spanish: String)] = [
        (AtomicFile.WriteError(path: "/d/releases/a.json", errno: ENOSPC),
         "/d/releases/a.json: cannot write: No space left on device", "no se puede escribir: No space left on device"),
        (AtomicFile.WriteError(path: "/d/releases/a.json", errno: EACCES),
         "/d/releases/a.json: cannot write: Permission denied", "no se puede escribir: permiso denegado"),
        (AtomicFile.WriteError(path: "/x/a.md", failure: .exists), "/x/a.md: cannot write: it exists", "no se puede escribir: ya existe"),
        (AtomicFile.WriteError(path: "/s/state.journal", failure: .notLocked(errno: ENOLCK)),
         "/s/state.journal: cannot write: cannot lock it: No locks available", "no se puede escribir: no se puede bloquear: No locks available"),
        (AtomicFile.WriteError(path: "/s/puebla/state.json", failure: .notAFolder("/s/puebla")),
         "/s/puebla/state.json: cannot write: cannot create a folder in it: /s/puebla is not a folder",
         "no se puede escribir: no se puede crear una carpeta dentro: /s/puebla no es una carpeta"),
        (AtomicFile.WriteError(path: "/s/puebla/state.json", failure: .folderNotMade("/s/puebla", errno: EROFS)),
         "/s/puebla/state.json: cannot write: cannot create /s/puebla: Read-only file system",
         "no se puede escribir: no se puede crear /s/puebla: Read-only file system"),
        (AtomicFile.WriteError(path: "/s/puebla/state.json", failure: .laterFormat(9, written: 2)),
         "/s/puebla/state.json: cannot write: it is in format 9, written by a later Puebla (this one writes format 2); left as it is",
         "no se puede escribir: está en el formato 9, escrito por una versión posterior de Puebla (esta escribe el formato 2); se deja como está"),
    ]

    @Test("a file not written: Spanish names the path in Spanish words, English as before")
    func fileNotWritten() {
        for (error, english, spanish) in Self.writes {
            #expect(error.description == english)
            #expect(error.description(words: English()) == english)
            let text = error.description(words: Spanish())
            #expect(text == "\(error.path): " + spanish, "\(text)")
            for word in ["cannot", "exists", "is not", "later", "in format", "left as"] { #expect(!text.contains(word), "\(text)") }
        }
    }

    static let kept = "; the library index is kept in memory for this run"
    static let keptInSpanish = "; el índice de la biblioteca se mantiene en memoria durante esta ejecución"

    @Test("a cache folder not made: both name the folder and say the system's number in their words, else Foundation's")
    func cacheFolderNotMade() {
        let problem = IndexWriteProblem.cacheFolderNotMade(path: "/c/puebla", reason: "The operation could not be completed", errno: ENOTDIR)
        #expect(problem.description == "/c/puebla: cannot make the cache folder (Not a directory)" + Self.kept)
        #expect(problem.description(in: .spanish)
            == "/c/puebla: no se puede crear la carpeta de la caché (una parte de la ruta no es una carpeta)" + Self.keptInSpanish)
        let unknown = IndexWriteProblem.cacheFolderNotMade(path: "/c/puebla", reason: "Something odd", errno: nil)
        #expect(unknown.description(in: .spanish) == "/c/puebla: no se puede crear la carpeta de la caché (Something odd)" + Self.keptInSpanish)
        #expect(unknown.description == "/c/puebla: cannot make the cache folder (Something odd)" + Self.kept)
    }

    @Test("an index segment not removed: Spanish names the segment, English as before")
    func segmentNotRemoved() {
        let problem = IndexWriteProblem.segmentNotRemoved(path: "/c/puebla/index-1.seg", errno: EACCES)
        #expect(problem.description == "/c/puebla/index-1.seg: cannot remove the index segment (Permission denied)" + Self.kept)
        #expect(problem.description(in: .spanish)
            == "/c/puebla/index-1.seg: no se puede eliminar el segmento del índice (permiso denegado)" + Self.keptInSpanish)
    }

    @Test("an index file not written: Spanish names the file, English as before")
    func indexNotWritten() {
        let problem = IndexWriteProblem.notWritten(AtomicFile.WriteError(path: "/c/puebla/index-1.bin", errno: ENOSPC))
        #expect(problem.description == "/c/puebla/index-1.bin: cannot write: No space left on device" + Self.kept)
        #expect(problem.description(in: .spanish)
            == "/c/puebla/index-1.bin: no se puede escribir: No space left on device" + Self.keptInSpanish)
    }

    @Test("a cache folder under a regular file: the update keeps the system's number, said in Spanish")
    func cacheUnderAFile() throws {
        let corpus = try LibraryIndexTests.Corpus(releases: 3)
        defer { corpus.clean() }
        let file = (corpus.data as NSString).deletingLastPathComponent + "/not-a-folder"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let store = try StoreLoader.load(from: corpus.data, releases: false)
        let (_, update) = try LibraryIndex.open(dataDirectory: corpus.data, indexFile: file + "/puebla/index.bin", checkingAgainst: store)
        guard case let .cacheFolderNotMade(path, _, code) = update.writeProblem else {
            Issue.record("\(String(describing: update.writeProblem))")
            return
        }
        #expect(path == file + "/puebla" && code == ENOTDIR)
        #expect(update.writeProblem?.description(in: .spanish).contains("una parte de la ruta no es una carpeta") == true)
    }

    @Test("an export that cannot be written says so in Spanish, naming the file")
    func exportNotWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        do {
            _ = try ReleaseFormatter.write(Array("text".utf8), to: folder + "/file/x.md", fileName: "x.md")
            Issue.record("written under a regular file")
        } catch .notWritten(let error) {
            #expect(error.description == folder + "/file/x.md: cannot write: Not a directory")
            #expect(error.description(words: Spanish()) == folder + "/file/x.md: no se puede escribir: una parte de la ruta no es una carpeta")
        } catch {
            Issue.record("\(error)")
        }
    }
}
