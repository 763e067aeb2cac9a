/// Checks what no single field can: unique ids and every reference between files. References into
/// a file that could not be read (nil) are not checked: its own problem is the one to fix.
///
/// A release's references are checked as it is read (`checkReferences(of:)`), so that its parse
/// tree can be let go at once; what is checked across releases keeps only `ReleaseMarks`.
struct ReferenceChecker {
    let countries: [Located<Country>]?
    let meetings: [Located<Meeting>]?
    var presidencies: [Located<Presidency>]? = nil
    let releases: [ReleaseMarks]
    let log: ProblemLog

    /// What the checks of one release need to know of the other files.
    struct Known: Sendable {
        let countryCodes: Set<String>?
        let meetingIDs: Set<String>?

        init(countries: [Located<Country>]?, meetings: [Located<Meeting>]?) {
            countryCodes = countries.map { Set($0.map(\.value.code)) }
            meetingIDs = meetings.map { Set($0.map(\.value.id)) }
        }

        init(countryCodes: Set<String>?, meetingIDs: Set<String>?) {
            self.countryCodes = countryCodes
            self.meetingIDs = meetingIDs
        }
    }

    func check() {
        let countries = self.countries ?? [], meetings = self.meetings ?? []
        let known = Known(countries: self.countries, meetings: self.meetings)

        reportDuplicates(countries.map { ($0.value.code, FieldPlace($0, "code")) }, field: "code")
        reportDuplicates(meetings.map { ($0.value.id, FieldPlace($0, "id")) }, field: "id")
        reportDuplicates(meetings.map { (String($0.value.number), FieldPlace($0, "number")) }, field: "number")

        for country in countries {
            if let problem = CountryCode.problem(with: country.value.code) {
                country.reader.problem("code", problem)
            }
            if country.value.memberSince != nil && country.value.rcm != .member {
                country.reader.problem("memberSince", .memberSinceWithoutMembership)
            }
        }
        for meeting in meetings {
            if let code = meeting.value.country, let codes = known.countryCodes, !codes.contains(code) {
                meeting.reader.problem("country", Self.unknownCountry(code))
            }
            if let problem = Self.sourceProblem(meeting.value.status, meeting.value.sources) {
                meeting.reader.problem("sources", problem)
            }
            for (index, event) in meeting.value.events.enumerated() {
                if let problem = Self.sourceProblem(event.status, event.sources) {
                    log.add(file: meeting.file, at: meeting.reader.location(of: "events"),
                            field: meeting.reader.fieldPath("events") + "[\(index)].sources", problem)
                }
            }
        }
        let presidencies = self.presidencies ?? []
        reportDuplicates(presidencies.map { (String($0.value.year), FieldPlace($0, "year")) }, field: "year")
        for presidency in presidencies {
            if let code = presidency.value.country, let codes = known.countryCodes, !codes.contains(code) {
                presidency.reader.problem("country", Self.unknownCountry(code))
            }
            if let problem = Self.sourceProblem(presidency.value.status, presidency.value.sources) {
                presidency.reader.problem("sources", problem)
            }
        }
        for release in releases {
            for problem in release.referenceProblems { log.add(problem) }
        }
        reportDuplicates(releases.map { ($0.id, FieldPlace(file: $0.file, location: $0.idLocation, field: "id")) }, field: "id")
        reportDuplicates(releases.map { ($0.sourceURL ?? "", FieldPlace(file: $0.file, location: $0.sourceLocation, field: "source")) },
                         field: "source.url", skipEmpty: true)
        reportSameArticles()
    }

    /// Reports every release that is, from the same source file, the same article as one before
    /// it (see `ArticleMatch`): one article imported twice. Releases that both give a
    /// source URL are told apart by it instead.
    private func reportSameArticles() {
        var byFile: [String: [ReleaseMarks]] = [:]
        for release in releases {
            guard let file = release.sourceFile else { continue }
            if let first = byFile[file, default: []].first(where: { earlier in
                (earlier.sourceURL == nil || release.sourceURL == nil)
                    && ArticleMatch.sameArticle(earlier.paragraphHashes, release.paragraphHashes)
            }) {
                log.add(file: release.file, at: release.sourceFileLocation, field: "source.file",
                        .sameArticle(sourceFile: file, first: first.file, line: first.sourceFileLocation.line))
            }
            byFile[file, default: []].append(release)
        }
    }

