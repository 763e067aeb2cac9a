/// The words Puebla's core writes for both the browser and the command line: a fact's certainty,
/// dates, the nouns counted everywhere. One conformance per language (`English`, `Spanish`); the
/// browser and the command line extend the same two types with their own word lists, so that a
/// word missing in one language is a build error. No protocol of words gives a default: a
/// default would let a language fall back silently (a test checks it).
public protocol CommonWords: Sendable {
    var language: InterfaceLanguage { get }
    /// January to December, as written inside a date ("May", "mayo").
    var monthNames: [String] { get }
    /// "May 21, 2010", "21 de mayo de 2010".
    func date(day: Int, month: Int, year: Int) -> String
    /// "May 2010", "mayo de 2010".
    func date(month: Int, year: Int) -> String
    /// "inferred", "inferido": how sure Data is of a fact, as a word.
    func status(_ status: FactStatus) -> String
    /// "no date", "sin fecha": a release whose page gave none.
    var noDate: String { get }
    /// "unknown", "desconocido".
    var unknown: String { get }
}

/// English, the language of the command line's JSON keys and of most of the seed data.
public struct English: CommonWords {
    public init() {}
    public var language: InterfaceLanguage { .english }
    public var monthNames: [String] {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    }
    public func date(day: Int, month: Int, year: Int) -> String { "\(monthNames[month - 1]) \(day), \(year)" }
    public func date(month: Int, year: Int) -> String { "\(monthNames[month - 1]) \(year)" }
    public func status(_ status: FactStatus) -> String { status.rawValue }
    public var noDate: String { "no date" }
    public var unknown: String { "unknown" }
}

/// Spanish, the conference's working language and that of nine of its eleven member states.
public struct Spanish: CommonWords {
    public init() {}
    public var language: InterfaceLanguage { .spanish }
    public var monthNames: [String] {
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    }
    public func date(day: Int, month: Int, year: Int) -> String { "\(day) de \(monthNames[month - 1]) de \(year)" }
    public func date(month: Int, year: Int) -> String { "\(monthNames[month - 1]) de \(year)" }
    public func status(_ status: FactStatus) -> String {
        switch status {
        case .confirmed: "confirmado"
        case .inferred: "inferido"
        case .unconfirmed: "sin confirmar"
        }
    }
    public var noDate: String { "sin fecha" }
    public var unknown: String { "desconocido" }
}

extension InterfaceLanguage {
    /// The core's words in this language.
    public var commonWords: any CommonWords { self == .spanish ? Spanish() : English() }
}

extension CommonWords {
    /// An ISO date from Data ("2010-05-21", "2010-05", "2010") written the language's way; text
    /// that is not such a date is returned as it is.
    public func longDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        switch parts.count {
        case 3:
            guard let year = parts[0], let month = parts[1], let day = parts[2], (1...12).contains(month), (1...31).contains(day) else { return iso }
            return date(day: day, month: month, year: year)
        case 2:
            guard let year = parts[0], let month = parts[1], (1...12).contains(month) else { return iso }
            return date(month: month, year: year)
        default:
            return iso
        }
    }
}
