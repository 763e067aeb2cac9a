extension English: FormatterWords {
    public var dateLabel: String { "Date" }
    public var placeLabel: String { "Place" }
    public var countriesLabel: String { "Countries" }
    public var meetingLabel: String { "Meeting" }
    public var unattributed: String { "Unattributed" }
    public var quotesHeading: String { "Quotes" }
    public var linksHeading: String { "Links" }
    public var contactsHeading: String { "Contacts" }
    public var sourceLabel: String { "Source" }
    public func releases(_ count: Int) -> String { Plural.count(count, "release") }
    public func inRelease(_ quotedTitle: String) -> String { "in \(quotedTitle)" }
    public var shortLegend: String { "~ inferred   ? unconfirmed" }
    public var legend: String { "~ inferred (follows from sources, not stated)   ? unconfirmed (no source found)" }
    public var datesUnknown: String { "unknown" }
    public func range(from start: String, to end: String) -> String { "\(start) to \(end)" }
    public func days(_ first: Int, to last: Int, month: Int, year: Int) -> String { "\(monthNames[month - 1]) \(first)\u{2013}\(last), \(year)" }
    public func hostsKnown(_ count: Int) -> String { "\(count) known" }
    public func hosts(_ count: Int, _ status: FactStatus) -> String { "\(count) \(self.status(status))" }
    public func hostsUnknown(_ count: Int) -> String { Plural.count(count, "meeting's host", "meetings' hosts") + " unknown" }
    public var noPresidencyKnown: String { "none known" }
    public func presidencyYearsUnknown(_ count: Int) -> String { Plural.count(count, "year") + " unknown" }
}
