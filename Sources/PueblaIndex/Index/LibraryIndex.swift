import Foundation
import PueblaKit

/// The library index of a Data folder: a cache file in `$XDG_CACHE_HOME/puebla/` from which a
/// `Library` opens without parsing any release. Each release file's stamp (`FileStamp`) is kept in
/// it; opening compares them with the folder, and only files that are new or changed are read again
/// (on all cores), the rest carried over. A missing, damaged or older-format index is rebuilt, never
/// trusted.
public enum LibraryIndex {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// A release that had to be read cannot be; the message says where and why.
        case data(StoreError)
        /// The build's temporary file could not be read back: nothing was written.
        case spill(SpillReadError)

        public var description: String {
            switch self {
            case .data(let error): return error.description
            case .spill(let error): return error.description
            }
        }
    }

    /// What the index file holds against what the folder holds now.
    public struct Check: Sendable {
        /// The library as the index file has it; nil when there is no usable index file.
        public let indexed: Library?
        /// Release files that are new or changed since they were indexed, by name.
        public let stale: [String]
        /// Release files indexed before that are gone, by name.
        public let removed: [String]
        fileprivate let staleStamps: [FileStamp]
        /// Positions in `indexed` of the releases that are still current.
        fileprivate let kept: [Int]
        /// When the files were looked at: what the stamps of the index written from this are as of.
        fileprivate let stampedAt: Int

        /// True when the index file is usable as it is.
        public var isCurrent: Bool { indexed != nil && stale.isEmpty && removed.isEmpty }
    }

    /// What bringing the index up to date did.
    public struct Update: Sendable, Equatable {
        /// Files read again (new or changed), by name.
        public let reindexed: [String]
        /// Files indexed before that are gone.
        public let removed: [String]
        /// True when there was no usable index file, so that every release was read.
        public let rebuilt: Bool
        /// Why the index file could not be written (the library then lives in memory for this run).
        public let writeProblem: IndexWriteProblem?
    }

    /// How far a build has come: shown as a bar while a large library is indexed.
    public struct Progress: Sendable, Equatable {
        public let done: Int
        public let total: Int
        /// Seconds since the build started.
        public let elapsed: Double

        public init(done: Int, total: Int, elapsed: Double) {
            self.done = done
            self.total = total
            self.elapsed = elapsed
        }

        /// Seconds left at the pace so far; nil before there is a pace to go by.
        public var secondsLeft: Double? {
            guard done > 0, done < total, elapsed > 0.2 else { return nil }
            return elapsed / Double(done) * Double(total - done)
        }

        /// `Indexing releases [#####.....] 45,000/100,000, 12 s left`, the bar `width` columns wide;
        /// the browser gives the label and the time left in the interface's language.
        public func line(barWidth: Int = 20, label: String = "Indexing releases",
                         timeLeft: (Int) -> String = { "\($0) s left" }) -> String {
            let filled = total == 0 ? barWidth : min(barWidth, barWidth * done / total)
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
            let left = secondsLeft.map { ", " + timeLeft(Int($0.rounded(.up))) } ?? ""
            return "\(label) [\(bar)] \(Self.grouped(done))/\(Self.grouped(total))\(left)"
        }

        public static func grouped(_ number: Int) -> String {
            var text = String(number)
            var index = text.count - 3
            while index > 0 {
                text.insert(",", at: text.index(text.startIndex, offsetBy: index))
                index -= 3
            }
            return text
        }
    }

    /// Where the index of a Data folder lives: `$XDG_CACHE_HOME/puebla/index-<hash of its path>.bin`,
    /// the path's symbolic links resolved, so that every way to one folder shares its index.
    public static func location(for dataDirectory: String,
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let key = String(IndexChecksum.of(Array(resolvedPath(of: dataDirectory).utf8)), radix: 16)
        return XDGDirectory.cache.file("index-\(key).bin", environment: environment)
    }

    /// `path` made absolute with its symbolic links resolved; only made absolute when it cannot be
    /// resolved (a folder not there yet).
    static func resolvedPath(of path: String) -> String {
        guard let resolved = realpath(path, nil) else { return URL(fileURLWithPath: path).standardizedFileURL.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Removes the index files beside `indexFile` that no build will read again: those of a Data
    /// folder that is gone, and those of another format version or damaged past their header
    /// (they would be rebuilt anyway). Called after an index is written, so rarely.
    static func pruneIndexes(besides indexFile: String) {
        let cacheFolder = (indexFile as NSString).deletingLastPathComponent
        let own = (indexFile as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: cacheFolder) else { return }
        for name in names where name != own && name.hasPrefix("index-") && name.hasSuffix(".bin") {
            let path = (cacheFolder as NSString).appendingPathComponent(name)
            // Only index files are removed: a FIFO, a device or a folder by such a name is not one.
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            if let folder = IndexImage.dataFolder(ofFile: path) {
                var status = stat()
                guard stat(folder, &status) != 0, errno == ENOENT else { continue }
            }
            unlink(path)
            unlink(IndexSegment.path(of: path))
        }
    }

    static func releasesFolder(of dataDirectory: String) -> String {
        (dataDirectory as NSString).appendingPathComponent(StoreLoader.releasesFolder)
    }

    /// The library as the index file has it, without looking at the release files (which `check`
    /// does): what a start shows first. Nil when there is no sound index file of this Data folder.
    public static func cached(dataDirectory: String, indexFile: String) -> Library? {
        guard let image = IndexImage.read(indexFile),
              image.dataFolder == resolvedPath(of: dataDirectory) else { return nil }
        var merge: SegmentMerge?
        let segmentFile = IndexSegment.path(of: indexFile)
        var status = stat()
        if lstat(segmentFile, &status) == 0 {
            // A segment that does not open, or that goes with another main file, is no index at all.
            guard let segment = IndexImage.read(segmentFile), let merged = SegmentMerge(main: image, segment: segment) else { return nil }
            merge = merged
        }
        return Library(image: image, merge: merge, releasesFolder: releasesFolder(of: dataDirectory))
    }

    /// The library as the index file has it, when it can be shown before the release files are
    /// compared with it: it names no country or meeting that `store` lacks. An index that names one
    /// may just be stale (a release deleted by hand, with the country it brought in): nil then, so
    /// that the files are compared first (`open`) and only a current index is held against Data.
    public static func cached(dataDirectory: String, indexFile: String, referencesKnownTo store: Store) -> Library? {
        guard let library = cached(dataDirectory: dataDirectory, indexFile: indexFile),
              unknownReferences(of: library, in: store).isEmpty else { return nil }
        return library
    }

    /// Compares the index (`indexed`, else the index file) with the release files: reads no release.
    public static func check(dataDirectory: String, indexFile: String, indexed: Library? = nil) throws(Failure) -> Check {
        let folder = releasesFolder(of: dataDirectory)
        let stampedAt = FileStamp.now()
        var indexed = indexed ?? cached(dataDirectory: dataDirectory, indexFile: indexFile)
        if indexed?.isDamaged == true { indexed = nil }
        var found = try compare(folder, with: indexed)
        // Parts of an index are read as they are used: one found damaged now is rebuilt.
        if indexed?.isDamaged == true {
            indexed = nil
            found = try compare(folder, with: nil)
        }
        return Check(indexed: indexed, stale: found.stale.map(\.name), removed: found.removed, staleStamps: found.stale,
                     kept: found.kept, stampedAt: stampedAt)
    }

    /// The release files of `folder` that `indexed` does not have as they are now (by name), the
    /// positions of those it has, and the names of those it has that are gone. A file is found in
    /// the index by its name, which is its release's id (loading refuses another), through a table
    /// of the hashes of the ids (3 MB at 100,000 releases) rather than one of every indexed file
    /// by name (25 MB).
    private static func compare(_ folder: String, with indexed: Library?) throws(Failure) -> (stale: [FileStamp], kept: [Int], removed: [String]) {
        var stale: [FileStamp] = [], kept: [Int] = []
        var listed = [Bool](repeating: false, count: indexed?.count ?? 0)
        let ids = indexed.map(IDTable.init)
        do {
            try FileStamp.forEach(in: folder) { file in
                guard let indexed, let position = ids?.candidate(forID: file.name.dropLast(".json".count), in: indexed),
                      !listed[position], let stamp = indexed.stamp(at: position), stamp.name == file.name else {
                    stale.append(file)
                    return
                }
                listed[position] = true
                if stamp == file && !stamp.isRacy(stampedAt: indexed.stampedAt(position)) { kept.append(position) } else { stale.append(file) }
            }
        } catch {
            throw .data(error)
        }
        stale.sort { $0.name < $1.name }
        let removed = listed.indices.filter { !listed[$0] }.compactMap { indexed?.stamp(at: $0)?.name }.sorted()
        return (stale, kept, removed)
    }

    /// The list positions of a library's releases by a hash of their ids, for finding many.
    private struct IDTable {
        private var positions: [Int: Int32] = [:]
        /// Hashes two ids share: those are found by bisecting the ids instead.
        private var shared: Set<Int> = []

        init(_ library: Library) {
            positions.reserveCapacity(library.count)
            for position in 0..<library.count {
                let hash = Self.hash(library.idBytes(at: position))
                if positions.updateValue(Int32(position), forKey: hash) != nil { shared.insert(hash) }
            }
        }

        /// The position of the release with `id`, or of one whose id has the same hash: the caller
        /// compares the file names (one read of the index fewer per file).
        func candidate(forID id: Substring, in library: Library) -> Int? {
            var id = id
            let hash = id.withUTF8 { Self.hash(UnsafeRawBufferPointer($0)) }
            guard !shared.contains(hash), let position = positions[hash] else { return library.position(ofID: String(id)) }
            return Int(position)
        }

        private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
            var hasher = Hasher()
            hasher.combine(bytes: bytes)
            return hasher.finalize()
        }
    }

    /// Brings the index up to date after this program wrote or removed the release files `names`,
    /// looking at those files alone rather than at every file: what an import does right after
    /// writing. Nil when there is no sound index to update (the next start builds one). The other
    /// files are taken as the index has them, and the index's time of looking is kept, so that the
    /// next comparison of every file with the index (a start's, in the background) still finds a
    /// file changed behind its back, and reads the files just written once more.
    public static func update(afterWriting names: [String], dataDirectory: String, indexFile: String) throws(Failure) -> (Library, Update)? {
        guard let library = cached(dataDirectory: dataDirectory, indexFile: indexFile), !library.isDamaged else { return nil }
        let wanted = Set(names)
        var dropped = Set<Int>(), indexed = Set<String>()
        // A release file is named after its release's id (loading refuses another name): found by
        // id, not by reading every file entry.
        for name in wanted where name.hasSuffix(".json") {
            if let position = library.position(ofID: String(name.dropLast(5))), library.stamp(at: position)?.name == name {
                dropped.insert(position)
                indexed.insert(name)
            }
        }
        let kept = (0..<library.count).filter { !dropped.contains($0) }
        let folder = releasesFolder(of: dataDirectory)
        var stale: [FileStamp] = [], removed: [String] = []
        for name in wanted.sorted() {
            var status = stat()
            if stat((folder as NSString).appendingPathComponent(name), &status) == 0 {
                stale.append(FileStamp(name: name, status: status))
            } else if indexed.contains(name) {
                removed.append(name)
            }
        }
        let check = Check(indexed: library, stale: stale.map(\.name), removed: removed, staleStamps: stale, kept: kept,
                          stampedAt: library.merge?.segment.stampedAt ?? library.image.stampedAt)
        return try update(check, dataDirectory: dataDirectory, indexFile: indexFile)
    }

    /// Reads what `check` found new or changed, carries the rest over, and writes the index again:
    /// the segment alone when what changed is a small share of the main file (see `IndexSegment`),
    /// else the main file whole, the segment folded into it. `progress` is called from this thread
    /// after each batch of files.
    public static func update(_ check: Check, dataDirectory: String, indexFile: String,
                              progress: (Progress) -> Void = { _ in }) throws(Failure) -> (Library, Update) {
        try update(check, dataDirectory: dataDirectory, indexFile: indexFile, progress: progress, reading: Self.read(_:in:progress:))
    }

    /// Reads `files` of a folder into a new builder, saying how far it is: `read`, or in tests one
    /// that damages what the builder spilled.
    typealias Reader = (_ files: [FileStamp], _ folder: String, _ progress: (Progress) -> Void) -> (LibraryBuilder, [DataProblem])

    static func update(_ check: Check, dataDirectory: String, indexFile: String, progress: (Progress) -> Void,
                       reading read: @escaping Reader) throws(Failure) -> (Library, Update) {
        let folder = releasesFolder(of: dataDirectory)
        let library = check.indexed
        var mainKept: [Int] = [], segmentKept: [Int] = [], segmentKeptFiles: [FileStamp] = []
        for position in check.kept {
            guard let library else { break }
            let (part, local) = library.part(position)
            if part.bytes === library.image.bytes { mainKept.append(local) } else {
                segmentKept.append(local)
                if let stamp = library.stamp(at: position) { segmentKeptFiles.append(stamp) }
            }
        }
        let mainCount = library?.image.count ?? 0
        let incremental = library != nil
            && IndexSegment.fits(size: segmentKept.count + check.staleStamps.count, dropped: mainCount - mainKept.count, mainCount: mainCount)
        // What is carried over is read whole: an index damaged where no start looked is rebuilt.
        let carried = incremental ? library?.merge?.segment : library?.image
        if let carried, !carried.readAll() || (!incremental && library?.merge?.segment.readAll() == false) {
            return try update(try Self.check(dataDirectory: dataDirectory, indexFile: indexFile, indexed: check.indexed),
                              dataDirectory: dataDirectory, indexFile: indexFile, progress: progress, reading: read)
        }
        // A fold reads the segment's releases again rather than carrying them over from two files.
        var (builder, problems) = read(check.staleStamps + (incremental ? [] : segmentKeptFiles), folder, progress)
        let kept = incremental ? segmentKept : mainKept
        var sharing = builder.sharedSources(previous: carried, kept: kept)
        var built = builder.finish(previous: carried, kept: kept, dataFolder: resolvedPath(of: dataDirectory), stampedAt: check.stampedAt)
        // Built just now from sound releases: a segment that does not open is a bug, not bad data.
        let segment: IndexImage?
        do { segment = incremental ? IndexImage(try built.bytes()) : nil } catch { throw .spill(error) }
        if incremental && segment == nil { preconditionFailure("a segment just built does not open") }
        if let segment, let main = library?.image {
            // A release read now may give the source of one the main file keeps: only those whose
            // source hash is one of the segment's are read.
            sharing += builder.sharedSources(previous: main, kept: IndexSegment.sharingSources(with: segment, in: main, positions: mainKept))
        }
        problems += duplicateSources(sharing, in: folder)
        if let failure = built.spillFailure { throw .spill(failure) }
        if !problems.isEmpty { throw .data(.invalid(problems)) }
        let update = Update(reindexed: check.stale, removed: check.removed, rebuilt: library == nil, writeProblem: nil)
        let segmentFile = IndexSegment.path(of: indexFile)
        if let segment, let main = library?.image {
            var isKept = [Bool](repeating: false, count: main.count)
            for position in mainKept { isKept[position] = true }
            let dropped = isKept.indices.filter { !isKept[$0] }
            if segment.count == 0 && dropped.isEmpty {
                // Nothing is left beside the main file (the segment's only releases removed): the
                // segment goes rather than stays empty, and a start reads the main file alone.
                let problem = unlink(segmentFile) == 0 || errno == ENOENT ? nil
                    : IndexWriteProblem.segmentNotRemoved(path: segmentFile, errno: errno)
                return (Library(image: main, releasesFolder: folder),
                        Update(reindexed: update.reindexed, removed: update.removed, rebuilt: false, writeProblem: problem))
            }
            var segmentIndex = IndexSegment.file(segment, dropping: dropped, from: main)
            let (written, problem) = try write(&segmentIndex, to: segmentFile)
            guard let merge = SegmentMerge(main: main, segment: written) else { preconditionFailure("a segment just built does not merge") }
            return (Library(image: main, merge: merge, releasesFolder: folder),
                    Update(reindexed: update.reindexed, removed: update.removed, rebuilt: false, writeProblem: problem))
        }
        let (image, problem) = try write(&built, to: indexFile, removing: segmentFile)
        if problem == nil { pruneIndexes(besides: indexFile) }
        return (Library(image: image, releasesFolder: folder),
                Update(reindexed: update.reindexed, removed: update.removed, rebuilt: update.rebuilt, writeProblem: problem))
    }

    /// Reads `files` and adds their releases to a new builder: on all cores, a batch at a time.
    private static func read(_ files: [FileStamp], in folder: String, progress: (Progress) -> Void) -> (LibraryBuilder, [DataProblem]) {
        let started = DispatchTime.now().uptimeNanoseconds
        let batch = 512
        // Files are read and their words worked out on all cores, a batch at a time, while the batch
        // read before is added to the postings on a queue of its own.
        let adding = BatchAdder()
        for start in stride(from: 0, to: files.count, by: batch) {
            let slice = Array(files[start..<min(start + batch, files.count)])
            adding.add(zip(slice, readReleases(slice, in: folder)).map { ($0, $1) })
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            progress(Progress(done: start + slice.count, total: files.count, elapsed: elapsed))
        }
        return adding.finish()
    }

    /// Writes the index file `built` to `path` (replacing it whole) and reads it back as a start
    /// reads it; when it cannot be written, the image in memory and why, for this run. The file
    /// `removing` (a segment folded into it) is removed once the new file is written whole, just
    /// before it is renamed over the old: a crash in between leaves the old main file alone, which
    /// is only stale, and a build given up leaves both as they were. A spill that cannot be read
    /// back fails it, nothing written.
    private static func write(_ built: inout BuiltIndex, to path: String, removing replaced: String? = nil) throws(Failure) -> (IndexImage, IndexWriteProblem?) {
        var writeProblem: IndexWriteProblem?
        let cacheFolder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
        } catch {
            // Foundation's error carries no error number here: the folder's own mkdir gives the system's.
            let code = mkdir(cacheFolder, 0o755) == 0 ? nil : errno
            writeProblem = .cacheFolderNotMade(path: cacheFolder, reason: error.localizedDescription, errno: code)
        }
        if writeProblem == nil {
            // What a build killed while writing left: as large as the index itself.
            AtomicFile.removeAbandonedTemporaries(of: path)
            do {
                try AtomicFile.write(to: path) { descriptor in
                    if let failure = built.write(to: descriptor) { return failure }
                    if let replaced { unlink(replaced) }
                    return nil
                }
            } catch {
                writeProblem = .notWritten(error)
            }
        }
        if let failure = built.spillFailure { throw .spill(failure) }
        // Read back as a start reads it, rather than held whole, once written: the same file when its
        // head, which holds every block's checksum, is the one just written.
        let written = writeProblem == nil ? IndexImage.read(path).flatMap { image in
            image.bytes.slice(0..<built.head.count).elementsEqual(built.head) ? image : nil
        } : nil
        var image = written
        if image == nil {
            do { image = IndexImage(try built.bytes()) } catch { throw .spill(error) }
        }
        guard let image else { preconditionFailure("an index just built does not open") }
        return (image, writeProblem)
    }

    /// The library of `dataDirectory`, its index brought up to date, its references checked
    /// against the countries and meetings of `store`.
    public static func open(dataDirectory: String, indexFile: String, checkingAgainst store: Store,
                            progress: (Progress) -> Void = { _ in }) throws(Failure) -> (Library, Update) {
        try open(check(dataDirectory: dataDirectory, indexFile: indexFile), dataDirectory: dataDirectory, indexFile: indexFile,
                 checkingAgainst: store, progress: progress)
    }

    /// The library as `check` found it, brought up to date when it is not.
    public static func open(_ check: Check, dataDirectory: String, indexFile: String, checkingAgainst store: Store,
                            progress: (Progress) -> Void = { _ in }) throws(Failure) -> (Library, Update) {
        let opened: (Library, Update)
        if check.isCurrent, let library = check.indexed {
            opened = (library, Update(reindexed: [], removed: [], rebuilt: false, writeProblem: nil))
        } else {
            opened = try update(check, dataDirectory: dataDirectory, indexFile: indexFile, progress: progress)
        }
        try checkReferences(of: opened.0, against: store)
        return opened
    }

    /// Country codes and meeting ids the releases use that Data does not define: an index built
    /// before `countries.json` or `meetings.json` changed may hold some. The releases that use one
    /// are read again, checked in full, so that the problems say file, line and field.
    public static func checkReferences(of library: Library, against store: Store) throws(Failure) {
        let positions = unknownReferences(of: library, in: store)
        guard !positions.isEmpty, let folder = library.releasesFolder else { return }
        let codes = Set(store.countries.map(\.code)), meetingIDs = Set(store.meetings.map(\.id))
        let problems = positions.compactMap { library.stamp(at: Int($0)) }.flatMap { stamp in
            let file = (folder as NSString).appendingPathComponent(stamp.name)
            let read = StoreLoader.readReleaseFile(file, countryCodes: codes, meetingIDs: meetingIDs)
            return read.problems + read.referenceProblems
        }
        if !problems.isEmpty { throw .data(.invalid(problems)) }
    }

    /// The positions of the releases that name a country or a meeting `store` does not define.
    private static func unknownReferences(of library: Library, in store: Store) -> [Int32] {
        let countries = Set(store.countries.map(\.code)), meetings = Set(store.meetings.map(\.id))
        let unknownCodes = library.image.codes.filter { !countries.contains($0) }
        let unknownMeetings = library.image.meetingIDs.filter { !meetings.contains($0) }
        return Set(unknownCodes.flatMap { library.positions(mentioning: $0) }
            + unknownMeetings.flatMap { library.positions(aboutMeeting: $0) }).sorted()
    }

    /// The problems loading Data reports for releases that share a source: the files of each group
    /// are read again for where their fields stand.
    private static func duplicateSources(_ groups: [[String]], in folder: String) -> [DataProblem] {
        let files = Set(groups.joined()).map { (folder as NSString).appendingPathComponent($0) }.sorted()
        guard !files.isEmpty else { return [] }
        return StoreLoader.sharedSourceProblems(inFiles: files)
    }

    /// Adds batches of read files to a `LibraryBuilder` on a serial queue, one batch while the next
    /// is read; stops adding at the first problem, but keeps collecting problems.
    private final class BatchAdder: @unchecked Sendable {
        // Unchecked: `builder` and `problems` are touched only on `queue`, and by `finish` once it is empty.
        private let queue = SerialWorker()
        private var builder = LibraryBuilder()
        private var problems: [DataProblem] = []

        func add(_ files: [(FileStamp, ReadFile)]) {
            // One batch waits at most: the reading does not run ahead of the adding.
            queue.sync {}
            queue.async { [self] in
                for (file, read) in files {
                    problems += read.problems
                    if let (release, words) = read.release, problems.isEmpty { builder.add(release, stamp: file, words: words) }
                }
            }
        }

        func finish() -> (LibraryBuilder, [DataProblem]) {
            queue.sync { (builder, problems) }
        }
    }

    private struct ReadFile: Sendable {
        let release: (Release, ReleaseWords)?
        let problems: [DataProblem]
    }

    /// Reads and checks the given files and works out their words, on all cores.
    private static func readReleases(_ files: [FileStamp], in folder: String) -> [ReadFile] {
        [ReadFile].parallel(count: files.count) { index in
            let path = (folder as NSString).appendingPathComponent(files[index].name)
            let read = StoreLoader.readReleaseFile(path)
            let release = read.release.map { ($0, ReleaseWords($0)) }
            // Quotes pointing at paragraphs the release lacks; countries and meetings are checked against
            // Data when the library is opened (`checkReferences`).
            return ReadFile(release: release, problems: read.problems + read.referenceProblems)
        }
    }
}

