import Foundation
import PueblaKit
import PueblaViewModel

/// The full-screen browser: reads keys, applies actions, draws. Returns the process exit status.
public enum Browser {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal(String)

        public var description: String {
            switch self {
            case .notATerminal(let reason):
                return "\(reason): the browser needs a terminal. Without one, use `puebla releases`, `puebla show ID`, "
                    + "`puebla quotes`, `puebla timeline`, `puebla members` or `puebla validate`."
            }
        }
    }

    /// Why this process cannot run the browser, or nil when it can.
    public static func terminalProblem(environment: [String: String] = ProcessInfo.processInfo.environment) -> StartError? {
        if isatty(STDIN_FILENO) == 0 { return .notATerminal("standard input is not a terminal") }
        if isatty(STDOUT_FILENO) == 0 { return .notATerminal("standard output is not a terminal") }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return .notATerminal("TERM is \(term.isEmpty ? "not set" : "\"dumb\"")") }
        return nil
    }

    public static func run(store: Store, countryFilter: String?) throws(StartError) -> Int32 {
        if let problem = terminalProblem() { throw problem }
        TerminalGuard.install()
        guard let screen = CursesScreen() else {
            throw .notATerminal("the terminal \"\(ProcessInfo.processInfo.environment["TERM"] ?? "")\" is unknown to ncurses")
        }
        defer { screen.end() }

        let size = screen.size
        var state = AppState(store: store, rows: size.rows, columns: size.columns, countryFilter: countryFilter)
        draw(state, on: screen)
        while !state.wantsToQuit {
            let key = screen.readKey()
            if TerminalGuard.pendingSignal != 0 {
                return TerminalGuard.exitStatus(for: Int32(TerminalGuard.pendingSignal))
            }
            guard let key else { continue }
            let action: Action?
            if key == .resize {
                let size = screen.size
                action = .resize(rows: size.rows, columns: size.columns)
            } else {
                action = Keymap.action(for: key, in: state)
            }
            guard let action else { continue }
            for effect in update(&state, action) {
                run(effect, state: &state)
            }
            draw(state, on: screen)
        }
        return 0
    }

    private static func run(_ effect: Effect, state: inout AppState) {
        switch effect {
        case .reloadData:
            do {
                update(&state, .dataLoaded(try StoreLoader.load(from: state.store.directory)))
            } catch {
                let problems: String
                if case .invalid(let list) = error, let first = list.first {
                    problems = "\(first)" + (list.count > 1 ? " (and \(list.count - 1) more; see `puebla validate`)" : "")
                } else {
                    problems = error.description
                }
                update(&state, .dataFailed(problems))
            }
        }
    }

    private static func draw(_ state: AppState, on screen: CursesScreen) {
        var canvas = TextCanvas(rows: state.layout.rows, columns: state.layout.columns)
        ScreenRenderer.draw(state, on: &canvas)
        screen.present(canvas)
    }
}
