import ArgumentParser
import Foundation
import PueblaCorpus
import PueblaIndex
import PueblaKit

/// Puebla's own library index and search against SQLite FTS5 on the same generated corpora: each
/// build, use and update runs in a fresh child process, so that its peak memory is its own.
struct FullTextBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fts",
        abstract: "Measure SQLite FTS5 (the system libsqlite3) against Puebla's own index and search.")

    @Option(name: .long, parsing: .singleValue, help: "Sizes, comma-separated.", transform: Run.sizes)
    var releases: [[Int]] = []

    @Option(name: .long, help: ArgumentHelp("Where generated corpora are kept and reused.", valueName: "dir"))
    var keep: String?

    @Option(name: .long, help: "How many times each search is typed.")
    var repetitions = 3

    @OptionGroup var source: SourceOptions

    /// One phase, run in a child: own-build, fts-build, own-use, fts-use, own-update, fts-update.
    @Option(name: .long, help: .hidden)
    var phase: String?

    @Option(name: .long, help: .hidden)
    var corpus: String?

    @Option(name: .long, help: .hidden)
    var file: String?

    /// Typed letter by letter, as `measure` types them.
    static let typed = Measure.typedSearches
    /// Searched whole, besides every prefix of `typed`, to compare what the two find.
    static let compared = ["mexico", "méxico", "perú", "guatemala migration", "laura thom", "niños", "region", "región",
                           "el salvador", "ministers", "iom", "conference regional migration", "tapa ", "xv", "2010"]

    /// What a child prints of a build or an update.
    struct Timing: Codable {
        var milliseconds: Double
        var peakRSSKiB: Int
    }

    /// What a child prints of opening an index and searching it.
    struct Use: Codable {
        var fileBytes: Int
        /// Opening the index to the first 24 rows of the list, in order, and their count.
        var open: Double
        /// The first search's own set-up (the own index reads its search tables then).
        var searchOpen: Double
        var keys: Measurement.Spread
        var firstLetter: Measurement.Spread
        var found: [String: FullTextIndex.Found]
        var peakRSSKiB: Int
    }

    func run() throws {
        if let phase {
            guard let corpus, let file else { throw ValidationError("--phase needs --corpus and --file") }
            print(try Self.run(phase: phase, data: corpus, file: file, repetitions: repetitions))
            return
        }
        do { try FullTextIndex.checkAvailable() } catch { throw ValidationError(error.description) }
        let sizes = releases.flatMap { $0 }.isEmpty ? [1_000, 10_000, 100_000] : releases.flatMap { $0 }
        let scratch = keep ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("puebla-bench")
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        func child<Figures: Decodable>(_ phase: String, _ folder: String, _ file: String, as type: Figures.Type) throws -> Figures {
            let output = try ChildProcess.run(executable, ["fts", "--phase", phase, "--corpus", folder, "--file", file,
                                                           "--repetitions", String(repetitions)])
            return try JSONDecoder().decode(type, from: Data(output.utf8))
        }
        var rows: [Row] = []
        for size in sizes {
            let folder = (scratch as NSString).appendingPathComponent("corpus-\(size)-seed-\(source.seed)")
            if !CorpusFolder.isComplete(folder, count: size, seed: source.seed) {
                try Corpus.generate(count: size, seed: source.seed, from: source.sourceFolder(), to: folder)
            }
            let (own, fts) = (folder + ".index", folder + ".sqlite")
            FileHandle.standardError.write(Data("fts: \(size) releases: building...\n".utf8))
            var row = Row(releases: size)
            row.build = [try child("own-build", folder, own, as: Timing.self), try child("fts-build", folder, fts, as: Timing.self)]
            FileHandle.standardError.write(Data("fts: \(size) releases: searching...\n".utf8))
            row.use = [try child("own-use", folder, own, as: Use.self), try child("fts-use", folder, fts, as: Use.self)]
            // One more release, as an import adds it; removed again afterwards, leaving the corpus as made.
            let added = try Self.addRelease(number: size, to: folder, store: try StoreLoader.load(from: source.sourceFolder()), seed: source.seed)
            defer { try? FileManager.default.removeItem(atPath: added) }
            row.update = [try child("own-update", folder, own, as: Timing.self), try child("fts-update", folder, fts, as: Timing.self)]
            try FileManager.default.removeItem(atPath: added)
            _ = try child("own-update", folder, own, as: Timing.self)
            _ = try child("fts-update", folder, fts, as: Timing.self)
            rows.append(row)
        }
        print(Self.table(rows))
    }

    /// Release `number` of the generator of `seed` over the countries and meetings of `store`,
    /// written into the Data folder `folder`; returns its path.
    static func addRelease(number: Int, to folder: String, store: Store, seed: UInt64) throws -> String {
        let release = CorpusGenerator(seed: seed, store: store).release(number: number)
        let path = ((folder as NSString).appendingPathComponent(StoreLoader.releasesFolder) as NSString)
            .appendingPathComponent(release.id + ".json")
        try Data(CanonicalJSON.string(release).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    // MARK: - Phases

    private static func run(phase: String, data: String, file: String, repetitions: Int) throws -> String {
        let encoder = JSONEncoder()
        func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        switch phase {
        case "own-build", "own-update":
            if phase == "own-build" { try? FileManager.default.removeItem(atPath: file) }
            let store = try StoreLoader.load(from: data, releases: false)
            let milliseconds = try Clock.milliseconds {
                _ = try LibraryIndex.open(dataDirectory: data, indexFile: file, checkingAgainst: store)
            }
            return try json(Timing(milliseconds: milliseconds, peakRSSKiB: ProcessStatus.peakResidentKiB()))
        case "fts-build":
            try? FileManager.default.removeItem(atPath: file)
            let milliseconds = try Clock.milliseconds { try FullTextIndex.build(dataDirectory: data, at: file) }
            return try json(Timing(milliseconds: milliseconds, peakRSSKiB: ProcessStatus.peakResidentKiB()))
        case "fts-update":
            let milliseconds = try Clock.milliseconds {
                _ = try FullTextIndex(path: file, readOnly: false).update(dataDirectory: data)
            }
            return try json(Timing(milliseconds: milliseconds, peakRSSKiB: ProcessStatus.peakResidentKiB()))
        case "own-use":
            let store = try StoreLoader.load(from: data, releases: false)
            var library: Library?
            let open = Clock.milliseconds {
                guard let opened = LibraryIndex.cached(dataDirectory: data, indexFile: file) else { return }
                _ = (0..<min(24, opened.count)).map(opened.summary(at:))
                library = opened
            }
            guard let library else { throw ValidationError("\(file): no index") }
            var search: LibrarySearch?
            let searchOpen = Clock.milliseconds { search = library.search(with: store) }
            guard let search else { throw ValidationError("\(file): no search") }
            let use = try measure(file: file, open: open, searchOpen: searchOpen, repetitions: repetitions) { query in
                let results = search.search(query)
                return FullTextIndex.Found(releases: results.releases.map(\.id), quotes: results.quotes.map(\.id),
                                           meetings: results.meetings.map(\.id), countries: results.countries.map(\.code))
            }
            return try json(use)
        case "fts-use":
            var index: FullTextIndex?
            let open = try Clock.milliseconds {
                let opened = try FullTextIndex(path: file)
                _ = try opened.firstRows(24)
                index = opened
            }
            guard let index else { throw ValidationError("\(file): no index") }
            return try json(try measure(file: file, open: open, searchOpen: 0, repetitions: repetitions) { try index.search($0) })
        default:
            throw ValidationError("--phase: \"\(phase)\" is not a phase")
        }
    }

    /// Types every search letter by letter `repetitions` times, each keystroke a whole search with
    /// every hit listed, then searches the compared queries once.
    private static func measure(file: String, open: Double, searchOpen: Double, repetitions: Int,
                                search: (SearchQuery) throws -> FullTextIndex.Found) throws -> Use {
        var keys: [Double] = [], firstLetters: [Double] = []
        var found: [String: FullTextIndex.Found] = [:]
        for _ in 0..<max(1, repetitions) {
            for text in typed {
                for end in text.indices.dropFirst() + [text.endIndex] {
                    let prefix = String(text[..<end])
                    var hits = FullTextIndex.Found()
                    let milliseconds = try Clock.milliseconds { hits = try search(SearchQuery(prefix)) }
                    keys.append(milliseconds)
                    if prefix.count == 1 { firstLetters.append(milliseconds) }
                    found[prefix] = hits
                }
            }
        }
        for text in compared { found[text] = try search(SearchQuery(text)) }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0
        return Use(fileBytes: size, open: open, searchOpen: searchOpen, keys: Measurement.Spread(keys),
                   firstLetter: Measurement.Spread(firstLetters), found: found, peakRSSKiB: ProcessStatus.peakResidentKiB())
    }

    // MARK: - Table

    /// Both sides' figures at one size: own first, FTS5 second.
    struct Row {
        let releases: Int
        var build: [Timing] = []
        var use: [Use] = []
        var update: [Timing] = []
    }

    static func table(_ rows: [Row]) -> String {
        func ms(_ value: Double) -> String {
            value >= 100 ? String(format: "%.0f", value) : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
        }
        func mb(_ bytes: Double) -> String { String(format: "%.1f", bytes / 1_048_576) }
        var lines = [
            "| releases | index | build ms | build peak RSS MB | file MB | open to first rows ms | first search set-up ms | search key ms, median / worst | first letter ms, median / worst | update, one added release ms | search peak RSS MB |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            for (side, name) in ["own", "FTS5"].enumerated() where side < row.use.count {
                let use = row.use[side], build = row.build[side], update = row.update[side]
                lines.append("| \(row.releases) | \(name) | \(ms(build.milliseconds)) | \(mb(Double(build.peakRSSKiB) * 1024)) | \(mb(Double(use.fileBytes))) | \(ms(use.open)) | \(ms(use.searchOpen)) | \(ms(use.keys.median)) / \(ms(use.keys.worst)) | \(ms(use.firstLetter.median)) / \(ms(use.firstLetter.worst)) | \(ms(update.milliseconds)) | \(mb(Double(use.peakRSSKiB) * 1024)) |")
            }
        }
        lines += ["", "| releases | queries | same hits, same order | same hits, other order | other hits |", "|---:|---:|---:|---:|---:|"]
        var differences: [String] = []
        for row in rows where row.use.count == 2 {
            var same = 0, reordered = 0, other = 0
            for (query, own) in row.use[0].found.sorted(by: { $0.key < $1.key }) {
                let fts = row.use[1].found[query] ?? FullTextIndex.Found()
                if own == fts {
                    same += 1
                } else if Set(own.releases) == Set(fts.releases), Set(own.quotes) == Set(fts.quotes),
                          Set(own.meetings) == Set(fts.meetings), Set(own.countries) == Set(fts.countries) {
                    reordered += 1
                    differences.append("\(row.releases) \"\(query)\": same hits in another order")
                } else {
                    other += 1
                    differences.append("\(row.releases) \"\(query)\": own \(own.releases.count)/\(own.quotes.count)/\(own.meetings.count)/\(own.countries.count), FTS5 \(fts.releases.count)/\(fts.quotes.count)/\(fts.meetings.count)/\(fts.countries.count) (releases/quotes/meetings/countries)")
                }
            }
            lines.append("| \(row.releases) | \(same + reordered + other) | \(same) | \(reordered) | \(other) |")
        }
        lines += differences.prefix(20)
        lines += ["", "Lines of code (non-blank, non-comment): " + linesOfCode()]
        return lines.joined(separator: "\n")
    }

    /// The own index and search (PueblaKit's Index and Search folders) against what FTS5 needs here.
    static func linesOfCode() -> String {
        let bench = (#filePath as NSString).deletingLastPathComponent
        let kit = ((bench as NSString).deletingLastPathComponent as NSString).appendingPathComponent("PueblaKit")
        func count(_ files: [String]) -> Int {
            files.reduce(0) { total, path in
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                return total + text.split(separator: "\n").filter { line in
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    return !trimmed.isEmpty && !trimmed.hasPrefix("//")
                }.count
            }
        }
        let own = ["Index", "Search"].flatMap { folder -> [String] in
            let path = (kit as NSString).appendingPathComponent(folder)
            return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).map { (path as NSString).appendingPathComponent($0) }
        }
        let fts = ["SQLite.swift", "FullTextIndex.swift"].map { (bench as NSString).appendingPathComponent($0) }
        return "own \(count(own)), FTS5 \(count(fts))"
    }
}
