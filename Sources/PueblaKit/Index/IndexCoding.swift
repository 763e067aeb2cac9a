/// The bytes of a library index: unsigned LEB128 numbers, strings as a length and UTF-8, optionals
/// behind a 0/1 byte. Reading never traps: a short or malformed payload is a `Malformed` error.
struct IndexWriter {
    private(set) var bytes: [UInt8] = []

    mutating func number(_ value: Int) {
        PostingCoding.append(max(0, value), to: &bytes)
    }

    mutating func string(_ text: String) {
        number(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func optional(_ text: String?) {
        bytes.append(text == nil ? 0 : 1)
        if let text { string(text) }
    }

    mutating func strings(_ texts: [String]) {
        number(texts.count)
        for text in texts { string(text) }
    }

    /// Bytes written elsewhere, behind their length, so that a reader can skip them.
    mutating func blob(_ blob: ArraySlice<UInt8>) {
        number(blob.count)
        bytes.append(contentsOf: blob)
    }
}

struct IndexReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset: Int

    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func number() throws(Malformed) -> Int {
        var value = 0
        var shift = 0
        while true {
            guard offset < bytes.count, shift < 63 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func string() throws(Malformed) -> String {
        let length = try number()
        guard length <= bytes.count - offset else { throw Malformed() }
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    mutating func optional() throws(Malformed) -> String? {
        guard offset < bytes.count else { throw Malformed() }
        let flag = bytes[offset]
        offset += 1
        switch flag {
        case 0: return nil
        case 1: return try string()
        default: throw Malformed()
        }
    }

    /// Moves past a blob, returning where its bytes stand.
    mutating func skipBlob() throws(Malformed) -> Range<Int> {
        let length = try number()
        guard length <= bytes.count - offset else { throw Malformed() }
        defer { offset += length }
        return offset..<(offset + length)
    }

    mutating func strings() throws(Malformed) -> [String] {
        let count = try number()
        // Each string takes at least a byte: a count past the bytes left is corrupt, not a big allocation.
        guard count <= bytes.count - offset else { throw Malformed() }
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try string()) }
        return texts
    }
}

/// FNV-1a, 64 bits: enough to tell a damaged index from a sound one (it is a cache, not a defence).
enum IndexChecksum {
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
