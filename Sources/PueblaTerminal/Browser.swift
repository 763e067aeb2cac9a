import Foundation
import PueblaIndex
import PueblaKit
import PueblaViewModel

/// The full-screen browser: reads keys, applies actions, draws. Returns the process exit status.
public enum Browser {
    public enum StartError: Error, CustomStringConvertible {
        /// Why, in the interface's language, with the commands to use instead.
        case notATerminal(String)

        public var description: String {
            switch self {
            case .notATerminal(let message): message
            }
        }
    }

    /// Why this process cannot run the browser, in `language`, or nil when it can.
    public static func terminalProblem(environment: [String: String] = ProcessInfo.processInfo.environment,
                                       language: InterfaceLanguage) -> StartError? {
        let problem: TerminalProblem? = if isatty(STDIN_FILENO) == 0 { .standardInput }
            else if isatty(STDOUT_FILENO) == 0 { .standardOutput }
            else if (environment["TERM"] ?? "").isEmpty { .termNotSet }
            else if environment["TERM"] == "dumb" { .dumbTerm }
            else { nil }
        return problem.map { .notATerminal(language.browserWords.needsTerminal($0)) }
    }

    /// What the browser starts with besides the data: where reading state lives (nil: none is read
    /// or written) and the settings.
    public struct Options: Sendable {
        public var countryFilter: String?
        public var stateFile: StateFile?
        public var config: Config
        /// Said on the status line at start: a state file set aside, a mistake in the settings.
        public var warnings: [String]
        /// The interface's language, as `--lang`, the settings and the locale choose it.
        public var language: InterfaceLanguage

        public init(countryFilter: String?, stateFile: StateFile?, config: Config, warnings: [String], language: InterfaceLanguage) {
            self.countryFilter = countryFilter
            self.stateFile = stateFile
            self.config = config
            self.warnings = warnings
            self.language = language
        }
    }

    /// Set to 1, the first key crashes the browser with a Swift runtime trap: the tests use it to
    /// prove that a crash restores the terminal and leaves a readable report.
    public static let crashTestVariable = "PUEBLA_TEST_TRAP_ON_KEY"

    /// How the releases come to the browser.
    public enum Releases {
        /// Indexed and checked against the release files.
        case current(Library)
        /// As the index file has them: shown at once, while the release files are checked in the
        /// background and what changed is read again.
        case cached(Library)
        /// To be indexed in the background (`Browser.run`'s index file), with progress on the
        /// status line, while the other panes can be used.
        case toIndex
    }

    /// Exit status when the browser ended normally but the reading state could not be saved (EX_IOERR).
    public static let unsavedStateStatus: Int32 = 74

    /// Runs the browser on `store` (meetings, countries, organizations) and its releases. A reading
    /// state that cannot be saved on the way out is said on stderr, once the terminal is restored,
    /// and a normal exit then has status 74.
    public static func run(store: Store, releases: Releases, indexFile: String, options: Options) throws(StartError) -> Int32 {
        var unsaved: String?
        let status = try session(store: store, releases: releases, indexFile: indexFile, options: options, unsaved: &unsaved)
        guard let unsaved else { return status }
        FileHandle.standardError.write(Data("puebla: \(unsaved)\n".utf8))
        return status == 0 ? unsavedStateStatus : status
    }