/// A release file's name and what tells whether it changed since it was indexed: its size, its
/// modification time, its inode (a file renamed over it) and its change time, which no program can
/// set back (an edit whose modification time was put back, by `cp -p`, `touch -r`, `rsync -t` or
/// `tar x`). Times are in nanoseconds since 1970.
struct FileStamp: Sendable, Equatable {
    let name: String
    let size: Int
    let modified: Int
    var changed = 0
    var inode = 0

    init(name: String, size: Int, modified: Int, changed: Int = 0, inode: Int = 0) {
        self.name = name
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    /// The stamp of the file `name` as `status` describes it.
    init(name: String, status: stat) {
        let identity = IndexFile.Identity(status)
        self.init(name: name, size: identity.size, modified: identity.modified, changed: identity.changed,
                  inode: Int(truncatingIfNeeded: identity.inode))
    }

    /// The time now, as file times are kept.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }

    /// How long after a change a file's times may still be those it had before it: a file system
    /// that keeps whole seconds (its times have no fraction) may keep two; otherwise times are those
    /// of the kernel's coarse clock, some milliseconds a tick, two ticks allowed.
    private var window: Int {
        if modified % 1_000_000_000 == 0 && changed % 1_000_000_000 == 0 { return 2_000_000_000 }
        return 2 * Self.coarseTick
    }

    private static let coarseTick: Int = {
        var resolution = timespec()
        guard clock_getres(CLOCK_REALTIME_COARSE, &resolution) == 0 else { return 10_000_000 }
        return max(1_000_000, Int(resolution.tv_sec) * 1_000_000_000 + Int(resolution.tv_nsec))
    }()

    /// True when this stamp, taken at `stampedAt`, cannot tell a later change: the file was written
    /// so shortly before then that a change right after may have kept its times and size. Such a
    /// file is read again rather than trusted (as git does with racily clean entries); once stamped
    /// long enough after its last change, it is trusted.
    func isRacy(stampedAt: Int) -> Bool {
        max(modified, changed) > stampedAt - window
    }

    /// Calls `body` with the stamp of each release file of a folder, in the order the folder lists
    /// them.
    static func forEach(in folder: String, _ body: (FileStamp) -> Void) throws(StoreError) {
        // Reported as loading Data reports them, so that the browser says the same as `puebla validate`.
        func problem(_ error: FileReadError) -> StoreError {
            .invalid([DataProblem(file: folder, location: nil, field: nil, kind: .unreadableFile(error.reason))])
        }
        let names: [String]
        do { names = try StoreLoader.contentsOfFolder(folder) } catch { throw problem(error) }
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw problem(FileReadError(errno: errno, path: folder, noun: .folder)) }
        defer { close(directory) }
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            var status = stat()
            // Relative to the open folder: no path to build and walk for each of many files. A file
            // that cannot be looked at is stale: reading it says why, with its name.
            guard fstatat(directory, name, &status, 0) == 0 else {
                body(FileStamp(name: name, size: -1, modified: -1))
                continue
            }
            body(FileStamp(name: name, status: status))
        }
    }
}
