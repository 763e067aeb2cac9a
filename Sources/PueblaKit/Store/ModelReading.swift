// Reading each model from a positioned JSON tree: every field checked, every problem logged.

import Foundation

extension String {
    /// Whether the text is in Unicode NFC, as ids must be: lookups, the index and file names
    /// compare bytes, and `café` typed on a keyboard is composed.
    var isNFC: Bool { unicodeScalars.elementsEqual(precomposedStringWithCanonicalMapping.unicodeScalars) }
}

extension Release {
    init?(reading r: FieldReader) {
        let id = r.string("id")
        let title = r.string("title")
        let date = r.date("date")
        let dateStatus: FactStatus? = r.enumeration("dateStatus")
        let place = r.object("place").flatMap(Place.init(reading:))
        let countries = r.stringArray("countries")
        let meeting = r.optionalString("meeting")
        let paragraphs = r.stringArray("paragraphs")
        let quotes = r.objects("quotes", required: true).compactMap { Quote(reading: $0.1) }
        let links = r.objects("links").compactMap { Link(reading: $0.1) }
        let contacts = r.objects("contacts").compactMap { Contact(reading: $0.1) }
        let source = r.object("source").map(Source.init(reading:))
        let language: InterfaceLanguage? = r.enumeration("language", required: false)
        r.reportUnknownFields()
        if let id, !id.isNFC {
            r.problem("id", .idNotNFC(id))
        }
        if dateStatus == .confirmed && r.isAbsent("date") {
            r.problem("dateStatus", .confirmedWithoutDate)
        }
        guard let id, let title, let dateStatus else { return nil }
        self.init(id: id, title: title, date: date, dateStatus: dateStatus, place: place, countries: countries,
                  meeting: meeting, paragraphs: paragraphs, quotes: quotes, links: links, contacts: contacts, source: source,
                  language: language)
    }
}

extension Place {
    init?(reading r: FieldReader) {
        let name = r.string("name")
        let country = r.optionalString("country")
        r.reportUnknownFields()
        guard let name else { return nil }
        self.init(name: name, country: country)
    }
}

extension Quote {
    init?(reading r: FieldReader) {
        let speaker = r.optionalString("speaker")
        let role = r.optionalString("role")
        let organization = r.optionalString("organization")
        let text = r.string("text")
        let paragraph = r.int("paragraph")
        r.reportUnknownFields()
        guard let text, let paragraph else { return nil }
        self.init(speaker: speaker, role: role, organization: organization, text: text, paragraph: paragraph)
    }
}

extension Link {
    init?(reading r: FieldReader) {
        let url = r.string("url")
        let title = r.optionalString("title")
        r.reportUnknownFields()
        guard let url else { return nil }
        self.init(url: url, title: title)
    }
}

extension Contact {
    init?(reading r: FieldReader) {
        let name = r.string("name")
        let organization = r.optionalString("organization")
        let email = r.optionalString("email")
        let phone = r.optionalString("phone")
        r.reportUnknownFields()
        guard let name else { return nil }
        self.init(name: name, organization: organization, email: email, phone: phone)
    }
}

extension Source {
    init(reading r: FieldReader) {
        self.init(url: r.optionalString("url"), file: r.optionalString("file"))
        r.reportUnknownFields()
    }
}

