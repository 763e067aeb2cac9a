import Foundation
import PueblaKit

/// The bytes of a library index, immutable once read: a private copy in memory, of bytes built here
/// or of an index file read a block at a time as it is used. Never a mapping of the file: another
/// program cutting the file short or writing into it would then end this one with SIGBUS, or change
/// tables after they were checked. Every read is bounds-checked.
///
/// An index file is given an address range as large as the file (anonymous memory, which takes no
/// room until written) and its blocks are read into place with `pread` when first touched, each
/// checked against its checksum: a start reads the small tables it needs, not the records or the
/// postings. A block that cannot be read or whose checksum is wrong stays zeroed, the bytes are
/// marked damaged (`isDamaged`), reads that needed it come back empty or as zero, and the file is
/// removed, so that whatever reads Data next rebuilds it.
final class IndexBytes: @unchecked Sendable {
    // Unchecked: the buffer's blocks are written only in `init` or under `lock` before they are
    // marked loaded, and read only once `ensure` found them loaded; freed only in `deinit`.
    let buffer: UnsafeRawBufferPointer
    /// The file the blocks are read from; nil when every byte is held already.
    private let source: Source?
    /// Bytes before this are held: read at `init`, needing no check or lock on use.
    private let heldPrefix: Int

    /// Where the blocks of an index file lie and what they must sum to.
    struct Blocks {
        /// Where the first block starts; the bytes before it are the file's head, read whole.
        let start: Int
        /// The checksum of each block, in file order.
        let sums: [UInt64]

        static let size = 16_384

        func block(containing offset: Int) -> Int { (offset - start) / Self.size }

        func range(ofBlock block: Int, fileSize: Int) -> Range<Int> {
            let lower = start + block * Self.size
            return lower..<min(fileSize, lower + Self.size)
        }
    }

    private final class Source {
        let file: IndexFile
        let blocks: Blocks
        let lock = NSLock()
        /// Per block: 0 not read yet, 1 read and sound, 2 damaged.
        var state: [UInt8]

        init(file: IndexFile, blocks: Blocks) {
            self.file = file
            self.blocks = blocks
            state = [UInt8](repeating: 0, count: blocks.sums.count)
        }
    }

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
        source = nil
        heldPrefix = count
    }

    /// The bytes of `file`: `head` (its first bytes, already read and checked) in place, the blocks
    /// of `blocks` read when first used, those up to `eagerEnd` at once. Nil when the memory cannot
    /// be had, or when a block up to `eagerEnd` cannot be read or is not what its checksum says.
    init?(file: IndexFile, head: IndexBytes, blocks: Blocks, readingUpTo eagerEnd: Int) {
        let size = file.size
        guard head.count == blocks.start, blocks.start <= size,
              blocks.sums.count == (size - blocks.start + Blocks.size - 1) / Blocks.size else { return nil }
        // Anonymous and private: pages cost memory only once a block is read into them.
        let mapped = mmap(nil, max(1, size), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        let memory = UnsafeMutableRawBufferPointer(start: mapped, count: size)
        if let base = head.buffer.baseAddress { memory.baseAddress?.copyMemory(from: base, byteCount: head.count) }
        buffer = UnsafeRawBufferPointer(memory)
        let source = Source(file: file, blocks: blocks)
        self.source = source
        let eager = min(size, max(blocks.start, eagerEnd))
        guard eager > blocks.start else {
            heldPrefix = blocks.start
            return
        }
        let last = blocks.block(containing: eager - 1)
        heldPrefix = blocks.range(ofBlock: last, fileSize: size).upperBound
        for block in 0...last {
            guard Self.read(block, of: source, into: buffer) else { return nil }
            source.state[block] = 1
        }
    }

    deinit {
        if source != nil {
            munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), max(1, buffer.count))
        } else {
            UnsafeMutableRawPointer(mutating: buffer.baseAddress)?.deallocate()
        }
    }

    var count: Int { buffer.count }

    /// True when a block was found damaged (cut short, or not what its checksum says) when used.
    var isDamaged: Bool {
        guard let source else { return false }
        return source.lock.withLock { source.state.contains(2) }
    }

    /// Reads the blocks `range` lies in that are not read yet; false when one of them is damaged.
    /// Once true for a range, its bytes stay as they are.
    @discardableResult
    func ensure(_ range: Range<Int>) -> Bool {
        guard let source, range.upperBound > heldPrefix, !range.isEmpty else { return true }
        let blocks = source.blocks
        let inside = range.clamped(to: max(blocks.start, heldPrefix)..<buffer.count)
        guard !inside.isEmpty else { return true }
        var sound = true
        // The lock is taken a block at a time: a thread that needs one block (the browser's loop
        // drawing a row) waits for one block's read, not for a background search's whole stretch.
        for block in blocks.block(containing: inside.lowerBound)...blocks.block(containing: inside.upperBound - 1) {
            let state = source.lock.withLock {
                if source.state[block] == 0 {
                    source.state[block] = Self.read(block, of: source, into: buffer) ? 1 : 2
                    if source.state[block] == 2 { source.file.removeFromPath() }
                }
                return source.state[block]
            }
            sound = sound && state == 1
        }
        return sound
    }

    /// Reads block `block` into its place in `buffer` and checks it; a block found damaged is zeroed again.
    private static func read(_ block: Int, of source: Source, into buffer: UnsafeRawBufferPointer) -> Bool {
        let range = source.blocks.range(ofBlock: block, fileSize: buffer.count)
        let memory = UnsafeMutableRawBufferPointer(mutating: UnsafeRawBufferPointer(rebasing: buffer[range]))
        if source.file.read(into: memory, at: range.lowerBound),
           IndexChecksum.of(UnsafeRawBufferPointer(memory)) == source.blocks.sums[block] { return true }
        memory.initializeMemory(as: UInt8.self, repeating: 0)
        return false
    }

    /// A little-endian integer at `offset`; 0 when it is not wholly inside or its block is damaged
    /// (the tables were checked when the index was opened, so that is a bug or damage, which must
    /// not trap).
    func integer<Value: FixedWidthInteger>(at offset: Int, as _: Value.Type = Value.self) -> Value {
        guard offset >= 0, offset <= buffer.count - MemoryLayout<Value>.size,
              ensure(offset..<(offset + MemoryLayout<Value>.size)) else { return 0 }
        return Value(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: Value.self))
    }

    /// The byte at `offset`; 0 when it is outside or its block is damaged.
    func byte(at offset: Int) -> UInt8 {
        guard buffer.indices.contains(offset), ensure(offset..<(offset + 1)) else { return 0 }
        return buffer[offset]
    }

    /// The byte at `offset` of a range already ensured; 0 when it is outside.
    func heldByte(at offset: Int) -> UInt8 {
        buffer.indices.contains(offset) ? buffer[offset] : 0
    }

    /// The bytes of `range` that are inside; empty when one of its blocks is damaged.
    func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        let inside = range.clamped(to: 0..<buffer.count)
        guard ensure(inside) else { return UnsafeRawBufferPointer(rebasing: buffer[0..<0]) }
        return UnsafeRawBufferPointer(rebasing: buffer[inside])
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

    /// The checksum of `bytes`.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = IndexChecksum()
        checksum.add(bytes)
        return checksum.value
    }
}
