import Foundation
import PueblaKit

/// The releases of a Data folder as the browser lists, filters and searches them, read from a
/// library index: a release is a position in list order (newest first), its summary is decoded
/// when it is shown, and its paragraphs are read from its file only when it is opened. Opening a
/// library of 100,000 releases touches its tables, not its text.
public struct Library: Sendable {
    /// The main index file.
    let image: IndexImage
    /// The segment beside it and the list merged, when there is a segment (see `IndexSegment`).
    let merge: SegmentMerge?
    /// Where release files are read when one is opened; nil for a library made from a `Store`.
    let releasesFolder: String?
    /// The whole releases, in list order, for a library made from a `Store`.
    private let releases: [Release]?

    /// For each country code, how many releases mention it and how many quotes those hold.
    public let mentions: [String: MentionCount]

    public var count: Int { merge?.count ?? image.count }
    public var quoteCount: Int { merge.map { Int($0.quoteStarts[$0.count]) } ?? image.quoteCount }

    init(image: IndexImage, merge: SegmentMerge? = nil, releasesFolder: String?, releases: [Release]? = nil) {
        self.image = image
        self.merge = merge
        self.releasesFolder = releasesFolder
        self.releases = releases
        var mentions: [String: MentionCount] = [:]
        for (number, part) in ([image] + (merge.map { [$0.segment] } ?? [])).enumerated() {
            var perCode = [MentionCount](repeating: MentionCount(), count: part.codes.count)
            let positions = number == 0 ? merge?.mainPositions : nil
            for position in 0..<part.count where positions.map({ $0[position] >= 0 }) ?? true {
                let quotes = part.u32(.quoteStarts, position + 1) - part.u32(.quoteStarts, position)
                for mention in part.u32(.mentionStarts, position)..<part.u32(.mentionStarts, position + 1) {
                    let code = part.u16(.mentionCodes, mention)
                    perCode[code].releases += 1
                    perCode[code].quotes += quotes
                }
            }
            for (code, count) in zip(part.codes, perCode) where count.releases > 0 {
                mentions[code, default: MentionCount()].releases += count.releases
                mentions[code, default: MentionCount()].quotes += count.quotes
            }
        }
        self.mentions = mentions
    }

    /// The releases of a store, indexed in memory (tests, and Data read whole: a few hundred
    /// releases at most), nothing spilled, so that nothing has to be read back.
    public init(store: Store) {
        var builder = LibraryBuilder(spillFolder: nil)
        for release in store.releases {
            builder.add(release, stamp: FileStamp(name: release.id + ".json", size: 0, modified: 0), words: ReleaseWords(release))
        }
        let built = builder.finish(previous: nil, kept: [], dataFolder: "", stampedAt: 0)
        // Built just now from sound releases: an image that does not open is a bug, not bad data.
        guard let image = try? IndexImage(built.bytes()) else { preconditionFailure("an index built in memory does not open") }
        self.init(image: image, releasesFolder: nil, releases: store.releases)
    }

    /// The file (main or segment) that holds the release at list `position`, and its position there.
    func part(_ position: Int) -> (image: IndexImage, position: Int) {
        let located = Locator(self)(position)
        guard located.inSegment, let merge else { return (image, located.local) }
        return (merge.segment, located.local)
    }

    /// The number of the first quote of the release at `position` (of none: the quote count).
    private func quoteStart(_ position: Int) -> Int {
        guard let merge else { return image.u32(.quoteStarts, position) }
        return merge.quoteStarts.indices.contains(position) ? Int(merge.quoteStarts[position]) : 0
    }

    /// True when a part of the index read since it was opened was found damaged.
    var isDamaged: Bool { image.isDamaged || merge?.segment.isDamaged == true }

    /// When the files were looked at for the release at `position`: that of the file holding it.
    func stampedAt(_ position: Int) -> Int { part(position).image.stampedAt }

    // MARK: - One release