extension Meeting {
    init?(reading r: FieldReader) {
        let id = r.string("id")
        let number = r.int("number")
        let year = r.optionalInt("year")
        let yearStatus: FactStatus? = r.enumeration("yearStatus")
        let start = r.date("start", allowPartial: true)
        let end = r.date("end", allowPartial: true)
        let datesStatus: FactStatus? = r.enumeration("datesStatus")
        let city = r.optionalString("city")
        let country = r.optionalString("country")
        let placeStatus: FactStatus? = r.enumeration("placeStatus")
        let latitude = r.optionalDouble("latitude")
        let longitude = r.optionalDouble("longitude")
        let presidency = r.optionalString("presidency")
        let theme = r.optionalString("theme")
        let status: FactStatus? = r.enumeration("status")
        let sources = r.stringArray("sources")
        let notes = r.optionalString("notes")
        let events = r.objects("events").compactMap { MeetingEvent(reading: $0.1) }
        r.reportUnknownFields()
        guard let id, let number, let yearStatus, let datesStatus, let placeStatus, let status else { return nil }
        self.init(id: id, number: number, year: year, yearStatus: yearStatus, start: start, end: end,
                  datesStatus: datesStatus, city: city, country: country, placeStatus: placeStatus,
                  latitude: latitude, longitude: longitude, presidency: presidency, theme: theme,
                  status: status, sources: sources, notes: notes, events: events)
    }
}

extension MeetingEvent {
    init?(reading r: FieldReader) {
        let name = r.string("name")
        let start = r.date("start", allowPartial: true)
        let end = r.date("end", allowPartial: true)
        let city = r.optionalString("city")
        let status: FactStatus? = r.enumeration("status")
        let sources = r.stringArray("sources")
        let notes = r.optionalString("notes")
        r.reportUnknownFields()
        guard let name, let status else { return nil }
        self.init(name: name, start: start, end: end, city: city, status: status, sources: sources, notes: notes)
    }
}

extension Presidency {
    init?(reading r: FieldReader) {
        let year = r.int("year")
        let country = r.optionalString("country")
        let holder = r.optionalString("holder")
        let status: FactStatus? = r.enumeration("status")
        let sources = r.stringArray("sources")
        let notes = r.optionalString("notes")
        r.reportUnknownFields()
        guard let year, let status else { return nil }
        self.init(year: year, country: country, holder: holder, status: status, sources: sources, notes: notes)
    }
}

extension Country {
    init?(reading r: FieldReader) {
        let code = r.string("code")
        let name = r.string("name")
        let nameEs = r.string("nameEs")
        let capital = r.optionalString("capital")
        let latitude = r.optionalDouble("latitude")
        let longitude = r.optionalDouble("longitude")
        let rcm: RCMRole? = r.enumeration("rcm", required: false)
        let memberSince = r.optionalInt("memberSince")
        let memberSinceStatus: FactStatus? = r.enumeration("memberSinceStatus", required: false)
        let notes = r.optionalString("notes")
        r.reportUnknownFields()
        guard let code, let name, let nameEs else { return nil }
        self.init(code: code, name: name, nameEs: nameEs, capital: capital, latitude: latitude, longitude: longitude,
                  rcm: rcm, memberSince: memberSince, memberSinceStatus: memberSinceStatus, notes: notes)
    }
}

extension Organization {
    init?(reading r: FieldReader) {
        let id = r.string("id")
        let name = r.string("name")
        let acronym = r.optionalString("acronym")
        let nameEs = r.optionalString("nameEs")
        let acronymEs = r.optionalString("acronymEs")
        let rcmRole = r.optionalString("rcmRole")
        let notes = r.optionalString("notes")
        let facts = r.objects("facts").compactMap { DatedFact(reading: $0.1) }
        r.reportUnknownFields()
        guard let id, let name else { return nil }
        self.init(id: id, name: name, acronym: acronym, rcmRole: rcmRole, notes: notes, facts: facts, nameEs: nameEs, acronymEs: acronymEs)
    }
}

extension DatedFact {
    init?(reading r: FieldReader) {
        let fact = r.string("fact")
        let date = r.date("date", allowPartial: true)
        let status: FactStatus? = r.enumeration("status")
        let sources = r.stringArray("sources")
        let notes = r.optionalString("notes")
        if r.isAbsentOrNull("date") && notes == nil {
            r.problem("date", .undatedFactWithoutNotes)
        }
        r.reportUnknownFields()
        guard let fact, let status else { return nil }
        self.init(fact: fact, date: date, status: status, sources: sources, notes: notes)
    }
}
