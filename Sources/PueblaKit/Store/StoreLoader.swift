import Foundation

/// Loads `Data/` into a `Store`: reads each file, checks every field and every cross-reference,
/// and fails with all the problems at once. A store is never returned half-loaded.
public enum StoreLoader {
    public static let releasesFolder = "releases"
    public static let meetingsFile = "meetings.json"
    public static let countriesFile = "countries.json"
    public static let organizationsFile = "organizations.json"
    /// Optional: a Data folder made before presidencies were recorded has none, and so no presidency.
    public static let presidenciesFile = "presidencies.json"
    /// No real file comes near this; a larger one is refused before it is read into memory. It is
    /// set above the limit of one text field so that an oversized field in an otherwise sound file
    /// is reported at its line, column and field rather than as a file too large.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Data in `directory`, checked. Without `releases`, only meetings, countries and organizations
    /// are read: the browser reads the releases from its library index.
    public static func load(from directory: String, releases includesReleases: Bool = true) throws(StoreError) -> Store {
        var status = stat()
        guard stat(directory, &status) == 0 else {
            let error = FileReadError(errno: errno, path: directory, noun: .folder)
            throw .missing(path: directory, reason: .folderUnreadable(error.reason))
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw .missing(path: directory, reason: .notAFolder)
        }
        let log = ProblemLog()
        let path = { (name: String) in (directory as NSString).appendingPathComponent(name) }

        let countries = readArray(path(countriesFile), log: log, Country.init(reading:))
        let meetings = readArray(path(meetingsFile), log: log, Meeting.init(reading:))
        let organizations = readArray(path(organizationsFile), log: log, Organization.init(reading:))
        let presidencies = readOptionalArray(path(presidenciesFile), log: log, Presidency.init(reading:))
        let known = ReferenceChecker.Known(countries: countries, meetings: meetings)
        let read = includesReleases ? readReleases(in: path(releasesFolder), known: known, log: log) : []

        ReferenceChecker(countries: countries, meetings: meetings, presidencies: presidencies, releases: read.map(\.marks), log: log).check()
        if !log.problems.isEmpty { throw .invalid(log.problems) }
        return Store(directory: directory, releases: read.map(\.release), meetings: (meetings ?? []).map(\.value),
                     countries: (countries ?? []).map(\.value), organizations: (organizations ?? []).map(\.value),
                     presidencies: (presidencies ?? []).map(\.value))
    }

    /// Reads and parses one file, logging why it could not be.
    static func parseFile(_ file: String, log: ProblemLog) -> JSONNode? {
        let bytes: [UInt8]
        do {
            bytes = try readBytes(file)
        } catch {
            log.add(file: file, at: nil, field: nil, .unreadableFile(error.reason))
            return nil
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            log.add(file: file, at: error.location, field: nil, error.kind)
            return nil
        }
    }