    /// What the lists show of the release at `position`.
    public func summary(at position: Int) -> ReleaseSummary {
        do {
            let (image, position) = part(position)
            return try IndexRecord(reading: image.record(position)).summary
        } catch {
            // The checksum passed, so this is damage it cannot see, or a bug; show it rather than trap.
            return ReleaseSummary(id: "", title: "(this index entry cannot be read: R rebuilds the index)", date: nil,
                                  dateStatus: .inferred, place: nil, countries: [], meeting: nil, paragraphCount: 0, quotes: [], language: nil)
        }
    }

    public func id(at position: Int) -> String {
        String(decoding: idBytes(at: position), as: UTF8.self)
    }

    /// The UTF-8 of the id of the release at `position`; empty where the index is damaged.
    func idBytes(at position: Int) -> UnsafeRawBufferPointer {
        let (image, position) = part(position)
        return image.bytes.slice(image.entry(.ids, startingAt: .idStarts, position))
    }

    /// The file the release at `position` was read from, and its stamp then.
    func stamp(at position: Int) -> FileStamp? {
        let (image, position) = part(position)
        return try? IndexFileEntry.decode(image.file(position))
    }

    /// The list position of the release with `id`, found by bisecting the ids in order (those of
    /// the main file, then those of the segment).
    public func position(ofID id: String) -> Int? {
        // Ids are NFC (loading refuses others): `café` typed decomposed finds the same release. An
        // ASCII id is NFC already, and a check of every file asks for one per file.
        let wanted = id.utf8.allSatisfy { $0 < 0x80 } ? Array(id.utf8) : Array(id.precomposedStringWithCanonicalMapping.utf8)
        guard let merge else { return Self.position(of: wanted, in: image) }
        if let found = Self.position(of: wanted, in: merge.segment) { return Int(merge.segmentPositions[found]) }
        return Self.position(of: wanted, in: image).flatMap { merge.mainPositions[$0] >= 0 ? Int(merge.mainPositions[$0]) : nil }
    }

    /// The position in `image` of the release whose id is `wanted` (UTF-8).
    private static func position(of wanted: [UInt8], in image: IndexImage) -> Int? {
        func id(_ position: Int) -> UnsafeRawBufferPointer { image.bytes.slice(image.entry(.ids, startingAt: .idStarts, position)) }
        return wanted.withUnsafeBytes { wanted in
            var low = 0, high = image.count
            while low < high {
                let middle = (low + high) / 2
                if ByteOrder.compare(id(image.u32(.idOrder, middle)), wanted) < 0 { low = middle + 1 } else { high = middle }
            }
            guard low < image.count else { return nil }
            let position = image.u32(.idOrder, low)
            return ByteOrder.compare(id(position), wanted) == 0 ? position : nil
        }
    }

    /// The whole release at `position`, paragraphs and all: read from its file (nil when the file
    /// is gone, no longer a sound release, or now holds another release than the one indexed).
    public func release(at position: Int) -> Release? {
        if let releases { return releases.indices.contains(position) ? releases[position] : nil }
        guard let releasesFolder, let stamp = stamp(at: position) else { return nil }
        let read = StoreLoader.readReleaseFile(releasesFolder + "/" + stamp.name)
        let release = read.problems.isEmpty ? read.release : nil
        // A file swapped for another release's since it was indexed: that one is not the one asked for.
        return release?.id == id(at: position) ? release : nil
    }

    public func release(id: String) -> Release? { position(ofID: id).flatMap(release(at:)) }

    public func meetingID(at position: Int) -> String? {
        let (image, position) = part(position)
        let meeting = image.u16(.meetingOf, position)
        return meeting == 0 ? nil : image.meetingIDs[meeting - 1]
    }