    private static func session(store: Store, releases: Releases, indexFile: String, options: Options,
                                unsaved: inout String?) throws(StartError) -> Int32 {
        if let problem = terminalProblem(language: options.language) { throw problem }
        var warnings = options.warnings
        let loaded = options.stateFile?.load()
        if let warning = loaded?.warning { warnings.append(warning) }
        let settings = AppState.Settings(readerWidth: options.config.readerWidth,
                                         keyBindings: BindableAction.bindings(from: options.config.keys),
                                         defaultPane: options.config.defaultPane.flatMap { pane in Pane.allCases.first { $0.key == pane.rawValue } },
                                         listShare: options.config.listWidth, language: options.language,
                                         arrowCursor: options.config.arrowCursor)

        TerminalGuard.install()
        guard let screen = CursesScreen(theme: Theme(config: options.config)) else {
            throw .notATerminal(options.language.browserWords.needsTerminal(.unknownTerm(ProcessInfo.processInfo.environment["TERM"] ?? "")))
        }
        defer { screen.end() }

        let size = screen.size
        let map = loadMap(for: store, words: options.language.browserWords)
        let library: Library
        var job: LibraryJob?
        switch releases {
        case .current(let current):
            library = current
        case .cached(let cached):
            library = cached
            job = LibraryJob(dataDirectory: store.directory, indexFile: indexFile, indexed: cached, words: options.language.browserWords)
        case .toIndex:
            library = Library(store: store)
            job = LibraryJob(dataDirectory: store.directory, indexFile: indexFile, words: options.language.browserWords)
        }
        var state = AppState(store: store, library: library, rows: size.rows, columns: size.columns,
                             countryFilter: options.countryFilter, mapData: map.data, usesUnicode: screen.isUnicode,
                             reading: loaded?.state ?? ReadingState(), settings: settings)
        if let problem = map.problem { warnings.append(problem) }
        perform(update(&state, .start), state: &state, screen: screen, job: &job, indexFile: indexFile, stateFile: options.stateFile)
        if !warnings.isEmpty { update(&state, .notice(warnings.joined(separator: "; "))) }
        if case .toIndex = releases { update(&state, .indexing(state.words.indexingReleases)) }
        // Where the user was is saved on every way out that leaves time to save.
        defer {
            if let file = options.stateFile {
                do { try file.save(state.readingToSave) } catch { unsaved = state.words.stateNotSavedOnExit(error.description(words: state.words.language.problemWords)) }
            }
        }
        draw(&state, on: screen)
        SearchJob.prepare(state.library, store: state.store)
        let trapsOnKey = ProcessInfo.processInfo.environment[crashTestVariable] == "1"
        while !state.wantsToQuit {
            // While a search runs in the background, its results are looked for often.
            let read = SearchJob.isRunning ? screen.readKey(within: 10) : screen.readKey()
            if TerminalGuard.pendingSignal != 0 {
                return TerminalGuard.exitStatus(for: Int32(TerminalGuard.pendingSignal))
            }
            if let running = job {
                let shown = state.indexing
                let (done, effects) = follow(running, state: &state)
                if done { job = nil }
                perform(effects, state: &state, screen: screen, job: &job, indexFile: indexFile, stateFile: options.stateFile)
                if job == nil || state.indexing != shown { draw(&state, on: screen) }
            }
            if let prepared = SearchJob.takePrepared() { update(&state, prepared) }
            if let found = SearchJob.takeResults() {
                perform(update(&state, found), state: &state, screen: screen, job: &job, indexFile: indexFile, stateFile: options.stateFile)
                draw(&state, on: screen)
            }
            guard var key = read else {
                // A terminal that went away without a SIGHUP reaching us ends the browser as one would.
                if screen.hasHungUp { return TerminalGuard.exitStatus(for: SIGHUP) }
                continue
            }
            // Every key already waiting (typed or pasted ahead, a slow link catching up) is applied
            // before the next frame: a frame a key would leave the screen seconds behind the keys.
            while true {
                if trapsOnKey { fatalError("\(crashTestVariable) is set: a deliberate crash, to test that the terminal is restored") }
                let following = apply(key, to: &state, screen: screen, job: &job, indexFile: indexFile, stateFile: options.stateFile)
                if TerminalGuard.pendingSignal != 0 {
                    return TerminalGuard.exitStatus(for: Int32(TerminalGuard.pendingSignal))
                }
                guard !state.wantsToQuit, let next = following ?? screen.readKeyIfWaiting() else { break }
                key = next
            }
            draw(&state, on: screen)
        }
        return 0
    }