    /// The file's bytes, or an error a person can act on (missing, a folder, unreadable, too large).
    /// `limit` is the size past which the file is refused unread; `kind` names such a file in the message.
    public static func readBytes(_ file: String, limit: Int = maximumFileSize, kind: FileReadError.LimitedFile = .dataFile) throws(FileReadError) -> [UInt8] {
        // O_NONBLOCK: a FIFO standing where a file should be must not hang the load.
        let descriptor = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileReadError(errno: errno, path: file, noun: .file) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileReadError(errno: errno, path: file, noun: .file) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw FileReadError(.isFolder)
        default: throw FileReadError(.notRegularFile)
        }
        let size = Int(status.st_size)
        if size > limit {
            throw FileReadError(.tooLarge(bytes: size, limit: limit, of: kind))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(errno: errno, path: file, noun: .file)
            }
            if count == 0 { break }  // shrank while being read: take what is there
            filled += count
        }
        return Array(bytes[..<filled])
    }

    /// The names in a folder, or why it cannot be listed.
    public static func contentsOfFolder(_ folder: String) throws(FileReadError) -> [String] {
        var status = stat()
        guard stat(folder, &status) == 0 else { throw FileReadError(errno: errno, path: folder, noun: .folder) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw FileReadError(.notFolder) }
        guard let stream = opendir(folder) else { throw FileReadError(errno: errno, path: folder, noun: .folder) }
        defer { closedir(stream) }
        // A stored field of a C struct always has an offset.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        var names: [String] = []
        while let entry = readdir(stream) {
            // Read in place up to its NUL: the last entry of readdir's buffer can be shorter than the
            // 256 bytes `d_name` is declared with, so copying the field would read past the buffer.
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// A file that holds a JSON array of one model; each element read with its index. Nil when the
    /// file could not be read at all, so that references into it are not reported as broken too.
    static func readArray<Model>(_ file: String, log: ProblemLog,
                                 _ read: (FieldReader) -> Model?) -> [Located<Model>]? {
        guard let root = parseFile(file, log: log) else { return nil }
        guard case .array(let elements) = root.value else {
            log.add(file: file, at: root.location, field: nil, .wrongType(expected: .array, found: root.kind))
            return nil
        }
        return elements.enumerated().compactMap { index, element in
            guard let reader = FieldReader(element, path: "[\(index)]", file: file, log: log),
                  let model = read(reader) else { return nil }
            return Located(value: model, file: file, reader: reader)
        }
    }

    /// Like `readArray`, but a file that is not there holds nothing rather than being a problem.
    static func readOptionalArray<Model>(_ file: String, log: ProblemLog, _ read: (FieldReader) -> Model?) -> [Located<Model>]? {
        if access(file, F_OK) != 0 && errno == ENOENT { return [] }
        return readArray(file, log: log, read)
    }

    /// One release read from its file, with what later checks need of it.
    struct ReadRelease: Sendable {
        let release: Release
        let marks: ReleaseMarks
    }

    /// Every release file of the folder, in name order, read on all cores. Each file is parsed,
    /// read and checked against `known` on its own, and its parse tree dropped before the next:
    /// only the releases and their marks stay. Problems are logged in file order, as a reading one
    /// file after another would log them.
    static func readReleases(in folder: String, known: ReferenceChecker.Known, log: ProblemLog) -> [ReadRelease] {
        let names: [String]
        do {
            names = try contentsOfFolder(folder)
        } catch {
            log.add(file: folder, at: nil, field: nil, .unreadableFile(error.reason))
            return []
        }
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map {
            (folder as NSString).appendingPathComponent($0)
        }
        let outcomes = [FileOutcome].parallel(count: files.count) { readRelease(files[$0], known: known) }
        var read: [ReadRelease] = []
        read.reserveCapacity(files.count)
        for outcome in outcomes {
            for problem in outcome.problems { log.add(problem) }
            if let release = outcome.release { read.append(release) }
        }
        return read
    }

    struct FileOutcome: Sendable {
        let release: ReadRelease?
        let problems: [DataProblem]
    }

    /// One release file read, checked against `known` (nothing is checked for a nil part).
    static func readRelease(_ file: String, known: ReferenceChecker.Known) -> FileOutcome {
        let log = ProblemLog()
        guard let root = parseFile(file, log: log) else { return FileOutcome(release: nil, problems: log.problems) }
        return readRelease(root, file: file, expectedID: String((file as NSString).lastPathComponent.dropLast(".json".count)),
                           known: known, log: log)
    }

    /// What loading Data would report of a release file holding `root`, its countries and meeting
    /// checked against those given; none when the loader would take it. An import checks with it
    /// each release it is about to write.
    public static func problems(ofRelease root: JSONNode, file: String, expectedID: String, countryCodes: Set<String>?,
                                meetingIDs: Set<String>?) -> [DataProblem] {
        let outcome = readRelease(root, file: file, expectedID: expectedID,
                                  known: ReferenceChecker.Known(countryCodes: countryCodes, meetingIDs: meetingIDs), log: ProblemLog())
        return outcome.problems + (outcome.release?.marks.referenceProblems ?? [])
    }

    /// A release file read on its own, as loading Data reads it.
    public struct ReleaseFile: Sendable {
        /// Nil when the file cannot be read as a release.
        public let release: Release?
        public let problems: [DataProblem]
        /// Quotes pointing at paragraphs the release lacks, and countries and meetings not among
        /// those it was checked against.
        public let referenceProblems: [DataProblem]
    }

    /// One release file read and checked, its countries and meetings against those given (nothing
    /// is checked for a nil set). The library index reads the files it indexes with it.
    public static func readReleaseFile(_ file: String, countryCodes: Set<String>? = nil,
                                       meetingIDs: Set<String>? = nil) -> ReleaseFile {
        let outcome = readRelease(file, known: ReferenceChecker.Known(countryCodes: countryCodes, meetingIDs: meetingIDs))
        return ReleaseFile(release: outcome.release?.release, problems: outcome.problems,
                           referenceProblems: outcome.release?.marks.referenceProblems ?? [])
    }

    /// The problems loading Data reports for releases of `files` that share a source, the files
    /// read again for where their fields stand.
    public static func sharedSourceProblems(inFiles files: [String]) -> [DataProblem] {
        let known = ReferenceChecker.Known(countryCodes: nil, meetingIDs: nil)
        let marks = files.compactMap { readRelease($0, known: known).release?.marks }
        let log = ProblemLog()
        ReferenceChecker(countries: nil, meetings: nil, releases: marks, log: log).check()
        return log.problems
    }

    /// A release from its parsed file, checked against `known`, its id against `expectedID` (the
    /// file's name) when there is one; problems go to `log`, and are returned with the release.
    static func readRelease(_ root: JSONNode, file: String, expectedID: String?, known: ReferenceChecker.Known,
                            log: ProblemLog) -> FileOutcome {
        guard let reader = FieldReader(root, path: "", file: file, log: log),
              let release = Release(reading: reader) else { return FileOutcome(release: nil, problems: log.problems) }
        if let expected = expectedID, release.id != expected {
            reader.problem("id", .idDoesNotMatchFileName(release.id, expected: expected))
        } else if let expected = expectedID, !expected.isNFC {
            // Equal to the id as Swift compares, but not byte for byte: a lookup would miss it.
            reader.problem("id", .fileNameNotNFC(expected, composed: expected.precomposedStringWithCanonicalMapping))
        }
        let references = ProblemLog()
        if let referenceReader = FieldReader(root, path: "", file: file, log: references) {
            ReferenceChecker.checkReferences(of: release, reader: referenceReader, known: known)
        }
        let marks = ReleaseMarks(release, file: file, reader: reader, referenceProblems: references.problems)
        return FileOutcome(release: ReadRelease(release: release, marks: marks), problems: log.problems)
    }
}

/// A model with the file and reader it came from, so later checks can point at its fields.
struct Located<Model> {
    let value: Model
    let file: String
    let reader: FieldReader
}
