import PueblaViewModel
import PueblaTerminal

extension AppState {
    /// Applies `action` as the browser's loop does, the releases it asks for read at once (so that
    /// no screen shows a release still being read). Other effects are left undone.
    mutating func send(_ action: Action) {
        sendReadingReleases(action)
    }

    /// Presses `key` through the keymap, as the loop does.
    mutating func press(_ key: Key) {
        if let action = Keymap.action(for: key, in: self) { send(action) }
    }
}
