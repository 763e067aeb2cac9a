import ArgumentParser
import Foundation
import PueblaKit
import PueblaTerminal
import PueblaViewModel

/// Measures one Data folder in this process and prints a `Measurement` as JSON. `run` starts it once
/// per size, so that the peak memory of one size is not that of a larger one measured before.
struct Measure: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure one Data folder in this process (run starts it for each size).")

    @Option(name: .long, help: ArgumentHelp("The Data folder to measure.", valueName: "dir"))
    var data: String

    @Option(name: .long, help: "Timed repetitions of each keystroke.")
    var repetitions = 200

    @Option(name: .long, help: ArgumentHelp("Also build and reopen a library index at this path (replaced).", valueName: "file"))
    var index: String?

    static let rows = 24
    static let columns = 80
    /// Typed letter by letter: a common word, a place, an accented word and a rare made-up word.
    static let typedSearches = ["migration regional", "tapachula", "migración", "babaco"]

    func run() throws {
        // First, so that its peak is its own; the peak is then reset for the rest.
        let indexFigures = try index.map(measureIndex)
        ProcessStatus.resetPeak()

        var store: Store?
        let loadCold = try Clock.milliseconds { store = try Self.load(data) }
        let loadWarm = try Clock.milliseconds { store = try Self.load(data) }
        guard let store else { throw ValidationError("\(data): nothing loaded") }

        var state: AppState?
        let firstFrame = Clock.milliseconds {
            let built = AppState(store: store, rows: Self.rows, columns: Self.columns)
            Self.draw(built)
            state = built
        }
        guard var state else { throw ValidationError("\(data): no state") }

        let move = Self.keystrokes(repetitions, on: &state, reset: { Self.rewind(&$0) }) { _ in .moveSelection(1) }
        let page = Self.keystrokes(repetitions, on: &state, reset: { Self.rewind(&$0) }) { _ in .page(1) }
        let switchPane = Self.keystrokes(repetitions, on: &state) { _ in .nextPane }
        update(&state, .showPane(.releases))
        let filter = Self.filterKeystrokes(repetitions, on: &state)

        var index: SearchIndex?
        let searchIndexBuild = Clock.milliseconds { index = SearchIndex(store: store) }
        var searchSamples: [Double] = []
        if let index {
            for _ in 0..<max(1, repetitions / 50) {
                for text in Self.typedSearches {
                    for end in text.indices.dropFirst() + [text.endIndex] {
                        let typed = String(text[..<end])
                        searchSamples.append(Clock.milliseconds { _ = index.search(typed).releases.count })
                    }
                }
            }
        }

        let measurement = Measurement(
            releases: store.releases.count, loadCold: loadCold, loadWarm: loadWarm, firstFrame: firstFrame,
            move: Measurement.Spread(move), page: Measurement.Spread(page), switchPane: Measurement.Spread(switchPane),
            filter: Measurement.Spread(filter), searchIndexBuild: searchIndexBuild,
            search: Measurement.Spread(searchSamples), peakRSSKiB: ProcessStatus.peakResidentKiB(),
            indexCold: indexFigures?.cold, indexWarm: indexFigures?.warm, indexPeakRSSKiB: indexFigures?.peak)
        let encoder = JSONEncoder()
        print(String(decoding: try encoder.encode(measurement), as: UTF8.self))
    }

    private func measureIndex(_ file: String) throws -> (cold: Double, warm: Double, peak: Int) {
        try? FileManager.default.removeItem(atPath: file)
        let cold = try Clock.milliseconds { try openIndex(file) }
        let warm = try Clock.milliseconds { try openIndex(file) }
        return (cold, warm, ProcessStatus.peakResidentKiB())
    }

    private func openIndex(_ file: String) throws {
        do { _ = try LibraryIndex.open(dataDirectory: data, indexFile: file) } catch { throw ValidationError(error.description) }
    }

    private static func load(_ directory: String) throws -> Store {
        do { return try StoreLoader.load(from: directory) } catch { throw ValidationError(error.description) }
    }

    /// Draws a frame as the browser does: a blank canvas each time.
    private static func draw(_ state: AppState) {
        var canvas = TextCanvas(rows: state.layout.rows, columns: state.layout.columns)
        ScreenRenderer.draw(state, on: &canvas)
    }

    /// Back to the top when the list's end is reached, so that every timed move moves.
    private static func rewind(_ state: inout AppState) {
        let position = state.position(of: state.pane)
        if position.selection + state.listHeight(state.pane) >= state.rowCount(state.pane) - 1 {
            update(&state, .moveToFirst)
        }
    }

    /// Times `repetitions` keystrokes (update plus a frame); `reset` runs untimed before each.
    private static func keystrokes(_ repetitions: Int, on state: inout AppState,
                                   reset: (inout AppState) -> Void = { _ in },
                                   action: (AppState) -> Action) -> [Double] {
        (0..<repetitions).map { _ in
            reset(&state)
            let next = action(state)
            return Clock.milliseconds {
                update(&state, next)
                draw(state)
            }
        }
    }

    /// Picking a country in the picker (Enter) and clearing the filter again: the two keystrokes
    /// that recompute every list. Opening the picker and moving in it are not timed.
    private static func filterKeystrokes(_ repetitions: Int, on state: inout AppState) -> [Double] {
        var samples: [Double] = []
        for repetition in 0..<max(1, repetitions / 2) {
            update(&state, .openCountryPicker)
            guard case .countryPicker(let picker) = state.overlay, !picker.candidates.isEmpty else { break }
            update(&state, .pickerMove(repetition % picker.candidates.count))
            samples.append(Clock.milliseconds {
                update(&state, .pickerApply)
                draw(state)
            })
            samples.append(Clock.milliseconds {
                update(&state, .clearCountryFilter)
                draw(state)
            })
        }
        return samples
    }
}

enum Clock {
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
}

enum ProcessStatus {
    /// The process's peak resident set (VmHWM in /proc/self/status), or 0 where there is none.
    static func peakResidentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// Starts counting the peak again from the current size (Linux: 5 in /proc/self/clear_refs).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}
