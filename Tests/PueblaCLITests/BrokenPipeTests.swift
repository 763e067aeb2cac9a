import Foundation
import Testing

/// A command whose reader has gone (`puebla releases | head -1`) ends quietly, as `head` expects.
@Suite("Writing into a closed pipe")
struct BrokenPipeTests {
    /// Runs `puebla arguments` with standard output a pipe nobody reads any more, SIGPIPE ignored
    /// (as some launchers leave it) or at its default; returns how it ended and its stderr.
    static func runIntoClosedPipe(_ arguments: [String], ignoringSIGPIPE: Bool) throws -> (Process.TerminationReason, Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let trap = ignoringSIGPIPE ? "trap '' PIPE; " : ""
        process.arguments = ["-c", trap + "exec \"$0\" \"$@\"", PueblaBinary.path] + arguments
        process.environment = PueblaBinary.environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        // The reader is gone before the first write.
        try output.fileHandleForReading.close()
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationReason, process.terminationStatus, text)
    }

    @Test("ends by SIGPIPE (the shell says 141) with nothing on stderr, whether SIGPIPE was ignored or not",
          arguments: [["releases"], ["releases", "--json"], ["show", "2010-05-18-xv-rcm-tapachula"], ["timeline"]], [false, true])
    func quietEnd(_ command: [String], ignoringSIGPIPE: Bool) throws {
        let (reason, status, errors) = try Self.runIntoClosedPipe(command + ["--data", PueblaBinary.shippedData], ignoringSIGPIPE: ignoringSIGPIPE)
        #expect(reason == .uncaughtSignal && status == SIGPIPE, "ended with \(reason) \(status)")
        #expect(errors.isEmpty, "\(errors)")
    }
}
