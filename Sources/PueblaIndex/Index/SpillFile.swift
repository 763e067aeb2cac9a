import Foundation
import PueblaKit

/// Bytes a large index build need not hold in memory (release records, sorted runs of postings, the
/// postings merged), appended and read back: held in memory up to `bufferSize`, then written to a
/// temporary file in `folder`. The file is unlinked as soon as it is made, so that nothing is left
/// behind however the build ends. Where the file cannot be made or written, the bytes stay in
/// memory instead: the build then takes more memory rather than failing.
final class SpillFile {
    static let bufferSize = 1 << 20

    private let folder: String?
    /// Bytes held before they are written.
    private let buffer: Int
    private var descriptor: Int32 = -1
    /// Bytes in the file; those after them are in `pending`.
    private var written = 0
    private var pending: [UInt8] = []
    /// True once the file could not be made or written: everything after `written` stays in memory.
    private var inMemory: Bool
    /// Why a part of the file could not be read back, if one could not (it then reads as zeros).
    private(set) var problem: String?

    /// A spill into a temporary file in `folder`, written once `buffer` bytes are held; nil keeps
    /// every byte in memory.
    init(folder: String?, buffer: Int = bufferSize) {
        self.folder = folder
        self.buffer = buffer
        inMemory = folder == nil
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    var count: Int { written + pending.count }

    func append(_ bytes: [UInt8]) {
        pending += bytes
        if pending.count >= buffer { flush() }
    }

    /// Writes what is held to the file, unless the bytes stay in memory.
    private func flush() {
        guard !inMemory, !pending.isEmpty else { return }
        if descriptor < 0, let folder {
            var template = Array((folder as NSString).appendingPathComponent(".puebla-spill.XXXXXX").utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            if descriptor >= 0 {
                _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
            }
        }
        guard descriptor >= 0, AtomicFile.writeAll(pending, to: descriptor) == nil else {
            inMemory = true
            return
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// Copies bytes `range` into `memory` (at least `range.count` bytes).
    func read(_ range: Range<Int>, into memory: UnsafeMutableRawBufferPointer) {
        let fromFile = range.clamped(to: 0..<written)
        var done = 0
        while done < fromFile.count, let base = memory.baseAddress {
            let read = pread(descriptor, base + done, fromFile.count - done, off_t(fromFile.lowerBound + done))
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else {
                problem = problem ?? "cannot read the build's temporary file: " + String(cString: strerror(read < 0 ? errno : EIO))
                memset(base + done, 0, fromFile.count - done)
                break
            }
            done += read
        }
        let fromMemory = range.clamped(to: written..<count)
        guard !fromMemory.isEmpty else { return }
        pending.withUnsafeBytes { held in
            UnsafeMutableRawBufferPointer(rebasing: memory[fromFile.count..<range.count])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: held[(fromMemory.lowerBound - written)..<(fromMemory.upperBound - written)]))
        }
    }

    /// Gives the pages of memory just let go (a run of postings, many small lists) back to the
    /// system: the allocator keeps them otherwise, so that they still count as the build's.
    static func returnFreedMemory() {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }

    func bytes(_ range: Range<Int>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            read(range, into: UnsafeMutableRawBufferPointer(buffer))
            initialized = range.count
        }
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which the Glibc module does not bring in (it is declared in malloc.h).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif
