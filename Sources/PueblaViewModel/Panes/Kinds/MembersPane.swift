import PueblaKit

/// `4`: the conference's member states, then its observer countries, under their headings. Enter
/// filters every pane to the selected country.
struct MembersPane: PaneView {
    var pane: Pane { .members }
    func title(_ words: any BrowserWords) -> String { words.title(of: .members) }

    func refresh(_ state: inout AppState, mentioning: [Int32]) {
        state.memberRows = MemberRow.rows(for: state.store, words: state.words)
    }

    func rowCount(in state: AppState) -> Int { state.memberRows.count }

    func row(_ index: Int, in state: AppState, width: Int) -> StyledLine {
        switch state.memberRows[index] {
        case .heading(let text):
            return StyledLine(DisplayWidth.pad(" " + text, to: width, ellipsis: Glyphs.current.ellipsis), .heading)
        case .country(let country):
            let isFiltered = state.countryFilter == country.code
            let since = country.memberSince.map { state.words.since("\($0)\(country.memberSinceStatus?.mark ?? "")") } ?? ""
            return ListContent.columns([(Span(isFiltered ? " \(Glyphs.current.filtered) " : "   ", .accent), 3), (Span(country.code, .dim), 4)],
                                       rest: Span(country.name(in: state.language), isFiltered ? .accent : .normal),
                                       trailing: Span(since, .dim), trailingFrom: 0, width: width)
        }
    }

    var hasHeadings: Bool { true }
    /// The headings and the rows under them start with a blank (a country's first column holds the
    /// filter's mark): with the pointer there the names keep their room, and the headings stand out.
    var leavesPointerColumn: Bool { true }
    func isSelectable(_ index: Int, in state: AppState) -> Bool { state.memberRows[index].isSelectable }

    func selectedID(in state: AppState) -> String? { state.selectedCountry?.code }
    func row(ofID id: String, in state: AppState) -> Int? { state.memberRows.firstIndex { $0.id == id } }

    /// The country everything is filtered to, when there is one.
    func preferredRow(in state: AppState) -> Int? {
        state.countryFilter.flatMap { filter in state.memberRows.firstIndex { $0.id == filter } }
    }

    func emptyMessage(in state: AppState) -> String { state.words.noCountries }

    func detail(in state: AppState, into b: inout DetailBuilder) {
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

    func mapFocus(in state: AppState) -> MapFocus? {
        MapFocus(country: state.selectedCountry?.code, marker: state.selectedCountry?.capitalLocation)
    }

    func enter(_ state: inout AppState) -> [Effect] {
        if let country = state.selectedCountry { state.setCountryFilter(country.code) }
        state.screen = .panes
        return []
    }

    func openMeaning(_ words: any BrowserWords, short: Bool) -> String { words.openMeaning(.countryFilter, short: short) }
}

/// A row of the members pane: a group heading or a country.
public enum MemberRow: Sendable, Equatable {
    case heading(String)
    case country(Country)

    public var id: String {
        switch self {
        case .heading(let text): return "#" + text
        case .country(let country): return country.code
        }
    }

    static func rows(for store: Store, words: any BrowserWords) -> [MemberRow] {
        let members = store.members, observers = store.observers
        return [.heading(words.heading(.member, count: members.count))] + members.map(MemberRow.country)
            + [.heading(words.heading(.observer, count: observers.count))] + observers.map(MemberRow.country)
    }

    var isSelectable: Bool {
        if case .country = self { return true }
        return false
    }
}
