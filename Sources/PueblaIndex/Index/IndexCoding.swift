import PueblaKit

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

    /// A fixed-width little-endian integer, for the tables read in place.
    mutating func fixed<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

struct IndexReader {
    struct Malformed: Error {}

    private let bytes: IndexBytes
    private var offset: Int
    private let end: Int

    /// Reads `range` of `bytes`; what of it lies outside them, or all of it when a block of it is
    /// damaged, reads as missing.
    init(_ bytes: IndexBytes, _ range: Range<Int>) {
        self.bytes = bytes
        var inside = range.clamped(to: 0..<bytes.count)
        if !bytes.ensure(inside) { inside = inside.lowerBound..<inside.lowerBound }
        offset = inside.lowerBound
        end = inside.upperBound
    }

    /// Bytes not read yet.
    var remaining: Int { end - offset }

    private mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < end else { throw Malformed() }
        defer { offset += 1 }
        return bytes.heldByte(at: offset)
    }

    mutating func number() throws(Malformed) -> Int {
        var value = 0
        var shift = 0
        while true {
            guard shift < 63 else { throw Malformed() }
            let byte = try byte()
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// The next string's UTF-8 bytes, where they stand.
    mutating func stringRange() throws(Malformed) -> Range<Int> {
        let length = try number()
        guard length <= end - offset else { throw Malformed() }
        defer { offset += length }
        return offset..<(offset + length)
    }

    mutating func string() throws(Malformed) -> String {
        let range = try stringRange()
        return String(decoding: bytes.slice(range), as: UTF8.self)
    }

    mutating func optional() throws(Malformed) -> String? {
        switch try byte() {
        case 0: return nil
        case 1: return try string()
        default: throw Malformed()
        }
    }

    mutating func strings() throws(Malformed) -> [String] {
        let count = try number()
        // Each string takes at least a byte: a count past the bytes left is corrupt, not a big allocation.
        guard count <= end - offset else { throw Malformed() }
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try string()) }
        return texts
    }
}

