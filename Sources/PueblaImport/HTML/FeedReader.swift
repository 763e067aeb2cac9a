import PueblaKit

/// The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, each an article: its title, link, date
/// and content, the content read as HTML when the feed holds HTML.
enum FeedReader {
    struct Item {
        /// 1 for the feed's first item.
        var number: Int
        var title: String?
        /// The item's absolute http(s) address.
        var link: String?
        /// `YYYY-MM-DD`.
        var date: String?
        var content: Content?
    }

    enum Content {
        /// Escaped HTML (`<description>`, `<content:encoded>`, Atom `type="html"`).
        case html(String)
        /// Markup inside the feed itself (Atom `type="xhtml"`).
        case markup(MarkupElement)
        case text(String)
    }

    /// The feed's items, in order; nil when the bytes are not a feed libxml2 can read.
    static func items(in bytes: ArraySlice<UInt8>) -> [Item]? {
        guard let root = MarkupParser.xml(bytes) else { return nil }
        switch root.name {
        case "rss": return root.child("channel").map { rssItems(in: $0) } ?? []
        case "RDF": return rssItems(in: root)
        case "feed": return atomEntries(in: root)
        default: return nil
        }
    }

    /// RSS 2.0 (`channel/item`) and RSS 1.0 (`rdf:RDF/item`).
    private static func rssItems(in parent: MarkupElement) -> [Item] {
        parent.childElements.filter { $0.name == "item" }.enumerated().map { index, item in
            let field = { (name: String) in item.child(name)?.text.collapsingWhitespace() }
            let guid = item.child("guid").flatMap { $0.attribute("ispermalink")?.lowercased() == "false" ? nil : $0.text }
            let content = [item.child("content:encoded"), item.child("description")].compactMap { $0 }
                .first { !$0.text.allSatisfy(\.isWhitespace) }
            return Item(
                number: index + 1, title: field("title").map(plainTitle), link: [field("link"), guid].compactMap { $0.flatMap(HTMLDocument.webAddress) }.first,
                date: (field("pubDate") ?? field("dc:date")).flatMap(date),
                content: content.map { $0.text.contains("<") ? .html($0.text) : .text($0.text) })
        }
    }

    private static func atomEntries(in feed: MarkupElement) -> [Item] {
        feed.childElements.filter { $0.name == "entry" }.enumerated().map { index, entry in
            let alternate = entry.childElements.filter { $0.name == "link" && ($0.attribute("rel") ?? "alternate") == "alternate" }
                .compactMap { $0.attribute("href").flatMap(HTMLDocument.webAddress) }.first
            let stamp = (entry.child("published") ?? entry.child("updated"))?.collapsedText
            let content = [entry.child("content"), entry.child("summary")].compactMap { $0 }.first { !$0.text.allSatisfy(\.isWhitespace) || !$0.childElements.isEmpty }
            return Item(
                number: index + 1, title: entry.child("title").map { atomText($0).plainText }, link: alternate,
                date: stamp.flatMap(date), content: content.map(atomText))
        }
    }

    /// An Atom text construct as its `type` says: text, escaped HTML, or XHTML in a `<div>`.
    private static func atomText(_ element: MarkupElement) -> Content {
        switch element.attribute("type")?.lowercased() {
        case "html": return .html(element.text)
        case "xhtml": return .markup(element.childElements.first ?? element)
        default: return .text(element.text)
        }
    }

    /// A title that holds tags (some feeds escape HTML in it) as its words.
    private static func plainTitle(_ title: String) -> String {
        title.contains("<") ? Content.html(title).plainText : title
    }

    /// `YYYY-MM-DD` of an RFC 822 date ("Tue, 18 May 2010 14:00:00 GMT") or an ISO 8601 one, as
    /// written (not moved to another time zone).
    private static func date(_ stamp: String) -> String? {
        PageDate.parse(String(stamp.prefix(10))) ?? PageDate.parse(stamp)
    }
}

extension FeedReader.Content {
    /// The content as one line of words.
    var plainText: String {
        switch self {
        case let .html(html): return HTMLDocument(fragment: html).map { $0.body.collapsedText } ?? html.collapsingWhitespace()
        case let .markup(element): return element.collapsedText
        case let .text(text): return text.collapsingWhitespace()
        }
    }
}
