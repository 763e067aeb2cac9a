import Foundation
import PueblaKit

/// A library index file open for reading. Only a regular file is opened: what stands at the path is
/// looked at first, so that a FIFO (whose `open` waits for a writer), a device (whose `open` may act)
/// or a folder is refused without being opened; the `open` itself cannot block, and what it opened
/// is looked at again, in case the path was swapped in between.
final class IndexFile {
    /// What tells whether the file changed: a file rewritten in place keeps its inode, not its times.
    struct Identity: Equatable {
        let device: UInt
        let inode: UInt
        let size: Int
        let modified: Int
        let changed: Int

        init(_ status: stat) {
            device = UInt(status.st_dev)
            inode = UInt(status.st_ino)
            size = Int(status.st_size)
            modified = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
            changed = Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec)
        }
    }

    private let descriptor: Int32
    private let path: String
    /// The file as it was when opened.
    let identity: Identity

    init?(_ path: String) {
        var before = stat()
        guard stat(path, &before) == 0, before.st_mode & S_IFMT == S_IFREG else { return nil }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG,
              opened.st_dev == before.st_dev, opened.st_ino == before.st_ino else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.path = path
        identity = Identity(opened)
    }

    deinit { close(descriptor) }

    var size: Int { identity.size }

    /// True when the file is still as it was opened: nothing wrote to it since.
    var isUnchanged: Bool {
        var status = stat()
        return fstat(descriptor, &status) == 0 && Identity(status) == identity
    }

    /// Removes the file from its path when what stands there is still this file: an index found
    /// damaged, so that whatever reads Data next rebuilds it rather than reading it again.
    func removeFromPath() {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              UInt(status.st_dev) == identity.device, UInt(status.st_ino) == identity.inode else { return }
        unlink(path)
    }

    /// Bytes `range` of the file, copied into memory; nil when the file no longer has them all (it
    /// was cut short) or cannot be read.
    func bytes(_ range: Range<Int>) -> IndexBytes? {
        guard range.lowerBound >= 0 else { return nil }
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, range.count), alignment: 8)
        guard read(into: UnsafeMutableRawBufferPointer(rebasing: memory[0..<range.count]), at: range.lowerBound) else {
            memory.deallocate()
            return nil
        }
        return IndexBytes(adopting: memory, count: range.count)
    }

    /// Fills `memory` with the file's bytes from `offset`; false when the file no longer has them
    /// all (it was cut short) or cannot be read.
    func read(into memory: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        guard offset >= 0 else { return false }
        var done = 0
        while done < memory.count, let base = memory.baseAddress {
            let read = pread(descriptor, base + done, memory.count - done, off_t(offset + done))
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { return false }
            done += read
        }
        return true
    }
}
