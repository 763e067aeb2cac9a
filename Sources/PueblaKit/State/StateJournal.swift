import Foundation

/// The changes of read marks and bookmarks made since the state file was last written whole, one
/// JSON line each (`["read","<id>"]`), appended and flushed as they are made: marking a release
/// read writes one short line, however many marks the state file holds. The file is only ever
/// appended to or emptied, never replaced, so it also carries the state's lock (`flock`).
///
/// A line cut short by a crash is ignored; changes are idempotent (see `ReadingState.apply`), so
/// replaying the journal over a state file that already has them is harmless.
struct StateJournal {
    let path: String

    /// The journal of the state file at `statePath` (after symbolic links): `<state file>.journal`.
    init(statePath: String) {
        path = statePath + ".journal"
    }

    /// The changes the journal holds, in the order they were made; none when there is no journal.
    func changes() -> [ReadingState.Change] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return Self.changes(in: Array(data))
    }

    static func changes(in bytes: [UInt8]) -> [ReadingState.Change] {
        var changes: [ReadingState.Change] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            defer { start = index + 1 }
            guard let fields = try? JSONSerialization.jsonObject(with: Data(bytes[start..<index])) as? [String],
                  fields.count == 2 else { continue }
            switch fields[0] {
            case "read": changes.append(.read(fields[1]))
            case "unread": changes.append(.unread(fields[1]))
            case "bookmark": changes.append(.bookmark(fields[1]))
            case "unbookmark": changes.append(.unbookmark(fields[1]))
            default: continue
            }
        }
        return changes
    }

    static func line(_ change: ReadingState.Change) -> [UInt8] {
        let fields: [String] = switch change {
        case .read(let id): ["read", id]
        case .unread(let id): ["unread", id]
        case .bookmark(let id): ["bookmark", id]
        case .unbookmark(let id): ["unbookmark", id]
        }
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.withoutEscapingSlashes])) ?? Data()
        return Array(data) + [UInt8(ascii: "\n")]
    }

    /// The journal opened and locked against every other process saving the same state; the lock
    /// goes when this does, or when the process ends however it ends.
    final class Lock {
        let path: String
        private let descriptor: Int32

        /// Opens (creating it with `mode` when missing) and locks the journal, waiting for whoever holds it.
        init(_ journal: StateJournal, mode: mode_t) throws(AtomicFile.WriteError) {
            path = journal.path
            descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, mode)
            guard descriptor >= 0 else { throw AtomicFile.WriteError(path: path, errno: errno) }
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let code = errno
                    close(descriptor)
                    throw AtomicFile.WriteError(path: path, failure: .notLocked(errno: code))
                }
            }
        }

        deinit {
            close(descriptor)
        }

        /// The journal's size in bytes.
        var size: Int {
            var status = stat()
            return fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        }

        /// Appends `changes` and flushes them to disk.
        func append(_ changes: [ReadingState.Change]) throws(AtomicFile.WriteError) {
            let bytes = changes.flatMap(StateJournal.line)
            if let failure = AtomicFile.writeAll(bytes, to: descriptor) ?? (fdatasync(descriptor) == 0 ? nil : .system(errno: errno)) {
                throw AtomicFile.WriteError(path: path, failure: failure)
            }
        }

        /// Empties the journal, once the state file holds its changes.
        func empty() throws(AtomicFile.WriteError) {
            guard ftruncate(descriptor, 0) == 0, fsync(descriptor) == 0 else {
                throw AtomicFile.WriteError(path: path, errno: errno)
            }
        }
    }
}