    /// Applies a key, with the keys typed ahead of it into the same line, and runs what they ask.
    /// Returns a key read ahead that is not part of that line: the next to apply.
    private static func apply(_ key: Key, to state: inout AppState, screen: CursesScreen, job: inout LibraryJob?,
                              indexFile: String, stateFile: StateFile?) -> Key? {
        let action: Action?
        if key == .resize {
            let size = screen.size
            action = .resize(rows: size.rows, columns: size.columns)
        } else {
            action = Keymap.action(for: key, in: state)
        }
        guard let action else { return nil }
        var following: Key?
        var actions = [action]
        // Keys typed faster than the line is searched or matched (a paste, a held Backspace) go in
        // as one edit: on a large library the first letters of a search are the slowest, and a long
        // line costs a match a key.
        if let line = action.lineEdit?.line {
            var erased = 0, added = "", addedCount = 0  // `String.count` walks the string: kept here instead
            var edit = action.lineEdit
            while let current = edit {
                // A Backspace takes back what was typed in the gathering first, then the line's own.
                let takenBack = min(current.erased, addedCount)
                added.removeLast(takenBack)
                erased += current.erased - takenBack
                added += current.typed
                addedCount += current.typed.count - takenBack
                edit = nil
                guard let next = screen.readKeyIfWaiting() else { break }
                // The state is as it was for `action`: a key that edits, edits the same line.
                if let nextEdit = Keymap.action(for: next, in: state)?.lineEdit, nextEdit.line == line {
                    edit = nextEdit
                } else {
                    following = next
                }
            }
            actions = (erased > 0 ? [.erasing(erased, from: line)] : []) + (added.isEmpty ? [] : [.typing(added, into: line)])
        }
        for action in actions {
            perform(update(&state, action), state: &state, screen: screen, job: &job, indexFile: indexFile, stateFile: stateFile)
        }
        return following
    }

    /// Runs effects, and those the actions answering them ask for in turn.
    private static func perform(_ effects: [Effect], state: inout AppState, screen: CursesScreen, job: inout LibraryJob?,
                                indexFile: String, stateFile: StateFile?) {
        for effect in effects {
            switch effect {
            case .reloadData:
                // While a job runs, it reads Data again once done: R is never lost.
                if job?.readAgainWhenDone() != true { job = LibraryJob(dataDirectory: state.store.directory, indexFile: indexFile, words: state.words) }
                update(&state, .indexing(state.words.reloading(state.store.directory)))
            case .loadRelease(let request) where request == state.detailRequest:
                // Read before the next frame (`draw`): of keys typed ahead, only the last one's.
                break
            case .loadRelease(let request):
                // One release file, read between two frames, outside `update` and drawing.
                perform(update(&state, state.library.loaded(request)), state: &state, screen: screen, job: &job,
                        indexFile: indexFile, stateFile: stateFile)
            case .search(let request):
                SearchJob.start(request)
            default:
                run(effect, state: &state, screen: screen, stateFile: stateFile)
            }
        }
    }

