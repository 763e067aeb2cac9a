import Foundation
import PueblaKit

/// Lays out a library index: the releases kept from the previous index (their records and postings
/// carried over, renumbered) and the releases read now, all in list order. Releases read now are
/// added one at a time; their records and file entries go to a spill file as they come, and their
/// postings too once they pass a budget (`SearchIndexBuilder`), so that a large build holds a few
/// small facts a release, not every release's words and records.
struct LibraryBuilder {
    /// A release read now, reduced to what the tables need.
    private struct Fresh {
        let id: String
        let date: String?
        /// See `IndexSegment.sourceHash`.
        let sourceHash: UInt64
        /// Where its record and its file entry lie in the spill.
        let record: Range<Int>
        let file: Range<Int>
        /// Its countries, in `mentionCodes`.
        let mentions: Range<Int>
        let meeting: String?
        let quoteCount: Int
        /// Its number among the releases read now, and its first quote's among their quotes.
        let firstQuote: Int
    }

    /// A release of the new index: kept from the previous one (by position there) or read now.
    private struct Entry {
        enum Source { case kept(Int), fresh(Int) }
        let id: String
        let date: String?
        let source: Source
    }

    let spill: SpillFile
    private var postings: SearchIndexBuilder
    private var fresh: [Fresh] = []
    private var freshQuotes = 0
    /// The countries of the releases read now, each a number in `codeNumbers`, end to end.
    private var freshMentions: [UInt16] = []
    private var codeNumbers: [String: Int] = [:]

    var freshCount: Int { fresh.count }

    /// A builder that writes what it need not hold to a temporary file in `spillFolder` (nil: holds
    /// everything), holding up to about `budget` bytes of postings and a megabyte of the rest.
    init(spillFolder: String? = FileManager.default.temporaryDirectory.path, budget: Int = SearchIndexBuilder.defaultBudget) {
        spill = SpillFile(folder: spillFolder, buffer: min(budget, SpillFile.bufferSize))
        postings = SearchIndexBuilder(spill: spill, budget: budget)
    }

    mutating func add(_ release: Release, stamp: FileStamp, words: ReleaseWords) {
        postings.add(words, release: fresh.count, firstQuote: freshQuotes)
        let record = spill.count
        spill.append(IndexRecord.encode(release))
        let file = spill.count
        spill.append(IndexFileEntry.encode(stamp))
        let mentions = freshMentions.count
        for code in release.mentionedCountries {
            if codeNumbers[code] == nil { codeNumbers[code] = codeNumbers.count }
            freshMentions.append(UInt16(truncatingIfNeeded: codeNumbers[code] ?? 0))
        }
        fresh.append(Fresh(id: release.id, date: release.date, sourceHash: IndexSegment.sourceHash(release.source?.url),
                           record: record..<file, file: file..<spill.count, mentions: mentions..<freshMentions.count,
                           meeting: release.meeting, quoteCount: release.quotes.count, firstQuote: freshQuotes))
        freshQuotes += release.quotes.count
    }

    /// The release files, in name order, of each source URL that more than one release gives: the
    /// releases kept from `previous` (at `kept` positions) and those added.
    func sharedSources(previous: IndexImage?, kept: [Int]) -> [[String]] {
        var files: [String: [String]] = [:]
        if let previous {
            for position in kept {
                guard let record = try? IndexRecord(reading: previous.record(position)), let url = record.source,
                      let file = try? IndexFileEntry.decode(previous.file(position)) else { continue }
                files[url, default: []].append(file.name)
            }
        }
        // Only the releases read now whose source's hash another release has are read back from the spill.
        var hashCounts: [UInt64: Int] = [:]
        for url in files.keys { hashCounts[IndexSegment.sourceHash(url), default: 0] += 1 }
        for release in fresh where release.sourceHash != 0 { hashCounts[release.sourceHash, default: 0] += 1 }
        for release in fresh where hashCounts[release.sourceHash, default: 0] > 1 {
            let record = IndexBytes(copying: spill.bytes(release.record)), file = IndexBytes(copying: spill.bytes(release.file))
            guard let url = try? IndexRecord(reading: IndexReader(record, 0..<record.count)).source,
                  let stamp = try? IndexFileEntry.decode(IndexReader(file, 0..<file.count)) else { continue }
            files[url, default: []].append(stamp.name)
        }
        return files.values.filter { $0.count > 1 }.map { $0.sorted() }
    }

