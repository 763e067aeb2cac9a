/// Collects postings while a search index is built: for each distinct word and field, the items it
/// occurs in. Items may come in any order (a library index reads its files on all cores, before
/// their list order is known); `finish` sorts each list, can renumber the items, and can merge in
/// the postings of a previous index.
struct SearchIndexBuilder {
    static let fieldCount = SearchFields.named.count
    private var vocabulary: [String: Int] = [:]
    /// `lists[word * fieldCount + field]`: its items delta-coded (`PostingCoding`) as they are
    /// added, which they are in increasing order; a byte or two an item instead of four, which is
    /// most of what building the index of a large library holds.
    private var lists: [[UInt8]] = []
    /// The last item added to each list, -1 for none: what the next delta is taken from.
    private var lastItems: [Int32] = []

    mutating func add(_ text: String, field: SearchFields, item: Int) {
        WordScanner.withUTF8(text) { utf8 in
            WordScanner.scan(utf8) { word, _ in add(word: String(decoding: word, as: UTF8.self), field: field, item: item) }
        }
    }

    mutating func add(word: String, field: SearchFields, item: Int) {
        let number: Int
        if let known = vocabulary[word] {
            number = known
        } else {
            number = vocabulary.count
            vocabulary[word] = number
            lists.append(contentsOf: repeatElement([], count: Self.fieldCount))
            lastItems.append(contentsOf: repeatElement(-1, count: Self.fieldCount))
        }
        let list = number * Self.fieldCount + field.rawValue.trailingZeroBitCount
        let last = Int(lastItems[list])
        guard item != last else { return }
        precondition(item > last, "items are added to the postings in increasing order")
        PostingCoding.append(item - last, to: &lists[list])
        lastItems[list] = Int32(item)
    }

    /// The items of a list, decoded.
    private static func items(_ list: [UInt8]) -> [UInt32] {
        var items: [UInt32] = []
        list.withUnsafeBufferPointer { bytes in
            var offset = 0, item = -1
            while offset < bytes.count {
                item += PostingCoding.read(bytes, at: &offset)
                items.append(UInt32(item))
            }
        }
        return items
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
    }

    struct Built {
        var words: [String] = []
        var wordLists: [UInt32] = [0]
        var listFields: [UInt8] = []
        var listBounds: [UInt32] = [0]
        var postings: [UInt8] = []

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
                listBounds.append(UInt32(postings.count))
            }
            wordLists.append(UInt32(listFields.count))
        }
    }

    /// Postings of an earlier index to carry over: its words in order, each with its lists by field,
    /// items already renumbered (and those to drop dropped), each list sorted.
    typealias Previous = any Sequence<(word: String, lists: [[UInt32]])>

    /// The words sorted by their bytes and their lists laid end to end, items renumbered by
    /// `renumber(field, item)`, merged with `previous`; the builder is spent.
    mutating func finish(renumber: (SearchFields, UInt32) -> UInt32 = { $1 }, previous: Previous = []) -> Built {
        var built = Built()
        let sorted = vocabulary.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        vocabulary = [:]
        let fields = SearchFields.named.map(\.0)
        func fresh(_ number: Int) -> [[UInt32]] {
            fields.enumerated().map { offset, field in
                let list = number * Self.fieldCount + offset
                defer { lists[list] = [] }
                return Self.sortedUnique(Self.items(lists[list]).map { renumber(field, $0) })
            }
        }
        var older = previous.makeIterator()
        var waiting = older.next()
        for (word, number) in sorted {
            while let (oldWord, oldLists) = waiting, oldWord.utf8.lexicographicallyPrecedes(word.utf8) {
                built.append(word: oldWord, lists: oldLists)
                waiting = older.next()
            }
            var merged = fresh(number)
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
        lists = []
        lastItems = []
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
