import PueblaKit

/// A release found by a search, by its place in `Store.releases`.
public struct ReleaseHit: Sendable, Equatable {
    public let index: Int
    public let id: String
    /// Every field some word of the query matched.
    public let matched: SearchFields
    /// True when every word matched the title: these come first.
    public let isTitleMatch: Bool
}

/// A quote found by a search: the `index`-th quote of the release at `releaseIndex` in `Store.releases`.
public struct QuoteHit: Sendable, Equatable {
    public let releaseIndex: Int
    public let releaseID: String
    /// Position in the release's `quotes`.
    public let index: Int
    public let matched: SearchFields
    /// True when every word matched the speaker's name: these come first.
    public let isSpeakerMatch: Bool

    /// `<release id>#<index>`, as bookmarks and `QuoteEntry` name a quote.
    public var id: String { "\(releaseID)#\(index)" }
}

/// A meeting found by a search, by its place in `Store.meetings`.
public struct MeetingHit: Sendable, Equatable {
    public let index: Int
    public let id: String
    public let matched: SearchFields
    /// True when every word matched the host city or country: these come first.
    public let isPlaceMatch: Bool
}

/// A country found by a search, by its place in `Store.countries`.
public struct CountryHit: Sendable, Equatable {
    public let index: Int
    public let code: String
    public let matched: SearchFields
}

/// Everything a query found, by kind, each list in rank order: matches in the headline field (a
/// release's title, a quote's speaker, a meeting's place) first, then newest first.
public struct SearchResults: Sendable, Equatable {
    public let query: SearchQuery
    public let releases: [ReleaseHit]
    public let quotes: [QuoteHit]
    public let meetings: [MeetingHit]
    public let countries: [CountryHit]

    public init(query: SearchQuery, releases: [ReleaseHit] = [], quotes: [QuoteHit] = [],
                meetings: [MeetingHit] = [], countries: [CountryHit] = []) {
        self.query = query
        self.releases = releases
        self.quotes = quotes
        self.meetings = meetings
        self.countries = countries
    }

    public var count: Int { releases.count + quotes.count + meetings.count + countries.count }
    public var isEmpty: Bool { count == 0 }
}
