import PueblaKit

/// Lists worked out by scanning every release in memory: what the library index is checked against.
extension Store {
    /// Releases that mention `country` (in `countries` or as the place), newest first; all when nil.
    func releases(mentioning country: String?) -> [Release] {
        guard let country else { return releases }
        return releases.filter { $0.mentionedCountries.contains(country) }
    }

    /// Every quote, newest release first, in the order they stand in each release.
    func quotes(country: String? = nil, speaker: String? = nil) -> [QuoteEntry] {
        releases(mentioning: country).flatMap { release in
            release.quotes.indices.map { QuoteEntry(ReleaseSummary(release), index: $0) }
                .filter { QuoteEntry.speaker($0.quote.speaker, matches: speaker) }
        }
    }

    /// Releases about a meeting, newest first.
    func releases(aboutMeeting id: String) -> [Release] {
        releases.filter { $0.meeting == id }
    }

    /// For each country code, how many releases mention it and how many quotes those releases hold.
    var mentions: [String: MentionCount] {
        var mentions: [String: MentionCount] = [:]
        for release in releases {
            for code in release.mentionedCountries {
                mentions[code, default: MentionCount()].releases += 1
                mentions[code, default: MentionCount()].quotes += release.quotes.count
            }
        }
        return mentions
    }

    var filterableCountries: [Country] { filterableCountries(mentions: mentions) }
}
