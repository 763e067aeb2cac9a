import Foundation
import PueblaKit

/// An index file built and not yet written: its small sections in memory, the records and postings
/// of the releases read in the build's spill file (`SpillFile`), those carried over in the previous
/// index. Written out a chunk at a time, so that the whole file is never held in memory; the head,
/// which holds every block's checksum, last.
struct BuiltIndex {
    /// Bytes of a section.
    enum Piece {
        case bytes([UInt8])
        /// Of the spill file.
        case spilled(Range<Int>)
        /// Of the previous index.
        case kept(Range<Int>)

        var count: Int {
            switch self {
            case .bytes(let bytes): return bytes.count
            case .spilled(let range), .kept(let range): return range.count
            }
        }
    }

    /// Per section, in `IndexSection` order, its pieces end to end.
    private let sections: [[Piece]]
    private let spill: SpillFile?
    private let previous: IndexBytes?
    /// The file's head (see `IndexImage`), once the file is written.
    private(set) var head: [UInt8] = []

    init(sections: [[Piece]], spill: SpillFile?, previous: IndexBytes?) {
        self.sections = sections
        self.spill = spill
        self.previous = previous
    }

    /// The file of `sections` (one byte array per section in `IndexSection` order), all in memory.
    init(sections: [[UInt8]]) {
        self.init(sections: sections.map { [.bytes($0)] }, spill: nil, previous: nil)
    }

    private var sectionSizes: [Int] { sections.map { $0.reduce(0) { $0 + $1.count } } }

    private var bodySize: Int { sectionSizes.reduce(0, +) }

    /// Where the sections start in the file: after the head, whose size the body's size gives.
    private var headSize: Int { IndexImage.headSize(sectionCount: sections.count, bodySize: bodySize) }

    /// Writes the file to `descriptor` (at its start): the sections, then the head, which holds
    /// their checksums. Why not, when it cannot.
    mutating func write(to descriptor: Int32) -> WriteFailure? {
        guard lseek(descriptor, off_t(headSize), SEEK_SET) >= 0 else { return .system(errno: errno) }
        var failure: WriteFailure?
        let sums = stream { chunk in
            if failure == nil { failure = AtomicFile.writeAll(chunk, to: descriptor) }
        }
        // Bytes of the spill not read back leave the file unwritten: the caller says why (`spillFailure`).
        if let failure = failure ?? spill?.failure.map({ .other($0.description) }) { return failure }
        let head = IndexImage.head(sectionSizes: sectionSizes, blockSums: sums)
        guard lseek(descriptor, 0, SEEK_SET) >= 0 else { return .system(errno: errno) }
        if let failure = head.withUnsafeBytes({ AtomicFile.writeAll($0, to: descriptor) }) { return failure }
        self.head = head
        return nil
    }

    /// The first read back of the spill file that failed, if one did, in the build or since: the
    /// file is then not the releases', and is neither written nor used.
    var spillFailure: SpillReadError? { spill?.failure }

    /// The whole file in memory: for an index that cannot be written, or is small.
    func bytes() throws(SpillReadError) -> IndexBytes {
        let start = headSize
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, start + bodySize), alignment: 8)
        var offset = start
        let sums = stream { chunk in
            UnsafeMutableRawBufferPointer(rebasing: memory[offset..<(offset + chunk.count)]).copyMemory(from: chunk)
            offset += chunk.count
        }
        IndexImage.head(sectionSizes: sectionSizes, blockSums: sums).withUnsafeBytes {
            UnsafeMutableRawBufferPointer(rebasing: memory[0..<$0.count]).copyMemory(from: $0)
        }
        let bytes = IndexBytes(adopting: memory, count: start + bodySize)
        if let failure = spillFailure { throw failure }
        return bytes
    }

    /// Hands the sections, in file order, to `emit` a chunk at a time; the checksum of each block.
    private func stream(_ emit: (UnsafeRawBufferPointer) -> Void) -> [UInt64] {
        var sums = IndexImage.BlockSums()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: SpillFile.bufferSize, alignment: 8)
        defer { chunk.deallocate() }
        var filled = 0
        func flush() {
            let full = UnsafeRawBufferPointer(rebasing: chunk[0..<filled])
            sums.add(full)
            emit(full)
            filled = 0
        }
        func copy(_ range: Range<Int>, _ fill: (Range<Int>, UnsafeMutableRawBufferPointer) -> Void) {
            var start = range.lowerBound
            while start < range.upperBound {
                if filled == chunk.count { flush() }
                let end = min(range.upperBound, start + chunk.count - filled)
                fill(start..<end, UnsafeMutableRawBufferPointer(rebasing: chunk[filled..<(filled + end - start)]))
                filled += end - start
                start = end
            }
        }
        for section in IndexSection.fileOrder {
            for piece in sections[section.rawValue] {
                switch piece {
                case .bytes(let bytes):
                    bytes.withUnsafeBytes { held in
                        copy(0..<held.count) { range, target in target.copyMemory(from: UnsafeRawBufferPointer(rebasing: held[range])) }
                    }
                case .spilled(let range):
                    copy(range) { range, target in spill?.read(range, into: target) }
                case .kept(let range):
                    copy(range) { range, target in
                        if let previous { target.copyMemory(from: previous.slice(range)) }
                    }
                }
            }
        }
        if filled > 0 { flush() }
        return sums.all
    }
}

extension IndexImage {
    /// The checksum of each block of bytes given in order, a piece at a time.
    struct BlockSums {
        private(set) var sums: [UInt64] = []
        private var sum = IndexChecksum()
        private var filled = 0

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var offset = 0
            while offset < bytes.count {
                let take = min(IndexBytes.Blocks.size - filled, bytes.count - offset)
                sum.add(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + take)]))
                offset += take
                filled += take
                if filled == IndexBytes.Blocks.size {
                    sums.append(sum.value)
                    sum = IndexChecksum()
                    filled = 0
                }
            }
        }

        /// Every block's checksum, the last (short) block's included.
        var all: [UInt64] { filled > 0 ? sums + [sum.value] : sums }
    }

    /// The size of the head of a file of `sectionCount` sections and a body of `bodySize` bytes.
    static func headSize(sectionCount: Int, bodySize: Int) -> Int {
        headerSize + sectionCount * 16 + (bodySize + IndexBytes.Blocks.size - 1) / IndexBytes.Blocks.size * 8
    }

    /// The head of a file whose sections, in `IndexSection` order, have `sectionSizes` bytes and lie
    /// in `IndexSection.fileOrder` after the head, their blocks summing to `blockSums`.
    static func head(sectionSizes: [Int], blockSums: [UInt64]) -> [UInt8] {
        let bodySize = sectionSizes.reduce(0, +)
        var offsets = [Int](repeating: 0, count: sectionSizes.count)
        var offset = headSize(sectionCount: sectionSizes.count, bodySize: bodySize)
        for section in IndexSection.fileOrder {
            offsets[section.rawValue] = offset
            offset += sectionSizes[section.rawValue]
        }
        var rest = IndexWriter()
        rest.fixed(UInt64(blockSums.count))
        for (start, size) in zip(offsets, sectionSizes) {
            rest.fixed(UInt64(start))
            rest.fixed(UInt64(size))
        }
        for sum in blockSums { rest.fixed(sum) }
        var header = IndexWriter()
        header.fixed(version)
        header.fixed(UInt32(sectionSizes.count))
        header.fixed(UInt64(offset - headerSize))
        header.fixed(IndexChecksum.of(rest.bytes))
        return magic + header.bytes + rest.bytes
    }
}
