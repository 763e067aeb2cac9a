import Foundation

/// The `puebla` executable built beside the test bundle, and ways to run it as a user would.
enum PueblaBinary {
    /// The package's root folder, from this file's place in it.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support, PueblaCLITests, Tests, root
        return url
    }()

    static let shippedData = packageRoot.appendingPathComponent("Data").path

    /// `swift build` and `swift test` put every product in one folder, the test runner's own.
    static let path: String = {
        let runner = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: runner).deletingLastPathComponent()
        // On Linux the runner is `<folder>/PueblaPackageTests.xctest`, an executable file.
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("puebla").path
    }()

    /// The environment a terminal session would have, without the caller's Data choices, and with
    /// a home and XDG folders of the test run's own: no test reads or writes the user's library,
    /// cache, reading state or settings. A test that needs them apart from other tests' passes a
    /// `TestHome`. The sanitizers' settings pass through, so that a sanitized test run checks
    /// Puebla the same way.
    static var environment: [String: String] {
        let sanitizers = ProcessInfo.processInfo.environment.filter { ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"].contains($0.key) }
        return ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8"]
            .merging(runHome.environment) { _, home in home }
            .merging(sanitizers) { _, sanitizer in sanitizer }
    }

    /// The home of every process this test run starts without a `TestHome` of its own.
    static let runHome = TestHome()

    struct Outcome {
        /// The exit code; nil when the program was killed by a signal (a crash) or had to be stopped.
        let status: Int32?
        let standardOutput: String
        let standardError: String
    }

    /// Copies the binary to `destination`, as an install would. The copy is made by `cp`, in a
    /// process of its own: a copy written here would leave its descriptor open in whatever process
    /// another test forks meanwhile, and running it would then fail with "Text file busy".
    static func install(at destination: String) throws {
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = [path, destination]
        try copy.run()
        copy.waitUntilExit()
        guard copy.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination]) }
    }

    /// Runs `puebla arguments` with its output in files (pipes could fill and stall it), optionally
    /// as an unprivileged user so that file permissions apply even when the tests run as root.
    /// `environment` adds to the clean one; `stdin` is what the program reads, else nothing;
    /// `executable` is a copy of the binary to run instead (an installed one, say).
    static func run(_ arguments: [String], environment extra: [String: String] = [:], stdin: Data? = nil,
                    asUnprivilegedUser: Bool = false, executable: String = path) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        let input = folder.appendingPathComponent("in")
        FileManager.default.createFile(atPath: input.path, contents: stdin ?? Data())
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        if asUnprivilegedUser {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        process.environment = environment.merging(extra) { _, new in new }
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        // A guard against a hang (a program stuck on a FIFO, say), not a timing assertion.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let exited = process.terminationReason == .exit && Date() < deadline
        return Outcome(status: exited ? process.terminationStatus : nil,
                       standardOutput: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                       standardError: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
