import Foundation

/// The XDG Base Directory folders Puebla keeps its own files in.
public enum XDGDirectory: Sendable {
    /// `$XDG_CONFIG_HOME`, by default `~/.config`.
    case config
    /// `$XDG_STATE_HOME`, by default `~/.local/state`.
    case state
    /// `$XDG_CACHE_HOME`, by default `~/.cache`.
    case cache
    /// `$XDG_DATA_HOME`, by default `~/.local/share`: the user's library.
    case data

    /// `<folder>/puebla/<name>`. A variable that is unset, empty or not absolute is ignored, as the
    /// specification says.
    public func file(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                     home: String = NSHomeDirectory()) -> String {
        let (variable, fallback) = switch self {
        case .config: ("XDG_CONFIG_HOME", ".config")
        case .state: ("XDG_STATE_HOME", ".local/state")
        case .cache: ("XDG_CACHE_HOME", ".cache")
        case .data: ("XDG_DATA_HOME", ".local/share")
        }
        let base: String
        if let value = environment[variable], value.hasPrefix("/") {
            base = value
        } else {
            base = (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home) + "/" + fallback
        }
        return base + "/puebla/" + name
    }
}
