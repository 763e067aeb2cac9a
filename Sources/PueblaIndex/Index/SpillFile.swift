import Foundation
import PueblaKit

/// Bytes a large index build need not hold in memory (release records, sorted runs of postings, the
/// postings merged), appended and read back: held in memory up to `bufferSize`, then written to a
/// temporary file in `folder`. The file is unlinked as soon as it is made, so that nothing is left
/// behind however the build ends. Where the file cannot be made or written, the bytes stay in
/// memory instead: the build then takes more memory rather than failing. Bytes that cannot be read
/// back (the file cut short, an I/O error) cannot be made up: the first such read is kept as
/// `failure`, and the build is given up (`LibraryIndex.Failure.spill`) rather than written.
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
    /// The file's path once made: unlinked at once, so only named when it cannot be read back.
    private(set) var path: String?
    /// The first read back that failed, if one did: the bytes it gave are zeros, not those written,
    /// and nothing made of them may be used.
    private(set) var failure: SpillReadError?

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
                path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            }
        }
        guard descriptor >= 0, AtomicFile.writeAll(pending, to: descriptor) == nil else {
            inMemory = true
            return
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// Copies bytes `range` into `memory` (at least `range.count` bytes). What cannot be read back
    /// from the file is zeros, and `failure` says where and why.
    func read(_ range: Range<Int>, into memory: UnsafeMutableRawBufferPointer) {
        let fromFile = range.clamped(to: 0..<written)
        var done = 0
        while done < fromFile.count, let base = memory.baseAddress {
            let read = pread(descriptor, base + done, fromFile.count - done, off_t(fromFile.lowerBound + done))
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else {
                failure = failure ?? readFailure(at: fromFile.lowerBound + done, count: fromFile.count - done,
                                                 error: read < 0 ? errno : 0)
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

    /// Why `count` bytes at `offset` could not be read back: the system's `error`, or (0) the file
    /// ending before them, cut short after they were written.
    private func readFailure(at offset: Int, count: Int, error: Int32) -> SpillReadError {
        var status = stat()
        let failure: ReadBackFailure = error != 0 ? .system(String(cString: strerror(error)))
            : fstat(descriptor, &status) == 0 ? .endsAt(Int(status.st_size)) : .endsBefore
        return SpillReadError(path: path ?? "", offset: offset, count: count, failure: failure)
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

/// Bytes of an index build's temporary file that could not be read back: the build is given up, the
/// index files left as they were, rather than written with bytes that are not those of the releases.
public struct SpillReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The temporary file (no longer in its folder: it is unlinked as soon as it is made).
    public let path: String
    /// Where in it the bytes that could not be read start, and how many were wanted.
    public let offset: Int
    public let count: Int
    /// Why: the system's reason, or that the file ends before them.
    public let failure: ReadBackFailure

    public var kind: ProblemKind { .spillUnreadable(count: count, offset: offset, failure) }

    public var description: String { description(in: .english) }

    /// The file, then what could not be read back and what was left as it was, in `language`.
    public func description(in language: InterfaceLanguage) -> String {
        "\(path): " + language.problemWords.problem(kind)
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which the Glibc module does not bring in (it is declared in malloc.h).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif
