import Foundation

/// The bytes of a library index, immutable once made: a file mapped read-only (pages are read
/// from the page cache as they are touched, so a large index costs memory only for what is used)
/// or bytes built in memory. Every read is bounds-checked by the callers in `IndexImage`.
final class IndexBytes: @unchecked Sendable {
    // Unchecked: the buffer is never written after `init`, and freed only in `deinit`.
    let buffer: UnsafeRawBufferPointer
    private let isMapped: Bool

    init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 8)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0) }
        buffer = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[0..<bytes.count])
        isMapped = false
    }

    /// Maps `path`; nil when it cannot be opened or mapped (a missing index is rebuilt).
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let length = Int(status.st_size)
        guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        buffer = UnsafeRawBufferPointer(start: address, count: length)
        isMapped = true
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
        } else {
            UnsafeMutableRawPointer(mutating: buffer.baseAddress)?.deallocate()
        }
    }

    var count: Int { buffer.count }

    /// A little-endian integer at `offset`; the caller has checked that it is inside.
    func integer<Value: FixedWidthInteger>(at offset: Int, as _: Value.Type = Value.self) -> Value {
        Value(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: Value.self))
    }

    /// The checksum of `range`, hashed a stretch at a time; a mapped stretch is let go of once hashed,
    /// so that checking a large index does not keep all of it in memory.
    func checksum(of range: Range<Int>) -> UInt64 {
        var hash = IndexChecksum()
        let stretch = 4 << 20
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(start + stretch, range.upperBound)
            hash.add(UnsafeRawBufferPointer(rebasing: buffer[start..<end]))
            if isMapped { release(start..<end) }
            start = end
        }
        return hash.value
    }

    /// Gives back the pages wholly inside `range` (they are read again from the file if touched).
    private func release(_ range: Range<Int>) {
        guard let base = buffer.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (range.lowerBound + page - 1) / page * page
        let last = range.upperBound / page * page
        guard last > first else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, MADV_DONTNEED)
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
