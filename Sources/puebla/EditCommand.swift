import ArgumentParser
import Foundation
import PueblaKit

struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Correct a release in your editor.",
        discussion: """
            Opens a copy of the release's JSON file in $VISUAL, else $EDITOR, else vi. When the \
            editor exits 0 with the release changed, it is checked as `puebla validate` checks a \
            release (syntax, fields, meeting, countries, quote paragraphs, an id and a source no \
            other release has); with a problem, each is shown at its line and column and you are \
            asked whether to edit again (with no terminal on standard input: exit 65). A valid \
            release is written atomically, in the canonical layout, to --data, $PUEBLA_DATA or your \
            library (made from the shipped Data on the first write), under the lock imports take. \
            A new id renames the file. If the release changed while you edited it, nothing is \
            written (exit 75) and your edit is kept. \
            Countries are not added to countries.json: `puebla import` adds them. Nothing changes \
            when the editor fails (exit 1), the release is unchanged (exit 0) or you stop (exit 65).
            """
    )

    @OptionGroup var dataOptions: DataOptions
    @Argument(help: "The release's id (see `puebla releases`).") var id: String

    func run() throws {
        let target = try dataOptions.locateForWriting()
        // Before the user's library exists, the release is read from the Data it will be made of.
        let editing = Self.open(id, in: target.seedFrom ?? target.path)
        let draft: EditorDraft
        do { draft = try EditorDraft(name: id, contents: editing.original) } catch { Terminal.fail(error.description, code: 73) }
        /// Exits, the draft removed unless it holds an edit that could not be saved.
        func fail(_ message: String, code: Int32, keepingDraft: Bool = false) -> Never {
            if keepingDraft { Terminal.fail(message + "; your edit is kept in \(draft.path)", code: code) }
            draft.remove()
            Terminal.fail(message, code: code)
        }

        var edited: [UInt8]
        while true {
            let editor = Editor.command()
            if let failure = Editor.run(editor, on: draft.path) { fail("the editor (\(editor)) \(failure); nothing changed", code: 1) }
            do { edited = try draft.read() } catch { fail("\(error.description); nothing changed", code: 1) }
            switch editing.check(edited) {
            case .unchanged:
                draft.remove()
                return print("\(SafeText.line(id)): no changes; nothing written")
            case .valid:
                break
            case .invalid(let problems):
                report(problems)
                guard isatty(STDIN_FILENO) == 1 else {
                    fail("your edit was not saved (no terminal to ask whether to edit again); nothing changed", code: 65)
                }
                guard Self.askToEditAgain() else { fail("your edit was discarded; nothing changed", code: 65) }
                continue
            }
            break
        }

        try target.prepare()
        let lock = Self.lock(target.path)
        // Checked again under the lock, against the folder written to: an import or another edit
        // may have changed it while the editor was open.
        let current = Self.open(id, in: target.path)
        guard current.original == editing.original else {
            fail("\(id) was changed in \(target.path) while you edited it; nothing changed", code: 75, keepingDraft: true)
        }
        switch current.check(edited) {
        case .unchanged:
            draft.remove()
            print("\(SafeText.line(id)): no changes; nothing written")
        case .invalid(let problems):
            report(problems)
            fail("your edit no longer fits \(target.path); nothing changed", code: 65, keepingDraft: true)
        case .valid(let release):
            do {
                let saved = try current.save(release, into: target.path)
                draft.remove()
                let renamed = saved.removed.map { " (renamed from \(SafeText.line(id)); \(SafeText.line($0)) removed)" } ?? ""
                print("edited \(SafeText.line(release.id)) -> \(SafeText.line(saved.path))\(renamed)")
            } catch {
                fail(error.description + "; nothing changed", code: error.exitCode, keepingDraft: true)
            }
        }
        withExtendedLifetime(lock) {}
    }

    /// The release `id` of `directory`, ready to edit; exits as `puebla show` does on an unknown id,
    /// as loading Data does when its other files are broken.
    private static func open(_ id: String, in directory: String) -> ReleaseEditing {
        do {
            return try ReleaseEditing(id: id, in: directory)
        } catch {
            if case .invalidData(let problem) = error { Terminal.failOnData(problem, directory: directory) }
            Terminal.fail(error.description, code: error.exitCode)
        }
    }

    /// The lock imports take on the folder, held from the last check to the write.
    private static func lock(_ directory: String) -> DataLock {
        do {
            return try DataLock(directory: directory) {
                FileHandle.standardError.write(Data("puebla: waiting for an import or edit of \(SafeText.line(directory)) to finish\n".utf8))
            }
        } catch {
            Terminal.fail(error.description, code: 73)
        }
    }

    private func report(_ problems: [DataProblem]) {
        var lines = problems.map(\.description)
        lines.append("\(Plural.count(problems.count, "problem")) in your edit of \(id)")
        if problems.contains(where: { $0.message.hasPrefix("unknown country code") }) {
            lines.append("edit does not add countries: add them to \(StoreLoader.countriesFile) first, or import a page that names them")
        }
        FileHandle.standardError.write(Data(lines.map { "puebla: " + SafeText.line($0) + "\n" }.joined().utf8))
    }

    /// Asks on the terminal until the answer is yes (the default: an empty line), or no (or the end of input).
    private static func askToEditAgain() -> Bool {
        while true {
            FileHandle.standardError.write(Data("Edit again? [Y/n] ".utf8))
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
            if ["", "y", "yes"].contains(answer) { return true }
            if ["n", "no"].contains(answer) { return false }
        }
    }
}

/// The copy of a file that the editor works on: in the temporary folder, so that Data holds no
/// half-edited file while the editor is open; named after the release, ending in `.json` for the
/// editor's sake; readable by its owner only.
struct EditorDraft {
    let path: String

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(name: String, contents: [UInt8]) throws(Failure) {
        let suffix = ".json"
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("puebla-edit-\(name)-XXXXXX\(suffix)").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(suffix.utf8.count)) }
        guard descriptor >= 0 else { throw Failure(description: "cannot make a copy to edit: \(String(cString: strerror(errno)))") }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do {
            try FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).write(contentsOf: contents)
        } catch {
            unlink(path)
            throw Failure(description: "\(path): cannot write the copy to edit: \(error.localizedDescription)")
        }
    }

    func read() throws(FileReadError) -> [UInt8] {
        do {
            return try StoreLoader.readBytes(path)
        } catch {
            throw FileReadError(kind: error.kind, description: "\(path): \(error.description)")
        }
    }

    func remove() {
        unlink(path)
    }
}

/// The user's editor, run as `git commit` and `crontab -e` run it.
enum Editor {
    /// `$VISUAL`, else `$EDITOR`, else `vi`; a variable may hold arguments (`code --wait`).
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
        }
        return "vi"
    }

    /// Runs `editor` on `file` through the shell, on this terminal, and waits for it; nil when it
    /// exits 0, else what went wrong. Puebla ignores Ctrl-C and Ctrl-\ meanwhile: they are the editor's.
    static func run(_ editor: String, on file: String) -> String? {
        let arguments = ["sh", "-c", editor + " \"$1\"", "sh", file]
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let previousInterrupt = signal(SIGINT, SIG_IGN), previousQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGQUIT, previousQuit)
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, &cArguments, environ)
        guard spawned == 0 else { return "could not be started: \(String(cString: strerror(spawned)))" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return "could not be waited for: \(String(cString: strerror(errno)))" }
        }
        let signalNumber = status & 0x7f, code = (status >> 8) & 0xff
        if signalNumber != 0 { return "was stopped by signal \(signalNumber)" }
        return code == 0 ? nil : "exited with status \(code)"
    }
}
