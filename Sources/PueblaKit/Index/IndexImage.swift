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
}

/// An index file's bytes, checked: its header, checksum and tables are sound, so that reading a
/// record or a table entry by position stays inside the bytes.
///
/// File: `PUEBLAIX`, version (u32), section count (u32), payload length (u64), checksum of the
/// payload (u64); payload: per section its offset and length (u64 each, offsets from the file's
/// start), then the sections.
struct IndexImage: Sendable {
    static let magic = Array("PUEBLAIX".utf8)
    static let version: UInt32 = 8
    static let headerSize = magic.count + 4 + 4 + 8 + 8

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

    /// The file for `sections` (one byte array per section in `IndexSection` order), in parts to be
    /// written one after the other: the header and section table, then the sections as they are,
    /// so that a large index is never copied whole into one array.
    static func fileParts(_ sections: [[UInt8]]) -> [[UInt8]] {
        var table = IndexWriter()
        var offset = headerSize + IndexSection.allCases.count * 16
        for section in sections {
            table.fixed(UInt64(offset))
            table.fixed(UInt64(section.count))
            offset += section.count
        }
        var checksum = IndexChecksum()
        for part in [table.bytes] + sections { part.withUnsafeBytes { checksum.add($0) } }
        var header = IndexWriter()
        header.fixed(version)
        header.fixed(UInt32(sections.count))
        header.fixed(UInt64(offset - headerSize))
        header.fixed(checksum.value)
        return [magic + header.bytes + table.bytes] + sections
    }

    /// Where the sections of `bytes` (the start of a file of `fileSize` bytes) lie, by its header and
    /// section table; nil when those are not an index of this version. The checksum is not looked at.
    private static func sections(of bytes: IndexBytes, fileSize: Int) -> [Range<Int>]? {
        let sectionCount = IndexSection.allCases.count
        guard bytes.count >= tableEnd,
              magic.indices.allSatisfy({ bytes.byte(at: $0) == magic[$0] }),
              bytes.integer(at: 8, as: UInt32.self) == version,
              bytes.integer(at: 12, as: UInt32.self) == UInt32(sectionCount),
              bytes.integer(at: 16, as: UInt64.self) == UInt64(fileSize - headerSize) else { return nil }
        var sections: [Range<Int>] = []
        for index in 0..<sectionCount {
            let offset = bytes.integer(at: headerSize + index * 16, as: UInt64.self)
            let length = bytes.integer(at: headerSize + index * 16 + 8, as: UInt64.self)
            guard offset <= UInt64(fileSize), length <= UInt64(fileSize) - offset else { return nil }
            sections.append(Int(offset)..<Int(offset + length))
        }
        return sections
    }

    /// Where the section table ends: the bytes read to tell an index file of this version.
    private static var tableEnd: Int { headerSize + IndexSection.allCases.count * 16 }

    /// The Data folder the index file at `path` was built for, read from its header and that section
    /// alone; nil when the file is not an index of this version.
    static func dataFolder(ofFile path: String) -> String? {
        guard let file = IndexFile(path), let table = file.bytes(0..<tableEnd),
              let sections = sections(of: table, fileSize: file.size),
              let bytes = file.bytes(sections[IndexSection.dataFolder.rawValue]) else { return nil }
        var reader = IndexReader(bytes, 0..<bytes.count)
        return try? reader.string()
    }

    /// The index file at `path`, read whole into memory and checked; nil when it is not a regular
    /// file or not a sound index of this version. A file that changed while it was read (written in
    /// place, not renamed over) is read again, and given up on after a few tries.
    static func read(_ path: String) -> IndexImage? {
        for _ in 0..<3 {
            guard let file = IndexFile(path), let table = file.bytes(0..<tableEnd),
                  sections(of: table, fileSize: file.size) != nil else { return nil }
            guard let bytes = file.bytes(0..<file.size), file.isUnchanged else { continue }
            return IndexImage(bytes)
        }
        return nil
    }

    /// The image of `bytes`; nil when they are not a sound index of this version.
    init?(_ bytes: IndexBytes) {
        self.bytes = bytes
        guard let sections = Self.sections(of: bytes, fileSize: bytes.count),
              bytes.checksum(of: Self.headerSize..<bytes.count) == bytes.integer(at: 24, as: UInt64.self) else { return nil }
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

    func section(_ section: IndexSection) -> Range<Int> { sections[section.rawValue] }

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
        guard section(table).count == entries * 4, entries > 0, u32(table, 0) == 0, u32(table, entries - 1) == end else { return false }
        var previous = 0
        for index in 0..<entries {
            let value = u32(table, index)
            if value < previous { return false }
            previous = value
        }
        return true
    }

    /// Whether every table has the size the release count gives it and every entry points inside
    /// what it indexes: what makes reading by position safe. Linear in the tables, not the text.
    private func tablesAreSound() -> Bool {
        let mentionCount = section(.mentionCodes).count / 2
        guard isStartTable(.recordStarts, entries: count + 1, end: section(.records).count),
              isStartTable(.fileStarts, entries: count + 1, end: section(.files).count),
              isStartTable(.mentionStarts, entries: count + 1, end: mentionCount),
              isStartTable(.quoteStarts, entries: count + 1, end: quoteCount),
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
        let wordCount = section(.wordLists).count / 4 - 1
        let listCount = section(.listFields).count
        guard wordCount >= 0, isStartTable(.wordLists, entries: wordCount + 1, end: listCount),
              isStartTable(.listBounds, entries: listCount + 1, end: section(.postings).count) else { return false }
        let fieldCount = UInt8(SearchFields.named.count)
        return section(.listFields).allSatisfy { bytes.byte(at: $0) < fieldCount }
    }
}