    /// Whether the release at a position mentions `country` (in its countries or as its place), the
    /// code looked up once: for testing many releases. Always true when `country` is nil.
    public func mentionTest(for country: String?) -> @Sendable (Int) -> Bool {
        guard let country else { return { _ in true } }
        let codes = PartNumbers(self) { $0.codes.firstIndex(of: country) }
        let locate = Locator(self)
        let segment = merge?.segment ?? image
        return { [image] position in
            let located = locate(position)
            return Self.mentions(located.inSegment ? segment : image, located.local, code: codes.of(located))
        }
    }

    /// A country code's or a meeting's number in the main file and in the segment (-1 where it has none).
    private struct PartNumbers: Sendable {
        let main: Int
        let segment: Int

        init(_ library: Library, _ number: (IndexImage) -> Int?) {
            main = number(library.image) ?? -1
            segment = library.merge.flatMap { number($0.segment) } ?? -1
        }

        var isNowhere: Bool { main < 0 && segment < 0 }

        func of(_ located: Located) -> Int { located.inSegment ? segment : main }
    }

    /// Where the release at a list position lies: in the main file or in the segment, at `local`.
    private struct Located {
        let inSegment: Bool
        let local: Int
    }

    /// Finds where releases lie with the merge's order read once: a loop over every release that
    /// asked `part(_:)` copied the merge (and retained its arrays) 100,000 times, most of the time of
    /// a country filter on a library with a segment.
    private struct Locator {
        let order: [Int32]?
        let mainCount: Int

        init(_ library: Library) {
            order = library.merge?.order
            mainCount = library.image.count
        }

        func callAsFunction(_ position: Int) -> Located {
            guard let order else { return Located(inSegment: false, local: position) }
            guard order.indices.contains(position) else { return Located(inSegment: false, local: mainCount) }
            let located = Int(order[position])
            return located >= 0 ? Located(inSegment: false, local: located) : Located(inSegment: true, local: -1 - located)
        }
    }

    private static func mentions(_ part: IndexImage, _ local: Int, code: Int) -> Bool {
        code >= 0 && (part.u32(.mentionStarts, local)..<part.u32(.mentionStarts, local + 1)).contains { part.u16(.mentionCodes, $0) == code }
    }

    // MARK: - Lists

    /// Positions of the releases that mention `country` and are about `meeting` (each when not
    /// nil), in list order: one pass over two small tables.
    public func positions(mentioning country: String? = nil, aboutMeeting meeting: String? = nil) -> [Int32] {
        let codes = country.map { country in PartNumbers(self) { $0.codes.firstIndex(of: country) } }
        let meetings = meeting.map { meeting in PartNumbers(self) { $0.meetingIDs.firstIndex(of: meeting).map { $0 + 1 } } }
        if codes?.isNowhere == true || meetings?.isNowhere == true { return [] }
        if codes == nil && meetings == nil { return (0..<Int32(count)).map { $0 } }
        let locate = Locator(self)
        let segment = merge?.segment ?? image
        func keeps(_ part: IndexImage, _ located: Located) -> Bool {
            if let meetings, part.u16(.meetingOf, located.local) != meetings.of(located) { return false }
            if let codes, !Self.mentions(part, located.local, code: codes.of(located)) { return false }
            return true
        }
        var found: [Int32] = []
        for position in 0..<count {
            let located = locate(position)
            if located.inSegment ? keeps(segment, located) : keeps(image, located) { found.append(Int32(position)) }
        }
        return found
    }

    /// The quote numbers (quotes numbered in list order) of the releases at `positions`.
    public func quotes(of positions: [Int32]) -> [Int32] {
        var numbers: [Int32] = []
        numbers.reserveCapacity(positions.count == count ? quoteCount : positions.count)
        for position in positions {
            let position = Int(position)
            numbers += (Int32(quoteStart(position))..<Int32(quoteStart(position + 1)))
        }
        return numbers
    }

