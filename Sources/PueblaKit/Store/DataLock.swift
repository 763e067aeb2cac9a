import Foundation

/// An exclusive lock on a Data folder (`flock` on `<Data>/.puebla-lock`, made when missing), so
/// that two imports at once cannot both check Data and then both write. The lock goes with the
/// descriptor: it is released when this is, or when the process ends, however it ends, so an
/// import killed holding it blocks nobody. The file stays: removing it would let a waiting
/// process lock a file that a newcomer no longer sees.
public final class DataLock {
    public static let fileName = ".puebla-lock"

    private let descriptor: Int32

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): cannot lock Data for the import: \(reason)" }
    }

    /// Takes the lock, waiting for whoever holds it; `waiting` is called once first when it is held.
    public init(directory: String, waiting: () -> Void) throws(Failure) {
        descriptor = try Self.lockedDescriptor((directory as NSString).appendingPathComponent(Self.fileName), waiting: waiting)
    }

    private static func lockedDescriptor(_ path: String, waiting: () -> Void) throws(Failure) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        var result = flockRetrying(descriptor, LOCK_EX | LOCK_NB)
        if result != 0 && errno == EWOULDBLOCK {
            waiting()
            result = flockRetrying(descriptor, LOCK_EX)
        }
        guard result == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw Failure(path: path, reason: reason)
        }
        return descriptor
    }

    deinit {
        close(descriptor)
    }

    private static func flockRetrying(_ descriptor: Int32, _ operation: Int32) -> Int32 {
        while true {
            let result = flock(descriptor, operation)
            if result == 0 || errno != EINTR { return result }
        }
    }
}
