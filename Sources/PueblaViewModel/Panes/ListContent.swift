import PueblaKit

/// One row of a pane's list, laid out for a width.
public enum ListContent {
    public static func row(_ index: Int, of pane: Pane, in state: AppState, width: Int) -> StyledLine {
        switch pane {
        case .releases: return releaseRow(state.releases[index], read: state.readReleases.contains(state.releases[index].id), width: width)
        case .quotes: return quoteRow(state.quotes[index], width: width)
        case .timeline: return meetingRow(state.meetings[index], store: state.store, width: width)
        case .members: return memberRow(state.memberRows[index], state: state, width: width)
        }
    }

    /// Fixed-width fields (each keeping a blank column after it) followed by one that takes the rest.
    static func columns(_ fixed: [(Span, Int)], rest: Span, trailing: Span? = nil, trailingFrom minimumWidth: Int = 60,
                        width: Int) -> StyledLine {
        var spans: [Span] = []
        var used = 0
        for (span, columnWidth) in fixed {
            let room = min(columnWidth, max(0, width - used))
            var field = SafeText.line(span.text)
            while field.hasSuffix(" ") { field.removeLast() }
            let text = DisplayWidth.pad(DisplayWidth.truncate(field, to: room - 1), to: room)
            spans.append(Span(text, span.role))
            used += DisplayWidth.of(text)
        }
        let trailingText = trailing.map { " " + SafeText.line($0.text) } ?? ""
        // The trailing field only shows where the row has room to spare for it.
        let trailingWidth = width < minimumWidth ? 0 : min(DisplayWidth.of(trailingText), 18)
        let restWidth = max(0, width - used - trailingWidth)
        spans.append(Span(DisplayWidth.pad(SafeText.line(rest.text), to: restWidth), rest.role))
        if let trailing, trailingWidth > 0 {
            spans.append(Span(DisplayWidth.truncate(trailingText, to: trailingWidth), trailing.role))
        }
        return StyledLine(spans)
    }

    static func releaseRow(_ release: Release, read: Bool, width: Int) -> StyledLine {
        let date = (release.date ?? "no date") + release.dateStatus.mark
        return columns([(Span(read ? " " : "•", .unread), 2), (Span(date, .dim), 12)],
                       rest: Span(release.title, read ? .normal : .unread),
                       trailing: release.place.map { Span($0.name, .dim) }, width: width)
    }

    static func quoteRow(_ entry: QuoteEntry, width: Int) -> StyledLine {
        columns([(Span(" " + (entry.quote.speaker ?? "Unattributed"), .bold), min(22, width / 3))],
                rest: Span("“" + entry.quote.text + "”", .quote), width: width)
    }

    static func meetingRow(_ meeting: Meeting, store: Store, width: Int) -> StyledLine {
        let number = (Span(" " + meeting.roman, .bold), 8), year = (Span(MeetingText.year(meeting), .normal), 7)
        let place = Span(MeetingText.place(meeting, store: store), .normal)
        // A narrow list keeps the place whole; the theme is in the detail.
        if width < 70 { return columns([number, year], rest: place, width: width) }
        return columns([number, year, (place, 30)], rest: Span(meeting.theme ?? "", .dim), width: width)
    }

    static func memberRow(_ row: MemberRow, state: AppState, width: Int) -> StyledLine {
        switch row {
        case .heading(let text):
            return StyledLine(DisplayWidth.pad(" " + text, to: width), .heading)
        case .country(let country):
            let isFiltered = state.countryFilter == country.code
            let since = country.memberSince.map { "since \($0)\(country.memberSinceStatus?.mark ?? "")" } ?? ""
            return columns([(Span(isFiltered ? " ◆ " : "   ", .accent), 3), (Span(country.code, .dim), 4)],
                           rest: Span(country.name, isFiltered ? .accent : .normal),
                           trailing: Span(since, .dim), trailingFrom: 0, width: width)
        }
    }
}
