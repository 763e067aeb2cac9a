import PueblaKit

extension English: PaneWords {
    public func title(of pane: PaneName) -> String {
        switch pane {
        case .releases: "Releases"
        case .quotes: "Quotes"
        case .timeline: "Timeline"
        case .members: "Members"
        }
    }

    public func readWhole(paragraphs: Int, quotes: Int) -> String {
        "Enter reads the whole release (\(Plural.count(paragraphs, "paragraph")), \(Plural.count(quotes, "quote")))."
    }

    public var unattributedLong: String { "Unattributed (the page does not say who)" }
    public var roleLabel: String { "Role" }
    public var organizationLabel: String { "Organization" }
    public var releaseLabel: String { "Release" }
    public func paragraph(_ number: Int) -> String { "Paragraph \(number):" }
    public var openAtParagraph: String { "Enter opens the release at this paragraph." }

    public var yearLabel: String { "Year" }
    public var datesLabel: String { "Dates" }
    public var presidencyLabel: String { "Presidency" }
    public var themeLabel: String { "Theme" }
    public var recordLabel: String { "Record" }
    public var alsoLabel: String { "Also" }
    public var eventDatesUnknown: String { "dates unknown" }
    public var sourcesHeading: String { "Sources" }
    public func releasesAboutMeeting(_ count: Int) -> String { "Releases about this meeting (\(count))" }
    public func andMore(_ count: Int) -> String { "and \(count) more" }
    public var enterListsThem: String { "Enter lists them." }

    public var otherNameLabel: String { "Spanish" }
    public var codeLabel: String { "Code" }
    public var capitalLabel: String { "Capital" }
    public func memberState(since: String?) -> String { "member state" + (since.map { " since \($0)" } ?? "") }
    public var observerCountry: String { "observer country" }
    public var notMember: String { "not a member or observer" }
    public var releasesLabel: String { "Releases" }
    public var quotesLabel: String { "Quotes" }
    public var meetingsLabel: String { "Meetings" }
    public func mentioning(_ count: Int) -> String { "\(count) mention\(count == 1 ? "s" : "") it" }
    public func quotesInThem(_ count: Int) -> String { "\(count) in those releases" }
    public func hosted(_ text: String) -> String { "hosted: " + text }
    public func filteredTo(_ country: String) -> String { "Everything is filtered to \(country); C clears it." }
    public func enterFilters(_ country: String) -> String { "Enter filters every pane to \(country)." }
    public func since(_ year: String) -> String { "since \(year)" }
    public func heading(_ role: RCMRole, count: Int) -> String {
        switch role {
        case .member: "Member states (\(count))"
        case .observer: "Observer countries (\(count))"
        }
    }

    public var meetingsRow: (long: String, short: String) { ("Meetings", "Meet") }
    public var hostRow: (long: String, short: String) { ("Host", "Host") }
    public var presidencyRow: (long: String, short: String) { ("Presidency", "Pres") }
    public var hostedRow: (long: String, short: String) { ("Hosted", "Host") }
    public var releasesRow: (long: String, short: String) { ("Releases", "Rel.") }
    public func maximum(_ count: Int) -> String { "max \(count)" }
    public var yearAxis: String { "Year" }
    public func yearUnknown(_ label: String) -> String { "\(label): year unknown, not drawn" }
    public func yearsPerColumn(_ count: Int) -> String { "\(count) years a column" }
    public var severalKey: String { "+: several" }
    public var notConfirmedKey: String { "xx: not confirmed" }
    public var unknownKey: String { "unknown" }
    public var barsIndexing: String { "releases: being indexed" }
    public func barsMentioning(_ country: String) -> String { "bars: releases mentioning \(country)" }
    public func meetingsNotDrawn(_ count: Int) -> String { Plural.count(count, "meeting") + " of unknown year not drawn" }
    public func releasesOutside(_ count: Int, from: Int, to: Int) -> String { Plural.count(count, "release") + " outside \(from)-\(to)" }
    public func undatedReleases(_ count: Int) -> String { Plural.count(count, "undated release") }

    public var releasesIndexing: String {
        "The releases are being indexed; they appear here as soon as that is done. The timeline and members panes work meanwhile."
    }
    public var quotesIndexing: String { "The quotes appear here as soon as the releases are indexed." }
    public func noReleases(aboutMeeting roman: String, mentioning country: String?) -> String {
        "No releases about meeting \(roman)" + (country.map { " mention \($0). Press C to clear the filter." } ?? ". Esc goes back to the timeline.")
    }
    public func noReleases(mentioning country: String) -> String { "No releases mention \(country). Press C to clear the filter." }
    public func noReleases(in directory: String) -> String { "No releases in \(directory)." }
    public func noQuotes(mentioning country: String) -> String { "No quotes in releases that mention \(country). Press C to clear the filter." }
    public var noQuotes: String { "No quotes yet." }
    public func noMeetings(hostedBy country: String, hosted: String) -> String {
        "No meeting on record was hosted by \(country) (\(hosted)). Press C to clear the filter."
    }
    public var noMeetings: String { "No meetings on record." }
    public var noCountries: String { "No member states or observers on record." }
    public func tooSmall(columns: Int, rows: Int) -> String { "Terminal too small: Puebla needs \(columns)x\(rows)" }
}
