/// How a meeting's uncertain facts read: each with its mark, never as if certain.
public enum MeetingText {
    public static let shortLegend = "~ inferred   ? unconfirmed"
    public static let legend = "~ inferred (follows from sources, not stated)   ? unconfirmed (no source found)"

    public static func year(_ meeting: Meeting) -> String {
        meeting.year.map { "\($0)\(meeting.yearStatus.mark)" } ?? "?"
    }

    public static func place(_ meeting: Meeting, store: Store) -> String {
        let parts = [meeting.city, meeting.country.map(store.countryName)].compactMap { $0 }
        return parts.isEmpty ? "?" : parts.joined(separator: ", ") + meeting.placeStatus.mark
    }

    public static func dates(_ meeting: Meeting) -> String {
        guard let range = range(meeting.start, meeting.end) else { return "unknown" }
        return range + (meeting.datesStatus.isCertain ? "" : " (\(meeting.datesStatus.rawValue))")
    }

    /// "2010-05-20 to 2010-05-21"; nil without a start.
    public static func range(_ start: String?, _ end: String?) -> String? {
        guard let start else { return nil }
        return end.map { $0 == start ? start : "\(start) to \($0)" } ?? start
    }

    /// What Data knows of the meetings a country hosted, and what it does not: "0 known; 6
    /// meetings' hosts unknown", "1 known, 1 unconfirmed". A bare count would claim that the
    /// meetings without a known host were held elsewhere.
    public static func hosted(by code: String, store: Store) -> String {
        let unknown = store.meetings.filter { $0.country == nil }.count
        return hostedOnRecord(by: code, store: store)
            + (unknown > 0 ? "; " + Plural.count(unknown, "meeting's host", "meetings' hosts") + " unknown" : "")
    }

    /// "2 known" or "0 known, 1 unconfirmed": the meetings on record as hosted by a country.
    public static func hostedOnRecord(by code: String, store: Store) -> String {
        let hosted = store.meetings.filter { $0.country == code }
        var text = "\(hosted.filter(\.placeStatus.isCertain).count) known"
        for status in FactStatus.allCases where !status.isCertain {
            let count = hosted.filter { $0.placeStatus == status }.count
            if count > 0 { text += ", \(count) \(status.rawValue)" }
        }
        return text
    }

    /// The years a country held the presidency pro tempore, and how many years no source gives
    /// the presidency for: "2010, 2015, 2021, 2014 (inferred); 13 years unknown".
    public static func presidencies(of code: String, store: Store) -> String {
        let held = store.presidencies.filter { $0.country == code }
        let years = held.filter(\.status.isCertain).map { String($0.year) }
            + held.filter { !$0.status.isCertain }.map { "\($0.year) (\($0.status.rawValue))" }
        let unknown = store.conferenceYears.map { span in span.filter { year in !store.presidencies.contains { $0.year == year && $0.country != nil } }.count } ?? 0
        return (years.isEmpty ? "none known" : years.joined(separator: ", "))
            + (unknown > 0 ? "; " + Plural.count(unknown, "year") + " unknown" : "")
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
