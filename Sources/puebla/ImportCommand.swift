import ArgumentParser
import Foundation
import PueblaImport
import PueblaIndex
import PueblaKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Words.current.importAbstract,
        discussion: Words.current.importDiscussion
    )

    @OptionGroup var dataOptions: DataOptions
    @Argument(help: ArgumentHelp(Words.current.importFilesHelp, valueName: Words.current.fileValue))
    var files: [String]
    @Flag(name: .long, help: ArgumentHelp(Words.current.dryRunHelp))
    var dryRun = false
    @OptionGroup var output: JSONFlag
    @Flag(name: .long, help: ArgumentHelp(Words.current.replaceHelp))
    var replace = false

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let target = try dataOptions.locateForWriting()
        let pageFiles = PageFiles(arguments: files)
        let pages = Self.read(pageFiles.entries, started: started)

        // Locked before Data is first read, when there is a page to write and a folder to lock: read
        // while another import writes, Data could give countries.json from before that import and
        // a release from after it.
        let mayWrite = !dryRun && target.seedFrom == nil && FileManager.default.fileExists(atPath: target.path)
            && pages.contains { if case .success = $0.outcome { true } else { false } }
        var lock = mayWrite ? try Self.lock(target.path) : nil
        var plan = ImportPlan(pages: pages, store: try Self.load(target.seedFrom ?? target.path), replace: replace)
        let results: [ImportReport.Entry]
        if dryRun || !plan.writes {
            results = plan.steps.map { step in
                Self.entry(step, predicted: true, path: step.action.writes ? step.id.map { ReleaseWriter.releasePath($0, in: target.path) } : nil)
            }
        } else {
            if lock == nil {
                try target.prepare()
                lock = try Self.lock(target.path)
                // Planned again under the lock: Data may have changed since it was first read.
                plan = ImportPlan(pages: pages, store: try Self.load(target.path), replace: replace)
            }
            results = Self.execute(plan, in: target.path, started: started)
            Self.updateIndex(of: target.path, written: results.compactMap(\.path))
        }
        withExtendedLifetime(lock) {}

        // The folder is made only for something to write.
        let report = ImportReport(data: target.path, createdFrom: plan.writes ? target.seedFrom : nil, dryRun: dryRun,
                                  results: results, skipped: pageFiles.skipped)
        for entry in report.results {
            if let refusal = entry.refusal {
                Terminal.note("\(entry.file): \(refusal.reason(in: Words.current))")
            }
        }
        if output.json {
            print(try CanonicalJSON.string(report), terminator: "")
        } else {
            Terminal.printLines(report.results.flatMap { ImportReport.lines(of: $0, words: Words.current) } + report.summaryLines(Words.current))
        }
        if report.summary.exitCode != 0 { throw ExitCode(Int32(report.summary.exitCode)) }
    }

    /// Every release each file gives (a feed gives one an item), or why it gives none, in the
    /// files' order; read on all cores, a batch at a time, with a progress bar on stderr when
    /// reading takes over a second.
    private static func read(_ entries: [PageFiles.Entry], started: UInt64) -> [ImportPage] {
        let bar = ProgressLine(after: 1, label: Words.current.readingPages)
        defer { bar.end() }
        let batch = 16
        var read: [ImportPage] = []
        for start in stride(from: 0, to: entries.count, by: batch) {
            let slice = Array(entries[start..<min(start + batch, entries.count)])
            read += [[ImportPage]].parallel(count: slice.count) { pages(of: slice[$0]) }.joined()
            bar.show(LibraryIndex.Progress(done: start + slice.count, total: entries.count, elapsed: seconds(since: started)))
        }
        return read
    }

    private static func pages(of entry: PageFiles.Entry) -> [ImportPage] {
        switch entry {
        case let .refused(file, refusal): return [ImportPage(file: file, outcome: .failure(refusal))]
        case .file(let file):
            do {
                let results = try PageImporter.importFile(try PageReader.read(file), fileName: PageReader.name(of: file))
                return results.map { result in
                    ImportPage(file: file, outcome: result.mapError(ImportRefusal.init))
                }
            } catch let error as ImportRefusal {
                return [ImportPage(file: file, outcome: .failure(error))]
            } catch let error as ImportError {
                return [ImportPage(file: file, outcome: .failure(ImportRefusal(error)))]
            } catch {
                return [ImportPage(file: file, outcome: .failure(ImportRefusal(.other("\(error)"))))]
            }
        }
    }

    /// Writes what the plan decided, step by step. After a write fails, nothing more is written:
    /// the steps after it were planned with Data as the failed one would have left it.
    private static func execute(_ plan: ImportPlan, in directory: String, started: UInt64) -> [ImportReport.Entry] {
        let writer = ReleaseWriter(directory: directory)
        writer.removeAbandonedTemporaries()
        let bar = ProgressLine(after: 1, label: Words.current.writingReleases)
        defer { bar.end() }
        let total = plan.steps.filter(\.action.writes).count
        var written = 0
        var failure: ImportRefusal?
        return plan.steps.map { step in
            guard step.action.writes, let id = step.id else { return entry(step, predicted: false, path: nil) }
            if let failure {
                return entry(step, refusal: ImportRefusal(.notWrittenAfterFailure(failure.kind)))
            }
            do throws(ImportRefusal) {
                let path = try writer.write(step.bytes, id: id, adding: step.addedCountries)
                written += 1
                bar.show(LibraryIndex.Progress(done: written, total: total, elapsed: seconds(since: started)))
                return entry(step, predicted: false, path: path)
            } catch {
                failure = error
                return entry(step, refusal: error)
            }
        }
    }

    /// Brings the library index up to date with the release files just written, under the import's
    /// lock: those files alone are read, not the whole library. An index that cannot be updated so
    /// is left to the next start, which compares every file with it anyway.
    private static func updateIndex(of directory: String, written paths: [String]) {
        guard !paths.isEmpty else { return }
        _ = try? LibraryIndex.update(afterWriting: paths.map { ($0 as NSString).lastPathComponent }, dataDirectory: directory,
                                     indexFile: LibraryIndex.location(for: directory))
    }

    private static func entry(_ step: ImportPlan.Step, predicted: Bool, path: String?) -> ImportReport.Entry {
        let status: ImportReport.Status
        switch step.action {
        case .add: status = predicted ? .wouldImport : .imported
        case .replace: status = predicted ? .wouldReplace : .replaced
        case .alreadyThere: status = .alreadyThere
        case .refuse(let refusal): return entry(step, refusal: refusal)
        }
        return ImportReport.Entry(file: step.file, status: status, id: step.id, path: path, cause: step.cause,
                                  addedCountries: step.addedCountries.map(\.code), result: step.result, refusal: nil)
    }

    private static func entry(_ step: ImportPlan.Step, refusal: ImportRefusal) -> ImportReport.Entry {
        ImportReport.Entry(file: step.file, status: .refused, id: nil, path: nil, cause: nil, addedCountries: [],
                           result: step.result, refusal: refusal)
    }

    /// Data, checked: an import into Data that does not validate would only add to its problems.
    private static func load(_ directory: String) throws -> Store {
        do {
            return try StoreLoader.load(from: directory)
        } catch {
            Terminal.failOnData(error, directory: directory)
        }
    }

    private static func lock(_ directory: String) throws -> DataLock {
        do {
            return try DataLock(directory: directory) {
                Terminal.note(Words.current.waitingForImport(directory))
            }
        } catch {
            Terminal.fail(Words.current.cannotLockData(error.path, reason: error.reason), code: 73)
        }
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// Reads a page from a path, or standard input for `-`, refusing what is too large before reading it.
enum PageReader {
    static func name(of file: String) -> String {
        file == "-" ? "stdin" : (file as NSString).lastPathComponent
    }

    static func read(_ file: String) throws(ImportRefusal) -> [UInt8] {
        let limit = ImportError.maximumPageSize
        if file == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readData(ofLength: limit + 1))
            if bytes.count > limit { throw ImportRefusal(.tooLarge(bytes: bytes.count)) }
            return bytes
        }
        do {
            return try StoreLoader.readBytes(file, limit: limit, kind: .page)
        } catch {
            throw ImportRefusal(error.kind == .missing ? .noSuchFile : .unreadable(error.reason))
        }
    }
}
