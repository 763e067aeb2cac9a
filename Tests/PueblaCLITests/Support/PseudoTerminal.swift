import Foundation
import PueblaTerminal
#if canImport(Glibc)
import Glibc
#endif

/// A program running in a pseudo-terminal, as it runs for a person: stdin, stdout and stderr are
/// one terminal of a given size, and every byte the program writes to it is kept, unfiltered.
///
/// Tests use it to read the real byte stream (what a terminal emulator would interpret), to type
/// keys, to resize the window and to send signals.
final class PseudoTerminal {
    enum Termination: Equatable, CustomStringConvertible {
        case exited(Int32)
        case signaled(Int32)
        var description: String {
            switch self {
            case .exited(let code): return "exit \(code)"
            case .signaled(let signal): return "signal \(signal)"
            }
        }
    }

    let processID: pid_t
    /// Everything read from the terminal so far.
    private(set) var output: [UInt8] = []
    private let controller: Int32
    private var reachedEnd = false
    private var termination: Termination?

    /// Starts `executable` with `arguments` in a new terminal of `rows` x `columns`. The child's
    /// environment is `environment` alone (plus nothing inherited), so a test decides TERM, LANG, ...
    init(executable: String, arguments: [String], environment: [String: String], rows: Int = 24, columns: Int = 80) throws {
        (processID, controller) = try PseudoTerminalChild.start(executable: executable, arguments: arguments,
                                                                environment: environment, rows: rows, columns: columns)
    }

    deinit {
        if termination == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            waitpid(processID, &status, 0)
        }
        close(controller)
    }

    /// Types `text` as keys.
    func send(_ text: String) {
        send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) {
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

    /// Changes the window size; the kernel sends SIGWINCH to the program, as a terminal emulator's
    /// resize does.
    func resize(rows: Int, columns: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(controller, UInt(TIOCSWINSZ), &size)
    }

    func signal(_ number: Int32) {
        kill(processID, number)
    }

    /// Reads until `condition` holds for the output so far, the program closes the terminal, or
    /// `limit` seconds pass without it (a guard against a hung program, not a timing assertion).
    /// Returns whether the condition held.
    @discardableResult
    func read(until condition: ([UInt8]) -> Bool, limit: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(limit)
        while !condition(output) {
            if reachedEnd { return false }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return false }
            readAvailable(waitingUpTo: remaining)
        }
        return true
    }

    /// Reads until `text` has appeared in the output.
    @discardableResult
    func read(untilContains text: String, limit: Double = 30) -> Bool {
        let needle = Array(text.utf8)
        return read(until: { $0.firstRange(of: needle) != nil }, limit: limit)
    }

    /// Reads everything until the program closes the terminal, then reaps it.
    func waitForExit(limit: Double = 60) -> Termination? {
        read(until: { _ in false }, limit: limit)
        guard reachedEnd else { return nil }
        var status: Int32 = 0
        while waitpid(processID, &status, 0) < 0 && errno == EINTR {}
        let signalNumber = status & 0x7F
        termination = signalNumber == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signalNumber)
        return termination
    }

    private func readAvailable(waitingUpTo seconds: Double) {
        var request = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, Int32(min(seconds, 1) * 1000))
        guard ready > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(controller, $0.baseAddress, $0.count) }
        if count > 0 {
            output += buffer[..<count]
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            // Linux answers EIO once the last process holding the terminal has closed it.
            reachedEnd = true
        }
    }

    /// Runs a program to its end and returns what it wrote and how it ended.
    static func run(executable: String, arguments: [String], environment: [String: String],
                    rows: Int = 24, columns: Int = 80) throws -> (output: [UInt8], termination: Termination?) {
        let terminal = try PseudoTerminal(executable: executable, arguments: arguments, environment: environment,
                                          rows: rows, columns: columns)
        let termination = terminal.waitForExit()
        return (terminal.output, termination)
    }
}
