/// Who held the conference's presidency pro tempore in a year, where a source says so. The host of
/// a year's meeting usually presides, but a host is never taken for the presidency without a source.
public struct Presidency: Codable, Sendable, Equatable {
    public var year: Int
    /// Nil when the source names the holder but not the country.
    public var country: String?
    /// The person or office that held it, when a source names one.
    public var holder: String?
    public var status: FactStatus
    public var sources: [String]
    public var notes: String?

    public init(year: Int, country: String?, holder: String?, status: FactStatus, sources: [String], notes: String?) {
        self.year = year
        self.country = country
        self.holder = holder
        self.status = status
        self.sources = sources
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case year, country, holder, status, sources, notes
    }

    // Written by hand so that absent values appear as null, as in presidencies.json.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(country, forKey: .country)
        try container.encode(holder, forKey: .holder)
        try container.encode(status, forKey: .status)
        try container.encode(sources, forKey: .sources)
        try container.encode(notes, forKey: .notes)
    }
}
