/// Names that exist in both languages in Data, or that the conference itself writes both ways:
/// the interface shows the one of its language, search and filters keep folding both.
extension Country {
    public func name(in language: InterfaceLanguage) -> String {
        language == .spanish ? nameEs : name
    }
}

extension Organization {
    /// Its name in `language`; the English one where Data has no Spanish name.
    public func name(in language: InterfaceLanguage) -> String {
        language == .spanish ? nameEs ?? name : name
    }

    /// Its acronym in `language` (IOM, OIM); the English one where Data has no Spanish acronym.
    public func acronym(in language: InterfaceLanguage) -> String? {
        language == .spanish ? acronymEs ?? acronym : acronym
    }
}

extension Store {
    /// The country's name in `language`; the code itself for a code Data does not know.
    public func countryName(_ code: String, in language: InterfaceLanguage) -> String {
        country(code: code)?.name(in: language) ?? code
    }
}

extension InterfaceLanguage {
    /// The conference's abbreviation: RCM (Regional Conference on Migration) or CRM (Conferencia
    /// Regional sobre Migración).
    public var conferenceAbbreviation: String { self == .spanish ? "CRM" : "RCM" }

    /// The conference's full name.
    public var conferenceName: String {
        self == .spanish ? "Conferencia Regional sobre Migración" : "Regional Conference on Migration"
    }

    /// A meeting as the conference names it: "XV RCM", "XV CRM".
    public func meetingName(_ meeting: Meeting) -> String { "\(meeting.roman) \(conferenceAbbreviation)" }
}
