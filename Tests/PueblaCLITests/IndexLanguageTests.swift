import Foundation
import Testing

/// A library index that cannot be written, through the real binary, in the interface's language.
@Suite("Index write problems in the interface's language")
struct IndexLanguageTests {
    @Test("puebla index under a cache that is a regular file: exit 73, the cache folder named, in Spanish with --lang es and in English as before")
    func cacheIsAFile() throws {
        let copy = try DataCopy()
        let home = TestHome()
        // mkdir under a regular file fails with ENOTDIR, even for root.
        let cache = home.path + "/cache-file"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: cache))
        let environment = home.environment.merging(["XDG_CACHE_HOME": cache]) { $1 }
        let spanish = try PueblaBinary.run(["index", "--lang", "es", "--data", copy.path], environment: environment)
        #expect(spanish.status == 73)
        // After the progress lines, which stderr that is no terminal gets a tenth at a time.
        #expect(spanish.standardError.contains("\npuebla: \(cache)/puebla: no se puede crear la carpeta de la caché "
            + "(una parte de la ruta no es una carpeta); el índice de la biblioteca se mantiene en memoria durante esta ejecución\n"),
                "\(spanish.standardError)")
        let english = try PueblaBinary.run(["index", "--lang", "en", "--data", copy.path], environment: environment)
        #expect(english.status == 73)
        #expect(english.standardError.contains("\npuebla: \(cache)/puebla: cannot make the cache folder ("), "\(english.standardError)")
        #expect(english.standardError.hasSuffix("); the library index is kept in memory for this run\n"), "\(english.standardError)")
    }
}
