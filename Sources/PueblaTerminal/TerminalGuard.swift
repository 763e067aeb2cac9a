import Foundation

/// Signals and crashes: the terminal is restored on every way out.
///
/// Every signal whose default action ends the process but a crash's (SIGINT, SIGTERM, SIGHUP, Ctrl-\'s
/// SIGQUIT, SIGPIPE, SIGALRM, the user and real-time signals, resource limits ...) only records its
/// number (no SA_RESTART, so the blocked read returns and the loop ends cleanly, saving where the
/// reader was, with 128 + the signal). A fatal signal (a Swift runtime trap is SIGILL or SIGTRAP) restores
/// the terminal with async-signal-safe calls only, then hands the signal to the handler that was
/// there before (the Swift runtime's backtracer, which prints a readable crash report).
/// SIGTSTP (Ctrl-Z) is left alone on purpose: ncurses handles it while it is at its default, ending
/// curses before the process stops and repainting the whole screen when `fg` resumes it.
private typealias SignalAction = sigaction

enum TerminalGuard {
    nonisolated(unsafe) static var pendingSignal: sig_atomic_t = 0
    /// On the heap, a full stride long: Swift sizes a `termios` value 3 bytes short of what
    /// `tcgetattr` writes (its tail padding), which a global would overflow.
    nonisolated(unsafe) private static let savedTermios: UnsafeMutablePointer<termios> = {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }()
    nonisolated(unsafe) private static var hasSavedTermios = false
    /// Leave the alternate screen, show the cursor, reset attributes, mouse and keypad modes.
    private static let restoreBytes: [UInt8] = Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1l\u{1B}>\u{1B}[?1049l\r\n".utf8)
    nonisolated(unsafe) private static var restorePointer: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) private static var crashMessagePointer: UnsafeMutablePointer<UInt8>?
    private static let crashMessage: [UInt8] = Array("puebla: crashed; the terminal was restored. Please report what you were doing.\n".utf8)

    /// SIGSYS and SIGXFSZ come from a refused system call or a file grown past its limit: the call
    /// fails instead, and the loop ends as for the others. glibc keeps the first two real-time
    /// signals for its threads: those from its SIGRTMIN on are the program's.
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGVTALRM,
                                       SIGPROF, SIGIO, SIGPWR, SIGSTKFLT, SIGSYS, SIGXCPU, SIGXFSZ]
        + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]
    nonisolated(unsafe) private static var previousActions = [SignalAction](repeating: SignalAction(), count: 65)

    /// Installs the handlers; call before curses starts so that curses keeps them.
    static func install() {
        if tcgetattr(STDIN_FILENO, savedTermios) == 0 { hasSavedTermios = true }
        restorePointer = copyToHeap(restoreBytes)
        crashMessagePointer = copyToHeap(crashMessage)
        // A parent may have left these blocked; the browser must still hear them.
        var stopSet = sigset_t()
        sigemptyset(&stopSet)
        for signal in stopSignals + fatalSignals { sigaddset(&stopSet, signal) }
        pthread_sigmask(SIG_UNBLOCK, &stopSet, nil)
        for signal in stopSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in TerminalGuard.pendingSignal = number }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        for signal in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in TerminalGuard.restoreAfterCrash(number) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, &previousActions[Int(signal)])
        }
    }

    /// Only async-signal-safe calls: write, tcsetattr, sigaction, raise.
    private static func restoreAfterCrash(_ signal: Int32) {
        if let restorePointer { _ = write(STDOUT_FILENO, restorePointer, restoreBytes.count) }
        if hasSavedTermios { tcsetattr(STDIN_FILENO, TCSANOW, savedTermios) }
        if let crashMessagePointer { _ = write(STDERR_FILENO, crashMessagePointer, crashMessage.count) }
        sigaction(signal, &previousActions[Int(signal)], nil)
        raise(signal)
    }

    private static func copyToHeap(_ bytes: [UInt8]) -> UnsafeMutablePointer<UInt8> {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        pointer.initialize(from: bytes, count: bytes.count)
        return pointer
    }

    /// The exit status of a process ended by `signal`, as shells report it (130 for SIGINT).
    static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }
}
