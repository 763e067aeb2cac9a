import Foundation

/// A home of its own for each test of the browser: reading state and settings never leak between runs.
struct TestHome {
    let path: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-home-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    var environment: [String: String] {
        ["XDG_STATE_HOME": path + "/state", "XDG_CONFIG_HOME": path + "/config", "HOME": path]
    }
}
