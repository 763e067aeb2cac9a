/// One annual (vice-ministerial) meeting of the Regional Conference on Migration.
public struct Meeting: Codable, Sendable, Equatable, Identifiable {
    /// `rcm-<number>`, e.g. `rcm-15`.
    public var id: String
    public var number: Int
    public var year: Int?
    public var yearStatus: FactStatus
    /// `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
    public var start: String?
    public var end: String?
    public var datesStatus: FactStatus
    /// Nil when no source names the city: a gap, never a guess.
    public var city: String?
    public var country: String?
    public var placeStatus: FactStatus
    /// Coordinates of the host city, when known.
    public var latitude: Double?
    public var longitude: Double?
    public var presidency: String?
    public var theme: String?
    /// How certain the meeting's record is as a whole.
    public var status: FactStatus
    public var sources: [String]
    public var notes: String?
    /// The year's other gatherings around the meeting, by date.
    public var events: [MeetingEvent]

    public init(id: String, number: Int, year: Int?, yearStatus: FactStatus, start: String?, end: String?,
                datesStatus: FactStatus, city: String?, country: String?, placeStatus: FactStatus,
                latitude: Double?, longitude: Double?, presidency: String?, theme: String?,
                status: FactStatus, sources: [String], notes: String?, events: [MeetingEvent] = []) {
        self.id = id
        self.number = number
        self.year = year
        self.yearStatus = yearStatus
        self.start = start
        self.end = end
        self.datesStatus = datesStatus
        self.city = city
        self.country = country
        self.placeStatus = placeStatus
        self.latitude = latitude
        self.longitude = longitude
        self.presidency = presidency
        self.theme = theme
        self.status = status
        self.sources = sources
        self.notes = notes
        self.events = events
    }

    /// The meeting's number in Roman numerals, as the conference writes it ("XV").
    public var roman: String { RomanNumeral.string(number) }
}

/// A member or observer of the conference, or any other country a release mentions.
public struct Country: Codable, Sendable, Equatable, Identifiable {
    /// ISO 3166-1 alpha-2.
    public var code: String
    public var name: String
    public var nameEs: String
    public var capital: String?
    /// Coordinates of the capital.
    public var latitude: Double?
    public var longitude: Double?
    public var rcm: RCMRole?
    public var memberSince: Int?
    public var memberSinceStatus: FactStatus?
    public var notes: String?

    public var id: String { code }

    public init(code: String, name: String, nameEs: String, capital: String?, latitude: Double?, longitude: Double?,
                rcm: RCMRole?, memberSince: Int?, memberSinceStatus: FactStatus?, notes: String?) {
        self.code = code
        self.name = name
        self.nameEs = nameEs
        self.capital = capital
        self.latitude = latitude
        self.longitude = longitude
        self.rcm = rcm
        self.memberSince = memberSince
        self.memberSinceStatus = memberSinceStatus
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case code, name, nameEs, capital, latitude, longitude, rcm, memberSince, memberSinceStatus, notes
    }

    // Written by hand so that absent values appear as null, as in countries.json.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(name, forKey: .name)
        try container.encode(nameEs, forKey: .nameEs)
        try container.encode(capital, forKey: .capital)
        try container.encode(latitude, forKey: .latitude)
        try container.encode(longitude, forKey: .longitude)
        try container.encode(rcm, forKey: .rcm)
        try container.encode(memberSince, forKey: .memberSince)
        try container.encode(memberSinceStatus, forKey: .memberSinceStatus)
        try container.encode(notes, forKey: .notes)
    }
}

public enum RCMRole: String, Codable, Sendable, CaseIterable {
    case member
    case observer
}

/// IOM, the conference, its Technical Secretariat and the observer organizations.
public struct Organization: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var acronym: String?
    /// Its Spanish name and acronym, as the organization itself writes them; nil when not known,
    /// and the English ones are shown.
    public var nameEs: String?
    public var acronymEs: String?
    /// What it is to the conference ("observer organization", "technical secretariat", ...).
    public var rcmRole: String?
    public var notes: String?
    public var facts: [DatedFact]

    public init(id: String, name: String, acronym: String?, rcmRole: String?, notes: String?, facts: [DatedFact],
                nameEs: String? = nil, acronymEs: String? = nil) {
        self.id = id
        self.name = name
        self.acronym = acronym
        self.nameEs = nameEs
        self.acronymEs = acronymEs
        self.rcmRole = rcmRole
        self.notes = notes
        self.facts = facts
    }
}

/// A figure that depends on when it was true (a member-state count, say), with its date and source.
public struct DatedFact: Codable, Sendable, Equatable {
    public var fact: String
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil only for an undated snapshot, which `notes` must say.
    public var date: String?
    public var status: FactStatus
    public var sources: [String]
    public var notes: String?

    public init(fact: String, date: String?, status: FactStatus, sources: [String], notes: String?) {
        self.fact = fact
        self.date = date
        self.status = status
        self.sources = sources
        self.notes = notes
    }
}

public enum RomanNumeral {
    public static func string(_ number: Int) -> String {
        guard number > 0 && number < 4000 else { return String(number) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var text = ""
        for (value, letters) in table {
            while rest >= value {
                text += letters
                rest -= value
            }
        }
        return text
    }
}
