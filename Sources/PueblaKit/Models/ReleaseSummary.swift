/// What the lists, the filters and search need of a release, without its paragraphs: the part of a
/// release a library index keeps, so that the bodies are read only when a release is opened.
public struct ReleaseSummary: Sendable, Equatable {
    public let id: String
    public let title: String
    public let date: String?
    public let dateStatus: FactStatus
    public let place: Place?
    public let countries: [String]
    public let meeting: String?
    public let paragraphCount: Int
    public let quotes: [Quote]
    /// The language the release is written in; nil when unknown.
    public let language: InterfaceLanguage?

    /// Field by field, as the index reader has them.
    public init(id: String, title: String, date: String?, dateStatus: FactStatus, place: Place?,
                countries: [String], meeting: String?, paragraphCount: Int, quotes: [Quote],
                language: InterfaceLanguage?) {
        self.id = id
        self.title = title
        self.date = date
        self.dateStatus = dateStatus
        self.place = place
        self.countries = countries
        self.meeting = meeting
        self.paragraphCount = paragraphCount
        self.quotes = quotes
        self.language = language
    }

    /// The summary of a release read whole.
    public init(_ release: Release) {
        self.init(id: release.id, title: release.title, date: release.date, dateStatus: release.dateStatus,
                  place: release.place, countries: release.countries, meeting: release.meeting,
                  paragraphCount: release.paragraphs.count, quotes: release.quotes, language: release.language)
    }
}
