import Foundation

/// A home of its own for a test: reading state, settings, the library index and the user's
/// library never leak between runs, nor come from the user's own home.
struct TestHome {
    let path: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puebla-home-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// HOME and every XDG folder Puebla uses, inside `path`.
    var environment: [String: String] {
        ["HOME": path, "XDG_STATE_HOME": path + "/state", "XDG_CONFIG_HOME": path + "/config",
         "XDG_CACHE_HOME": path + "/.cache", "XDG_DATA_HOME": path + "/.local/share"]
    }

    /// The user's library in this home: where import and edit write without --data.
    var library: String { path + "/.local/share/puebla/Data" }
}
