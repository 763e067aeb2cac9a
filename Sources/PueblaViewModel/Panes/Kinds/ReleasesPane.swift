import PueblaKit

/// `1`: the releases, newest first, under the country, meeting, unread and language filters.
/// Enter reads the selected release; Esc leaves a meeting's releases for the timeline.
struct ReleasesPane: PaneView {
    var pane: Pane { .releases }
    func title(_ words: any BrowserWords) -> String { words.title(of: .releases) }
    var hasLongRows: Bool { true }

    func refresh(_ state: inout AppState, mentioning: [Int32]) {
        state.releaseRows = state.meetingFilter == nil ? mentioning
            : state.library.positions(mentioning: state.countryFilter, aboutMeeting: state.meetingFilter)
        // The read marks are looked up among the releases listed before these filters.
        if state.unreadOnly {
            let read = state.readRows
            state.releaseRows.removeAll { read.contains($0) }
        }
        if let language = state.releaseLanguage {
            let library = state.library
            state.releaseRows.removeAll { library.summary(at: Int($0)).language != language }
        }
        state.countUnread()
    }

    func rowCount(in state: AppState) -> Int { state.releaseRows.count }

    func row(_ index: Int, in state: AppState, width: Int) -> StyledLine {
        let release = state.library.summary(at: Int(state.releaseRows[index]))
        return ListContent.releaseRow(release, read: state.reading.isRead(release.id), bookmarked: state.reading.isBookmarked(release.id),
                                      words: state.words, width: width)
    }

    func selectedID(in state: AppState) -> String? { state.selectedRelease?.id }

    func row(ofID id: String, in state: AppState) -> Int? {
        state.library.position(ofID: id).flatMap { AppState.row(of: Int32($0), in: state.releaseRows) }
    }

    func emptyMessage(in state: AppState) -> String {
        let words = state.words
        if state.indexing != nil && state.library.count == 0 { return words.releasesIndexing }
        // `i` may be what left nothing listed: say so, and how to list the others.
        if let language = state.releaseLanguage { return words.noReleases(writtenIn: language) }
        let country = state.countryFilter.map { state.store.countryName($0, in: state.language) }
        // Opened from a meeting in the timeline: name the meeting, not where the library lies.
        if let meeting = state.meetingFilter.flatMap(state.store.meeting(id:)) {
            return words.noReleases(aboutMeeting: meeting.roman, mentioning: country)
        }
        return country.map(words.noReleases(mentioning:)) ?? words.noReleases(in: state.store.directory)
    }

    func detail(in state: AppState, into b: inout DetailBuilder) {
        guard let position = state.selectedReleasePosition else { return }
        let release = state.library.summary(at: position)
        let formatter = ReleaseFormatter(store: state.store, words: state.words)
        b.paragraph([Span(release.title, .title)])
        b.blank()
        for (label, value) in formatter.headerFields(release) { b.field(label, value) }
        b.releaseText(DetailContent.text(of: position, in: state) { $0.paragraphs.first }) { $0.paragraph([Span($1)]) }
        b.blank()
        b.paragraph([Span(state.words.readWhole(paragraphs: release.paragraphCount, quotes: release.quotes.count), .dim)])
    }

    func releaseForDetail(in state: AppState) -> Int? { state.selectedReleasePosition }

    /// Enter reads the release at once, even where the detail is not beside the list.
    var showsDetailFirst: Bool { false }

    func enter(_ state: inout AppState) -> [Effect] {
        guard let position = state.selectedReleasePosition else { return [] }
        return state.openReader(position: position, paragraph: nil)
    }

    func openMeaning(_ words: any BrowserWords, short: Bool) -> String { words.openMeaning(.release, short: short) }

    func canGoBack(in state: AppState) -> Bool { state.meetingFilter != nil }

    func goBack(_ state: inout AppState) {
        state.meetingFilter = nil
        state.recomputeLists()
        state.show(.timeline)
    }

    func focusedReleaseID(in state: AppState) -> String? { state.selectedRelease?.id }

    func listedReleaseIDs(in state: AppState) -> [String]? { state.releaseRows.map { state.library.id(at: Int($0)) } }
}
