import Testing
@testable import PueblaKit

@Suite("A release and the meetings as text, in each interface language")
struct ReleaseFormatterLanguageTests {
    static let id = "2010-05-18-xv-rcm-tapachula"

    @Test("the header's labels, names and date are the language's; the release's own text is not translated")
    func header() throws {
        let store = try TestData.shippedStore()
        let release = try #require(store.releases.first { $0.id == Self.id })
        let english = ReleaseFormatter(store: store, words: English()).plainText(release)
        #expect(english.contains("\nDate: May 18, 2010 (inferred)\nPlace: Tapachula, Mexico\nCountries: Mexico, United States, Belize"))
        #expect(english.contains("\nMeeting: XV RCM (2010, "))
        #expect(english.contains("\nLinks:\n") && english.contains("\nContacts:\n") && english.contains("\nSource: https://iom.int/"))
        let spanish = ReleaseFormatter(store: store, words: Spanish()).plainText(release)
        #expect(spanish.contains("\nFecha: 18 de mayo de 2010 (inferido)\nLugar: Tapachula, México\nPaíses: México, Estados Unidos, Belice"))
        #expect(spanish.contains("\nReunión: XV CRM (2010, "))
        #expect(spanish.contains("\nEnlaces:\n") && spanish.contains("\nContactos:\n") && spanish.contains("\nFuente: https://iom.int/"))
        #expect(spanish.hasPrefix(release.title))
        #expect(spanish.contains(release.paragraphs[0]))
    }

    @Test("the exported Markdown's headings and count are the language's")
    func markdown() throws {
        let store = try TestData.shippedStore()
        let release = try #require(store.releases.first { $0.id == Self.id })
        let english = ReleaseFormatter(store: store, words: English()).markdown([release], title: "Mexico")
        #expect(english.contains("\n1 release\n") && english.contains("\n### Quotes\n") && english.contains("- **Date:** May 18, 2010 (inferred)\n"))
        let spanish = ReleaseFormatter(store: store, words: Spanish()).markdown([release, release], title: "México")
        #expect(spanish.contains("\n2 comunicados\n") && spanish.contains("\n### Citas\n") && spanish.contains("\n### Enlaces\n"))
        #expect(spanish.contains("- **Fecha:** 18 de mayo de 2010 (inferido)\n") && spanish.contains("\nFuente: https://iom.int/"))
    }

    @Test("lists keep ISO dates; a citation writes the date the language's way")
    func dates() throws {
        let store = try TestData.shippedStore()
        let spanish = ReleaseFormatter(store: store, words: Spanish())
        #expect(spanish.dateLabel("2010-05-18", .inferred) == "2010-05-18 (inferido)")
        #expect(spanish.dateLabel(nil, .confirmed) == "sin fecha")
        #expect(spanish.dateLabel("2010-05-18", .confirmed, long: true) == "18 de mayo de 2010")
        let quote = Quote(speaker: nil, role: nil, organization: nil, text: "Hola", paragraph: 0)
        #expect(spanish.attribution(quote) == "Sin atribuir")
        #expect(ReleaseFormatter(store: store, words: English()).attribution(quote) == "Unattributed")
    }

    @Test("meetings' counts and presidencies agree with their nouns in Spanish")
    func meetings() throws {
        let store = try TestData.shippedStore()
        #expect(MeetingText.hosted(by: "BZ", store: store, words: Spanish()) == "0 conocidas, 1 sin confirmar; 6 reuniones sin sede conocida")
        #expect(MeetingText.hosted(by: "MX", store: store, words: Spanish()) == "5 conocidas; 6 reuniones sin sede conocida")
        #expect(MeetingText.presidencies(of: "NI", store: store, words: Spanish()) == "2014 (inferido); 13 años sin dato")
        #expect(MeetingText.presidencies(of: "JM", store: store, words: Spanish()) == "ninguna conocida; 13 años sin dato")
        let meeting = try #require(store.meetings.first { $0.start != nil && $0.end != nil && $0.end != $0.start })
        let long = try #require(MeetingText.range(meeting.start, meeting.end, words: Spanish(), long: true))
        #expect(long.hasPrefix("del ") && long.contains(" al ") && long.contains(" de "))
        #expect(MeetingText.range("2010-05-20", "2010-05-21", words: English(), long: true) == "May 20\u{2013}21, 2010")
        #expect(MeetingText.range("2010-05-20", "2010-05-21", words: Spanish(), long: true) == "del 20 al 21 de mayo de 2010")
        #expect(MeetingText.range("2010-05-31", "2010-06-01", words: Spanish(), long: true) == "31 de mayo de 2010 a 1 de junio de 2010")
        #expect(MeetingText.range(meeting.start, meeting.end, words: English()) == "\(meeting.start ?? "") to \(meeting.end ?? "")")
    }
}
