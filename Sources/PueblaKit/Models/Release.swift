/// One press release, as stored in `Data/releases/<id>.json`.
public struct Release: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    /// `YYYY-MM-DD`, or nil when the page gives no date.
    public var date: String?
    public var dateStatus: FactStatus
    public var place: Place?
    /// ISO 3166-1 alpha-2 codes of every country the release mentions.
    public var countries: [String]
    /// The id of the meeting the release is about, if any.
    public var meeting: String?
    public var paragraphs: [String]
    public var quotes: [Quote]
    public var links: [Link]
    public var contacts: [Contact]
    public var source: Source?
    /// The language the release is written in (`en`, `es`); nil when unknown: a release file from
    /// before the field, or written by hand without it. Never guessed when read: the importer
    /// detects it once, where the page's words are at hand, and anyone may correct it.
    public var language: InterfaceLanguage?

    public init(id: String, title: String, date: String?, dateStatus: FactStatus, place: Place?, countries: [String],
                meeting: String?, paragraphs: [String], quotes: [Quote], links: [Link], contacts: [Contact], source: Source?,
                language: InterfaceLanguage? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.dateStatus = dateStatus
        self.place = place
        self.countries = countries
        self.meeting = meeting
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.links = links
        self.contacts = contacts
        self.source = source
        self.language = language
    }

    enum CodingKeys: String, CodingKey {
        case id, title, date, dateStatus, place, countries, meeting, paragraphs, quotes, links, contacts, source, language
    }

    // Written by hand so that absent values appear as null: the canonical shape lists every field.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(dateStatus, forKey: .dateStatus)
        try container.encode(place, forKey: .place)
        try container.encode(countries, forKey: .countries)
        try container.encode(meeting, forKey: .meeting)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(links, forKey: .links)
        try container.encode(contacts, forKey: .contacts)
        try container.encode(source, forKey: .source)
        try container.encode(language, forKey: .language)
    }
}

public struct Place: Codable, Sendable, Equatable {
    public var name: String
    public var country: String?

    public init(name: String, country: String?) {
        self.name = name
        self.country = country
    }

    enum CodingKeys: String, CodingKey { case name, country }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
    }
}

/// Direct speech from a release: who said it, in which role, and in which paragraph (0-based).
public struct Quote: Codable, Sendable, Equatable {
    /// Nil when the page does not say who spoke: never a guess.
    public var speaker: String?
    public var role: String?
    public var organization: String?
    public var text: String
    public var paragraph: Int

    public init(speaker: String?, role: String?, organization: String?, text: String, paragraph: Int) {
        self.speaker = speaker
        self.role = role
        self.organization = organization
        self.text = text
        self.paragraph = paragraph
    }

    enum CodingKeys: String, CodingKey { case speaker, role, organization, text, paragraph }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(role, forKey: .role)
        try container.encode(organization, forKey: .organization)
        try container.encode(text, forKey: .text)
        try container.encode(paragraph, forKey: .paragraph)
    }
}

public struct Link: Codable, Sendable, Equatable {
    public var url: String
    public var title: String?

    public init(url: String, title: String?) {
        self.url = url
        self.title = title
    }

    enum CodingKeys: String, CodingKey { case url, title }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
    }
}

public struct Contact: Codable, Sendable, Equatable {
    public var name: String
    public var organization: String?
    public var email: String?
    public var phone: String?

    public init(name: String, organization: String?, email: String?, phone: String?) {
        self.name = name
        self.organization = organization
        self.email = email
        self.phone = phone
    }

    enum CodingKeys: String, CodingKey { case name, organization, email, phone }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(organization, forKey: .organization)
        try container.encode(email, forKey: .email)
        try container.encode(phone, forKey: .phone)
    }
}

/// Where a release came from: the page's address and the scraped file it was imported from.
public struct Source: Codable, Sendable, Equatable {
    public var url: String?
    public var file: String?

    public init(url: String?, file: String?) {
        self.url = url
        self.file = file
    }

    enum CodingKeys: String, CodingKey { case url, file }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(file, forKey: .file)
    }
}
