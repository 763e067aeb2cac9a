import PueblaKit

/// The parts of a library index file. Every table is in list order (newest release first), so that
/// a list position is all a pane needs to keep per row.
enum IndexSection: Int, CaseIterable {
    /// Per release, its `IndexRecord`.
    case records
    /// u32 per release and one past the end: where each record starts.
    case recordStarts
    /// Per release, its file's `IndexFileEntry`.
    case files
    /// u32 per release and one past the end: where each file entry starts.
    case fileStarts
    /// u32 per release and one past the end: where its country codes start in `mentionCodes`.
    case mentionStarts
    /// u16 per country a release mentions (its countries and its place's country), into `codes`.
    case mentionCodes
    /// The country codes releases mention, as a string list.
    case codes
    /// u16 per release: 0 for none, else 1 + its meeting's number in `meetingIDs`.
    case meetingOf
    /// The meeting ids releases are about, as a string list.
    case meetingIDs
    /// u32 per release and one past the end: the number of its first quote, quotes numbered in list order.
    case quoteStarts
    /// u32 per release: list positions sorted by id (UTF-8), to find a release by id.
    case idOrder
    /// The search postings of releases and quotes, as `SearchIndex` keeps them: the words (a string
    /// list, sorted by UTF-8), then u32 tables of each word's first list, each list's field (u8) and
    /// each list's first byte, and the delta-coded postings (release positions, quote numbers).
    case words, wordLists, listFields, listBounds, postings
    /// The path of the Data folder indexed (symbolic links resolved), as a string: what tells a
    /// later build that this index's folder is gone.
    case dataFolder
    /// u64: when the release files were looked at for this index, in nanoseconds since 1970: a file
    /// changed within a tick of then is not trusted (`FileStamp.isRacy`).
    case stampedAt
    /// u32 per release and one past the end: where its id starts in `ids`.
    case idStarts
    /// The releases' ids (UTF-8) end to end, in list order: what a search and a look-up by id read,
    /// rather than every record.
    case ids
    /// u64 per release: a hash of its source URL (`IndexSegment.sourceHash`), 0 for none: what tells
    /// an update which releases may share a source with one it reads, without reading every record.
    case sourceHashes
    /// In a segment (`IndexSegment`): u32 per release of the main file that the segment drops
    /// (removed or read again since), ascending. Empty in a main file.
    case dropped
    /// In a segment: u32 per release, the main file's position it goes before in list order (the
    /// main file's count for after the last). Empty in a main file.
    case insertions
    /// In a segment: u64, the identity (`IndexImage.identity`) of the main file it goes with. Empty
    /// in a main file.
    case base
}

extension IndexSection {
    /// What a start reads, checked, before it shows anything: the small tables, a few bytes a
    /// release. The records, the file entries and the search tables and postings are read a block
    /// at a time when first used.
    static let atStart: [IndexSection] = [.recordStarts, .fileStarts, .mentionStarts, .mentionCodes, .codes, .meetingOf,
                                          .meetingIDs, .quoteStarts, .idOrder, .idStarts, .dataFolder, .stampedAt,
                                          .dropped, .insertions, .base]
    /// The order of the sections in the file: those a start reads first, side by side, then those
    /// of the first search (the ids, the word list and tables), then the file entries (the
    /// background check), the records and postings.
    static let fileOrder: [IndexSection] = atStart + [.ids, .words, .wordLists, .listFields, .listBounds, .files, .sourceHashes,
                                                     .records, .postings]
    /// What the first search reads besides the postings.
    static let searchTables: [IndexSection] = [.words, .wordLists, .listFields, .listBounds]
}

/// An index file's bytes, checked: its head and the tables a start needs are sound, so that reading
/// a record or a table entry by position stays inside the bytes; the rest is checked a block at a
/// time as it is read (`IndexBytes`).
///
/// File: `PUEBLAIX`, version (u32), section count (u32), payload length (u64), checksum of the rest
/// of the head (u64), block count (u64); per section its offset and length (u64 each, offsets from
/// the file's start); the checksum of each block of `IndexBytes.Blocks.size` bytes after the head
/// (u64 each); then the sections, in `IndexSection.fileOrder`.
struct IndexImage: Sendable {
    static let magic = Array("PUEBLAIX".utf8)
    static let version: UInt32 = 11
    static let headerSize = magic.count + 4 + 4 + 8 + 8 + 8

    let bytes: IndexBytes
    private let sections: [Range<Int>]
    /// Releases.
    let count: Int
    let quoteCount: Int
    let codes: [String]
    let meetingIDs: [String]
    /// The Data folder the index was built for (see `IndexSection.dataFolder`).
    let dataFolder: String
    /// See `IndexSection.stampedAt`.
    let stampedAt: Int

    /// What the head of an index says: where each section lies and what each block sums to.
    private struct Head {
        let sections: [Range<Int>]
        let blocks: IndexBytes.Blocks
    }

