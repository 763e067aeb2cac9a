@testable import PueblaKit

/// A small store made in code, so each search test can say exactly what it contains.
enum SearchFixture {
    static func release(_ id: String, _ date: String?, title: String, paragraphs: [String] = [],
                        quotes: [Quote] = []) -> Release {
        Release(id: id, title: title, date: date, dateStatus: .confirmed, place: nil, countries: [], meeting: nil,
                paragraphs: paragraphs, quotes: quotes, links: [], contacts: [], source: nil)
    }

    static func quote(_ speaker: String?, _ text: String) -> Quote {
        Quote(speaker: speaker, role: nil, organization: nil, text: text, paragraph: 0)
    }

    static func country(_ code: String, _ name: String, _ nameEs: String) -> Country {
        Country(code: code, name: name, nameEs: nameEs, capital: nil, latitude: nil, longitude: nil,
                rcm: .member, memberSince: nil, memberSinceStatus: nil, notes: nil)
    }

    static func meeting(_ number: Int, year: Int, city: String?, country: String?, theme: String?) -> Meeting {
        Meeting(id: "rcm-\(number)", number: number, year: year, yearStatus: .confirmed, start: nil, end: nil,
                datesStatus: .confirmed, city: city, country: country, placeStatus: .confirmed, latitude: nil,
                longitude: nil, presidency: nil, theme: theme, status: .confirmed, sources: [], notes: nil)
    }

    static func store(releases: [Release] = [], meetings: [Meeting] = [], countries: [Country] = []) -> Store {
        Store(directory: "fixture", releases: releases, meetings: meetings, countries: countries, organizations: [])
    }
}
