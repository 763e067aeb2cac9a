/// The words of a release and a meeting as text, shared by the browser and the command line:
/// the header's labels, the headings of the plain text and the Markdown export, the meetings'
/// legend and counts. Builds on `CommonWords` for dates, a fact's certainty and the language.
public protocol FormatterWords: CommonWords {
    /// A release header's labels: "Date", "Place", "Countries", "Meeting".
    var dateLabel: String { get }
    var placeLabel: String { get }
    var countriesLabel: String { get }
    var meetingLabel: String { get }
    /// A quote whose page names no speaker.
    var unattributed: String { get }
    /// Headings of the plain text and of the Markdown export.
    var quotesHeading: String { get }
    var linksHeading: String { get }
    var contactsHeading: String { get }
    var sourceLabel: String { get }
    /// "1 release", "3 releases".
    func releases(_ count: Int) -> String
    /// A citation's release: "in “Title”".
    func inRelease(_ quotedTitle: String) -> String
    /// The marks of uncertain facts, explained: short, and in full.
    var shortLegend: String { get }
    var legend: String { get }
    /// A meeting's dates when no source gives them.
    var datesUnknown: String { get }
    /// "2010-05-20 to 2010-05-21".
    func range(from start: String, to end: String) -> String
    /// Two days of one month written the language's way: "May 20–21, 2010", "del 20 al 21 de mayo de 2010".
    func days(_ first: Int, to last: Int, month: Int, year: Int) -> String
    /// "2 known": meetings on record as hosted by a country.
    func hostsKnown(_ count: Int) -> String
    /// "1 unconfirmed": such meetings whose place is not certain.
    func hosts(_ count: Int, _ status: FactStatus) -> String
    /// "6 meetings' hosts unknown".
    func hostsUnknown(_ count: Int) -> String
    /// A country that held no presidency Data knows of.
    var noPresidencyKnown: String { get }
    /// "13 years unknown": years no source gives the presidency for.
    func presidencyYearsUnknown(_ count: Int) -> String
}
