import Foundation
import PueblaKit

/// One release offered to an import (a page, or an item of a feed): what the importer made of
/// it, or why it gave nothing.
public struct ImportPage: Sendable {
    /// The file as the user named it (`-` for standard input), for messages.
    public let file: String
    public let outcome: Result<ImportResult, ImportRefusal>

    public init(file: String, outcome: Result<ImportResult, ImportRefusal>) {
        self.file = file
        self.outcome = outcome
    }
}

/// Why a page is not imported, and the exit status it calls for: 65 for a page or release that
/// is wrong, 66 for a file that cannot be read, 73 for a write that failed. Kept as a value, written
/// by `ImportWords` in the interface's language on the terminal and in English in the `--json`
/// report, whose words are the same in every language.
public struct ImportRefusal: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The page's fault.
        case page(ImportError)
        /// The file named does not exist.
        case noSuchFile
        /// The file cannot be read, for another reason.
        case unreadable(FileReadError.Reason)
        /// A folder named holds no page.
        case noPagesInFolder
        /// A folder that cannot be listed, in the system's words.
        case cannotListFolder(String)
        /// The release's file could not be written, in the words of what failed.
        case notWritten(String)
        /// A file the import writes (the release's, countries.json) could not be written.
        case fileNotWritten(AtomicFile.WriteError)
        /// Not written because an earlier write failed, for this reason.
        indirect case notWrittenAfterFailure(Kind)
        /// Anything else the importer threw, in its own words.
        case other(String)
    }

    public let kind: Kind

    public init(_ kind: Kind) {
        self.kind = kind
    }

    public init(_ error: ImportError) {
        kind = .page(error)
    }

    public var exitCode: Int32 { Self.exitCode(of: kind) }

    /// In English, as the `--json` report gives it.
    public var reason: String { reason(in: English()) }

    /// The reason in the language of `words`.
    public func reason(in words: any ImportWords) -> String { Self.reason(kind, in: words) }

    private static func reason(_ kind: Kind, in words: any ImportWords) -> String {
        switch kind {
        case .page(let error): error.description(in: words)
        case .noSuchFile: words.noSuchFile
        case .unreadable(let reason): words.problem(.unreadableFile(reason))
        case .noPagesInFolder: words.noPagesInFolder
        case .cannotListFolder(let reason): words.cannotListFolder(reason)
        case .notWritten(let reason): words.notWritten(reason)
        case .fileNotWritten(let error): words.notWritten(error.description(words: words))
        case .notWrittenAfterFailure(let failure): words.notWrittenAfterFailure(Self.reason(failure, in: words))
        case .other(let reason): reason
        }
    }

    private static func exitCode(of kind: Kind) -> Int32 {
        switch kind {
        case .page(let error): error.exitCode
        case .unreadable, .other: 65
        case .noSuchFile, .noPagesInFolder, .cannotListFolder: 66
        case .notWritten, .fileNotWritten, .notWrittenAfterFailure: 73
        }
    }
}

/// What an import will do with each page, decided for all of them before anything is written,
/// from Data as it is and the pages before it in the same run: so that a dry run and the real
/// run are the same plan, and the plan is all the real run does. Pure: no file is touched.
///
/// Identity. Two releases come from the **same source** when
/// - both have a source URL: the URLs are equal (as written);
/// - otherwise: their source file names are equal and they are the same article, which means
///   more than half of the paragraphs of the longer one are, word for word, paragraphs of the
///   other (a page edited a little, or a release corrected by hand, is still that article;
///   `page.html` saved from two different articles is two sources).
///
/// A page from the same source as a release in Data is *already there* (nothing written), or with
/// `replace`, *replaces* it: the new release keeps the old one's id, because reading state,
/// bookmarks and links name releases by id, and one atomic rename then swaps old for new. A page
/// from the same source as an earlier page of the same run is already there (the first wins),
/// with or without `replace`. Any other page is a new release under its natural id
/// (`<date or undated>-<slug>`), or, when that id belongs to another article (in Data or earlier
/// in the run), under the first free numbered id (`-2`, `-3`, ...). Two articles never share an
/// id, and nothing ever overwrites a release from another source.
///
/// A release is checked as `StoreLoader` would check its file, against Data's countries and
/// meetings and the countries earlier pages add; a country it mentions that Data lacks is added
/// from the gazetteer. Data is valid after each step, so a run stopped anywhere leaves it valid.
public struct ImportPlan: Sendable {
    public enum Action: Sendable, Equatable {
        /// A new release.
        case add
        /// Takes the place of the release from the same source, under its id.
        case replace
        /// The release from the same source is already there; nothing is written.
        case alreadyThere
        case refuse(ImportRefusal)

