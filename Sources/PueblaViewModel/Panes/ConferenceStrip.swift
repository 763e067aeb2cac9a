import PueblaKit

/// The conference's years as `TimelinePicture`s: the whole conference for the timeline, and one
/// country's part in it for the members pane.
public enum ConferenceStrip {
    /// Every meeting at its year with its host, the presidency of each year, and `releases` as
    /// bars (`narrowedTo` names the country they were narrowed to; none while `indexing`, when
    /// they are not counted yet); `selected` pointed at.
    public static func picture(store: Store, releases: ReleaseYears?, narrowedTo country: String? = nil,
                               selected: Meeting? = nil, indexing: Bool = false, unicode: Bool, language: InterfaceLanguage) -> TimelinePicture? {
        guard let years = store.conferenceYears else { return nil }
        var meetings: [Int: [TimelinePicture.Cell]] = [:], hosts: [Int: [TimelinePicture.Cell]] = [:]
        for meeting in store.meetings {
            guard let year = meeting.year else { continue }
            meetings[year, default: []].append(.mark(TimelinePicture.weaker(meeting.status, meeting.yearStatus)))
            hosts[year, default: []].append(meeting.country.map { .code($0, meeting.placeStatus) } ?? .unknown)
        }
        var presidencies: [Int: [TimelinePicture.Cell]] = [:]
        for year in years {
            let held = store.presidencies.first { $0.year == year }
            presidencies[year] = [held.flatMap { presidency in presidency.country.map { .code($0, presidency.status) } } ?? .unknown]
        }
        let words = language.browserWords
        var caveats: [String] = []
        if indexing { caveats.append(words.barsIndexing) }
        if let country, !indexing { caveats.append(words.barsMentioning(store.countryName(country, in: language))) }
        let undrawn = store.meetings.filter { $0.year == nil }.count
        if undrawn > 0 { caveats.append(words.meetingsNotDrawn(undrawn)) }
        if let releases, releases.outside > 0 {
            caveats.append(words.releasesOutside(releases.outside, from: years.lowerBound, to: years.upperBound))
        }
        if let releases, releases.undated > 0 { caveats.append(words.undatedReleases(releases.undated)) }
        return TimelinePicture(
            years: years,
            rows: [TimelinePicture.Row(label: words.meetingsRow.long, shortLabel: words.meetingsRow.short, kind: .marks, cells: meetings),
                   TimelinePicture.Row(label: words.hostRow.long, shortLabel: words.hostRow.short, kind: .codes, cells: hosts),
                   TimelinePicture.Row(label: words.presidencyRow.long, shortLabel: words.presidencyRow.short, kind: .codes, cells: presidencies)],
            releases: indexing ? nil : releases,
            selection: selected.map { TimelinePicture.Selection(year: $0.year, label: "\($0.roman) \(MeetingText.year($0))") },
            caveats: caveats, unicode: unicode, language: language)
    }

    /// The meetings `code` hosted and the years it held the presidency, each at its year; `·`
    /// where no source says who hosted or presided, so a gap is never read as "someone else".
    public static func country(_ code: String, store: Store, unicode: Bool, language: InterfaceLanguage) -> TimelinePicture? {
        guard let years = store.conferenceYears else { return nil }
        var hosted: [Int: [TimelinePicture.Cell]] = [:]
        for meeting in store.meetings {
            guard let year = meeting.year else { continue }
            if meeting.country == code {
                let status = TimelinePicture.weaker(TimelinePicture.weaker(meeting.status, meeting.yearStatus), meeting.placeStatus)
                hosted[year, default: []].append(.mark(status))
            } else if meeting.country == nil {
                hosted[year, default: []].append(.unknown)
            }
        }
        var presided: [Int: [TimelinePicture.Cell]] = [:]
        for year in years {
            let held = store.presidencies.first { $0.year == year }
            if let held, held.country == code {
                presided[year] = [.mark(held.status)]
            } else if held?.country == nil {
                presided[year] = [.unknown]
            }
        }
        let words = language.browserWords
        return TimelinePicture(
            years: years,
            rows: [TimelinePicture.Row(label: words.hostedRow.long, shortLabel: words.hostedRow.short, kind: .marks, cells: hosted),
                   TimelinePicture.Row(label: words.presidencyRow.long, shortLabel: words.presidencyRow.short, kind: .marks, cells: presided)],
            unicode: unicode, language: language)
    }
}

extension AppState {
    /// With fewer list rows than this left over, the timeline shows no picture.
    static let listRowsBesidePicture = 8

    /// The picture under the timeline's list, across the body. It does not depend on the pane
    /// shown, so that the list keeps the same height whichever pane is on screen.
    public var timelinePicture: TimelinePicture? {
        // While the first index is built there are no releases yet: no bars, rather than bars of nothing.
        guard let picture = ConferenceStrip.picture(store: store, releases: releaseYears, narrowedTo: countryFilter, selected: selectedMeeting,
                                                    indexing: indexing != nil && library.count == 0, unicode: usesUnicode,
                                                    language: language) else { return nil }
        let height = picture.height(width: layout.columns)
        return height > 0 && layout.body.height - height >= Self.listRowsBesidePicture ? picture : nil
    }
}