    private static func run(_ effect: Effect, state: inout AppState, screen: CursesScreen, stateFile: StateFile?) {
        switch effect {
        case .saveState(let changes):
            guard let stateFile else { return }
            do {
                try stateFile.record(changes)
            } catch {
                update(&state, .notice(state.words.stateNotSaved(error.description(words: state.words.language.problemWords))))
            }
        case .exportMarkdown(let id, let target, let overwrite):
            guard let release = state.library.release(id: id) else {
                update(&state, .notice(state.words.exportUnreadable))
                return
            }
            do {
                let export = try ReleaseFormatter(store: state.store, words: state.words).writeMarkdown(release, to: target, overwrite: overwrite)
                update(&state, .notice(state.words.exported(to: export.path, wrote: export.wrote)))
            } catch .exists(let path) {
                update(&state, .askOverwrite(releaseID: id, path: path))
            } catch .notWritten(let error) {
                update(&state, .notice(state.words.exportFailed(error.description(words: state.words.language.problemWords))))
            } catch {
                update(&state, .notice(state.words.exportFailed("\(error)")))
            }
        case .copyToClipboard(let text):
            screen.copyToClipboard(text)
            update(&state, .notice(state.words.quoteCopied))
        case .exportList(let export, let target, let overwrite):
            let releases = export.releaseIDs.compactMap(state.library.release(id:))
            let markdown = ReleaseFormatter(store: state.store, words: state.words).markdown(releases, title: export.title)
            do {
                let written = try ReleaseFormatter.write(Array(markdown.utf8), to: target, fileName: export.fileName, overwrite: overwrite)
                update(&state, .notice(state.words.exported(releases: releases.count, to: written.path, wrote: written.wrote)))
            } catch .exists(let path) {
                update(&state, .askListOverwrite(export, path: path))
            } catch .notWritten(let error) {
                update(&state, .notice(state.words.exportFailed(error.description(words: state.words.language.problemWords))))
            } catch {
                update(&state, .notice(state.words.exportFailed("\(error)")))
            }
        case .openLink(let link):
            openLink(link, state: &state, screen: screen)
        case .reloadData, .loadRelease, .search:
            // Run by `perform`, which owns the background jobs.
            break
        }
    }

    /// Opens a link with the desktop's browser when there is a display; over SSH, or when the
    /// browser cannot be started or the link is not http, https or mailto, copies it (OSC 52).
    private static func openLink(_ link: String, state: inout AppState, screen: CursesScreen) {
        guard let url = SafeLink.url(link) else {
            screen.copyToClipboard(SafeText.line(link))
            update(&state, .notice(state.words.unsafeLinkCopied))
            return
        }
        if let command = SafeLink.openCommand(for: url, environment: ProcessInfo.processInfo.environment),
           LinkLauncher.launch(command) {
            update(&state, .notice(state.words.opening(url, with: SafeText.line(command[0]))))
            return
        }
        screen.copyToClipboard(url)
        update(&state, .notice(state.words.linkCopied(url)))
    }

    /// Shows a background job's progress; done when it is (its data, or why it failed, shown), with
    /// the effects the new data asks for.
    private static func follow(_ job: LibraryJob, state: inout AppState) -> (done: Bool, effects: [Effect]) {
        let (progress, outcome) = job.poll()
        var effects: [Effect] = []
        switch outcome {
        case nil:
            if let progress { update(&state, .indexing(progress.line(barWidth: 10, label: state.words.indexingReleases, timeLeft: state.words.secondsLeft))) }
            return (false, [])
        case .loaded(let store, let library, let map, let notes)?:
            effects = update(&state, .dataLoaded(store, library, map))
            SearchJob.prepare(library, store: store)
            if !notes.isEmpty { update(&state, .notice(notes.joined(separator: "; "))) }
        case .unchanged?:
            break
        case .failed(let reason)?:
            update(&state, .dataFailed(reason))
        }
        return (true, effects)
    }

    /// The map is an extra: without one, or with a broken one, the browser works with no map and
    /// says why.
    static func loadMap(for store: Store, words: any BrowserWords) -> (data: MapData?, problem: String?) {
        do {
            return (try MapDataLoader.load(fromDataFolder: store.directory), nil)
        } catch {
            let text = error.description(in: words.language)
            let first = text.split(separator: "\n").first.map(String.init) ?? text
            return (nil, words.noMap(first))
        }
    }

    /// Reads the release the detail waits for, then draws the frame.
    private static func draw(_ state: inout AppState, on screen: CursesScreen) {
        if let request = state.detailRequest { update(&state, state.library.loaded(request)) }
        var canvas = TextCanvas(rows: state.layout.rows, columns: state.layout.columns)
        ScreenRenderer.draw(state, on: &canvas)
        screen.present(canvas)
    }
}