        public var writes: Bool { self == .add || self == .replace }
    }

    public struct Step: Sendable {
        public let file: String
        public let action: Action
        /// What the importer made of the page, its release under the id it has (or would have) in
        /// Data; nil when the page gave nothing.
        public let result: ImportResult?
        /// Why this id or this action: the source it shares, or whose the natural id is.
        public let cause: Reason?
        /// Countries the release mentions that Data lacks, added to countries.json before it.
        public let addedCountries: [Country]
        /// The release file as it was checked, and is to be written (canonical JSON); empty when
        /// nothing is to be written.
        public var bytes: [UInt8] = []

        public var id: String? { result?.release.id }

        /// The cause in English, as the `--json` report gives it.
        public var reason: String? { cause.map(English().planReason) }
    }

    public let steps: [Step]

    public var writes: Bool { steps.contains { $0.action.writes } }

    public init(pages: [ImportPage], store: Store, replace: Bool) {
        var state = Planner(store: store)
        steps = pages.map { page in
            switch page.outcome {
            case .failure(let refusal): return Step(file: page.file, action: .refuse(refusal), result: nil, cause: nil, addedCountries: [])
            case .success(let result): return state.plan(result, file: page.file, replace: replace)
            }
        }
    }

    /// Why `a` and `b` come from the same source, or nil when they do not (see the type's comment).
    static func sameSource(_ a: Release, _ b: Release) -> SourceMatch? {
        if let url = a.source?.url, let other = b.source?.url { return url == other ? .url(url) : nil }
        guard let file = a.source?.file, file == b.source?.file, sameArticle(a, b) else { return nil }
        return .fileAndArticle(file)
    }

    /// Why a page is the release it is, or has the id it has, written by each language's `ImportWords`.
    public enum Reason: Sendable, Equatable {
        /// From the same source as the release it is (or replaces).
        case sameSource(SourceMatch)
        /// Already there: the release from the same source was imported earlier in this run.
        case importedEarlier(SourceMatch)
        /// Already there, and the page now differs from that release: `--replace` takes the page's.
        case pageDiffers(SourceMatch)
        /// Its natural id is another article's, in Data or imported earlier in this run: it is numbered.
        case idOfAnotherArticle(String, importedEarlier: Bool)
    }

    /// How two releases are known to come from the same source.
    public enum SourceMatch: Sendable, Equatable {
        case url(String)
        /// The same source file name, and the same article.
        case fileAndArticle(String)
    }

    /// More than half of the paragraphs of the longer release are paragraphs of the other.
    static func sameArticle(_ a: Release, _ b: Release) -> Bool {
        ArticleMatch.sameArticle(a.paragraphs, b.paragraphs)
    }
}

/// The state a plan is made in: Data's releases and those planned so far, the ids they take, the
/// countries known.
private struct Planner {
    /// A release in Data or planned; `inRun` once this run writes it.
    struct Known {
        var release: Release
        var inRun: Bool
    }

    let directory: String
    let meetingIDs: Set<String>
    var countryCodes: Set<String>
    var known: [Known]
    var byURL: [String: [Int]] = [:]
    var byFile: [String: [Int]] = [:]
    var taken: [String: Int] = [:]

    init(store: Store) {
        directory = store.directory
        meetingIDs = Set(store.meetings.map(\.id))
        countryCodes = Set(store.countries.map(\.code))
        // By id, so that when several releases of Data share a source the choice does not depend on their dates.
        known = store.releases.sorted { $0.id < $1.id }.map { Known(release: $0, inRun: false) }
        for index in known.indices { remember(index) }
    }

    private mutating func remember(_ index: Int) {
        let release = known[index].release
        if let url = release.source?.url { byURL[url, default: []].append(index) }
        if let file = release.source?.file { byFile[file, default: []].append(index) }
        taken[release.id] = index
    }

