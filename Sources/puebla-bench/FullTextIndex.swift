import Foundation
import PueblaIndex
import PueblaKit
#if canImport(Glibc)
import Glibc
#endif

/// The library index and search done with SQLite FTS5 instead of Puebla's own: a table of release
/// summaries in list order, and full-text tables over the fields search looks in (a release's title
/// and paragraphs, a quote's words and speaker, a meeting's city, theme and host country, a
/// country's names and code). `unicode61 remove_diacritics 2` folds case and accents as the own
/// index does; `detail=column` keeps, like it, which field a word is in but not where; the prefix
/// tables (one to three letters) answer a word being typed without merging every word it starts.
struct FullTextIndex {
    private let database: SQLite

    private static let words = "detail=column, prefix='1 2 3', tokenize='unicode61 remove_diacritics 2'"
    private static let schema = """
        CREATE TABLE releases(position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, date TEXT,
            date_status TEXT NOT NULL, place TEXT, place_country TEXT, countries TEXT NOT NULL, meeting TEXT,
            paragraphs INTEGER NOT NULL, file TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, modified INTEGER NOT NULL,
            changed INTEGER NOT NULL, inode INTEGER NOT NULL);
        CREATE INDEX releases_order ON releases(date IS NULL, date DESC, id);
        CREATE TABLE quotes(number INTEGER PRIMARY KEY, release INTEGER NOT NULL, position INTEGER NOT NULL,
            speaker TEXT, text TEXT NOT NULL);
        CREATE INDEX quotes_release ON quotes(release);
        CREATE VIRTUAL TABLE release_words USING fts5(title, paragraphs, \(words));
        CREATE VIRTUAL TABLE quote_words USING fts5(text, speaker, content='quotes', content_rowid='number', \(words));
        CREATE VIRTUAL TABLE meeting_words USING fts5(id UNINDEXED, city, theme, country, \(words));
        CREATE VIRTUAL TABLE country_words USING fts5(key UNINDEXED, name, name_es, code, \(words));
        """
    /// The list's order: newest first, undated last, then by id (as `ReleaseOrder`).
    private static let listOrder = "r.date IS NULL, r.date DESC, r.id"

    /// Opens an index made by `build`.
    init(path: String, readOnly: Bool = true) throws(SQLite.Failure) {
        guard FileManager.default.fileExists(atPath: path) else { throw SQLite.Failure(description: "\(path): no such index") }
        database = try SQLite(path: path, readOnly: readOnly)
    }

    /// Whether this SQLite has FTS5: some builds leave it out.
    static func checkAvailable() throws(SQLite.Failure) {
        let probe = try SQLite(path: ":memory:")
        do {
            try probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
        } catch {
            throw SQLite.Failure(description: "this SQLite has no FTS5: \(error.description)")
        }
    }

    // MARK: - Building and updating

    /// Indexes every release of `dataDirectory` into a new file, renamed over `path` when complete.
    static func build(dataDirectory: String, at path: String) throws(SQLite.Failure) {
        let building = path + ".new"
        try? FileManager.default.removeItem(atPath: building)
        do {
            let database = try SQLite(path: building, readOnly: false)
            // A file being built is nobody's until it is renamed: no journal to keep.
            try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; \(schema)")
            var writer = try Writer(database, dataDirectory: dataDirectory)
            try database.execute("BEGIN")
            try writer.addPlaces()
            for (name, stamp) in try releaseFiles(in: dataDirectory) { try writer.add(file: name, stamp: stamp) }
            try database.execute("""
                INSERT INTO release_words(release_words) VALUES('optimize');
                INSERT INTO quote_words(quote_words) VALUES('optimize');
                COMMIT
                """)
        }
        guard rename(building, path) == 0 else { throw SQLite.Failure(description: "\(path): cannot be renamed into place") }
    }

    /// Brings the index up to date with the release files: those whose size, times or inode changed
    /// are read again, those gone removed. Returns how many were read and removed.
    func update(dataDirectory: String) throws(SQLite.Failure) -> (read: Int, removed: Int) {
        var known: [String: (position: Int, stamp: Stamp)] = [:]
        try database.prepare("SELECT file, position, size, modified, changed, inode FROM releases").run { row in
            known[row.text(0) ?? ""] = (row.int(1), Stamp(size: row.int(2), modified: row.int(3), changed: row.int(4), inode: row.int(5)))
        }
        var changed: [(String, Stamp)] = []
        for (name, stamp) in try Self.releaseFiles(in: dataDirectory) {
            if known.removeValue(forKey: name)?.stamp != stamp { changed.append((name, stamp)) }
        }
        guard !changed.isEmpty || !known.isEmpty else { return (0, 0) }
        var writer = try Writer(database, dataDirectory: dataDirectory)
        try database.execute("BEGIN")
        for (_, entry) in known { try writer.remove(position: entry.position) }
        for (name, stamp) in changed { try writer.add(file: name, stamp: stamp) }
        try database.execute("COMMIT")
        return (changed.count, known.count)
    }

