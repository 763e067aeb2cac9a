import Foundation

/// Runs the real `puebla` binary, built beside the tests.
struct PueblaProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let shippedData = packageRoot.appendingPathComponent("Data").path

    /// The binary in the same build products folder as the running tests.
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("puebla")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside.path }
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("puebla")
        if FileManager.default.isExecutableFile(atPath: bundle.path) { return bundle.path }
        return packageRoot.appendingPathComponent(".build/debug/puebla").path
    }()

    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["PUEBLA_DATA"] = nil
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh copy of the shipped Data in a temporary folder.
    static func copyOfData() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: shippedData, toPath: folder.path)
        return folder.path
    }
}