    mutating func plan(_ result: ImportResult, file: String, replace: Bool) -> ImportPlan.Step {
        var result = result
        let release = result.release
        if let (index, reason) = sameSource(as: release) {
            let existing = known[index]
            result.release.id = existing.release.id
            guard replace && !existing.inRun else {
                return ImportPlan.Step(file: file, action: .alreadyThere, result: result,
                                       cause: alreadyThereCause(reason, existing: existing, page: result.release), addedCountries: [])
            }
            return checked(result, file: file, action: .replace, cause: .sameSource(reason)) { planner in
                planner.known[index] = Known(release: result.release, inRun: true)
            }
        }
        var cause: ImportPlan.Reason?
        if let owner = taken[release.id] {
            result.release.id = freeID(numbering: release)
            cause = .idOfAnotherArticle(release.id, importedEarlier: known[owner].inRun)
        }
        return checked(result, file: file, action: .add, cause: cause) { planner in
            planner.known.append(Known(release: result.release, inRun: true))
            planner.remember(planner.known.count - 1)
        }
    }

    /// The release from the same source as `release` (one of Data's before one of this run, then
    /// by id), with why they are the same.
    private func sameSource(as release: Release) -> (Int, ImportPlan.SourceMatch)? {
        let candidates = (release.source?.url.flatMap { byURL[$0] } ?? []) + (release.source?.file.flatMap { byFile[$0] } ?? [])
        let ordered = Set(candidates).sorted { a, b in
            known[a].inRun != known[b].inRun ? !known[a].inRun : known[a].release.id < known[b].release.id
        }
        for index in ordered {
            if let reason = ImportPlan.sameSource(known[index].release, release) { return (index, reason) }
        }
        return nil
    }

    private func alreadyThereCause(_ match: ImportPlan.SourceMatch, existing: Known, page: Release) -> ImportPlan.Reason {
        if existing.inRun { return .importedEarlier(match) }
        return existing.release == page ? .sameSource(match) : .pageDiffers(match)
    }

    private func freeID(numbering release: Release) -> String {
        var number = 2
        while true {
            let id = ReleaseID.numbered(release.id, date: release.date, number: number)
            if taken[id] == nil { return id }
            number += 1
        }
    }

    /// The step, when the release would validate in Data as it will be then (with the countries
    /// it adds), with `commit` applied to the plan's state; otherwise a refusal, the state unchanged.
    private mutating func checked(_ result: ImportResult, file: String, action: ImportPlan.Action, cause: ImportPlan.Reason?,
                                  commit: (inout Planner) -> Void) -> ImportPlan.Step {
        let release = result.release
        var added: [Country] = []
        for code in release.countries + [release.place?.country].compactMap({ $0 })
        where !countryCodes.contains(code) && !added.contains(where: { $0.code == code }) {
            guard CountryCode.problem(with: code) == nil, let entry = CountryGazetteer.entry(code: code) else {
                return refusal(file, result, .unknownCountry(code: code))
            }
            added.append(Country(code: code, name: entry.name, nameEs: entry.nameEs, capital: nil, latitude: nil, longitude: nil,
                                 rcm: nil, memberSince: nil, memberSinceStatus: nil, notes: nil))
        }
        let bytes: [UInt8]
        switch checkedFile(of: release, countryCodes: countryCodes.union(added.map(\.code))) {
        case .success(let checked): bytes = checked
        case .failure(let problems):
            return refusal(file, result, .wouldNotValidate(problems.problems))
        }
        countryCodes.formUnion(added.map(\.code))
        commit(&self)
        return ImportPlan.Step(file: file, action: action, result: result, cause: cause, addedCountries: added, bytes: bytes)
    }

    private func refusal(_ file: String, _ result: ImportResult, _ error: ImportError) -> ImportPlan.Step {
        ImportPlan.Step(file: file, action: .refuse(ImportRefusal(error)), result: result, cause: nil, addedCountries: [])
    }

    struct Problems: Error {
        let problems: [DataProblem]
    }

    /// The release's file, written canonically, when it reads back as the loader reads every
    /// release, its references checked; otherwise what loading Data would report of it.
    private func checkedFile(of release: Release, countryCodes: Set<String>) -> Result<[UInt8], Problems> {
        let file = (directory as NSString).appendingPathComponent(StoreLoader.releasesFolder + "/" + release.id + ".json")
        let bytes: [UInt8], root: JSONNode
        do {
            bytes = Array(try CanonicalJSON.string(release).utf8)
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(Problems(problems: [DataProblem(file: file, location: nil, field: nil, kind: .notWritableAsJSON("\(error)"))]))
        }
        let problems = StoreLoader.problems(ofRelease: root, file: file, expectedID: release.id, countryCodes: countryCodes,
                                            meetingIDs: meetingIDs)
        return problems.isEmpty ? .success(bytes) : .failure(Problems(problems: problems))
    }
}