    /// Logs every reference of a release that points nowhere: a country, its place, its meeting,
    /// a quote's paragraph.
    static func checkReferences(of release: Release, reader r: FieldReader, known: Known) {
        for (index, code) in release.countries.enumerated() where !(known.countryCodes?.contains(code) ?? true) {
            r.log.add(file: r.file, at: r.location(of: "countries"), field: "countries[\(index)]", unknownCountry(code))
        }
        if let place = release.place, let code = place.country, !(known.countryCodes?.contains(code) ?? true) {
            r.log.add(file: r.file, at: r.location(of: "place"), field: "place.country", unknownCountry(code))
        }
        if let meeting = release.meeting, !(known.meetingIDs?.contains(meeting) ?? true) {
            r.problem("meeting", .unknownMeeting(meeting, file: StoreLoader.meetingsFile))
        }
        for (index, quote) in release.quotes.enumerated() where !release.paragraphs.indices.contains(quote.paragraph) {
            r.log.add(file: r.file, at: quoteLocation(r, index), field: "quotes[\(index)].paragraph",
                      .missingParagraph(quote.paragraph, count: release.paragraphs.count))
        }
    }

    /// A fact that is confirmed or inferred says where it comes from: only an unconfirmed one may have no source.
    private static func sourceProblem(_ status: FactStatus, _ sources: [String]) -> ProblemKind? {
        status == .unconfirmed || !sources.isEmpty ? nil : .needsSource(status)
    }

    private static func quoteLocation(_ reader: FieldReader, _ index: Int) -> SourceLocation {
        guard let quotes = reader.node.member("quotes"), case .array(let elements) = quotes.value,
              elements.indices.contains(index) else { return reader.location(of: "quotes") }
        return (elements[index].member("paragraph") ?? elements[index]).location
    }

    private static func unknownCountry(_ code: String) -> ProblemKind {
        .unknownCountry(code, file: StoreLoader.countriesFile)
    }

    /// Where a field stands, for a message about it.
    private struct FieldPlace {
        let file: String
        let location: SourceLocation
        /// The field's path in its file, such as `[1].id`.
        let field: String

        init(file: String, location: SourceLocation, field: String) {
            self.file = file
            self.location = location
            self.field = field
        }

        init<Model>(_ item: Located<Model>, _ key: String) {
            self.init(file: item.file, location: item.reader.location(of: key), field: item.reader.fieldPath(key))
        }
    }

    /// Reports every value after its first occurrence, at the top-level field `field` starts with.
    private func reportDuplicates(_ items: [(value: String, place: FieldPlace)], field: String, skipEmpty: Bool = false) {
        var firstSeen: [String: FieldPlace] = [:]
        for (value, place) in items {
            if skipEmpty && value.isEmpty { continue }
            if let first = firstSeen[value] {
                log.add(file: place.file, at: place.location, field: place.field,
                        .duplicate(field: field, value: value, first: first.file, line: first.location.line))
            } else {
                firstSeen[value] = place
            }
        }
    }
}

/// What is kept of a release's file once it has been read: where its id and source stand, for
/// duplicates found later, and the problems its references have.
struct ReleaseMarks: Sendable {
    let id: String
    let sourceURL: String?
    let sourceFile: String?
    /// The paragraphs' hashes, when the release gives a source file: enough to tell the same
    /// article from that file twice, without keeping its text.
    let paragraphHashes: [Int]
    let file: String
    let idLocation: SourceLocation
    let sourceLocation: SourceLocation
    let sourceFileLocation: SourceLocation
    let referenceProblems: [DataProblem]

    init(_ release: Release, file: String, reader: FieldReader, referenceProblems: [DataProblem]) {
        id = release.id
        sourceURL = release.source?.url
        sourceFile = release.source?.file
        paragraphHashes = sourceFile == nil ? [] : release.paragraphs.map(\.hashValue)
        self.file = file
        idLocation = reader.location(of: "id")
        sourceLocation = reader.location(of: "source")
        sourceFileLocation = reader.node.member("source")?.member("file")?.location ?? sourceLocation
        self.referenceProblems = referenceProblems
    }
}

public enum CountryCode {
    public static func isWellFormed(_ code: String) -> Bool {
        code.utf8.count == 2 && code.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// Why `code` cannot name a country, or nil when ISO 3166-1 assigns it.
    public static func problem(with code: String) -> ProblemKind? {
        if !isWellFormed(code) { return .malformedCountryCode(code) }
        if !CountryGazetteer.isAssigned(code) { return .unassignedCountryCode(code) }
        return nil
    }
}