    /// Where the head of a file of `fileSize` bytes ends, by its header (`bytes`' first bytes); nil
    /// when that is not the header of an index of this version.
    private static func headEnd(_ bytes: IndexBytes, fileSize: Int) -> Int? {
        let sectionCount = IndexSection.allCases.count
        guard bytes.count >= headerSize,
              magic.indices.allSatisfy({ bytes.byte(at: $0) == magic[$0] }),
              bytes.integer(at: 8, as: UInt32.self) == version,
              bytes.integer(at: 12, as: UInt32.self) == UInt32(sectionCount),
              fileSize >= headerSize, bytes.integer(at: 16, as: UInt64.self) == UInt64(fileSize - headerSize) else { return nil }
        let blockCount = bytes.integer(at: 32, as: UInt64.self)
        guard blockCount <= UInt64(fileSize / 8) else { return nil }
        let end = headerSize + sectionCount * 16 + Int(blockCount) * 8
        return end <= fileSize ? end : nil
    }

    /// The head of `bytes` (at least the head of a file of `fileSize` bytes), checked against its
    /// checksum; nil when it is not the head of a sound index of this version.
    private static func head(of bytes: IndexBytes, fileSize: Int) -> Head? {
        guard let end = headEnd(bytes, fileSize: fileSize), bytes.count >= end,
              bytes.checksum(of: 32..<end) == bytes.integer(at: 24, as: UInt64.self) else { return nil }
        var sections: [Range<Int>] = []
        for index in 0..<IndexSection.allCases.count {
            let offset = bytes.integer(at: headerSize + index * 16, as: UInt64.self)
            let length = bytes.integer(at: headerSize + index * 16 + 8, as: UInt64.self)
            guard offset >= UInt64(end), offset <= UInt64(fileSize), length <= UInt64(fileSize) - offset else { return nil }
            sections.append(Int(offset)..<Int(offset + length))
        }
        let sumsStart = headerSize + sections.count * 16
        let sums = (0..<((end - sumsStart) / 8)).map { bytes.integer(at: sumsStart + $0 * 8, as: UInt64.self) }
        guard sums.count == (fileSize - end + IndexBytes.Blocks.size - 1) / IndexBytes.Blocks.size else { return nil }
        return Head(sections: sections, blocks: IndexBytes.Blocks(start: end, sums: sums))
    }

    /// The head of the index file `file`, read and checked; nil when it is not that of a sound index
    /// of this version, or the file was cut short while it was read.
    private static func head(of file: IndexFile) -> (IndexBytes, Head)? {
        guard let header = file.bytes(0..<min(file.size, headerSize)), let end = headEnd(header, fileSize: file.size),
              let bytes = file.bytes(0..<end), let head = head(of: bytes, fileSize: file.size) else { return nil }
        return (bytes, head)
    }

    /// The Data folder the index file at `path` was built for, read from its head and that section
    /// alone; nil when the file is not an index of this version.
    static func dataFolder(ofFile path: String) -> String? {
        guard let file = IndexFile(path), let (_, head) = head(of: file),
              let bytes = file.bytes(head.sections[IndexSection.dataFolder.rawValue]) else { return nil }
        var reader = IndexReader(bytes, 0..<bytes.count)
        return try? reader.string()
    }

    /// The index file at `path`, its head and the tables a start needs read and checked, the rest
    /// read when used; nil when it is not a regular file or not a sound index of this version. A
    /// file that changed while it was read (written in place, not renamed over) is read again, and
    /// given up on after a few tries.
    static func read(_ path: String) -> IndexImage? {
        for _ in 0..<3 {
            guard let file = IndexFile(path) else { return nil }
            guard let (headBytes, head) = head(of: file) else {
                if file.isUnchanged { return nil } else { continue }
            }
            let eagerEnd = IndexSection.atStart.map { head.sections[$0.rawValue].upperBound }.max() ?? head.blocks.start
            guard let bytes = IndexBytes(file: file, head: headBytes, blocks: head.blocks, readingUpTo: eagerEnd) else {
                if file.isUnchanged { return nil } else { continue }
            }
            return IndexImage(bytes, sections: head.sections)
        }
        return nil
    }

    /// The image of `bytes`, an index built in memory; nil when they are not a sound index of this
    /// version.
    init?(_ bytes: IndexBytes) {
        guard let head = Self.head(of: bytes, fileSize: bytes.count) else { return nil }
        self.init(bytes, sections: head.sections)
    }

    /// The image of `bytes`, whose sections lie at `sections`; nil when the tables a start reads are
    /// not sound.
    private init?(_ bytes: IndexBytes, sections: [Range<Int>]) {
        self.bytes = bytes
        self.sections = sections
        let count = sections[IndexSection.recordStarts.rawValue].count / 4 - 1
        guard count >= 0 else { return nil }
        self.count = count
        do {
            var reader = IndexReader(bytes, sections[IndexSection.codes.rawValue])
            codes = try reader.strings()
            reader = IndexReader(bytes, sections[IndexSection.meetingIDs.rawValue])
            meetingIDs = try reader.strings()
            reader = IndexReader(bytes, sections[IndexSection.dataFolder.rawValue])
            dataFolder = try reader.string()
        } catch {
            return nil
        }
        guard sections[IndexSection.stampedAt.rawValue].count == 8 else { return nil }
        stampedAt = Int(truncatingIfNeeded: bytes.integer(at: sections[IndexSection.stampedAt.rawValue].lowerBound, as: UInt64.self))
        quoteCount = sections[IndexSection.quoteStarts.rawValue].count == (count + 1) * 4
            ? Int(bytes.integer(at: sections[IndexSection.quoteStarts.rawValue].lowerBound + count * 4, as: UInt32.self)) : -1
        guard quoteCount >= 0, tablesAreSound() else { return nil }
    }

