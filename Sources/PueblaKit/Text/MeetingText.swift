/// How a meeting's uncertain facts read: each with its mark, never as if certain. The legend of
/// the marks is `FormatterWords.legend`.
public enum MeetingText {
    public static func year(_ meeting: Meeting) -> String {
        meeting.year.map { "\($0)\(meeting.yearStatus.mark)" } ?? "?"
    }

    public static func place(_ meeting: Meeting, store: Store, words: any FormatterWords) -> String {
        let parts = [meeting.city, meeting.country.map { store.countryName($0, in: words.language) }].compactMap { $0 }
        return parts.isEmpty ? "?" : parts.joined(separator: ", ") + meeting.placeStatus.mark
    }

    /// The meeting's dates with their certainty: ISO in lists, the language's way when `long`.
    public static func dates(_ meeting: Meeting, words: any FormatterWords, long: Bool = false) -> String {
        guard let range = range(meeting.start, meeting.end, words: words, long: long) else { return words.datesUnknown }
        return range + (meeting.datesStatus.isCertain ? "" : " (\(words.status(meeting.datesStatus)))")
    }

    /// "2010-05-20 to 2010-05-21", or "May 20–21, 2010" when `long`; nil without a start.
    public static func range(_ start: String?, _ end: String?, words: any FormatterWords, long: Bool = false) -> String? {
        guard let start else { return nil }
        // Two days of one month name the month and the year once.
        let days = [start, end ?? ""].map { $0.split(separator: "-").compactMap { Int($0) } }
        if long, start != end, days[0].count == 3, days[1].count == 3, days[0].prefix(2) == days[1].prefix(2), (1...12).contains(days[0][1]) {
            return words.days(days[0][2], to: days[1][2], month: days[0][1], year: days[0][0])
        }
        let written = { (date: String) in long ? words.longDate(date) : date }
        return end.map { $0 == start ? written(start) : words.range(from: written(start), to: written($0)) } ?? written(start)
    }

    /// What Data knows of the meetings a country hosted, and what it does not: "0 known; 6
    /// meetings' hosts unknown", "1 known, 1 unconfirmed". A bare count would claim that the
    /// meetings without a known host were held elsewhere.
    public static func hosted(by code: String, store: Store, words: any FormatterWords) -> String {
        let unknown = store.meetings.filter { $0.country == nil }.count
        return hostedOnRecord(by: code, store: store, words: words) + (unknown > 0 ? "; " + words.hostsUnknown(unknown) : "")
    }

    /// "2 known" or "0 known, 1 unconfirmed": the meetings on record as hosted by a country.
    public static func hostedOnRecord(by code: String, store: Store, words: any FormatterWords) -> String {
        let hosted = store.meetings.filter { $0.country == code }
        var text = words.hostsKnown(hosted.filter(\.placeStatus.isCertain).count)
        for status in FactStatus.allCases where !status.isCertain {
            let count = hosted.filter { $0.placeStatus == status }.count
            if count > 0 { text += ", " + words.hosts(count, status) }
        }
        return text
    }

    /// The years a country held the presidency pro tempore, and how many years no source gives
    /// the presidency for: "2010, 2015, 2021, 2014 (inferred); 13 years unknown".
    public static func presidencies(of code: String, store: Store, words: any FormatterWords) -> String {
        let held = store.presidencies.filter { $0.country == code }
        let years = held.filter(\.status.isCertain).map { String($0.year) }
            + held.filter { !$0.status.isCertain }.map { "\($0.year) (\(words.status($0.status)))" }
        let unknown = store.conferenceYears.map { span in span.filter { year in !store.presidencies.contains { $0.year == year && $0.country != nil } }.count } ?? 0
        return (years.isEmpty ? words.noPresidencyKnown : years.joined(separator: ", "))
            + (unknown > 0 ? "; " + words.presidencyYearsUnknown(unknown) : "")
    }
}

extension Store {
    /// From the first meeting's year (1996 at the latest) to the last meeting's; nil without a
    /// meeting of known year.
    public var conferenceYears: ClosedRange<Int>? {
        let years = meetings.compactMap(\.year)
        guard let first = years.min(), let last = years.max() else { return nil }
        return min(first, 1996)...last
    }
}
