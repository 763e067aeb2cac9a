import PueblaKit

/// Collects postings while a search index is built: for each distinct word and field, the items it
/// occurs in. Items may come in any order (a library index reads its files on all cores, before
/// their list order is known); `finish` sorts each list, can renumber the items, and can merge in
/// the postings of a previous index.
///
/// Given a spill file, the postings held pass `budget` bytes only until the release being added is
/// done: they are then written to the spill as a sorted run (words in byte order, each with its
/// lists) and let go, and `finish` merges the runs, writing the merged postings to the spill too.
/// A large build so holds a budget of postings rather than all of them, and builds the same index.
/// The words themselves are kept from run to run, each sorted once: a run gives a word's number.
struct SearchIndexBuilder {
    static let fieldCount = SearchFields.named.count
    /// Postings bytes held before a run is spilled: a few runs at 100,000 releases, the lists' own
    /// overhead taking about as much again.
    static let defaultBudget = 8 << 20
    /// Every word added, by its number.
    private var vocabulary: [String: Int32] = [:]
    private var words: [String] = []
    /// The numbers of `words` in the byte order of the words: those added up to the last run; the
    /// others are sorted in at the next.
    private var ordered: [Int32] = []
    /// `lists[word * fieldCount + field]`: its items since the last run, delta-coded
    /// (`PostingCoding`) as they are added, which they are in increasing order; a byte or two an
    /// item instead of four.
    private var lists: [[UInt8]] = []
    /// The last item added to each list since the last run, -1 for none: what the next delta is taken from.
    private var lastItems: [Int32] = []
    private let spill: SpillFile?
    private let budget: Int
    /// About what the words added and the lists filled since the last run take, in bytes.
    private var held = 0
    /// The runs spilled so far, in the order they were, each as it lies in the spill.
    private var runs: [Range<Int>] = []

    /// What a new word costs besides its bytes: its entry in the vocabulary, its lists and last items.
    private static let wordCost = 64 + fieldCount * 12
    /// What a list costs when it gets its first item since the last run.
    private static let listCost = 32

    init(spill: SpillFile? = nil, budget: Int = defaultBudget) {
        self.spill = spill
        self.budget = budget
    }

    mutating func add(_ text: String, field: SearchFields, item: Int) {
        WordScanner.withUTF8(text) { utf8 in
            WordScanner.scan(utf8) { word, _ in add(word: String(decoding: word, as: UTF8.self), field: field, item: item) }
        }
    }

    mutating func add(word: String, field: SearchFields, item: Int) {
        let number: Int
        if let known = vocabulary[word] {
            number = Int(known)
        } else {
            number = words.count
            vocabulary[word] = Int32(number)
            words.append(word)
            lists.append(contentsOf: repeatElement([], count: Self.fieldCount))
            lastItems.append(contentsOf: repeatElement(-1, count: Self.fieldCount))
            held += word.utf8.count + Self.wordCost
        }
        let list = number * Self.fieldCount + field.rawValue.trailingZeroBitCount
        let last = Int(lastItems[list])
        guard item != last else { return }
        precondition(item > last, "items are added to the postings in increasing order")
        let before = lists[list].count
        PostingCoding.append(item - last, to: &lists[list])
        held += lists[list].count - before + (before == 0 ? Self.listCost : 0)
        lastItems[list] = Int32(item)
    }

    /// The items of a list, decoded, appended to `items`.
    private static func decode(_ list: [UInt8], into items: inout [UInt32]) {
        list.withUnsafeBufferPointer { bytes in
            var offset = 0, item = -1
            while offset < bytes.count {
                item += PostingCoding.read(bytes, at: &offset)
                items.append(UInt32(item))
            }
        }
    }

    /// A release's words under `release`, its quotes' under `firstQuote` and the numbers after it.
    mutating func add(_ words: ReleaseWords, release: Int, firstQuote: Int) {
        for word in words.title { add(word: word, field: .title, item: release) }
        for word in words.paragraphs { add(word: word, field: .paragraphs, item: release) }
        for (offset, quoteWords) in words.quoteTexts.enumerated() {
            for word in quoteWords { add(word: word, field: .text, item: firstQuote + offset) }
        }
        for (offset, speakerWords) in words.speakers.enumerated() {
            for word in speakerWords { add(word: word, field: .speaker, item: firstQuote + offset) }
        }
        // Between releases only: a release's items are then all in one run.
        if held > budget { spillRun() }
    }