    /// The index file of the Data folder `dataFolder`, its files looked at `stampedAt`, to be written
    /// out: the releases of `previous` at `kept` positions, and those added.
    mutating func finish(previous: IndexImage?, kept: [Int], dataFolder: String, stampedAt: Int) -> BuiltIndex {
        var entries: [Entry] = []
        if let previous {
            for position in kept {
                guard let (id, date) = try? IndexRecord.idAndDate(previous.record(position)) else { continue }
                entries.append(Entry(id: id, date: date, source: .kept(position)))
            }
        }
        entries += fresh.indices.map { Entry(id: fresh[$0].id, date: fresh[$0].date, source: .fresh($0)) }
        entries.sort { ReleaseOrder.newestFirst(($0.date, $0.id), ($1.date, $1.id)) }

        var records: [BuiltIndex.Piece] = [], recordStarts = IndexWriter(), recordsSize = 0
        var files: [BuiltIndex.Piece] = [], fileStarts = IndexWriter(), filesSize = 0
        var mentionLists: [[String]] = [], meetings: [String?] = [], quoteCounts: [Int] = []
        var sourceHashes = IndexWriter()
        var newPosition = [Int32](repeating: -1, count: previous?.count ?? 0)
        var freshPosition = [Int32](repeating: -1, count: fresh.count)
        let freshCodes = codeNumbers.sorted { $0.value < $1.value }.map(\.key)
        // Pieces next to each other in their source are written as one.
        func append(_ piece: BuiltIndex.Piece, to pieces: inout [BuiltIndex.Piece]) {
            switch (pieces.last, piece) {
            case (.spilled(let last), .spilled(let next)) where last.upperBound == next.lowerBound:
                pieces[pieces.count - 1] = .spilled(last.lowerBound..<next.upperBound)
            case (.kept(let last), .kept(let next)) where last.upperBound == next.lowerBound:
                pieces[pieces.count - 1] = .kept(last.lowerBound..<next.upperBound)
            default:
                pieces.append(piece)
            }
        }
        for (position, entry) in entries.enumerated() {
            recordStarts.fixed(UInt32(recordsSize))
            fileStarts.fixed(UInt32(filesSize))
            let record: BuiltIndex.Piece, file: BuiltIndex.Piece
            switch entry.source {
            case .kept(let old):
                guard let previous else { continue }
                record = .kept(previous.entry(.records, startingAt: .recordStarts, old))
                file = .kept(previous.entry(.files, startingAt: .fileStarts, old))
                mentionLists.append((previous.u32(.mentionStarts, old)..<previous.u32(.mentionStarts, old + 1)).map {
                    previous.codes[previous.u16(.mentionCodes, $0)]
                })
                let meeting = previous.u16(.meetingOf, old)
                meetings.append(meeting == 0 ? nil : previous.meetingIDs[meeting - 1])
                quoteCounts.append(previous.u32(.quoteStarts, old + 1) - previous.u32(.quoteStarts, old))
                sourceHashes.fixed(previous.u64(.sourceHashes, old))
                newPosition[old] = Int32(position)
            case .fresh(let number):
                record = .spilled(fresh[number].record)
                file = .spilled(fresh[number].file)
                mentionLists.append(fresh[number].mentions.map { freshCodes[Int(freshMentions[$0])] })
                meetings.append(fresh[number].meeting)
                quoteCounts.append(fresh[number].quoteCount)
                sourceHashes.fixed(fresh[number].sourceHash)
                freshPosition[number] = Int32(position)
            }
            append(record, to: &records)
            append(file, to: &files)
            recordsSize += record.count
            filesSize += file.count
        }
        recordStarts.fixed(UInt32(recordsSize))
        fileStarts.fixed(UInt32(filesSize))
        let codes = Array(Set(mentionLists.joined())).sorted()
        let codeNumbers = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        var mentionStarts = IndexWriter(), mentionCodes = IndexWriter(), written = 0
        for list in mentionLists {
            mentionStarts.fixed(UInt32(written))
            for code in list { mentionCodes.fixed(UInt16(codeNumbers[code] ?? 0)) }
            written += list.count
        }
        mentionStarts.fixed(UInt32(written))

        let meetingIDs = Array(Set(meetings.compactMap { $0 })).sorted()
        let meetingNumbers = Dictionary(uniqueKeysWithValues: meetingIDs.enumerated().map { ($1, $0 + 1) })
        var meetingOf = IndexWriter()
        // Meetings are not checked against meetings.json until the library opens (which refuses any
        // that is unknown), so their number is not bounded here: clamped rather than trapped on.
        for meeting in meetings { meetingOf.fixed(UInt16(clamping: meeting.flatMap { meetingNumbers[$0] } ?? 0)) }

        var quoteStarts = IndexWriter(), firstQuote: [Int] = []
        var total = 0
        for count in quoteCounts {
            quoteStarts.fixed(UInt32(total))
            firstQuote.append(total)
            total += count
        }
        quoteStarts.fixed(UInt32(total))

        var idStarts = IndexWriter(), ids: [UInt8] = []
        for entry in entries {
            idStarts.fixed(UInt32(ids.count))
            ids += entry.id.utf8
        }
        idStarts.fixed(UInt32(ids.count))
        var idOrder = IndexWriter()
        for position in entries.indices.sorted(by: { ByteOrder.precedes(entries[$0].id, entries[$1].id) }) {
            idOrder.fixed(UInt32(position))
        }

        // Quotes are renumbered through their release: the n-th quote of a release stays its n-th.
        var freshQuoteNumber = [UInt32](repeating: 0, count: freshQuotes)
        for (number, release) in fresh.enumerated() {
            for offset in 0..<release.quoteCount {
                freshQuoteNumber[release.firstQuote + offset] = UInt32(firstQuote[Int(freshPosition[number])] + offset)
            }
        }
        let carried = previous.map { OldPostings(image: $0, newPosition: newPosition, newFirstQuote: firstQuote) }
        let built = postings.finish(renumber: { field, item in
            field == .title || field == .paragraphs ? UInt32(freshPosition[Int(item)]) : freshQuoteNumber[Int(item)]
        }, previous: carried.map { AnySequence($0) } ?? AnySequence([]))

        var codeList = IndexWriter(), meetingList = IndexWriter(), wordList = IndexWriter(), folder = IndexWriter()
        folder.string(dataFolder)
        codeList.strings(codes)
        meetingList.strings(meetingIDs)
        wordList.strings(built.words)
        func table<Value: FixedWidthInteger>(_ values: [Value]) -> [UInt8] {
            var writer = IndexWriter()
            for value in values { writer.fixed(value) }
            return writer.bytes
        }
        var sections = [[BuiltIndex.Piece]](repeating: [], count: IndexSection.allCases.count)
        sections[IndexSection.records.rawValue] = records
        sections[IndexSection.recordStarts.rawValue] = [.bytes(recordStarts.bytes)]
        sections[IndexSection.files.rawValue] = files
        sections[IndexSection.fileStarts.rawValue] = [.bytes(fileStarts.bytes)]
        sections[IndexSection.sourceHashes.rawValue] = [.bytes(sourceHashes.bytes)]
        sections[IndexSection.mentionStarts.rawValue] = [.bytes(mentionStarts.bytes)]
        sections[IndexSection.mentionCodes.rawValue] = [.bytes(mentionCodes.bytes)]
        sections[IndexSection.codes.rawValue] = [.bytes(codeList.bytes)]
        sections[IndexSection.meetingOf.rawValue] = [.bytes(meetingOf.bytes)]
        sections[IndexSection.meetingIDs.rawValue] = [.bytes(meetingList.bytes)]
        sections[IndexSection.quoteStarts.rawValue] = [.bytes(quoteStarts.bytes)]
        sections[IndexSection.idOrder.rawValue] = [.bytes(idOrder.bytes)]
        sections[IndexSection.idStarts.rawValue] = [.bytes(idStarts.bytes)]
        sections[IndexSection.ids.rawValue] = [.bytes(ids)]
        sections[IndexSection.words.rawValue] = [.bytes(wordList.bytes)]
        sections[IndexSection.wordLists.rawValue] = [.bytes(table(built.wordLists))]
        sections[IndexSection.listFields.rawValue] = [.bytes(built.listFields)]
        sections[IndexSection.listBounds.rawValue] = [.bytes(table(built.listBounds))]
        sections[IndexSection.postings.rawValue] = [built.spilled.map { .spilled($0) } ?? .bytes(built.postings)]
        sections[IndexSection.dataFolder.rawValue] = [.bytes(folder.bytes)]
        sections[IndexSection.stampedAt.rawValue] = [.bytes(table([UInt64(max(0, stampedAt))]))]
        return BuiltIndex(sections: sections, spill: spill, previous: previous?.bytes)
    }
}

