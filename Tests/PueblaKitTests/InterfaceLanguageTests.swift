import Testing
@testable import PueblaKit
@testable import PueblaSettings

@Suite("InterfaceLanguage")
struct InterfaceLanguageTests {
    @Test("the locale decides as gettext reads it: LC_ALL, then LC_MESSAGES, then LANG; es* is Spanish, the rest English")
    func fromLocale() {
        #expect(InterfaceLanguage.fromLocale(["LANG": "es_MX.UTF-8"]) == .spanish)
        #expect(InterfaceLanguage.fromLocale(["LANG": "es-419"]) == .spanish)
        #expect(InterfaceLanguage.fromLocale(["LANG": "es"]) == .spanish)
        #expect(InterfaceLanguage.fromLocale(["LANG": "en_US.UTF-8"]) == .english)
        #expect(InterfaceLanguage.fromLocale(["LANG": "C.UTF-8"]) == .english)
        #expect(InterfaceLanguage.fromLocale(["LANG": "fr_FR.UTF-8"]) == .english)
        #expect(InterfaceLanguage.fromLocale([:]) == .english)
        #expect(InterfaceLanguage.fromLocale(["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "es_ES", "LANG": "es_ES"]) == .english)
        #expect(InterfaceLanguage.fromLocale(["LC_ALL": "", "LC_MESSAGES": "es_ES", "LANG": "en_US"]) == .spanish)
        #expect(InterfaceLanguage.fromLocale(["LC_MESSAGES": "C", "LANG": "es_ES"]) == .english)
    }

    @Test("--lang wins over the settings, which win over the locale")
    func precedence() {
        let spanishLocale = ["LANG": "es_CR.UTF-8"]
        #expect(InterfaceLanguage.chosen(option: .english, setting: .spanish, environment: spanishLocale) == .english)
        #expect(InterfaceLanguage.chosen(option: nil, setting: .english, environment: spanishLocale) == .english)
        #expect(InterfaceLanguage.chosen(option: nil, setting: nil, environment: spanishLocale) == .spanish)
    }

    @Test("dates are written the language's way; what is not an ISO date is left as it is")
    func longDates() {
        #expect(English().longDate("2010-05-21") == "May 21, 2010")
        #expect(Spanish().longDate("2010-05-21") == "21 de mayo de 2010")
        #expect(English().longDate("2013-06") == "June 2013")
        #expect(Spanish().longDate("2013-06") == "junio de 2013")
        #expect(Spanish().longDate("2014") == "2014")
        #expect(Spanish().longDate("2010-13-01") == "2010-13-01")
        #expect(English().longDate("soon") == "soon")
    }

    @Test("the conference and its meetings are named in the language: XV RCM, XV CRM")
    func conferenceNames() {
        #expect(InterfaceLanguage.english.conferenceAbbreviation == "RCM")
        #expect(InterfaceLanguage.spanish.conferenceAbbreviation == "CRM")
        #expect(InterfaceLanguage.spanish.conferenceName == "Conferencia Regional sobre Migración")
    }

    @Test("language = \"es\" in the settings is read, a wrong one is a problem at its line")
    func setting() {
        let vocabulary = ConfigVocabulary(actions: [], keyNames: [], isKey: { _ in false }, colorElements: [])
        #expect(ConfigFile.parse("language = \"es\"\n", file: "c.toml", vocabulary: vocabulary).config.language == .spanish)
        let wrong = ConfigFile.parse("\nlanguage = \"fr\"\n", file: "c.toml", vocabulary: vocabulary)
        #expect(wrong.config.language == nil)
        #expect(wrong.problems.map(\.description) == ["c.toml:2:1: language: \"fr\" is not a language; expected one of \"en\", \"es\""])
        #expect(ConfigFile.defaultText(vocabulary).contains("# language = \"es\""))
    }
}