    /// Sorts the words added since the last run in among the others.
    private mutating func orderNewWords() {
        guard ordered.count < words.count else { return }
        let words = words
        func precedes(_ first: Int32, _ second: Int32) -> Bool { ByteOrder.precedes(words[Int(first)], words[Int(second)]) }
        let added = (Int32(ordered.count)..<Int32(words.count)).sorted(by: precedes)
        var merged: [Int32] = []
        merged.reserveCapacity(words.count)
        var older = 0, newer = 0
        while older < ordered.count && newer < added.count {
            if precedes(added[newer], ordered[older]) {
                merged.append(added[newer])
                newer += 1
            } else {
                merged.append(ordered[older])
                older += 1
            }
        }
        merged += ordered[older...]
        merged += added[newer...]
        ordered = merged
    }

    /// Writes the postings held to the spill as a run, words in byte order, and lets them go: per
    /// word with items its number, then per field its list's length and bytes.
    private mutating func spillRun() {
        guard let spill else { return }
        orderNewWords()
        let start = spill.count
        var run: [UInt8] = []
        for number in ordered {
            let first = Int(number) * Self.fieldCount
            guard lists[first..<(first + Self.fieldCount)].contains(where: { !$0.isEmpty }) else { continue }
            PostingCoding.append(Int(number), to: &run)
            for list in first..<(first + Self.fieldCount) {
                PostingCoding.append(lists[list].count, to: &run)
                run += lists[list]
                lists[list] = []
            }
            if run.count >= SpillFile.bufferSize {
                spill.append(run)
                run.removeAll(keepingCapacity: true)
            }
        }
        spill.append(run)
        runs.append(start..<spill.count)
        for list in lastItems.indices { lastItems[list] = -1 }
        held = 0
        SpillFile.returnFreedMemory()
    }

    struct Built {
        var words: [String] = []
        var wordLists: [UInt32] = [0]
        var listFields: [UInt8] = []
        var listBounds: [UInt32] = [0]
        /// The postings, or those not yet written to `output`.
        var postings: [UInt8] = []
        /// Where the postings go, a chunk at a time, rather than all held; nil to hold them.
        var output: SpillFile?
        /// Where they lie in `output`, once all written.
        var spilled: Range<Int>?
        /// Postings bytes written to `output` so far.
        var written = 0

        /// Appends a word's lists (by field, sorted items); a word without items is left out.
        mutating func append(word: String, lists: [[UInt32]]) {
            guard lists.contains(where: { !$0.isEmpty }) else { return }
            words.append(word)
            for (field, items) in lists.enumerated() where !items.isEmpty {
                listFields.append(UInt8(field))
                var next = 0
                for item in items {
                    PostingCoding.append(Int(item) + 1 - next, to: &postings)
                    next = Int(item) + 1
                }
                listBounds.append(UInt32(written + postings.count))
            }
            wordLists.append(UInt32(listFields.count))
            if postings.count >= SpillFile.bufferSize { flush() }
        }

        private mutating func flush() {
            guard let output else { return }
            output.append(postings)
            written += postings.count
            postings.removeAll(keepingCapacity: true)
        }

        /// Writes what is left of the postings to `output`, and says where they all lie there.
        fileprivate mutating func close() {
            guard let output else { return }
            let start = output.count - written
            flush()
            postings = []
            spilled = start..<output.count
        }
    }

    /// Postings of an earlier index to carry over: its words in order, each with its lists by field,
    /// items already renumbered (and those to drop dropped), each list sorted.
    typealias Previous = any Sequence<(word: String, lists: [[UInt32]])>