/// The postings of a previous index, word by word, renumbered for the new one: releases that were
/// dropped (removed or read again) are left out, the others take their new positions, and quotes
/// follow their release.
private struct OldPostings: Sequence, IteratorProtocol {
    let image: IndexImage
    let newPosition: [Int32]
    /// Per quote of the previous index, its number in the new one, or -1.
    private let newQuote: [Int32]
    private var words: IndexReader
    private var word = 0
    private let wordCount: Int

    init(image: IndexImage, newPosition: [Int32], newFirstQuote: [Int]) {
        self.image = image
        self.newPosition = newPosition
        var newQuote = [Int32](repeating: -1, count: image.quoteCount)
        for position in 0..<image.count where newPosition[position] >= 0 {
            let first = image.u32(.quoteStarts, position)
            for quote in first..<image.u32(.quoteStarts, position + 1) {
                newQuote[quote] = Int32(newFirstQuote[Int(newPosition[position])] + quote - first)
            }
        }
        self.newQuote = newQuote
        // Read whole before it is walked in place; damaged postings read as zeros, and an update
        // refuses a damaged index before it gets here (`LibraryIndex.update`).
        image.bytes.ensure(image.section(.postings))
        words = IndexReader(image.bytes, image.section(.words))
        wordCount = Swift.min((try? words.number()) ?? 0, image.section(.wordLists).count / 4 - 1)
    }

    mutating func next() -> (word: String, lists: [[UInt32]])? {
        guard word < wordCount, let text = try? words.string() else { return nil }
        defer { word += 1 }
        var lists = [[UInt32]](repeating: [], count: SearchIndexBuilder.fieldCount)
        let postings = image.section(.postings)
        let buffer = UnsafeBufferPointer(start: image.bytes.buffer.baseAddress?.assumingMemoryBound(to: UInt8.self),
                                         count: postings.upperBound)
        for list in image.u32(.wordLists, word)..<image.u32(.wordLists, word + 1) {
            let field = Int(image.bytes.byte(at: image.section(.listFields).lowerBound + list))
            let renumbered = SearchFields.named[field].0 == .title || SearchFields.named[field].0 == .paragraphs ? newPosition : newQuote
            var offset = postings.lowerBound + image.u32(.listBounds, list)
            let end = postings.lowerBound + image.u32(.listBounds, list + 1)
            var item = -1
            while offset < end {
                item += PostingCoding.read(buffer, at: &offset)
                guard renumbered.indices.contains(item) else { break }
                if renumbered[item] >= 0 { lists[field].append(UInt32(renumbered[item])) }
            }
        }
        return (text, lists)
    }
}
