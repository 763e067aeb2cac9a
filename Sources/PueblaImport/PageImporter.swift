import PueblaKit

/// Turns a scraped press page into a release: pure, no files touched. The page's own facts only:
/// what needs outside knowledge (the meeting it is about, a date the page does not give, the
/// page's address) is left empty for a person to fill in.
public enum PageImporter {
    /// Fewer words than this after the navigation is removed is not an article.
    static let minimumArticleWords = 12

    /// Every release in a file, whatever its kind (told from its content: a text scrape, a saved
    /// HTML page, an RSS or Atom feed). A page gives one result; a feed one an item, in order,
    /// each a release or why that item is not one. Throws when the file as a whole is not
    /// importable: empty, binary, too large, a page without an article, a feed without items.
    public static func importFile(_ bytes: [UInt8], fileName: String) throws(ImportError) -> [Result<ImportResult, ImportError>] {
        let content = try PageDecoder.content(of: bytes)
        switch PageKind(of: content) {
        case .text: return [.success(try importText(PageDecoder.decode(bytes), hints: PageHints(), fileName: fileName))]
        case .html: return [.success(try MarkupImporter.importHTML(content, fileName: fileName))]
        case .feed: return try MarkupImporter.importFeed(content, fileName: fileName)
        case .code: throw .notAPage
        }
    }

    /// A page as text, one line of the page a line, blank lines between blocks, with what a
    /// structured page (HTML, a feed item) said of itself, which wins over what the text suggests.
    static func importText(_ text: String, hints: PageHints, fileName: String) throws(ImportError) -> ImportResult {
        let layout = PageLayout(text: text, titleGiven: hints.title != nil)
        var paragraphs = ParagraphFlow.paragraphs(from: layout.body).filter { !$0.isEmpty }
        let words = paragraphs.reduce(0) { $0 + $1.split(separator: " ").count }
        guard words >= minimumArticleWords else { throw .noArticle }

        var notes: [ImportNote] = []
        // The dateline opens the first paragraph, or the second under a standfirst.
        var dateline = Dateline(paragraph: paragraphs[0])
        var datelineIndex = 0
        if dateline.place == nil && dateline.date == nil, paragraphs.count > 1 {
            // A standfirst may end with a full stop: a dateline with a place under it is still one.
            let second = Dateline(paragraph: paragraphs[1])
            if second.place != nil || (second.date != nil && !ParagraphFlow.endsSentence(paragraphs[0])) { (dateline, datelineIndex) = (second, 1) }
        }
        paragraphs[datelineIndex] = dateline.paragraph
        let title: String
        if let found = hints.title ?? layout.title {
            title = found
        } else {
            title = firstSentence(of: paragraphs[0])
            notes.append(.untitled)
        }
        let language = PageLanguage(text: paragraphs.joined(separator: " "))
        let date = hints.date ?? layout.dateLine.flatMap { PageDate.parse($0, language: language) } ?? dateline.date
        let place = PlaceFinder.place(header: layout.headers.location, dateline: dateline.place, paragraphs: paragraphs)
        var countries = CountryGazetteer.codes(in: ([title, layout.headers.location ?? "", place?.name ?? ""] + paragraphs).joined(separator: "\n"))
        // Liberia, Costa Rica: a city named like another country does not name that country.
        if let place, let country = place.country, let named = CountryGazetteer.codes(in: place.name).first, named != country,
           PlaceFinder.countryCode(place.name) == named {
            countries.removeAll { $0 == named }
        }
        // A release from Tapachula is about Mexico even when its text never names Mexico.
        if let country = place?.country, !countries.contains(country) { countries.append(country) }
        let speaker = layout.headers.speaker ?? QuoteFinder.speaker(ofSpeechTitled: title)
        let quotes = speaker.map { QuoteFinder.speech(by: $0, paragraphs: paragraphs) } ?? QuoteFinder.quotes(in: paragraphs)
        let contactText = layout.contactLines.joined(separator: " ")
        let links = hints.links ?? LinkFinder.links(rawLines: layout.articleRawLines, cleanedText: (paragraphs + [contactText]).joined(separator: "\n"))
        let contacts = ContactBlock.contacts(lines: layout.contactLines, rawLines: layout.contactRawLines)
        if let last = paragraphs.last, layout.contactLines.isEmpty, !ParagraphFlow.endsSentence(last) {
            notes.append(.cutOff)
        }

        let release = Release(
            id: ReleaseID.make(date: date, title: title), title: title, date: date,
            dateStatus: date == nil ? .unconfirmed : .confirmed, place: place, countries: countries,
            meeting: nil, paragraphs: paragraphs, quotes: quotes, links: links, contacts: contacts,
            source: Source(url: hints.sourceURL, file: fileName), language: language.releaseLanguage)
        return ImportResult(release: release, fields: fields(of: release, titleFound: hints.title != nil || layout.title != nil), notes: notes)
    }

    private static func fields(of release: Release, titleFound: Bool) -> [ExtractedField] {
        let speakers = release.quotes.map { $0.speaker ?? "unattributed" }
        var uniqueSpeakers: [String] = []
        for speaker in speakers where !uniqueSpeakers.contains(speaker) { uniqueSpeakers.append(speaker) }
        return [
            ExtractedField("title", titleFound ? release.title : nil),
            ExtractedField("date", release.date),
            ExtractedField("place", release.place.map { [$0.name, $0.country].compactMap { $0 }.joined(separator: ", ") }),
            ExtractedField("countries", release.countries.isEmpty ? nil : release.countries.joined(separator: " ")),
            ExtractedField("paragraphs", String(release.paragraphs.count)),
            ExtractedField("quotes", release.quotes.isEmpty ? nil : "\(release.quotes.count) (\(uniqueSpeakers.joined(separator: "; ")))"),
            ExtractedField("links", release.links.isEmpty ? nil : release.links.map(\.url).joined(separator: " ")),
            ExtractedField("contacts", release.contacts.isEmpty ? nil : release.contacts.map { contact in
                ([contact.name] + [contact.organization, contact.email, contact.phone].compactMap { $0 }).joined(separator: ", ")
            }.joined(separator: "; ")),
            ExtractedField("meeting", nil),
            ExtractedField("source url", release.source?.url),
            ExtractedField("language", release.language?.rawValue),
        ]
    }

    /// Up to a dozen words of the first sentence, for a page without a title line.
    private static func firstSentence(of paragraph: String) -> String {
        let sentence = paragraph.prefix { $0 != "." && $0 != "!" && $0 != "?" }
        let words = sentence.split(separator: " ")
        return words.prefix(12).joined(separator: " ") + (words.count > 12 ? "…" : "")
    }
}
