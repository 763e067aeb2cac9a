/// Another gathering of a meeting's year, kept apart from the vice-ministerial meeting itself so
/// that its dates are never taken for the meeting's: the consultation group that meets before it,
/// a closing meeting, the handover of the presidency.
public struct MeetingEvent: Codable, Sendable, Equatable {
    /// What it was ("Regional Consultation Group on Migration").
    public var name: String
    /// `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
    public var start: String?
    public var end: String?
    public var city: String?
    /// How certain the event's place and dates are.
    public var status: FactStatus
    public var sources: [String]
    public var notes: String?

    public init(name: String, start: String?, end: String?, city: String?, status: FactStatus, sources: [String], notes: String?) {
        self.name = name
        self.start = start
        self.end = end
        self.city = city
        self.status = status
        self.sources = sources
        self.notes = notes
    }
}
