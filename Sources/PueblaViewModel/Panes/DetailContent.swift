import PueblaKit

/// The detail of the selected item of the current pane: beside the list, or full screen when narrow.
public enum DetailContent {
    /// A meeting's detail lists this many of its releases; Enter lists them all.
    static let meetingReleasesShown = 50

    public static func lines(for state: AppState, width: Int) -> [StyledLine] {
        let inner = max(1, width - 2)
        var builder = DetailBuilder(width: inner)
        switch state.pane {
        case .releases: releaseDetail(state, &builder)
        case .quotes: quoteDetail(state, &builder)
        case .timeline: meetingDetail(state, &builder)
        case .members: countryDetail(state, &builder)
        }
        return builder.lines
    }

    private static func releaseDetail(_ state: AppState, _ b: inout DetailBuilder) {
        guard let position = state.selectedReleasePosition else { return }
        let release = state.library.summary(at: position)
        let formatter = ReleaseFormatter(store: state.store, words: state.words)
        b.paragraph([Span(release.title, .title)])
        b.blank()
        for (label, value) in formatter.headerFields(release) { b.field(label, value) }
        switch text(of: position, in: state, { $0.paragraphs.first }) {
        case .read(let first)?:
            b.blank()
            b.paragraph([Span(first)])
        case .loading?:
            b.blank()
            b.paragraph(placeholder)
        case nil:
            break
        }
        b.blank()
        b.paragraph([Span("Enter reads the whole release (\(Plural.count(release.paragraphCount, "paragraph")), \(Plural.count(release.quotes.count, "quote"))).", .dim)])
    }

    private static func quoteDetail(_ state: AppState, _ b: inout DetailBuilder) {
        guard let entry = state.selectedQuote else { return }
        let quote = entry.quote
        let glyphs = Glyphs.current
        b.paragraph([Span(String(glyphs.openQuote) + quote.text + String(glyphs.closeQuote), .quote)])
        b.blank()
        b.paragraph([Span("\(glyphs.dash) "), Span(quote.speaker ?? "Unattributed (the page does not say who)", .bold)])
        if let role = quote.role { b.field("Role", role) }
        if let organization = quote.organization { b.field("Organization", organization) }
        b.blank()
        b.field("Release", entry.releaseTitle)
        b.field("Date", ReleaseFormatter(store: state.store, words: state.words).dateLabel(entry.releaseDate, entry.releaseDateStatus, long: true))
        let position = state.library.position(ofID: entry.releaseID)
        switch position.flatMap({ text(of: $0, in: state, { $0.paragraphs[safe: quote.paragraph] }) }) {
        case .read(let paragraph)?:
            b.blank()
            b.paragraph([Span("Paragraph \(quote.paragraph + 1):", .heading)])
            b.paragraph(QuoteMarking.spans(paragraph, quotes: [quote.text]).map { Span($0.text, $0.role == .quote ? .quote : .dim) })
        case .loading?:
            b.blank()
            b.paragraph(placeholder)
        case nil:
            break
        }
        b.blank()
        b.paragraph([Span("Enter opens the release at this paragraph.", .dim)])
    }

    /// A text of a release the detail shows, which the state has once the release is read from its file.
    private enum ReleaseText {
        case loading
        case read(String)
    }

    /// The part of the release at `position` the detail shows (the index keeps no paragraphs): read,
    /// being read, or nil when the release's file cannot be read or has no such part.
    private static func text(of position: Int, in state: AppState, _ part: (Release) -> String?) -> ReleaseText? {
        switch state.detailRelease {
        case .loaded(position, let release?): return part(release).map(ReleaseText.read)
        case .loading(position): return .loading
        default: return nil
        }
    }

    /// Where a release's text will stand once read: a line that says no more than that.
    private static var placeholder: [Span] { [Span(String(Glyphs.current.ellipsis), .dim)] }

