import PueblaKit

/// A release's record in a library index (`IndexSection.records`), LEB128-coded: id, title, date?,
/// date status, place? (name, country?), countries, meeting?, paragraph count, quotes (speaker?,
/// role?, organization?, text, paragraph), source URL?, language?. The fields a start needs most come first,
/// so that they are read without the rest. Its file's name and stamp are in `IndexSection.files`.
struct IndexRecord {
    let summary: ReleaseSummary
    let source: String?

    static func encode(_ release: Release) -> [UInt8] {
        var record = IndexWriter()
        record.string(release.id)
        record.string(release.title)
        record.optional(release.date)
        record.string(release.dateStatus.rawValue)
        record.optional(release.place?.name)
        if let place = release.place { record.optional(place.country) }
        record.strings(release.countries)
        record.optional(release.meeting)
        record.number(release.paragraphs.count)
        record.number(release.quotes.count)
        for quote in release.quotes {
            record.optional(quote.speaker)
            record.optional(quote.role)
            record.optional(quote.organization)
            record.string(quote.text)
            record.number(quote.paragraph)
        }
        record.optional(release.source?.url)
        record.optional(release.language?.rawValue)
        return record.bytes
    }

    init(reading record: IndexReader) throws(IndexReader.Malformed) {
        var record = record
        let id = try record.string()
        let title = try record.string(), date = try record.optional()
        guard let dateStatus = FactStatus(rawValue: try record.string()) else { throw IndexReader.Malformed() }
        let place = try record.optional().map { name throws(IndexReader.Malformed) in Place(name: name, country: try record.optional()) }
        let countries = try record.strings(), meeting = try record.optional(), paragraphCount = try record.number()
        var quotes: [Quote] = []
        let quoteCount = try record.number()
        // Each quote takes at least five bytes: a larger count is damage, not a large allocation.
        guard quoteCount <= record.remaining / 5 else { throw IndexReader.Malformed() }
        for _ in 0..<quoteCount {
            let speaker = try record.optional(), role = try record.optional(), organization = try record.optional()
            let text = try record.string(), paragraph = try record.number()
            quotes.append(Quote(speaker: speaker, role: role, organization: organization, text: text, paragraph: paragraph))
        }
        source = try record.optional()
        let language = try record.optional().map { code throws(IndexReader.Malformed) in
            guard let language = InterfaceLanguage(rawValue: code) else { throw IndexReader.Malformed() }
            return language
        }
        summary = ReleaseSummary(id: id, title: title, date: date, dateStatus: dateStatus, place: place, countries: countries,
                                 meeting: meeting, paragraphCount: paragraphCount, quotes: quotes, language: language)
    }

    /// The id and the date, the title skipped: what the list order needs.
    static func idAndDate(_ record: IndexReader) throws(IndexReader.Malformed) -> (String, String?) {
        var record = record
        let id = try record.string()
        _ = try record.stringRange()
        return (id, try record.optional())
    }
}

/// A release file's entry in `IndexSection.files`, LEB128-coded: name, size, modification time,
/// change time, inode. Apart from the records, so that checking the files against the index reads
/// some 30 bytes a release rather than every record.
enum IndexFileEntry {
    static func encode(_ stamp: FileStamp) -> [UInt8] {
        var entry = IndexWriter()
        entry.string(stamp.name)
        entry.number(stamp.size)
        entry.number(stamp.modified)
        entry.number(stamp.changed)
        entry.number(stamp.inode)
        return entry.bytes
    }

    static func decode(_ entry: IndexReader) throws(IndexReader.Malformed) -> FileStamp {
        var entry = entry
        return FileStamp(name: try entry.string(), size: try entry.number(), modified: try entry.number(),
                         changed: try entry.number(), inode: try entry.number())
    }
}
