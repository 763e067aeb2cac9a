import PueblaKit

/// A library index in two files: the main file, written whole, and beside it a small segment that
/// holds the releases read since (new or changed), in the main file's format, with the main file's
/// positions it drops (removed or read again) and where each of its releases goes among the main
/// file's. An update that changes a few releases writes the segment alone, in time proportional to
/// what changed; once the segment passes a share of the main file, both are folded into a new main
/// file. The segment names the main file it goes with by its identity: a segment that does not
/// open, or goes with another main file, makes the index unusable (rebuilt, never trusted).
enum IndexSegment {
    /// Past this share of the main file's releases (kept in the segment or dropped from the main
    /// file), an update folds the segment into a new main file.
    static let foldShare = 0.05

    /// The segment file beside the main index file `indexFile`.
    static func path(of indexFile: String) -> String { indexFile + ".segment" }

    /// Whether a segment of `size` releases and `dropped` dropped ones is small enough to be kept
    /// beside a main file of `mainCount` releases rather than folded into it.
    static func fits(size: Int, dropped: Int, mainCount: Int) -> Bool {
        Double(size + dropped) <= Double(mainCount) * foldShare
    }

    /// What `IndexSection.sourceHashes` holds for a release whose source URL is `url`: never 0,
    /// which stands for none.
    static func sourceHash(_ url: String?) -> UInt64 {
        url.map { IndexChecksum.of(Array($0.utf8)) | 1 } ?? 0
    }

    /// The positions among `positions` of `main` whose source URL may be one of those of `segment`'s
    /// releases: those whose source hashes match, read from the hashes alone.
    static func sharingSources(with segment: IndexImage, in main: IndexImage, positions: [Int]) -> [Int] {
        let hashes = Set((0..<segment.count).map { segment.u64(.sourceHashes, $0) }.filter { $0 != 0 })
        guard !hashes.isEmpty else { return [] }
        main.bytes.ensure(main.section(.sourceHashes))
        return positions.filter { hashes.contains(main.u64(.sourceHashes, $0)) }
    }

    /// The file of `segment` (an index of the releases read since `main` was written, in list
    /// order), to be written, with the positions of `main` it drops and where its releases go in `main`.
    static func file(_ segment: IndexImage, dropping dropped: [Int], from main: IndexImage) -> BuiltIndex {
        var sections = segment.sectionBytes()
        var droppedTable = IndexWriter(), insertionTable = IndexWriter(), base = IndexWriter()
        for position in dropped { droppedTable.fixed(UInt32(position)) }
        for insertion in insertions(of: segment, into: main) { insertionTable.fixed(UInt32(insertion)) }
        base.fixed(main.identity)
        sections[IndexSection.dropped.rawValue] = droppedTable.bytes
        sections[IndexSection.insertions.rawValue] = insertionTable.bytes
        sections[IndexSection.base.rawValue] = base.bytes
        return BuiltIndex(sections: sections)
    }

    /// For each release of `segment`, in its list order, the position of the first release of
    /// `main` that comes after it in list order: a bisection of `main`'s records a release.
    private static func insertions(of segment: IndexImage, into main: IndexImage) -> [Int] {
        func key(_ image: IndexImage, _ position: Int) -> (String?, String) {
            let (id, date) = (try? IndexRecord.idAndDate(image.record(position))) ?? ("", nil)
            return (date, id)
        }
        var insertions: [Int] = [], low = 0
        for position in 0..<segment.count {
            let release = key(segment, position)
            // The segment is in list order too: each release goes no earlier than the one before it.
            var high = main.count
            while low < high {
                let middle = (low + high) / 2
                if ReleaseOrder.newestFirst(key(main, middle), release) { low = middle + 1 } else { high = middle }
            }
            insertions.append(low)
        }
        return insertions
    }
}

/// The list of a main index file and its segment merged: for each list position, the file and the
/// position there of its release, and the quote numbers in merged list order. Worked out at open
/// from the tables a start reads (a few bytes a release, a few milliseconds at 100,000 releases).
struct SegmentMerge: Sendable {
    let segment: IndexImage
    /// Per list position: the main file's position (0 and up) or -1 - the segment's position.
    let order: [Int32]
    /// Per main file position, its list position, or -1 where the segment drops it.
    let mainPositions: [Int32]
    /// Per segment position, its list position.
    let segmentPositions: [Int32]
    /// Per list position and one past the end: the number of its first quote.
    let quoteStarts: [Int32]

    var count: Int { order.count }

    /// The merge of `main` and `segment`; nil when `segment` does not go with `main` or its tables
    /// are not sound (dropped positions not ascending or outside `main`, insertions out of order).
    init?(main: IndexImage, segment: IndexImage) {
        let baseSection = segment.section(.base)
        guard baseSection.count == 8, segment.bytes.integer(at: baseSection.lowerBound, as: UInt64.self) == main.identity,
              segment.section(.dropped).count % 4 == 0, segment.section(.insertions).count == segment.count * 4 else { return nil }
        let droppedCount = segment.section(.dropped).count / 4
        var isDropped = [Bool](repeating: false, count: main.count), previous = -1
        for index in 0..<droppedCount {
            let position = segment.u32(.dropped, index)
            guard position > previous, position < main.count else { return nil }
            isDropped[position] = true
            previous = position
        }
        previous = 0
        for index in 0..<segment.count {
            let insertion = segment.u32(.insertions, index)
            guard insertion >= previous, insertion <= main.count else { return nil }
            previous = insertion
        }
        self.segment = segment
        let count = main.count - droppedCount + segment.count
        var order = [Int32](), quoteStarts = [Int32]()
        var mainPositions = [Int32](repeating: -1, count: main.count), segmentPositions = [Int32](repeating: 0, count: segment.count)
        order.reserveCapacity(count)
        quoteStarts.reserveCapacity(count + 1)
        var quotes: Int32 = 0, next = 0
        func addSegment(upTo end: Int) {
            while next < segment.count, segment.u32(.insertions, next) <= end {
                segmentPositions[next] = Int32(order.count)
                order.append(Int32(-1 - next))
                quoteStarts.append(quotes)
                quotes += Int32(segment.u32(.quoteStarts, next + 1) - segment.u32(.quoteStarts, next))
                next += 1
            }
        }
        for position in 0..<main.count {
            addSegment(upTo: position)
            guard !isDropped[position] else { continue }
            mainPositions[position] = Int32(order.count)
            order.append(Int32(position))
            quoteStarts.append(quotes)
            quotes += Int32(main.u32(.quoteStarts, position + 1) - main.u32(.quoteStarts, position))
        }
        addSegment(upTo: main.count)
        quoteStarts.append(quotes)
        self.order = order
        self.mainPositions = mainPositions
        self.segmentPositions = segmentPositions
        self.quoteStarts = quoteStarts
    }

    /// Per quote of `image` (the main file or the segment), its number in the merged list, or -1
    /// where its release is dropped.
    func quoteNumbers(of image: IndexImage, positions: [Int32]) -> [Int32] {
        var numbers = [Int32](repeating: -1, count: image.quoteCount)
        for position in 0..<image.count where positions[position] >= 0 {
            let first = image.u32(.quoteStarts, position), start = Int(quoteStarts[Int(positions[position])])
            for quote in first..<image.u32(.quoteStarts, position + 1) { numbers[quote] = Int32(start + quote - first) }
        }
        return numbers
    }
}
