import Foundation

/// Everything in `Data/`, loaded, validated and indexed. Immutable: a reload makes a new Store.
public struct Store: Sendable {
    /// The folder it was loaded from, as given (used in messages).
    public let directory: String
    /// Newest first; releases without a date come last.
    public let releases: [Release]
    /// By meeting number.
    public let meetings: [Meeting]
    /// By English name.
    public let countries: [Country]
    public let organizations: [Organization]
    /// By year: who held the presidency pro tempore, where a source says so.
    public let presidencies: [Presidency]

    private let countryIndex: [String: Int]
    private let meetingIndex: [String: Int]

    public init(directory: String, releases: [Release], meetings: [Meeting], countries: [Country], organizations: [Organization],
                presidencies: [Presidency] = []) {
        self.directory = directory
        self.releases = releases.sorted(by: Store.newestFirst)
        self.meetings = meetings.sorted { $0.number < $1.number }
        self.countries = countries.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
        self.organizations = organizations
        self.presidencies = presidencies.sorted { $0.year < $1.year }
        countryIndex = Dictionary(self.countries.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        meetingIndex = Dictionary(self.meetings.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Countries that releases (counted in `mentions`, as `Library.mentions` counts them), meetings
    /// or the conference itself involve: what a filter can pick.
    public func filterableCountries(mentions: [String: MentionCount]) -> [Country] {
        let hosts = Set(meetings.compactMap(\.country))
        return countries.filter { mentions[$0.code] != nil || hosts.contains($0.code) || $0.rcm != nil }
    }

    /// Newest first by date, undated last, then by id so the order is stable.
    static func newestFirst(_ a: Release, _ b: Release) -> Bool {
        ReleaseOrder.newestFirst((a.date, a.id), (b.date, b.id))
    }

    public func country(code: String) -> Country? { countryIndex[code].map { countries[$0] } }
    public func meeting(id: String) -> Meeting? { meetingIndex[id].map { meetings[$0] } }

    /// Country names for codes, in the order given; unknown codes stay as they are.
    public func countryName(_ code: String) -> String { country(code: code)?.name ?? code }
}

/// The order releases are listed in, for whole releases and for their summaries alike.
public enum ReleaseOrder {
    /// Newest first by date, undated last, then by id so the order is stable.
    public static func newestFirst(_ a: (date: String?, id: String), _ b: (date: String?, id: String)) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.id < b.id
        }
    }
}

/// How much of the data mentions one country.
public struct MentionCount: Sendable, Equatable {
    public var releases = 0
    public var quotes = 0

    public init() {}
}

/// Why Data could not be loaded. `missing` exits 66 (EX_NOINPUT), `invalid` 65 (EX_DATAERR).
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case missing(path: String, reason: MissingData)
    case invalid([DataProblem])

    public var description: String { description(in: .english) }

    /// Each problem on its line, in `language`.
    public func description(in language: InterfaceLanguage) -> String {
        switch self {
        case let .missing(path, reason): return "\(path): " + language.problemWords.problem(.noData(reason))
        case let .invalid(problems): return problems.map { $0.description(in: language) }.joined(separator: "\n")
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .missing: return 66
        case .invalid: return 65
        }
    }
}
