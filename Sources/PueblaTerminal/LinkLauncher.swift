import Foundation

/// Starts the program that opens a link, detached: in a session of its own, reading and writing
/// /dev/null, so that it never draws over the browser, never waits on the terminal and is not
/// stopped with it. The browser goes on at once; a thread waits for the program to end.
enum LinkLauncher {
    /// glibc's POSIX_SPAWN_SETSID (since 2.26), which Swift does not import.
    private static let setSession: Int32 = 0x80


    /// False when the program could not be started (not installed, say).
    static func launch(_ command: [String]) -> Bool {
        guard let program = command.first else { return false }
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawnattr_setflags(&attributes, Int16(setSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // The browser's own signal handling is not the program's.
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawnp(&pid, program, &actions, &attributes, arguments, environ) == 0 else { return false }
        let child = pid
        Thread.detachNewThread {
            var status: Int32 = 0
            while waitpid(child, &status, 0) == -1 && errno == EINTR {}
        }
        return true
    }
}