    /// The words sorted by their bytes and their lists laid end to end, items renumbered by
    /// `renumber(field, item)`, merged with `previous`; the builder is spent. With a spill, the
    /// postings are written to it (`Built.spilled`) rather than held.
    mutating func finish(renumber: (SearchFields, UInt32) -> UInt32 = { $1 }, previous: Previous = []) -> Built {
        var built = Built()
        orderNewWords()
        // Where each word stands in byte order: the runs are merged by it, not by comparing words.
        var ranks = [Int32](repeating: 0, count: words.count)
        for (position, number) in ordered.enumerated() { ranks[Int(number)] = Int32(position) }
        let rank = ranks
        var sources: [AnyIterator<(rank: Int32, lists: [[UInt8]])>]
        if let spill, !runs.isEmpty {
            spillRun()
            sources = runs.map { range in
                var reader = RunReader(spill: spill, range: range)
                // A number past the words (a spill damaged unseen) ends the run like a failed read.
                return AnyIterator { reader.next().flatMap { $0.number < rank.count ? (rank[$0.number], $0.lists) : nil } }
            }
            built.output = spill
        } else {
            let ordered = ordered, lists = lists
            var next = 0
            sources = [AnyIterator {
                guard next < ordered.count else { return nil }
                defer { next += 1 }
                let first = Int(ordered[next]) * Self.fieldCount
                return (Int32(next), Array(lists[first..<(first + Self.fieldCount)]))
            }]
        }
        let words = words, ordered = ordered
        vocabulary = [:]
        self.words = []
        self.ordered = []
        lists = []
        lastItems = []
        let fields = SearchFields.named.map(\.0)
        var heads = sources.indices.map { sources[$0].next() }
        var older = previous.makeIterator()
        var waiting = older.next()
        // The runs merged a word at a time: each run's lists follow those of the run before, whose
        // items are all lower, before they are renumbered.
        while let next = heads.compactMap({ $0?.rank }).min() {
            let word = words[Int(ordered[Int(next)])]
            while let (oldWord, oldLists) = waiting, ByteOrder.precedes(oldWord, word) {
                built.append(word: oldWord, lists: oldLists)
                waiting = older.next()
            }
            var merged = [[UInt32]](repeating: [], count: Self.fieldCount)
            for index in heads.indices {
                guard let (rank, lists) = heads[index], rank == next else { continue }
                for field in lists.indices { Self.decode(lists[field], into: &merged[field]) }
                heads[index] = sources[index].next()
            }
            merged = merged.indices.map { field in Self.sortedUnique(merged[field].map { renumber(fields[field], $0) }) }
            if let (oldWord, oldLists) = waiting, oldWord == word {
                merged = zip(merged, oldLists).map { Self.sortedUnique($0 + $1) }
                waiting = older.next()
            }
            built.append(word: word, lists: merged)
        }
        while let (oldWord, oldLists) = waiting {
            built.append(word: oldWord, lists: oldLists)
            waiting = older.next()
        }
        built.close()
        runs = []
        return built
    }

    private static func sortedUnique(_ items: [UInt32]) -> [UInt32] {
        var items = items
        items.sort()
        var kept = 0
        for item in items where kept == 0 || items[kept - 1] != item {
            items[kept] = item
            kept += 1
        }
        items.removeLast(items.count - kept)
        return items
    }
}

/// Reads back a run of postings that `SearchIndexBuilder` spilled: word by word (by number), each
/// with its lists by field, still delta-coded.
private struct RunReader: IteratorProtocol {
    let spill: SpillFile
    private var offset: Int
    private let end: Int
    private var buffer: [UInt8] = []
    private var position = 0

    init(spill: SpillFile, range: Range<Int>) {
        self.spill = spill
        offset = range.lowerBound
        end = range.upperBound
    }

    /// Makes at least `count` bytes (or what is left of the run) readable from `position`.
    private mutating func fill(_ count: Int) {
        guard buffer.count - position < count, offset < end else { return }
        let take = min(end - offset, max(count, 1 << 16))
        buffer = Array(buffer[position...]) + spill.bytes(offset..<(offset + take))
        position = 0
        offset += take
    }

    private mutating func number() -> Int {
        fill(10)
        return buffer.withUnsafeBufferPointer { PostingCoding.read($0, at: &position) }
    }

    private mutating func bytes(_ count: Int) -> ArraySlice<UInt8> {
        fill(count)
        let end = min(buffer.count, position + count)
        defer { position = end }
        return buffer[position..<end]
    }

    /// Nil at the end of the run, or once the spill could not be read back: its zeros are no postings.
    mutating func next() -> (number: Int, lists: [[UInt8]])? {
        fill(1)
        guard position < buffer.count else { return nil }
        let word = number()
        let lists = (0..<SearchIndexBuilder.fieldCount).map { _ in Array(bytes(number())) }
        return spill.failure == nil ? (word, lists) : nil
    }
}

/// The folded words of a release, each list unique: what indexing a release adds to the postings.
/// Worked out apart from the builder, so that it can be done for many releases at once.
struct ReleaseWords: Sendable {
    let title: [String]
    let paragraphs: [String]
    /// Per quote, in order.
    let quoteTexts: [[String]]
    let speakers: [[String]]

    init(_ release: Release) {
        func words(_ texts: [String]) -> [String] { Array(Set(texts.flatMap(WordScanner.words))) }
        title = words([release.title])
        paragraphs = words(release.paragraphs)
        quoteTexts = release.quotes.map { words([$0.text]) }
        speakers = release.quotes.map { words([$0.speaker].compactMap { $0 }) }
    }
}

/// Unsigned LEB128: seven bits a byte, the high bit set on every byte but the last.
enum PostingCoding {
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int) -> Int {
        var value = 0
        var shift = 0
        // A number cut off at the end of the bytes (a damaged index) ends there.
        while offset < bytes.count, shift < 63 {
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return value
    }
}
