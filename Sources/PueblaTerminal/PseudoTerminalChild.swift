import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program started in a new pseudo-terminal, as a person's terminal emulator starts it: stdin,
/// stdout and stderr are one terminal of a given size. The benchmark and the end-to-end tests run
/// Puebla so, to read the bytes it writes and to type keys.
public enum PseudoTerminalChild {
    public struct StartFailure: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { "cannot start in a pseudo-terminal: \(reason)" }
    }

    /// Starts `executable` with `arguments` and `environment` alone (nothing inherited) in a new
    /// terminal of `rows` x `columns`; returns the child's process id and the descriptor of the
    /// terminal's controlling side.
    public static func start(executable: String, arguments: [String], environment: [String: String],
                             rows: Int, columns: Int) throws(StartFailure) -> (processID: pid_t, controller: Int32) {
        // Everything the child needs is made before fork: after it, only exec may run.
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var size = winsize(ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns), ws_xpixel: 0, ws_ypixel: 0)
        var controller: Int32 = -1
        let pid = forkpty(&controller, nil, nil, &size)
        if pid == 0 {
            execve(executable, argv, envp)
            _exit(127)
        }
        guard pid > 0 else { throw StartFailure(reason: String(cString: strerror(errno))) }
        return (pid, controller)
    }
}