    /// The list position of the release quote `number` belongs to.
    public func position(ofQuote number: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if quoteStart(middle + 1) <= number { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Quote `number` with its release, as the quotes pane lists it.
    public func quoteEntry(_ number: Int) -> QuoteEntry? {
        let position = position(ofQuote: number)
        guard position < count else { return nil }
        let summary = summary(at: position)
        let index = number - quoteStart(position)
        guard summary.quotes.indices.contains(index) else { return nil }
        return QuoteEntry(summary, index: index)
    }

    /// The quote a search found, with its release.
    public func quoteEntry(for hit: QuoteHit) -> QuoteEntry? {
        quoteEntry(quoteNumber(position: hit.releaseIndex, index: hit.index))
    }

    /// The number of the `index`-th quote of the release at `position`.
    public func quoteNumber(position: Int, index: Int) -> Int { quoteStart(position) + index }

    // MARK: - Search

    /// A search over these releases and their quotes, with the meetings and countries of `store`.
    /// Reads the postings out of the index: made once, on the first search.
    public func search(with store: Store) -> LibrarySearch {
        let firstQuotes = (0..<count).map { Int32(quoteStart($0)) }
        var quoteReleases = [Int32](repeating: 0, count: quoteCount)
        for position in 0..<count {
            for number in quoteStart(position)..<quoteStart(position + 1) { quoteReleases[number] = Int32(position) }
        }
        // The ids are read together, a block at a time, rather than one by one.
        image.bytes.ensure(image.section(.ids))
        if let segment = merge?.segment { segment.bytes.ensure(segment.section(.ids)) }
        var postings = [Self.postings(of: image)]
        if let merge {
            postings[0].renumber(releases: merge.mainPositions, quotes: merge.quoteNumbers(of: image, positions: merge.mainPositions))
            var segment = Self.postings(of: merge.segment)
            segment.renumber(releases: merge.segmentPositions, quotes: merge.quoteNumbers(of: merge.segment, positions: merge.segmentPositions))
            postings.append(segment)
        }
        let texts = SearchIndex(postings, releaseIDs: (0..<count).map(id(at:)), quoteReleases: quoteReleases, firstQuotes: firstQuotes,
                                meetingIDs: [], countryCodes: [], titles: { [self] in title(at: $0) })
        let places = SearchIndex(store: Store(directory: store.directory, releases: [], meetings: store.meetings,
                                              countries: store.countries, organizations: store.organizations))
        return LibrarySearch(texts: texts, places: places)
    }

    /// The search postings of `image`, read in place; its word list and tables are read now.
    private static func postings(of image: IndexImage) -> SearchIndex.Postings {
        var built = SearchIndexBuilder.Built()
        // Damaged or unsound search tables find nothing; the index is then marked damaged, and the
        // next check of the release files rebuilds it.
        if image.searchTablesAreSound() {
            var reader = IndexReader(image.bytes, image.section(.words))
            let words = (try? reader.strings()) ?? []
            func table(_ section: IndexSection) -> [UInt32] {
                let bytes = image.bytes.slice(image.section(section))
                return (0..<(bytes.count / 4)).map { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }
            }
            let wordLists = table(.wordLists)
            if wordLists.count == words.count + 1 {
                built = SearchIndexBuilder.Built(words: words, wordLists: wordLists,
                                                 listFields: Array(image.bytes.slice(image.section(.listFields))),
                                                 listBounds: table(.listBounds), postings: [])
            }
        }
        return SearchIndex.Postings(built, bytes: image.bytes, range: image.section(.postings))
    }
}

/// A search over a library: releases and quotes from its index, meetings and countries from Data.
public struct LibrarySearch: Sendable {
    let texts: SearchIndex
    let places: SearchIndex

    /// Everything that matches `query`; nothing once `stopped` says so (see `SearchIndex.search`).
    public func search(_ query: SearchQuery, stopped: () -> Bool = { false }) -> SearchResults {
        let found = texts.search(query, stopped: stopped), around = places.search(query)
        return SearchResults(query: query, releases: found.releases, quotes: found.quotes,
                             meetings: around.meetings, countries: around.countries)
    }
}
