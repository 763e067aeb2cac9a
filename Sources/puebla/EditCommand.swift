import ArgumentParser
import Foundation
import PueblaKit

struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Words.current.editAbstract,
        discussion: Words.current.editDiscussion
    )

    @OptionGroup var dataOptions: DataOptions
    @Argument(help: ArgumentHelp(Words.current.releaseIDHelp)) var id: String

    func run() throws {
        let words = Words.current
        let target = try dataOptions.locateForWriting()
        // Before the user's library exists, the release is read from the Data it will be made of.
        let editing = Self.open(id, in: target.seedFrom ?? target.path)
        let draft: EditorDraft
        do { draft = try EditorDraft(name: id, contents: editing.original) } catch { Terminal.fail(error.description, code: 73) }
        /// Exits, the draft removed unless it holds an edit that could not be saved.
        func fail(_ message: String, code: Int32, keepingDraft: Bool = false) -> Never {
            if keepingDraft { Terminal.fail(words.editKept(message, in: draft.path), code: code) }
            draft.remove()
            Terminal.fail(message, code: code)
        }

        var edited: [UInt8]
        while true {
            let editor = Editor.command()
            if let failure = Editor.run(editor, on: draft.path) { fail(words.editorFailed(editor, failure), code: 1) }
            do {
                edited = try StoreLoader.readBytes(draft.path)
            } catch {
                let reason = CommandLanguage.current.problemWords.problem(.unreadableFile(error.reason))
                fail(words.nothingChanged("\(draft.path): \(reason)"), code: 1)
            }
            switch editing.check(edited) {
            case .unchanged:
                draft.remove()
                return print(SafeText.line(words.noChanges(id)))
            case .valid:
                break
            case .invalid(let problems):
                report(problems)
                guard isatty(STDIN_FILENO) == 1 else {
                    fail(words.notSavedWithoutTerminal, code: 65)
                }
                guard Self.askToEditAgain() else { fail(words.editDiscarded, code: 65) }
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
            fail(words.changedWhileEditing(id, in: target.path), code: 75, keepingDraft: true)
        }
        switch current.check(edited) {
        case .unchanged:
            draft.remove()
            print(SafeText.line(words.noChanges(id)))
        case .invalid(let problems):
            report(problems)
            fail(words.editNoLongerFits(target.path), code: 65, keepingDraft: true)
        case .valid(let release):
            do {
                let saved = try current.save(release, into: target.path)
                draft.remove()
                print(SafeText.line(words.edited(release.id, path: saved.path, renamedFrom: saved.removed.map { _ in id }, removed: saved.removed)))
            } catch {
                fail(words.nothingChanged(Self.describe(error)), code: error.exitCode, keepingDraft: true)
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
            Terminal.fail(describe(error), code: error.exitCode)
        }
    }

    /// Why the release cannot be edited or saved, in the interface's language; a write the system
    /// refused keeps the system's words.
    private static func describe(_ failure: ReleaseEditing.Failure) -> String {
        switch failure {
        case let .unknownRelease(id, closest): Words.current.noRelease(id, closest: closest)
        case .invalidData(let error): error.description(in: CommandLanguage.current)
        case let .cannotRead(path, reason): "\(path): " + CommandLanguage.current.problemWords.problem(.unreadableFile(reason))
        case let .idTaken(id, path): Words.current.renameTaken(DataProblem.quoted(id), path: path)
        case .cannotWrite: failure.description
        case .notWritten(let error): error.description(words: CommandLanguage.current.problemWords)
        }
    }

    /// The lock imports take on the folder, held from the last check to the write.
    private static func lock(_ directory: String) -> DataLock {
        do {
            return try DataLock(directory: directory) {
                Terminal.note(Words.current.waitingForEdit(directory))
            }
        } catch {
            Terminal.fail(Words.current.cannotLockData(error.path, reason: error.reason), code: 73)
        }
    }

    private func report(_ problems: [DataProblem]) {
        var lines = problems.map { $0.description(in: CommandLanguage.current) }
        lines.append(Words.current.problemsInEdit(problems.count, id: id))
        if problems.contains(where: { if case .unknownCountry = $0.kind { true } else { false } }) {
            lines.append(Words.current.editAddsNoCountries(StoreLoader.countriesFile))
        }
        FileHandle.standardError.write(Data(lines.map { "puebla: " + SafeText.line($0) + "\n" }.joined().utf8))
    }

    /// Asks on the terminal until the answer is yes (the default: an empty line), or no (or the end of input).
    private static func askToEditAgain() -> Bool {
        while true {
            FileHandle.standardError.write(Data(Words.current.editAgain.utf8))
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
            if answer.isEmpty || Words.current.yesAnswers.contains(answer) { return true }
            if Words.current.noAnswers.contains(answer) { return false }
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
        guard descriptor >= 0 else { throw Failure(description: Words.current.cannotMakeCopy(String(cString: strerror(errno)))) }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do {
            try FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).write(contentsOf: contents)
        } catch {
            unlink(path)
            throw Failure(description: Words.current.cannotWriteCopy(path, error.localizedDescription))
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

    /// What went wrong with the editor.
    enum Failure: Error {
        case notStarted(String)
        case notWaitedFor(String)
        case signal(Int32)
        case status(Int32)
    }

    /// Runs `editor` on `file` through the shell, on this terminal, and waits for it; nil when it
    /// exits 0, else what went wrong. Puebla ignores Ctrl-C and Ctrl-\ meanwhile: they are the editor's.
    static func run(_ editor: String, on file: String) -> Failure? {
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
        guard spawned == 0 else { return .notStarted(String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .notWaitedFor(String(cString: strerror(errno))) }
        }
        let signalNumber = status & 0x7f, code = (status >> 8) & 0xff
        if signalNumber != 0 { return .signal(signalNumber) }
        return code == 0 ? nil : .status(code)
    }
}
