/// A quote together with the release it comes from.
public struct QuoteEntry: Sendable, Equatable, Identifiable, Encodable {
    public let releaseID: String
    public let releaseTitle: String
    public let releaseDate: String?
    public let releaseDateStatus: FactStatus
    /// Position of the quote in its release's `quotes`.
    public let index: Int
    public let quote: Quote

    public var id: String { "\(releaseID)#\(index)" }

    enum CodingKeys: String, CodingKey {
        case release, releaseTitle, releaseDate, index, speaker, role, organization, text, paragraph
    }

    /// The quote's canonical fields, flattened beside the release it belongs to.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(releaseID, forKey: .release)
        try container.encode(releaseTitle, forKey: .releaseTitle)
        try container.encode(releaseDate, forKey: .releaseDate)
        try container.encode(index, forKey: .index)
        try container.encode(quote.speaker, forKey: .speaker)
        try container.encode(quote.role, forKey: .role)
        try container.encode(quote.organization, forKey: .organization)
        try container.encode(quote.text, forKey: .text)
        try container.encode(quote.paragraph, forKey: .paragraph)
    }
}

extension QuoteEntry {
    /// The `index`-th quote of a release, beside the release.
    public init(_ release: ReleaseSummary, index: Int) {
        self.init(releaseID: release.id, releaseTitle: release.title, releaseDate: release.date,
                  releaseDateStatus: release.dateStatus, index: index, quote: release.quotes[index])
    }
}

extension Store {
    /// Meetings hosted by `country`, by number; all when nil.
    public func meetings(hostedBy country: String?) -> [Meeting] {
        guard let country else { return meetings }
        return meetings.filter { $0.country == country }
    }

    /// Member states, then observers, each by name.
    public var members: [Country] { countries.filter { $0.rcm == .member } }
    public var observers: [Country] { countries.filter { $0.rcm == .observer } }

}

extension QuoteEntry {
    /// Whether a speaker's name holds every word of `wanted` (case and accents ignored); true when
    /// nothing is wanted.
    public static func speaker(_ name: String?, matches wanted: String?) -> Bool {
        let words = wanted.map(TextFolding.words(of:)) ?? []
        guard !words.isEmpty else { return true }
        let folded = TextFolding.fold(name ?? "")
        return words.allSatisfy(folded.contains)
    }
}

extension Release {
    /// The countries a release mentions: those it lists and its place's, once each, by code. What
    /// a country filter matches.
    public var mentionedCountries: [String] {
        Set(countries + [place?.country].compactMap { $0 }).sorted()
    }
}
