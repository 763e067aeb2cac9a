import PueblaKit

/// Saved HTML pages and feeds into releases: the markup gives the title, date, address and links,
/// and the article's text goes through the same reading as a scrape (dateline, quotes, contacts).
enum MarkupImporter {
    static func importHTML(_ bytes: ArraySlice<UInt8>, fileName: String) throws(ImportError) -> ImportResult {
        try LibXML2.require()
        let response = HTTPResponse(bytes)
        guard let document = HTMLDocument(bytes: response.body, charset: response.charset) else { throw .noArticle }
        return try importArticle(ArticleExtractor(page: document), given: PageHints(sourceURL: document.address), fileName: fileName)
    }

    /// One result an item, in the feed's order: an item without an article fails alone.
    static func importFeed(_ bytes: ArraySlice<UInt8>, fileName: String) throws(ImportError) -> [Result<ImportResult, ImportError>] {
        try LibXML2.require()
        guard let items = FeedReader.items(in: HTTPResponse(bytes).body), !items.isEmpty else { throw .emptyFeed }
        return items.map { item in
            do throws(ImportError) {
                return .success(try importItem(item, fileName: fileName))
            } catch {
                return .failure(.feedItem(number: item.number, title: item.title, reason: error))
            }
        }
    }

    private static func importItem(_ item: FeedReader.Item, fileName: String) throws(ImportError) -> ImportResult {
        let hints = PageHints(title: item.title.flatMap { $0.isEmpty ? nil : $0 }, date: item.date, sourceURL: item.link)
        switch item.content {
        case nil:
            throw .noArticle
        case let .text(text):
            return try PageImporter.importText(text, hints: hints, fileName: fileName)
        case let .html(html):
            guard let document = HTMLDocument(fragment: html) else { throw .noArticle }
            return try importArticle(ArticleExtractor(fragment: document, baseURL: item.link), given: hints, fileName: fileName)
        case let .markup(element):
            return try importArticle(ArticleExtractor(fragment: HTMLDocument(root: element), baseURL: item.link), given: hints, fileName: fileName)
        }
    }

    /// The article's text with what `given` says of it (else what its markup says), and the
    /// links of its anchors and of the addresses its text writes out.
    private static func importArticle(_ article: ArticleExtractor, given: PageHints, fileName: String) throws(ImportError) -> ImportResult {
        var hints = given
        hints.title = given.title ?? article.title
        hints.date = given.date ?? article.date
        let text = article.text
        var links = article.links
        let shownByAnchors = article.addressesShownByAnchors
        for written in LinkFinder.links(rawLines: [], cleanedText: text)
            where !links.contains(where: { ArticleExtractor.addressKey($0.url) == ArticleExtractor.addressKey(written.url) })
            && !shownByAnchors.contains(ArticleExtractor.schemelessKey(written.url)) {
            links.append(written)
        }
        hints.links = links
        return try PageImporter.importText(text, hints: hints, fileName: fileName)
    }
}
