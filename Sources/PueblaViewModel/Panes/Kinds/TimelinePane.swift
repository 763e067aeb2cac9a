import PueblaKit

/// `3`: the conference's meetings (those the country filter's country hosted), with the legend of
/// uncertainty marks under the list and the picture of the conference's years across the body.
/// Enter lists the releases about the selected meeting.
struct TimelinePane: PaneView {
    /// A meeting's detail lists this many of its releases; Enter lists them all.
    static let meetingReleasesShown = 50

    var pane: Pane { .timeline }
    func title(_ words: any BrowserWords) -> String { words.title(of: .timeline) }

    func refresh(_ state: inout AppState, mentioning: [Int32]) {
        state.releaseYears = state.store.conferenceYears.map { ReleaseYears(positions: mentioning, library: state.library, years: $0) }
            ?? ReleaseYears()
        state.meetings = state.store.meetings(hostedBy: state.countryFilter)
    }

    func rowCount(in state: AppState) -> Int { state.meetings.count }

    func row(_ index: Int, in state: AppState, width: Int) -> StyledLine {
        let meeting = state.meetings[index], words = state.words
        let number = (Span(" " + meeting.roman, .bold), 8), year = (Span(MeetingText.year(meeting), .normal), 7)
        let place = Span(MeetingText.place(meeting, store: state.store, words: words), .normal)
        // A narrow list gives the place the rest, cut after a whole word; the theme is in the detail.
        if width < 70 {
            let rest = Span(ListContent.wordsFitting(place.text, max(0, width - number.1 - year.1)), .normal)
            return ListContent.columns([number, year], rest: rest, width: width)
        }
        // A place too long for its column ("Washington, DC, Estados Unidos") loses whole words.
        return ListContent.columns([number, year, (Span(ListContent.wordsFitting(place.text, 29), .normal), 30)],
                                   rest: Span(meeting.theme ?? "", .dim), width: width)
    }

    func selectedID(in state: AppState) -> String? { state.selectedMeeting?.id }
    func row(ofID id: String, in state: AppState) -> Int? { state.meetings.firstIndex { $0.id == id } }

    func emptyMessage(in state: AppState) -> String {
        let words = state.words
        return state.countryFilter.map {
            words.noMeetings(hostedBy: state.store.countryName($0, in: state.language), hosted: MeetingText.hosted(by: $0, store: state.store, words: words))
        } ?? words.noMeetings
    }

    func legend(in state: AppState, width: Int) -> StyledLine? {
        let words = state.words
        return StyledLine(" " + (width >= DisplayWidth.of(words.legend) + 2 ? words.legend : words.shortLegend), .warning)
    }

    func picture(in state: AppState) -> TimelinePicture? { state.timelinePicture }

    func detail(in state: AppState, into b: inout DetailBuilder) {
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

    func mapFocus(in state: AppState) -> MapFocus? {
        MapFocus(country: state.selectedMeeting?.country, marker: state.selectedMeeting?.location)
    }

    func enter(_ state: inout AppState) -> [Effect] {
        guard let meeting = state.selectedMeeting else { return [] }
        state.meetingFilter = meeting.id
        state.recomputeLists()
        state.show(.releases)
        state.positions[.releases] = ListPosition()
        state.clampSelection(of: .releases)
        return []
    }

    func openMeaning(_ words: any BrowserWords, short: Bool) -> String { words.openMeaning(.meetingReleases, short: short) }
}
