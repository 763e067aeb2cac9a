import ArgumentParser
import Foundation
import PueblaIndex
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

    @Option(name: .long, help: ArgumentHelp("The library index file to use (replaced).", valueName: "file"))
    var index: String

    @Flag(name: .long, help: "Only build the index from nothing, then after one release added, changed, removed, and print those figures.")
    var build = false

    static let rows = 24
    static let columns = 80
    /// Wide enough for the detail beside the list, whose release is read from its file.
    static let wideRows = 40
    static let wideColumns = 120
    /// Typed letter by letter: a common word, a place, an accented word and a rare made-up word.
    static let typedSearches = ["migration regional", "tapachula", "migración", "babaco"]

    /// What `--build` prints.
    struct BuildFigures: Codable {
        var indexBuild: Double
        var indexAfterAdd: Double
        var indexAfterChange: Double
        var indexAfterRemove: Double
        var peakRSSKiB: Int
    }

    func run() throws {
        if build {
            print(String(decoding: try JSONEncoder().encode(try measureBuild()), as: UTF8.self))
            return
        }
        var opened: (Store, Library)?
        let loadWarm = try Clock.milliseconds { opened = try openCachedLibrary() }
        guard let (store, library) = opened else { throw ValidationError("\(data): no current index; run with --build first") }
        let backgroundCheck = try Clock.milliseconds {
            do {
                guard try LibraryIndex.check(dataDirectory: data, indexFile: index, indexed: library).isCurrent else {
                    throw ValidationError("\(data): the index is not current")
                }
            } catch let error as LibraryIndex.Failure {
                throw ValidationError(error.description)
            }
        }

        var state: AppState?
        let firstFrame = Clock.milliseconds {
            let built = AppState(store: store, library: library, rows: Self.rows, columns: Self.columns)
            Self.draw(built)
            state = built
        }
        guard var state else { throw ValidationError("\(data): no state") }

        let move = Self.keystrokes(repetitions, on: &state, reset: { Self.rewind(&$0) }) { _ in .moveSelection(1) }
        var wide = AppState(store: store, library: library, rows: Self.wideRows, columns: Self.wideColumns)
        wide.sendReadingReleases(.start)
        let moveBesideDetail = Self.keystrokes(repetitions, on: &wide, reset: { Self.rewind(&$0) }) { _ in .moveSelection(1) }
        let page = Self.keystrokes(repetitions, on: &state, reset: { Self.rewind(&$0) }) { _ in .page(1) }
        let switchPane = Self.keystrokes(repetitions, on: &state) { _ in .nextPane }
        update(&state, .showPane(.releases))
        let filter = Self.filterKeystrokes(repetitions, on: &state)

        var search: LibrarySearch?
        let searchOpen = Clock.milliseconds { search = library.search(with: store) }
        var searchSamples: [Double] = []
        if let search {
            for _ in 0..<max(1, repetitions / 50) {
                for text in Self.typedSearches {
                    for end in text.indices.dropFirst() + [text.endIndex] {
                        let query = SearchQuery(String(text[..<end]))
                        searchSamples.append(Clock.milliseconds { _ = search.search(query).releases.count })
                    }
                }
            }
        }

        let measurement = Measurement(
            releases: library.count, indexBuild: 0, indexBuildPeakRSSKiB: 0, indexAfterAdd: 0, indexAfterChange: 0,
            indexAfterRemove: 0, loadWarm: loadWarm,
            backgroundCheck: backgroundCheck, firstFrame: firstFrame, move: Measurement.Spread(move),
            moveBesideDetail: Measurement.Spread(moveBesideDetail), page: Measurement.Spread(page),
            switchPane: Measurement.Spread(switchPane), filter: Measurement.Spread(filter), searchOpen: searchOpen,
            search: Measurement.Spread(searchSamples), peakRSSKiB: ProcessStatus.peakResidentKiB())
        print(String(decoding: try JSONEncoder().encode(measurement), as: UTF8.self))
    }

    /// The index built from nothing, then brought up to date after one release was imported (the
    /// import's own update, which looks at the file it wrote alone), after the first release file
    /// was rewritten and after the imported one was removed (each found by comparing every file with
    /// the index, as a start does), leaving the corpus as it was made.
    private func measureBuild() throws -> BuildFigures {
        try? FileManager.default.removeItem(atPath: index)
        let cold = try Clock.milliseconds { _ = try openLibrary() }
        let peak = ProcessStatus.peakResidentKiB()
        let releases = (data as NSString).appendingPathComponent(StoreLoader.releasesFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: releases).sorted()
        // Each change once the clock has moved past the one before, so that it alone is read again
        // (a file looked at within a tick of its change is read again on the next update).
        let tick: UInt32 = 100_000
        usleep(tick)
        let added = try FullTextBench.addRelease(number: names.count, to: data, store: try StoreLoader.load(from: data, releases: false), seed: 1)
        defer { try? FileManager.default.removeItem(atPath: added) }
        // As `puebla import` brings the index up to date: told which file it wrote.
        let afterAdd = try Clock.milliseconds {
            _ = try LibraryIndex.update(afterWriting: [(added as NSString).lastPathComponent], dataDirectory: data, indexFile: index)
        }
        usleep(tick)
        if let first = names.first {
            let file = (releases as NSString).appendingPathComponent(first)
            // The same bytes, written again: a new modification time is a change to the index.
            try Data(contentsOf: URL(fileURLWithPath: file)).write(to: URL(fileURLWithPath: file))
        }
        let changed = try Clock.milliseconds { _ = try openLibrary() }
        usleep(tick)
        try FileManager.default.removeItem(atPath: added)
        let afterRemove = try Clock.milliseconds { _ = try openLibrary() }
        // One more update, once the last tick is past, leaves an index the warm measurements find current.
        usleep(tick)
        _ = try openLibrary()
        return BuildFigures(indexBuild: cold, indexAfterAdd: afterAdd, indexAfterChange: changed, indexAfterRemove: afterRemove, peakRSSKiB: peak)
    }

    /// What the browser does before its first frame when the index exists: meetings and countries,
    /// then the library as the index has it, its countries and meetings checked against Data.
    private func openCachedLibrary() throws -> (Store, Library)? {
        do {
            let store = try StoreLoader.load(from: data, releases: false)
            guard let library = LibraryIndex.cached(dataDirectory: data, indexFile: index) else { return nil }
            try LibraryIndex.checkReferences(of: library, against: store)
            return (store, library)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// Meetings and countries, then the library from its index, brought up to date.
    private func openLibrary() throws -> (Store, Library) {
        do {
            let store = try StoreLoader.load(from: data, releases: false)
            return (store, try LibraryIndex.open(dataDirectory: data, indexFile: index, checkingAgainst: store).0)
        } catch {
            throw ValidationError("\(error)")
        }
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
                state.sendReadingReleases(next)
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