    /// What tells whether a release file changed.
    struct Stamp: Equatable {
        let size: Int
        let modified: Int
        let changed: Int
        let inode: Int
    }

    /// The release files of a Data folder and their stamps, in name order.
    private static func releaseFiles(in dataDirectory: String) throws(SQLite.Failure) -> [(String, Stamp)] {
        let folder = (dataDirectory as NSString).appendingPathComponent(StoreLoader.releasesFolder)
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw SQLite.Failure(description: "\(folder): \(error.localizedDescription)")
        }
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            var info = stat()
            guard lstat((folder as NSString).appendingPathComponent(name), &info) == 0 else { return nil }
            return (name, Stamp(size: Int(info.st_size), modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec),
                                changed: Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec), inode: Int(info.st_ino)))
        }
    }

    /// Adds and removes releases inside a transaction its caller opens.
    private struct Writer {
        let database: SQLite
        let folder: String
        let store: Store
        let addRelease: SQLite.Statement
        let addWords: SQLite.Statement
        let addQuote: SQLite.Statement
        let addQuoteWords: SQLite.Statement
        var nextPosition = 0
        var nextQuote = 0

        init(_ database: SQLite, dataDirectory: String) throws(SQLite.Failure) {
            self.database = database
            folder = (dataDirectory as NSString).appendingPathComponent(StoreLoader.releasesFolder)
            do { store = try StoreLoader.load(from: dataDirectory, releases: false) } catch {
                throw SQLite.Failure(description: error.description)
            }
            addRelease = try database.prepare("""
                INSERT INTO releases(position, id, title, date, date_status, place, place_country, countries, meeting,
                    paragraphs, file, size, modified, changed, inode) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            addWords = try database.prepare("INSERT INTO release_words(rowid, title, paragraphs) VALUES(?, ?, ?)")
            addQuote = try database.prepare("INSERT INTO quotes(number, release, position, speaker, text) VALUES(?, ?, ?, ?, ?)")
            addQuoteWords = try database.prepare("INSERT INTO quote_words(rowid, text, speaker) VALUES(?, ?, ?)")
            var next = (0, 0)
            try database.prepare("SELECT coalesce(max(position), -1) + 1, (SELECT coalesce(max(number), -1) + 1 FROM quotes) FROM releases")
                .run { row in next = (row.int(0), row.int(1)) }
            (nextPosition, nextQuote) = next
        }

        /// The meetings and countries of Data: a handful of rows, written whole.
        func addPlaces() throws(SQLite.Failure) {
            let names = Dictionary(store.countries.map { ($0.code, "\($0.name) \($0.nameEs)") }, uniquingKeysWith: { first, _ in first })
            let meeting = try database.prepare("INSERT INTO meeting_words(rowid, id, city, theme, country) VALUES(?, ?, ?, ?, ?)")
            for (number, each) in store.meetings.enumerated() {
                try meeting.run([.int(number), .text(each.id), .text(each.city), .text(each.theme), .text(each.country.flatMap { names[$0] })])
            }
            let country = try database.prepare("INSERT INTO country_words(rowid, key, name, name_es, code) VALUES(?, ?, ?, ?, ?)")
            for (number, each) in store.countries.enumerated() {
                try country.run([.int(number), .text(each.code), .text(each.name), .text(each.nameEs), .text(each.code)])
            }
        }

        mutating func add(file name: String, stamp: Stamp) throws(SQLite.Failure) {
            let path = (folder as NSString).appendingPathComponent(name)
            let release: ReleaseText
            do { release = try ReleaseText(JSONParser.parse(StoreLoader.readBytes(path))) } catch {
                throw SQLite.Failure(description: "\(path): \(error)")
            }
            let position = nextPosition
            nextPosition += 1
            try addRelease.run([
                .int(position), .text(release.id), .text(release.title), .text(release.date), .text(release.dateStatus),
                .text(release.place), .text(release.placeCountry), .text(release.countries.joined(separator: " ")), .text(release.meeting),
                .int(release.paragraphs.count), .text(name), .int(stamp.size), .int(stamp.modified), .int(stamp.changed), .int(stamp.inode),
            ])
            try addWords.run([.int(position), .text(release.title), .text(release.paragraphs.joined(separator: "\n"))])
            for (index, quote) in release.quotes.enumerated() {
                try addQuote.run([.int(nextQuote), .int(position), .int(index), .text(quote.speaker), .text(quote.text)])
                try addQuoteWords.run([.int(nextQuote), .text(quote.text), .text(quote.speaker)])
                nextQuote += 1
            }
        }

        /// An external-content table forgets a row's words only when told what they were.
        func remove(position: Int) throws(SQLite.Failure) {
            try database.prepare("""
                INSERT INTO quote_words(quote_words, rowid, text, speaker) SELECT 'delete', number, text, speaker FROM quotes WHERE release = ?
                """).run([.int(position)])
            for table in ["DELETE FROM quotes WHERE release = ?", "DELETE FROM release_words WHERE rowid = ?",
                          "DELETE FROM releases WHERE position = ?"] {
                try database.prepare(table).run([.int(position)])
            }
        }
    }

    // MARK: - Reading

    /// The number of releases and the first `count` of the list, in order: what a first frame shows.
    func firstRows(_ count: Int) throws(SQLite.Failure) -> (total: Int, rows: [(id: String, title: String, date: String?)]) {
        var total = 0
        try database.prepare("SELECT count(*) FROM releases").run { row in total = row.int(0) }
        var rows: [(String, String, String?)] = []
        try database.prepare("SELECT r.id, r.title, r.date FROM releases r ORDER BY \(Self.listOrder) LIMIT ?").run([.int(count)]) { row in
            rows.append((row.text(0) ?? "", row.text(1) ?? "", row.text(2)))
        }
        return (total, rows)
    }

    /// What a search finds, each kind in rank order, as the own search gives it.
    struct Found: Equatable, Codable {
        var releases: [String] = []
        /// `<release id>#<index>`.
        var quotes: [String] = []
        var meetings: [String] = []
        var countries: [String] = []

        var count: Int { releases.count + quotes.count + meetings.count + countries.count }
    }

    /// Every item matching every word of `query` (the last as a prefix while it is typed); those
    /// whose headline field (title, speaker, city or host country) holds every word come first.
    func search(_ query: SearchQuery) throws(SQLite.Failure) -> Found {
        var found = Found()
        guard !query.isEmpty else { return found }
        let words = query.words.enumerated().map { position, word in
            "\"\(word)\"" + (position == query.words.count - 1 && query.lastWordIsPrefix ? "*" : "")
        }.joined(separator: " ")
        func headline(_ columns: String) -> SQLite.Value { .text("{\(columns)} : (\(words))") }
        try database.prepare("""
            SELECT r.id FROM release_words w JOIN releases r ON r.position = w.rowid WHERE release_words MATCH ?
            ORDER BY w.rowid IN (SELECT rowid FROM release_words WHERE release_words MATCH ?) DESC, \(Self.listOrder)
            """).run([.text(words), headline("title")]) { row in found.releases.append(row.text(0) ?? "") }
        try database.prepare("""
            SELECT r.id, q.position FROM quote_words w JOIN quotes q ON q.number = w.rowid JOIN releases r ON r.position = q.release
            WHERE quote_words MATCH ?
            ORDER BY w.rowid IN (SELECT rowid FROM quote_words WHERE quote_words MATCH ?) DESC, \(Self.listOrder), q.position
            """).run([.text(words), headline("speaker")]) { row in found.quotes.append("\(row.text(0) ?? "")#\(row.int(1))") }
        try database.prepare("""
            SELECT id FROM meeting_words WHERE meeting_words MATCH ?
            ORDER BY rowid IN (SELECT rowid FROM meeting_words WHERE meeting_words MATCH ?) DESC, rowid DESC
            """).run([.text(words), headline("city country")]) { row in found.meetings.append(row.text(0) ?? "") }
        try database.prepare("SELECT key FROM country_words WHERE country_words MATCH ? ORDER BY rowid")
            .run([.text(words)]) { row in found.countries.append(row.text(0) ?? "") }
        return found
    }
}

/// The fields of a release file the index keeps, read from its parsed JSON.
private struct ReleaseText {
    var id = "", title = "", dateStatus = ""
    var date: String?, place: String?, placeCountry: String?, meeting: String?
    var countries: [String] = [], paragraphs: [String] = []
    var quotes: [(speaker: String?, text: String)] = []

    init(_ root: JSONNode) {
        func string(_ node: JSONNode?) -> String? {
            if case .string(let text)? = node?.value { return text }
            return nil
        }
        func members(_ node: JSONNode?) -> [String: JSONNode] {
            guard case .object(let members)? = node?.value else { return [:] }
            return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        func strings(_ node: JSONNode?) -> [String] {
            guard case .array(let items)? = node?.value else { return [] }
            return items.compactMap(string)
        }
        let fields = members(root)
        id = string(fields["id"]) ?? ""
        title = string(fields["title"]) ?? ""
        dateStatus = string(fields["dateStatus"]) ?? ""
        date = string(fields["date"])
        meeting = string(fields["meeting"])
        let place = members(fields["place"])
        self.place = string(place["name"])
        placeCountry = string(place["country"])
        countries = strings(fields["countries"])
        paragraphs = strings(fields["paragraphs"])
        if case .array(let items)? = fields["quotes"]?.value {
            quotes = items.map(members).map { (string($0["speaker"]), string($0["text"]) ?? "") }
        }
    }
}