    /// What tells this file from any other: the checksum of its head, which holds every block's
    /// checksum. A segment names the main file it goes with by it.
    var identity: UInt64 { bytes.integer(at: 24, as: UInt64.self) }

    /// The bytes of each section, in `IndexSection` order: to lay the same index out again with
    /// sections added (a segment's).
    func sectionBytes() -> [[UInt8]] { sections.map { Array(bytes.slice($0)) } }

    /// True when a part of the index read since it was opened was found damaged.
    var isDamaged: Bool { bytes.isDamaged }

    /// Reads every part of the index not read yet; false when one is damaged.
    func readAll() -> Bool { bytes.ensure(0..<bytes.count) }

    func section(_ section: IndexSection) -> Range<Int> { sections[section.rawValue] }

    /// Entry `index` of a table of u64s.
    func u64(_ section: IndexSection, _ index: Int) -> UInt64 {
        bytes.integer(at: sections[section.rawValue].lowerBound + index * 8, as: UInt64.self)
    }

    /// Entry `index` of a table of u32s.
    func u32(_ section: IndexSection, _ index: Int) -> Int {
        Int(bytes.integer(at: sections[section.rawValue].lowerBound + index * 4, as: UInt32.self))
    }

    func u16(_ section: IndexSection, _ index: Int) -> Int {
        Int(bytes.integer(at: sections[section.rawValue].lowerBound + index * 2, as: UInt16.self))
    }

    /// The record of the release at list position `position`.
    func record(_ position: Int) -> IndexReader { IndexReader(bytes, entry(.records, startingAt: .recordStarts, position)) }

    /// The file entry of the release at list position `position`.
    func file(_ position: Int) -> IndexReader { IndexReader(bytes, entry(.files, startingAt: .fileStarts, position)) }

    /// Where entry `position` of `section` lies, by the table of starts `starts`.
    func entry(_ section: IndexSection, startingAt starts: IndexSection, _ position: Int) -> Range<Int> {
        let base = self.section(section).lowerBound
        let start = base + u32(starts, position)
        return start..<max(start, base + u32(starts, position + 1))
    }

    /// Whether a u32 table has `entries` entries, starts at 0, never decreases and ends at `end`.
    private func isStartTable(_ table: IndexSection, entries: Int, end: Int) -> Bool {
        let values = bytes.slice(section(table))
        guard values.count == entries * 4, entries > 0 else { return false }
        func value(_ index: Int) -> Int { Int(UInt32(littleEndian: values.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))) }
        guard value(0) == 0, value(entries - 1) == end else { return false }
        var previous = 0
        for index in 0..<entries {
            let current = value(index)
            if current < previous { return false }
            previous = current
        }
        return true
    }

    /// Whether every table a start reads has the size the release count gives it and every entry
    /// points inside what it indexes: what makes reading by position safe. Linear in the tables,
    /// not the text.
    private func tablesAreSound() -> Bool {
        let mentionCount = section(.mentionCodes).count / 2
        guard isStartTable(.recordStarts, entries: count + 1, end: section(.records).count),
              isStartTable(.fileStarts, entries: count + 1, end: section(.files).count),
              isStartTable(.mentionStarts, entries: count + 1, end: mentionCount),
              isStartTable(.quoteStarts, entries: count + 1, end: quoteCount),
              isStartTable(.idStarts, entries: count + 1, end: section(.ids).count),
              section(.mentionCodes).count % 2 == 0,
              (0..<mentionCount).allSatisfy({ u16(.mentionCodes, $0) < codes.count }),
              section(.meetingOf).count == count * 2,
              (0..<count).allSatisfy({ u16(.meetingOf, $0) <= meetingIDs.count }),
              section(.idOrder).count == count * 4 else { return false }
        var seen = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let position = u32(.idOrder, index)
            guard position < count, !seen[position] else { return false }
            seen[position] = true
        }
        return true
    }

    /// Whether the search tables are sound, as `tablesAreSound` for the others: read and checked on
    /// the first search (the postings are read a list at a time as searches need them). False when
    /// one of them is damaged.
    func searchTablesAreSound() -> Bool {
        guard IndexSection.searchTables.allSatisfy({ bytes.ensure(section($0)) }) else { return false }
        let wordCount = section(.wordLists).count / 4 - 1
        let listCount = section(.listFields).count
        guard wordCount >= 0, isStartTable(.wordLists, entries: wordCount + 1, end: listCount),
              isStartTable(.listBounds, entries: listCount + 1, end: section(.postings).count) else { return false }
        let fieldCount = UInt8(SearchFields.named.count)
        return bytes.slice(section(.listFields)).allSatisfy { $0 < fieldCount }
    }
}
