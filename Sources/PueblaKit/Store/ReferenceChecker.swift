/// Checks what no single field can: unique ids and every reference between files. References into
/// a file that could not be read (nil) are not checked: its own problem is the one to fix.
struct ReferenceChecker {
    let countries: [Located<Country>]?
    let meetings: [Located<Meeting>]?
    let releases: [Located<Release>]
    let log: ProblemLog

    func check() {
        let countries = self.countries ?? [], meetings = self.meetings ?? []
        let countryCodes: Set<String>? = self.countries.map { Set($0.map(\.value.code)) }
        let meetingIDs: Set<String>? = self.meetings.map { Set($0.map(\.value.id)) }

        reportDuplicates(countries, key: \.code, field: "code")
        reportDuplicates(meetings, key: \.id, field: "id")
        reportDuplicates(meetings, key: { String($0.number) }, field: "number")

        for country in countries {
            if let problem = CountryCode.problem(with: country.value.code) {
                country.reader.problem("code", problem)
            }
            if country.value.memberSince != nil && country.value.rcm != .member {
                country.reader.problem("memberSince", "only a member has a year it joined")
            }
        }
        for meeting in meetings {
            checkCountry(meeting.value.country, known: countryCodes, in: meeting.reader, field: "country")
        }
        for release in releases {
            let r = release.reader
            let value = release.value
            for (index, code) in value.countries.enumerated() where !(countryCodes?.contains(code) ?? true) {
                log.add(file: release.file, at: r.location(of: "countries"), field: "countries[\(index)]", unknownCountry(code))
            }
            if let place = value.place, let code = place.country, !(countryCodes?.contains(code) ?? true) {
                log.add(file: release.file, at: r.location(of: "place"), field: "place.country", unknownCountry(code))
            }
            if let meeting = value.meeting, !(meetingIDs?.contains(meeting) ?? true) {
                r.problem("meeting", "no meeting \(DataProblem.quoted(meeting)) in \(StoreLoader.meetingsFile)")
            }
            for (index, quote) in value.quotes.enumerated() where !value.paragraphs.indices.contains(quote.paragraph) {
                log.add(file: release.file, at: quoteLocation(release, index), field: "quotes[\(index)].paragraph",
                        "paragraph \(quote.paragraph) does not exist (the release has \(value.paragraphs.count), numbered from 0)")
            }
        }
        reportDuplicates(releases, key: \.id, field: "id")
        reportDuplicates(releases, key: { $0.source?.url ?? "" }, field: "source.url", skipEmpty: true)
    }

    private func quoteLocation(_ release: Located<Release>, _ index: Int) -> SourceLocation {
        guard let quotes = release.reader.node.member("quotes"), case .array(let elements) = quotes.value,
              elements.indices.contains(index) else { return release.reader.location(of: "quotes") }
        return (elements[index].member("paragraph") ?? elements[index]).location
    }

    private func unknownCountry(_ code: String) -> String {
        "unknown country code \(DataProblem.quoted(code)) (not in \(StoreLoader.countriesFile))"
    }

    private func checkCountry(_ code: String?, known: Set<String>?, in reader: FieldReader, field: String) {
        guard let code, let known, !known.contains(code) else { return }
        reader.problem(field, unknownCountry(code))
    }

    private func reportDuplicates<Model>(_ items: [Located<Model>], key: (Model) -> String, field: String, skipEmpty: Bool = false) {
        var firstSeen: [String: Located<Model>] = [:]
        for item in items {
            let value = key(item.value)
            if skipEmpty && value.isEmpty { continue }
            if let first = firstSeen[value] {
                let topField = String(field.prefix { $0 != "." })
                let firstPlace = "\(first.file):\(first.reader.location(of: topField).line)"
                item.reader.problem(topField, "duplicate \(field) \(DataProblem.quoted(value)) (first at \(firstPlace))")
            } else {
                firstSeen[value] = item
            }
        }
    }
}

public enum CountryCode {
    public static func isWellFormed(_ code: String) -> Bool {
        code.utf8.count == 2 && code.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// Why `code` cannot name a country, or nil when ISO 3166-1 assigns it.
    public static func problem(with code: String) -> String? {
        if !isWellFormed(code) { return "\(DataProblem.quoted(code)) is not an ISO 3166-1 alpha-2 code (two capital letters)" }
        if !CountryGazetteer.isAssigned(code) { return "\(DataProblem.quoted(code)) is not an assigned ISO 3166-1 alpha-2 code" }
        return nil
    }
}
