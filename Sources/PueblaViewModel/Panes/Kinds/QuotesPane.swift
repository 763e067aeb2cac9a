import PueblaKit

/// `2`: every quote of the releases the country filter leaves, in the releases' order. Enter
/// reads the release at the quote's paragraph.
struct QuotesPane: PaneView {
    var pane: Pane { .quotes }
    func title(_ words: any BrowserWords) -> String { words.title(of: .quotes) }
    var hasLongRows: Bool { true }

    func refresh(_ state: inout AppState, mentioning: [Int32]) {
        state.quoteRows = state.library.quotes(of: mentioning)
    }

    func rowCount(in state: AppState) -> Int { state.quoteRows.count }

    func row(_ index: Int, in state: AppState, width: Int) -> StyledLine {
        guard let entry = state.library.quoteEntry(Int(state.quoteRows[index])) else { return StyledLine("") }
        return ListContent.quoteRow(entry, bookmarked: state.reading.isBookmarked(entry.id), words: state.words, width: width)
    }

    func selectedID(in state: AppState) -> String? { state.selectedQuote?.id }

    /// `id` is `<release id>#<n>`, the n-th quote of the release.
    func row(ofID id: String, in state: AppState) -> Int? {
        guard let hash = id.lastIndex(of: "#"), let index = Int(id[id.index(after: hash)...]),
              let position = state.library.position(ofID: String(id[..<hash])) else { return nil }
        return AppState.row(of: Int32(state.library.quoteNumber(position: position, index: index)), in: state.quoteRows)
    }

    func emptyMessage(in state: AppState) -> String {
        let words = state.words
        if state.indexing != nil && state.library.count == 0 { return words.quotesIndexing }
        return state.countryFilter.map { words.noQuotes(mentioning: state.store.countryName($0, in: state.language)) } ?? words.noQuotes
    }

    func detail(in state: AppState, into b: inout DetailBuilder) {
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
        b.releaseText(position.flatMap { DetailContent.text(of: $0, in: state) { $0.paragraphs[safe: quote.paragraph] } }) { b, paragraph in
            b.paragraph([Span(words.paragraph(quote.paragraph + 1), .heading)])
            b.paragraph(QuoteMarking.spans(paragraph, quotes: [quote.text]).map { Span($0.text, $0.role == .quote ? .quote : .dim) })
        }
        b.blank()
        b.paragraph([Span(words.openAtParagraph, .dim)])
    }

    func releaseForDetail(in state: AppState) -> Int? {
        let index = state.position(of: .quotes).selection
        return state.quoteRows.indices.contains(index) ? state.library.position(ofQuote: Int(state.quoteRows[index])) : nil
    }

    func enter(_ state: inout AppState) -> [Effect] {
        guard let entry = state.selectedQuote else { return [] }
        return state.openReader(id: entry.releaseID, paragraph: entry.quote.paragraph)
    }

    func openMeaning(_ words: any BrowserWords, short: Bool) -> String { words.openMeaning(.quote, short: short) }

    func focusedQuote(in state: AppState) -> QuoteEntry? { state.selectedQuote }
}
