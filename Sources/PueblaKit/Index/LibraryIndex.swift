import Foundation

/// A cache of the release summaries of a Data folder, so that a large library starts without
/// parsing every release: each file's summary is kept with the file's size and modification time,
/// and only files whose size or time changed (or that are new) are read again. The index is a
/// cache: a missing, damaged or older-format file is rebuilt from Data, never trusted.
///
/// File format (little-endian fixed fields, LEB128 numbers, strings as length + UTF-8):
/// `PUEBLAIX`, version (u32), payload length (u64), FNV-1a 64 checksum of the payload (u64), payload.
/// Payload: entry count, then per entry: file name, size, modification time (ns), id, title, date?,
/// date status, place? (name, country?), countries, meeting?, paragraph count, quotes (speaker?,
/// role?, organization?, text, paragraph), then the byte length of its words and the words: title
/// words, paragraph words. Opening skips the words: only the summaries are held in memory.
public struct LibraryIndex: Sendable {
    /// One release file and what was read from it.
    public struct Entry: Sendable, Equatable {
        /// The file's name in `releases/`.
        public let file: String
        public let size: Int
        /// Nanoseconds since 1970.
        public let modified: Int
        public let summary: ReleaseSummary
    }

    /// What opening the index had to do.
    public struct Update: Sendable, Equatable {
        /// Files read again (new or changed), by name.
        public let reindexed: [String]
        /// Files indexed before that are gone.
        public let removed: [String]
        /// True when there was no usable index file, so that every release was read.
        public let rebuilt: Bool
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// A release that changed cannot be read; the message says where and why.
        case data(StoreError)
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .data(let error): return error.description
            case .cannotWrite(let reason): return reason
            }
        }
    }

    /// The index file, read again for what is not held in memory (the words, for search).
    public let file: String
    /// By file name.
    public let entries: [Entry]
    /// Newest first, as `Store.releases`.
    public let releases: [ReleaseSummary]

    static let magic = Array("PUEBLAIX".utf8)
    static let version: UInt32 = 1
    static let headerSize = magic.count + 4 + 8 + 8

    init(file: String, entries: [Entry]) {
        self.file = file
        self.entries = entries
        releases = entries.map(\.summary).sorted { ReleaseOrder.newestFirst(($0.date, $0.id), ($1.date, $1.id)) }
    }

    /// Where the index of a Data folder lives: `$XDG_CACHE_HOME/puebla/index-<hash of its path>.bin`.
    public static func location(for dataDirectory: String,
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let absolute = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
        let key = String(IndexChecksum.of(ArraySlice(absolute.utf8)), radix: 16)
        return XDGDirectory.cache.file("index-\(key).bin", environment: environment)
    }

    /// Reads the index at `indexFile`, brings it up to date with the releases of `dataDirectory`
    /// and writes it back if anything changed.
    public static func open(dataDirectory: String, indexFile: String) throws(Failure) -> (LibraryIndex, Update) {
        let folder = (dataDirectory as NSString).appendingPathComponent(StoreLoader.releasesFolder)
        let files: [FileStamp]
        do { files = try FileStamp.list(folder) } catch { throw .data(error) }
        let previous = contents(of: indexFile)
        var known: [String: (entry: Entry, words: Range<Int>)] = [:]
        for (entry, words) in zip(previous?.entries ?? [], previous?.words ?? []) { known[entry.file] = (entry, words) }

        let stale = files.filter { file in
            guard let old = known[file.name]?.entry else { return true }
            return old.size != file.size || old.modified != file.modified
        }
        let fresh = try summaries(of: stale, in: folder)
        var entries: [Entry] = []
        var words: [ArraySlice<UInt8>] = []
        for file in files {
            if let (entry, words: range) = known[file.name], entry.size == file.size, entry.modified == file.modified,
               let bytes = previous?.bytes {
                entries.append(entry)
                words.append(bytes[range])
            } else if let (entry, releaseWords) = fresh[file.name] {
                entries.append(entry)
                words.append(releaseWords.encoded()[...])
            }
        }
        let present = Set(files.map(\.name))
        let removed = (previous?.entries ?? []).map(\.file).filter { !present.contains($0) }
        let index = LibraryIndex(file: indexFile, entries: entries)
        if previous == nil || !stale.isEmpty || !removed.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: (indexFile as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite("\(indexFile): cannot make its folder: \(error.localizedDescription)")
            }
            do { try AtomicFile.write(Self.encoded(entries, words: words), to: indexFile) } catch { throw .cannotWrite(error.description) }
        }
        return (index, Update(reindexed: stale.map(\.name), removed: removed, rebuilt: previous == nil))
    }

    /// Reads the given files on all cores; fails with every problem when one cannot be read.
    private static func summaries(of files: [FileStamp], in folder: String) throws(Failure) -> [String: (Entry, ReleaseWords)] {
        var outcomes = [StoreLoader.FileOutcome?](repeating: nil, count: files.count)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            // Each index is written by one iteration only.
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let path = (folder as NSString).appendingPathComponent(files[index].name)
                slots[index] = StoreLoader.readRelease(path, known: ReferenceChecker.Known(countries: nil, meetings: nil))
            }
        }
        let problems = outcomes.flatMap { $0?.problems ?? [] }
        if !problems.isEmpty { throw .data(.invalid(problems)) }
        var entries: [String: (Entry, ReleaseWords)] = [:]
        for (file, outcome) in zip(files, outcomes) {
            guard let release = outcome?.release?.release else { continue }
            let entry = Entry(file: file.name, size: file.size, modified: file.modified, summary: ReleaseSummary(release))
            entries[file.name] = (entry, ReleaseWords(release))
        }
        return entries
    }

    /// Releases that mention `country` (in `countries` or as the place), newest first; all when nil.
    public func releases(mentioning country: String?) -> [ReleaseSummary] {
        guard let country else { return releases }
        return releases.filter { $0.mentions(country) }
    }

    /// Releases whose title or paragraphs hold every word of the query, newest first: the releases
    /// `SearchIndex` finds. Reads the words from the index file, one release at a time; nil when
    /// the file is gone or damaged since it was opened.
    public func releases(matching query: SearchQuery) -> [ReleaseSummary]? {
        guard let contents = Self.contents(of: file) else { return nil }
        var found = Set<String>()
        for (entry, range) in zip(contents.entries, contents.words) {
            var reader = IndexReader(Array(contents.bytes[range]))
            guard let words = try? ReleaseWords(reading: &reader) else { return nil }
            if words.matches(query) { found.insert(entry.summary.id) }
        }
        return releases.filter { found.contains($0.id) }
    }

    // MARK: - The file

    static func encoded(_ entries: [Entry], words: [ArraySlice<UInt8>]) -> [UInt8] {
        var payload = IndexWriter()
        payload.number(entries.count)
        for (entry, words) in zip(entries, words) {
            let summary = entry.summary
            payload.string(entry.file)
            payload.number(entry.size)
            payload.number(entry.modified)
            payload.string(summary.id)
            payload.string(summary.title)
            payload.optional(summary.date)
            payload.string(summary.dateStatus.rawValue)
            payload.optional(summary.place?.name)
            if let place = summary.place { payload.optional(place.country) }
            payload.strings(summary.countries)
            payload.optional(summary.meeting)
            payload.number(summary.paragraphCount)
            payload.number(summary.quotes.count)
            for quote in summary.quotes {
                payload.optional(quote.speaker)
                payload.optional(quote.role)
                payload.optional(quote.organization)
                payload.string(quote.text)
                payload.number(quote.paragraph)
            }
            payload.blob(words)
        }
        var bytes = magic
        bytes += withUnsafeBytes(of: version.littleEndian, Array.init)
        bytes += withUnsafeBytes(of: UInt64(payload.bytes.count).littleEndian, Array.init)
        bytes += withUnsafeBytes(of: IndexChecksum.of(payload.bytes[...]).littleEndian, Array.init)
        return bytes + payload.bytes
    }

    /// The entries of an index file; nil when it is missing, of another version, or damaged.
    static func read(_ file: String) -> [Entry]? {
        contents(of: file)?.entries
    }

    /// An index file's bytes, its entries and where each entry's words stand in the bytes; nil when
    /// it is missing, of another version, or damaged.
    static func contents(of file: String) -> (bytes: [UInt8], entries: [Entry], words: [Range<Int>])? {
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        let bytes = [UInt8](data)
        guard bytes.count >= headerSize, bytes.starts(with: magic) else { return nil }
        func fixed<Value: FixedWidthInteger>(_ offset: Int, as _: Value.Type) -> Value {
            bytes[offset..<(offset + MemoryLayout<Value>.size)].reversed().reduce(0) { $0 << 8 | Value($1) }
        }
        let version = fixed(magic.count, as: UInt32.self)
        let length = fixed(magic.count + 4, as: UInt64.self)
        let checksum = fixed(magic.count + 12, as: UInt64.self)
        guard version == Self.version, length == UInt64(bytes.count - headerSize),
              IndexChecksum.of(bytes[headerSize...]) == checksum else { return nil }
        var reader = IndexReader(bytes, from: headerSize)
        do {
            let count = try reader.number()
            guard count <= bytes.count else { return nil }
            var entries: [Entry] = []
            var words: [Range<Int>] = []
            entries.reserveCapacity(count)
            words.reserveCapacity(count)
            for _ in 0..<count {
                entries.append(try readEntry(&reader))
                words.append(try reader.skipBlob())
            }
            return reader.isAtEnd ? (bytes, entries, words) : nil
        } catch {
            return nil
        }
    }

    private static func readEntry(_ r: inout IndexReader) throws(IndexReader.Malformed) -> Entry {
        let file = try r.string(), size = try r.number(), modified = try r.number()
        let id = try r.string(), title = try r.string(), date = try r.optional()
        guard let dateStatus = FactStatus(rawValue: try r.string()) else { throw IndexReader.Malformed() }
        let place = try r.optional().map { name throws(IndexReader.Malformed) in Place(name: name, country: try r.optional()) }
        let countries = try r.strings(), meeting = try r.optional(), paragraphCount = try r.number()
        var quotes: [Quote] = []
        for _ in 0..<(try r.number()) {
            let speaker = try r.optional(), role = try r.optional(), organization = try r.optional()
            let text = try r.string(), paragraph = try r.number()
            quotes.append(Quote(speaker: speaker, role: role, organization: organization, text: text, paragraph: paragraph))
        }
        let summary = ReleaseSummary(id: id, title: title, date: date, dateStatus: dateStatus, place: place,
                                     countries: countries, meeting: meeting, paragraphCount: paragraphCount, quotes: quotes)
        return Entry(file: file, size: size, modified: modified, summary: summary)
    }
}

/// A release file's name, size and modification time: what tells whether its summary is current.
struct FileStamp: Sendable {
    let name: String
    let size: Int
    let modified: Int

    /// The release files of a folder, by name.
    static func list(_ folder: String) throws(StoreError) -> [FileStamp] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .missing(path: folder, reason: "cannot list the releases folder: \(error.localizedDescription)")
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            var status = stat()
            guard stat((folder as NSString).appendingPathComponent(name), &status) == 0 else { return nil }
            let modified = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
            return FileStamp(name: name, size: Int(status.st_size), modified: modified)
        }
    }
}
