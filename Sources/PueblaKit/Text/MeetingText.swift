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
        guard let start = meeting.start else { return "unknown" }
        let range = meeting.end.map { $0 == start ? start : "\(start) to \($0)" } ?? start
        return range + (meeting.datesStatus.isCertain ? "" : " (\(meeting.datesStatus.rawValue))")
    }
}
