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
        b.paragraph([Span(state.words.readWhole(paragraphs: release.paragraphCount, quotes: release.quotes.count), .dim)])
    }

    private static func quoteDetail(_ state: AppState, _ b: inout DetailBuilder) {
        guard let entry = state.selectedQuote else { return }
        let quote = entry.quote
        let glyphs = Glyphs.current, words = state.words
        b.paragraph([Span(String(glyphs.openQuote) + quote.text + String(glyphs.closeQuote), .quote)])
        b.blank()
        b.paragraph([Span("\(glyphs.dash) "), Span(quote.speaker ?? words.unattributedLong, .bold)])
        if let role = quote.role { b.field(words.roleLabel, role) }
        if let organization = quote.organization { b.field(words.organizationLabel, organization) }
        b.blank()
        b.field(words.releaseLabel, entry.releaseTitle)
        b.field(words.dateLabel, ReleaseFormatter(store: state.store, words: words).dateLabel(entry.releaseDate, entry.releaseDateStatus, long: true))
        let position = state.library.position(ofID: entry.releaseID)
        switch position.flatMap({ text(of: $0, in: state, { $0.paragraphs[safe: quote.paragraph] }) }) {
        case .read(let paragraph)?:
            b.blank()
            b.paragraph([Span(words.paragraph(quote.paragraph + 1), .heading)])
            b.paragraph(QuoteMarking.spans(paragraph, quotes: [quote.text]).map { Span($0.text, $0.role == .quote ? .quote : .dim) })
        case .loading?:
            b.blank()
            b.paragraph(placeholder)
        case nil:
            break
        }
        b.blank()
        b.paragraph([Span(words.openAtParagraph, .dim)])
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
        let store = state.store, words = state.words
        b.paragraph([Span("\(meeting.roman) \(state.language.conferenceName)", .title)])
        b.blank()
        b.field(words.yearLabel, meeting.year.map { "\($0)" + (meeting.yearStatus.isCertain ? "" : " (\(words.status(meeting.yearStatus)))") } ?? words.unknown,
                uncertain: !meeting.yearStatus.isCertain || meeting.year == nil)
        b.field(words.datesLabel, MeetingText.dates(meeting, words: words, long: true), uncertain: !meeting.datesStatus.isCertain || meeting.start == nil)
        let place = [meeting.city, meeting.country.map { store.countryName($0, in: state.language) }].compactMap { $0 }.joined(separator: ", ")
        b.field(words.placeLabel, place.isEmpty ? words.unknown : place + (meeting.placeStatus.isCertain ? "" : " (\(words.status(meeting.placeStatus)))"),
                uncertain: !meeting.placeStatus.isCertain || place.isEmpty)
        if let presidency = meeting.presidency { b.field(words.presidencyLabel, presidency) }
        if let theme = meeting.theme { b.field(words.themeLabel, theme) }
        b.field(words.recordLabel, words.status(meeting.status), uncertain: !meeting.status.isCertain)
        for event in meeting.events {
            let when = MeetingText.range(event.start, event.end, words: words, long: true) ?? words.eventDatesUnknown
            let text = "\(event.name): " + ([when, event.city].compactMap { $0 }.joined(separator: ", "))
                + (event.status.isCertain ? "" : " (\(words.status(event.status)))")
            b.field(words.alsoLabel, text, uncertain: !event.status.isCertain)
        }
        if let notes = meeting.notes {
            b.blank()
            b.paragraph([Span(notes)])
        }
        if !meeting.sources.isEmpty {
            b.blank()
            b.paragraph([Span(words.sourcesHeading, .heading)])
            for source in meeting.sources { b.paragraph([Span(source, .dim)], indent: "  ") }
        }
        let releases = state.library.positions(aboutMeeting: meeting.id)
        b.blank()
        b.paragraph([Span(words.releasesAboutMeeting(releases.count), .heading)])
        for position in releases.prefix(Self.meetingReleasesShown) {
            let release = state.library.summary(at: Int(position))
            b.paragraph([Span((release.date ?? words.noDate) + release.dateStatus.mark + "  ", .dim), Span(release.title)], indent: "  ")
        }
        if releases.count > Self.meetingReleasesShown {
            b.paragraph([Span(words.andMore(releases.count - Self.meetingReleasesShown), .dim)], indent: "  ")
        }
        if !releases.isEmpty {
            b.blank()
            b.paragraph([Span(words.enterListsThem, .dim)])
        }
    }

    private static func countryDetail(_ state: AppState, _ b: inout DetailBuilder) {
        guard let country = state.selectedCountry else { return }
        let store = state.store, words = state.words, language = state.language
        let name = country.name(in: language)
        b.paragraph([Span(name, .title)])
        b.blank()
        b.field(words.otherNameLabel, language == .spanish ? country.name : country.nameEs)
        b.field(words.codeLabel, country.code)
        if let capital = country.capital { b.field(words.capitalLabel, capital) }
        let conference = language.conferenceAbbreviation
        switch country.rcm {
        case .member?:
            let since = country.memberSince.map { "\($0)" + ((country.memberSinceStatus?.isCertain ?? true) ? "" : " (\(country.memberSinceStatus.map(words.status) ?? ""))") }
            b.field(conference, words.memberState(since: since), uncertain: !(country.memberSinceStatus?.isCertain ?? true))
        case .observer?: b.field(conference, words.observerCountry)
        case nil: b.field(conference, words.notMember)
        }
        let mentions = state.library.mentions[country.code] ?? MentionCount()
        b.field(words.releasesLabel, words.mentioning(mentions.releases))
        b.field(words.quotesLabel, words.quotesInThem(mentions.quotes))
        let hosted = MeetingText.hosted(by: country.code, store: store, words: words)
        b.field(words.meetingsLabel, words.hosted(hosted), uncertain: hosted.contains(";") || hosted.contains(","))
        let presidencies = MeetingText.presidencies(of: country.code, store: store, words: words)
        b.field(words.presidencyLabel, presidencies, uncertain: presidencies.contains(";") || presidencies.contains("("))
        if let strip = ConferenceStrip.country(country.code, store: store, unicode: state.usesUnicode, language: language) {
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
        b.paragraph([Span(state.countryFilter == country.code ? words.filteredTo(name) : words.enterFilters(name), .dim)])
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
