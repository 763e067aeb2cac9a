import Foundation

/// The bytes of a library index, immutable once made: a private copy in memory, of an index file
/// read whole (`IndexFile`) or of bytes built here. Never a mapping of the file: another program
/// cutting the file short or writing into it would then end this one with SIGBUS, or change tables
/// after they were checked. Every read is bounds-checked.
final class IndexBytes: @unchecked Sendable {
    // Unchecked: the buffer is never written after `init`, and freed only in `deinit`.
    let buffer: UnsafeRawBufferPointer

    convenience init(copying bytes: [UInt8]) { self.init(joining: [bytes]) }

    /// `parts` end to end, in one copy.
    convenience init(joining parts: [[UInt8]]) {
        let count = parts.reduce(0) { $0 + $1.count }
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, count), alignment: 8)
        var offset = 0
        for part in parts {
            part.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: memory[offset..<(offset + $0.count)]).copyMemory(from: $0) }
            offset += part.count
        }
        self.init(adopting: memory, count: count)
    }

    /// Takes over `memory` (allocated, at least `count` bytes), freed with this.
    init(adopting memory: UnsafeMutableRawBufferPointer, count: Int) {
        buffer = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[0..<count])
    }

    deinit {
        UnsafeMutableRawPointer(mutating: buffer.baseAddress)?.deallocate()
    }

    var count: Int { buffer.count }

    /// A little-endian integer at `offset`; 0 when it is not wholly inside (the tables were checked
    /// when the index was opened, so that is a bug, which must not trap).
    func integer<Value: FixedWidthInteger>(at offset: Int, as _: Value.Type = Value.self) -> Value {
        guard offset >= 0, offset <= buffer.count - MemoryLayout<Value>.size else { return 0 }
        return Value(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: Value.self))
    }

    /// The byte at `offset`; 0 when it is outside.
    func byte(at offset: Int) -> UInt8 {
        buffer.indices.contains(offset) ? buffer[offset] : 0
    }

    /// The bytes of `range` that are inside.
    func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: buffer[range.clamped(to: 0..<buffer.count)])
    }

    /// The checksum of `range`.
    func checksum(of range: Range<Int>) -> UInt64 {
        var hash = IndexChecksum()
        hash.add(slice(range))
        return hash.value
    }
}

/// A 64-bit checksum, eight bytes a step: enough to tell a damaged index from a sound one (it is a
/// cache, not a defence), and fast enough to check a large index on every start. Bytes may come in
/// pieces of any size: the sum is that of the bytes end to end.
struct IndexChecksum {
    private static let prime: UInt64 = 0x0000_0100_0000_01B3
    private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    /// The bytes of an unfinished eight, little-endian, and how many there are.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while pendingCount > 0, offset < bytes.count {
            pending |= UInt64(bytes[offset]) << (8 * pendingCount)
            pendingCount += 1
            offset += 1
            if pendingCount == 8 { mix(pending); pending = 0; pendingCount = 0 }
        }
        var hash = self.hash
        while offset + 8 <= bytes.count {
            hash = (hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* Self.prime
            hash ^= hash >> 29
            offset += 8
        }
        self.hash = hash
        while offset < bytes.count {
            pending |= UInt64(bytes[offset]) << (8 * pendingCount)
            pendingCount += 1
            offset += 1
        }
    }

    private mutating func mix(_ word: UInt64) {
        hash = (hash ^ word) &* Self.prime
        hash ^= hash >> 29
    }

    /// The sum so far; the last bytes short of an eight are mixed in one by one.
    var value: UInt64 {
        var hash = self.hash
        for index in 0..<pendingCount { hash = (hash ^ (pending >> (8 * index) & 0xFF)) &* Self.prime }
        return hash
    }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        var checksum = IndexChecksum()
        bytes.withUnsafeBytes { checksum.add($0) }
        return checksum.value
    }
}
