/// Collects postings while a `SearchIndex` is built: for each distinct word and field, the items
/// it occurs in, delta-encoded as they arrive (each kind of item is added in increasing order).
struct SearchIndexBuilder {
    private struct List {
        var bytes: [UInt8] = []
        /// The last item added plus one; 0 before the first.
        var lastPlusOne = 0
    }

    private static let fieldCount = SearchFields.named.count
    private var vocabulary: [String: Int] = [:]
    /// `lists[word * fieldCount + field]`.
    private var lists: [List] = []

    mutating func add(_ text: String, field: SearchFields, item: Int) {
        let fieldNumber = field.rawValue.trailingZeroBitCount
        WordScanner.withUTF8(text) { utf8 in
            WordScanner.scan(utf8) { word, _ in
                let key = String(decoding: word, as: UTF8.self)
                let number: Int
                if let known = vocabulary[key] {
                    number = known
                } else {
                    number = vocabulary.count
                    vocabulary[key] = number
                    lists.append(contentsOf: repeatElement(List(), count: Self.fieldCount))
                }
                let list = number * Self.fieldCount + fieldNumber
                guard lists[list].lastPlusOne != item + 1 else { return }
                PostingCoding.append(item + 1 - lists[list].lastPlusOne, to: &lists[list].bytes)
                lists[list].lastPlusOne = item + 1
            }
        }
    }

    struct Built {
        var words: [String] = []
        var wordLists: [UInt32] = [0]
        var listFields: [UInt8] = []
        var listBounds: [UInt32] = [0]
        var postings: [UInt8] = []
    }

    /// The words sorted by their bytes and their lists laid end to end; the builder is spent.
    mutating func finish() -> Built {
        var built = Built()
        let sorted = vocabulary.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        vocabulary = [:]
        built.words.reserveCapacity(sorted.count)
        built.postings.reserveCapacity(lists.reduce(0) { $0 + $1.bytes.count })
        for (word, number) in sorted {
            built.words.append(word)
            for field in 0..<Self.fieldCount {
                let list = number * Self.fieldCount + field
                guard !lists[list].bytes.isEmpty else { continue }
                built.listFields.append(UInt8(field))
                built.postings.append(contentsOf: lists[list].bytes)
                lists[list] = List()
                built.listBounds.append(UInt32(built.postings.count))
            }
            built.wordLists.append(UInt32(built.listFields.count))
        }
        lists = []
        return built
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
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
