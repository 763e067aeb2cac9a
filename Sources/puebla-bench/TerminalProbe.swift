import Foundation
import PueblaTerminal
#if canImport(Glibc)
import Glibc
#endif

/// A program run in a pseudo-terminal and measured as a person meets it: when its first frame is
/// complete, how many bytes each key makes it write and how long until the last of them, and its
/// peak memory.
///
/// A frame ends when output has been quiet for `quiet` seconds; its time is that of its last byte
/// (the quiet window is not counted). A key's latency runs from just before it is written to the
/// last byte of its answer. Peak memory comes from `wait4`, as `time -v` reports it.
final class TerminalProbe {
    /// One stretch of output: how many bytes, and when the first and the last came (seconds since
    /// the probe started).
    struct Output {
        var bytes = 0
        var first: Double?
        var last: Double?
        /// The last byte of the first burst: bytes no more than `burstGap` apart. A frame is written
        /// at once; another frame the program draws on its own (a progress line) soon after is not
        /// part of the answer to a key.
        var firstBurstEnd: Double?
    }

    /// A key's answer: the bytes written and the time to the last one, to the first and to the end
    /// of the first burst, nil when nothing came.
    struct Answer {
        let bytes: Int
        let latency: Double?
        let firstByte: Double?
        let firstBurst: Double?
    }

    /// Bytes that come no more than this apart (seconds) are one burst.
    static let burstGap = 0.005

    private let processID: pid_t
    private let controller: Int32
    private let quiet: Double
    private let start = DispatchTime.now()
    /// Whether the program asked for application cursor keys (DECCKM), which changes the bytes an
    /// arrow key sends, as in a real terminal.
    private var applicationCursor = false
    /// The last bytes read, so that a mode sequence split between two reads is still seen.
    private var tail: [UInt8] = []
    private(set) var reachedEnd = false

    /// Starts `executable` in a new terminal of `rows` x `columns`, with `environment` alone.
    init(executable: String, arguments: [String], environment: [String: String], rows: Int, columns: Int, quiet: Double = 0.05) throws {
        (processID, controller) = try PseudoTerminalChild.start(executable: executable, arguments: arguments,
                                                                environment: environment, rows: rows, columns: columns)
        self.quiet = quiet
    }

    deinit {
        if !reachedEnd { kill(processID, SIGKILL) }
        close(controller)
    }

    private var now: Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }

    /// Reads until the output has been quiet for the quiet window after at least one byte (or
    /// after none, when `needsOutput` is false), the program closes the terminal, or `limit`
    /// seconds pass.
    func collect(limit: Double, needsOutput: Bool = true) -> Output {
        let started = now
        let end = started + limit
        var output = Output()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !reachedEnd {
            let time = now
            let armed = output.bytes > 0 || !needsOutput
            let silence = time - (output.last ?? started)
            if armed && silence >= quiet { break }
            if time >= end { break }
            var wait = end - time
            if armed { wait = min(wait, quiet - silence) }
            var request = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, Int32(max(wait, 0) * 1000) + 1) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(controller, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            // Linux answers EIO once the last process holding the terminal has closed it.
            guard count > 0 else {
                reachedEnd = true
                break
            }
            let arrived = now
            if output.first == nil || (output.firstBurstEnd == output.last && arrived - (output.last ?? arrived) <= Self.burstGap) {
                output.firstBurstEnd = arrived
            }
            output.first = output.first ?? arrived
            output.last = arrived
            output.bytes += count
            noteModes(in: buffer[..<count])
        }
        return output
    }

    /// Presses `key` and reads its answer, waiting at most `limit` seconds for it to begin.
    func press(_ key: Key, limit: Double) -> Answer {
        let sent = now
        write(bytes(for: key))
        let output = collect(limit: limit)
        return Answer(bytes: output.bytes, latency: output.last.map { $0 - sent }, firstByte: output.first.map { $0 - sent },
                      firstBurst: output.firstBurstEnd.map { $0 - sent })
    }

    /// Waits for the program to end, reading what it still writes; kills it after `limit` seconds.
    /// Returns its peak resident memory in KiB.
    func finish(limit: Double) -> Int {
        let end = now + limit
        var usage = rusage()
        var status: Int32 = 0
        while true {
            let reaped = wait4(processID, &status, WNOHANG, &usage)
            if reaped == processID || (reaped < 0 && errno != EINTR) { break }
            if now >= end { kill(processID, SIGKILL) }
            if reachedEnd {
                usleep(2_000)
            } else {
                _ = collect(limit: 0.02, needsOutput: false)
            }
        }
        reachedEnd = true
        return usage.ru_maxrss
    }

    enum Key {
        case down, up
        case text(String)
    }

    private func bytes(for key: Key) -> [UInt8] {
        let prefix: [UInt8] = applicationCursor ? [0x1B, UInt8(ascii: "O")] : [0x1B, UInt8(ascii: "[")]
        switch key {
        case .down: return prefix + [UInt8(ascii: "B")]
        case .up: return prefix + [UInt8(ascii: "A")]
        case .text(let text): return Array(text.utf8)
        }
    }

    private func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(controller, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// Follows DECCKM (`ESC [ ? 1 h` on, `ESC [ ? 1 l` off), the last one written winning.
    private func noteModes(in bytes: ArraySlice<UInt8>) {
        let scan = tail + bytes
        let on = Self.lastRange(of: Array("\u{1B}[?1h".utf8), in: scan)
        let off = Self.lastRange(of: Array("\u{1B}[?1l".utf8), in: scan)
        if on != off { applicationCursor = (on ?? -1) > (off ?? -1) }
        tail = Array(scan.suffix(8))
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).last { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
