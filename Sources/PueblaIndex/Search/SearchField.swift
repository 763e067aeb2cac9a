import PueblaKit

/// The parts of releases, quotes, meetings and countries that search looks in: what a hit matched.
public struct SearchFields: OptionSet, Sendable, Hashable, Encodable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// A release's title.
    public static let title = SearchFields(rawValue: 1 << 0)
    /// A release's paragraphs.
    public static let paragraphs = SearchFields(rawValue: 1 << 1)
    /// A quote's words.
    public static let text = SearchFields(rawValue: 1 << 2)
    /// A quote's speaker.
    public static let speaker = SearchFields(rawValue: 1 << 3)
    /// A meeting's host city.
    public static let city = SearchFields(rawValue: 1 << 4)
    /// A meeting's theme.
    public static let theme = SearchFields(rawValue: 1 << 5)
    /// A meeting's host country, by its English or Spanish name.
    public static let country = SearchFields(rawValue: 1 << 6)
    /// A country's English name.
    public static let name = SearchFields(rawValue: 1 << 7)
    /// A country's Spanish name.
    public static let nameEs = SearchFields(rawValue: 1 << 8)
    /// A country's ISO code.
    public static let code = SearchFields(rawValue: 1 << 9)

    /// Each field with its name in JSON and messages, in this order.
    static let named: [(SearchFields, String)] = [
        (.title, "title"), (.paragraphs, "paragraphs"), (.text, "text"), (.speaker, "speaker"),
        (.city, "city"), (.theme, "theme"), (.country, "country"), (.name, "name"), (.nameEs, "nameEs"), (.code, "code"),
    ]

    /// What ranks first within each kind: like a title, a match there beats one elsewhere.
    static let headline: SearchFields = [.title, .speaker, .city, .country, .name, .nameEs, .code]

    /// The names of the fields in the set, in a fixed order: `["title", "paragraphs"]`.
    public var names: [String] {
        Self.named.filter { contains($0.0) }.map(\.1)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(names)
    }
}