    private static func meetingDetail(_ state: AppState, _ b: inout DetailBuilder) {
        guard let meeting = state.selectedMeeting else { return }
        let store = state.store
        b.paragraph([Span("\(meeting.roman) Regional Conference on Migration", .title)])
        b.blank()
        b.field("Year", meeting.year.map { "\($0)" + (meeting.yearStatus.isCertain ? "" : " (\(meeting.yearStatus.rawValue))") } ?? "unknown",
                uncertain: !meeting.yearStatus.isCertain || meeting.year == nil)
        b.field("Dates", MeetingText.dates(meeting, words: state.words, long: true), uncertain: !meeting.datesStatus.isCertain || meeting.start == nil)
        let place = [meeting.city, meeting.country.map(store.countryName)].compactMap { $0 }.joined(separator: ", ")
        b.field("Place", place.isEmpty ? "unknown" : place + (meeting.placeStatus.isCertain ? "" : " (\(meeting.placeStatus.rawValue))"),
                uncertain: !meeting.placeStatus.isCertain || place.isEmpty)
        if let presidency = meeting.presidency { b.field("Presidency", presidency) }
        if let theme = meeting.theme { b.field("Theme", theme) }
        b.field("Record", meeting.status.rawValue, uncertain: !meeting.status.isCertain)
        for event in meeting.events {
            let when = MeetingText.range(event.start, event.end, words: state.words, long: true) ?? "dates unknown"
            let text = "\(event.name): " + ([when, event.city].compactMap { $0 }.joined(separator: ", "))
                + (event.status.isCertain ? "" : " (\(event.status.rawValue))")
            b.field("Also", text, uncertain: !event.status.isCertain)
        }
        if let notes = meeting.notes {
            b.blank()
            b.paragraph([Span(notes)])
        }
        if !meeting.sources.isEmpty {
            b.blank()
            b.paragraph([Span("Sources", .heading)])
            for source in meeting.sources { b.paragraph([Span(source, .dim)], indent: "  ") }
        }
        let releases = state.library.positions(aboutMeeting: meeting.id)
        b.blank()
        b.paragraph([Span("Releases about this meeting (\(releases.count))", .heading)])
        for position in releases.prefix(Self.meetingReleasesShown) {
            let release = state.library.summary(at: Int(position))
            b.paragraph([Span((release.date ?? "no date") + release.dateStatus.mark + "  ", .dim), Span(release.title)], indent: "  ")
        }
        if releases.count > Self.meetingReleasesShown {
            b.paragraph([Span("and \(releases.count - Self.meetingReleasesShown) more", .dim)], indent: "  ")
        }
        if !releases.isEmpty {
            b.blank()
            b.paragraph([Span("Enter lists them.", .dim)])
        }
    }

    private static func countryDetail(_ state: AppState, _ b: inout DetailBuilder) {
        guard let country = state.selectedCountry else { return }
        let store = state.store
        b.paragraph([Span(country.name, .title)])
        b.blank()
        b.field("Spanish", country.nameEs)
        b.field("Code", country.code)
        if let capital = country.capital { b.field("Capital", capital) }
        switch country.rcm {
        case .member?:
            let since = country.memberSince.map { " since \($0)" + ((country.memberSinceStatus?.isCertain ?? true) ? "" : " (\(country.memberSinceStatus?.rawValue ?? ""))") } ?? ""
            b.field("RCM", "member state" + since, uncertain: !(country.memberSinceStatus?.isCertain ?? true))
        case .observer?: b.field("RCM", "observer country")
        case nil: b.field("RCM", "not a member or observer")
        }
        let mentions = state.library.mentions[country.code] ?? MentionCount()
        b.field("Releases", "\(mentions.releases) mention it")
        b.field("Quotes", "\(mentions.quotes) in those releases")
        let hosted = MeetingText.hosted(by: country.code, store: store, words: state.words)
        b.field("Meetings", "hosted: " + hosted, uncertain: hosted.contains(";") || hosted.contains(","))
        let presidencies = MeetingText.presidencies(of: country.code, store: store, words: state.words)
        b.field("Presidency", presidencies, uncertain: presidencies.contains(";") || presidencies.contains("("))
        if let strip = ConferenceStrip.country(country.code, store: store, unicode: state.usesUnicode) {
            let lines = strip.lines(width: b.width + 2)
            if !lines.isEmpty {
                b.blank()
                b.picture(lines)
            }
        }
        if let notes = country.notes {
            b.blank()
            b.paragraph([Span(notes, .dim)])
        }
        b.blank()
        b.paragraph([Span(state.countryFilter == country.code ? "Everything is filtered to \(country.name); C clears it."
                          : "Enter filters every pane to \(country.name).", .dim)])
    }
}

/// Accumulates wrapped detail lines with a one-column margin.
struct DetailBuilder {
    let width: Int
    private(set) var lines: [StyledLine] = []

    init(width: Int) {
        self.width = width
    }

    mutating func paragraph(_ spans: [Span], indent: String = "") {
        lines += StyledWrap.lines(spans, width: width + 1, indent: " " + indent)
    }

    mutating func field(_ label: String, _ value: String, uncertain: Bool = false) {
        field(label, [Span(value, uncertain ? .warning : .normal)])
    }

    /// A label in a column of its own, the value wrapped beside it.
    mutating func field(_ label: String, _ value: [Span]) {
        let labelWidth = 13
        let wrapped = StyledWrap.lines(value, width: max(1, width - labelWidth), indent: "")
        for (index, line) in wrapped.enumerated() {
            let head = index == 0 ? DisplayWidth.pad(label, to: labelWidth, ellipsis: Glyphs.current.ellipsis) : String(repeating: " ", count: labelWidth)
            lines.append(StyledLine([Span(" "), Span(head, .dim)] + line.spans))
        }
    }

    /// Lines already laid out for the width, such as a picture.
    mutating func picture(_ lines: [StyledLine]) {
        self.lines += lines
    }

    mutating func blank() {
        lines.append(.blank)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
