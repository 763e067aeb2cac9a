import Foundation
import PueblaKit

/// Finds the article in a parsed page and says what the page's markup gives of it: the headline
/// without the site's name, the publication date, the page's address and the article's links,
/// and the article's text for the text importer (which still finds the dateline, quotes and
/// contact block in it). Menus, banners, scripts, styles, forms, share buttons, related stories
/// and footers are never part of it.
struct ArticleExtractor {
    let document: HTMLDocument
    /// The element holding the article.
    let articleRoot: MarkupElement
    /// The address relative links are resolved against.
    let baseURL: String?
    private let rootProse: Int

    /// A whole page: the article is the `<article>` with the most text, else the page's main
    /// region, else the element with the most paragraph text directly in it.
    init(page document: HTMLDocument) {
        self.document = document
        baseURL = document.linkBase
        let body = document.body
        let inPage = { (element: MarkupElement) in !ArticleExtractor.isStructuralBoilerplate(element) }
        let articles = body.descendants(where: { $0.name == "article" }, descendInto: inPage)
        let mains = body.descendants(where: { $0.name == "main" || $0.attribute("role")?.lowercased() == "main" }, descendInto: inPage)
        let root: MarkupElement
        if let best = articles.max(by: { ArticleExtractor.proseLength(of: $0) < ArticleExtractor.proseLength(of: $1) }),
           ArticleExtractor.proseLength(of: best) >= 200, !ArticleExtractor.isTeaser(best, body: body, inPage: inPage) {
            root = best
        } else if let main = mains.max(by: { ArticleExtractor.proseLength(of: $0) < ArticleExtractor.proseLength(of: $1) }),
                  ArticleExtractor.proseLength(of: main) >= 200 {
            root = main
        } else {
            let scored = body.descendants(where: inPage, descendInto: inPage).map { ($0, ArticleExtractor.directProseLength(of: $0)) }
            root = scored.max(by: { $0.1 < $1.1 }).flatMap { $0.1 > 0 ? $0.0 : nil } ?? body
        }
        articleRoot = ArticleExtractor.withoutRelatedLists(root)
        rootProse = ArticleExtractor.proseLength(of: articleRoot)
    }

    /// A fragment that is all article (a feed item's content), its links relative to `baseURL`.
    init(fragment document: HTMLDocument, baseURL: String?) {
        self.document = document
        self.baseURL = baseURL
        articleRoot = ArticleExtractor.withoutRelatedLists(document.body)
        rootProse = ArticleExtractor.proseLength(of: articleRoot)
    }

    /// The headline: the article's `<h1>`, the page's, `og:title` or `<title>`, without the
    /// site's name around it.
    var title: String? {
        let candidates = [heading.map(ArticleText.inlineText), document.meta("og:title", "twitter:title"), document.title, titledElement]
        let siteName = document.meta("og:site_name")
        for candidate in candidates {
            guard let candidate, !candidate.isEmpty else { continue }
            let title = SiteName.strip(from: candidate, siteName: siteName)
            // An old page's banner heading, or a <title> that is only the site's name, names no article.
            if !title.isEmpty, !SiteName.isSiteName(title, siteName: siteName) { return title }
        }
        return nil
    }

    /// The words of the first element outside menus and banners whose class names it the title
    /// (`<td class="titulo">`, `<span class="pagetitle">`): an old page's headline without `<h1>`,
    /// when its `<title>` is only the site's name.
    private var titledElement: String? {
        let titled = document.body.descendants(where: { element in
            let words = (element.attribute("class") ?? "").lowercased().split { !$0.isLetter }
            return words.contains { ["title", "titulo", "pagetitle", "headline", "titular"].contains($0) }
        }, descendInto: { !ArticleExtractor.isBoilerplate($0) })
        return titled.lazy.filter { !ArticleExtractor.isBoilerplate($0) }.map(\.collapsedText)
            .first { (3...200).contains($0.count) && !SectionLabel.isKnown($0) }
    }

    /// The `<h1>` of the article, or failing that the page's first outside menus and banners.
    var heading: MarkupElement? {
        articleRoot.descendants(named: "h1").first
            ?? document.body.descendants(where: { $0.name == "h1" }, descendInto: { !ArticleExtractor.isBoilerplate($0) }).first
    }

    /// `YYYY-MM-DD`: the article's `<time>` (the day it shows in words, else its `datetime`), else
    /// the date the page's metadata gives, else a date line just under the headline.
    var date: String? {
        let times = articleRoot.descendants(where: { $0.name == "time" }, descendInto: { !isLeftOut($0) })
        // The day the page shows is the page's date when its `datetime`, in UTC, is the day after
        // or before it; a numeric date shown the other way round ("Thu, 12/05/2016" on a Spanish
        // page) is read by the `datetime`.
        if let time = times.first, let shown = PageDate.parse(time.collapsedText),
           let stamp = time.attribute("datetime").flatMap({ PageDate.parse(String($0.prefix(10))) }),
           ArticleExtractor.daysBetween(shown, stamp) == 1 {
            return shown
        }
        let stamps = times.compactMap { $0.attribute("datetime") } + [
            document.meta("article:published_time", "og:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date",
                          "datepublished", "pubdate", "publishdate"),
            document.jsonLDDatePublished,
        ].compactMap { $0 }
        for stamp in stamps {
            if let date = PageDate.parse(String(stamp.prefix(10))) ?? PageDate.parse(stamp) { return date }
        }
        return times.lazy.compactMap { PageDate.parse($0.collapsedText) }.first ?? dateLineUnderTitle
    }

    /// Days between two `YYYY-MM-DD` dates, either way round.
    private static func daysBetween(_ first: String, _ second: String) -> Int? {
        let calendar = Calendar(identifier: .gregorian)
        let dates = [first, second].map { text -> Date? in
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
        }
        guard let from = dates[0], let to = dates[1] else { return nil }
        return calendar.dateComponents([.day], from: from, to: to).day.map(abs)
    }

    /// A date line among the few elements after the headline, wherever the page puts it (the old
    /// site's "Posted on ..." row sits between the title's row and the article's cell).
    private var dateLineUnderTitle: String? {
        guard let title else { return nil }
        var seenTitle = false
        var looked = 0
        let elements = document.body.descendants(where: { !$0.collapsedText.isEmpty }, descendInto: { !ArticleExtractor.isBoilerplate($0) })
        for element in elements where !ArticleExtractor.isBoilerplate(element) {
            let words = element.collapsedText
            if !seenTitle {
                seenTitle = words == title
                continue
            }
            // A Spanish page writes its numeric dates day first.
            if words.count <= 80, PageDate.isDateLine(words) { return PageDate.parse(words, language: PageLanguage(text: articleRoot.collapsedText)) }
            looked += 1
            if looked >= 12 { return nil }
        }
        return nil
    }

    /// The article's links: its anchors' absolute http(s) addresses (relative ones resolved
    /// against the page's address), with their words. `mailto:` addresses are contacts, and
    /// links to the page itself or within it are not links.
    var links: [Link] {
        let base = baseURL
        var links: [Link] = []
        for anchor in anchors {
            guard let href = anchor.attribute("href"), ArticleText.mailAddress(of: anchor) == nil,
                  let url = ArticleExtractor.scriptTarget(of: href) ?? HTMLDocument.webAddress(href, relativeTo: base) else { continue }
            let key = ArticleExtractor.addressKey(url)
            if let base, key == ArticleExtractor.addressKey(base) { continue }
            if links.contains(where: { ArticleExtractor.addressKey($0.url) == key }) { continue }
            let words = anchor.collapsedText
            let named = words.isEmpty || HTMLDocument.webAddress(words) != nil || words.lowercased().hasPrefix("www.") ? nil : words
            links.append(Link(url: url, title: named))
        }
        return links
    }

    /// Web addresses the article's anchors show as their words (`<a href="...pdf">www.rcmvs.org</a>`),
    /// without their scheme: the text writes them out, but the link is the anchor's.
    var addressesShownByAnchors: Set<String> {
        Set(anchors.compactMap { anchor in
            let words = anchor.collapsedText
            guard !words.contains(" "), HTMLDocument.webAddress(words) != nil || words.lowercased().hasPrefix("www.") else { return nil }
            return ArticleExtractor.schemelessKey(words)
        })
    }

    /// The article's anchors after its headline: those above it belong to its labels ("Americas"
    /// linking to the region's page), which are no part of the article's text either. Share
    /// buttons and the page's tools (Print, Back to News, Facebook) are not the article's either.
    private var anchors: [MarkupElement] {
        let headingInArticle = articleRoot.descendants(named: "h1").first.map(ArticleText.inlineText)
        var seenHeading = headingInArticle == nil
        var anchors: [MarkupElement] = []
        func walk(_ element: MarkupElement, inLinkList: Bool) {
            for case let .element(child) in element.children where !isLeftOut(child) {
                if child.name == "h1" {
                    seenHeading = seenHeading || ArticleText.inlineText(of: child) == headingInArticle
                } else if child.name == "a" {
                    if seenHeading, !ArticleExtractor.isShareButton(child), !(inLinkList && ArticleExtractor.isSiteTool(child)) { anchors.append(child) }
                    continue
                }
                // A labelled field's value ("Speaker: <a href=...>Name</a>") is the page's, not the article's.
                if ArticleExtractor.isLabelledField(child) { continue }
                let isBlock = ["p", "div", "li", "ul", "ol", "td", "dd", "section", "span"].contains(child.name)
                walk(child, inLinkList: isBlock ? ArticleExtractor.isLinkList(child) : inLinkList)
            }
        }
        walk(articleRoot, inLinkList: ArticleExtractor.isLinkList(articleRoot))
        return anchors
    }

    /// A link that shares the page on a network or by message.
    private static func isShareButton(_ anchor: MarkupElement) -> Bool {
        guard let href = anchor.attribute("href"), let url = URL(string: href.trimmingCharacters(in: .whitespaces)),
              let host = url.host?.lowercased() else { return false }
        let path = url.path.lowercased()
        if ["wa.me", "api.whatsapp.com", "web.whatsapp.com"].contains(host) || host.hasSuffix("addthis.com") || host.hasSuffix("sharethis.com") {
            return true
        }
        let shareHosts = ["facebook.com", "twitter.com", "x.com", "linkedin.com", "reddit.com", "pinterest.com", "t.me", "telegram.me"]
        return shareHosts.contains { host == $0 || host.hasSuffix("." + $0) }
            && ["share", "sharer", "intent", "submit", "pin/create", "sharing"].contains { path.contains($0) }
    }

    /// A link whose words are the site's, not the article's: a menu entry, a way back to a list,
    /// a social network, printing.
    private static func isSiteTool(_ anchor: MarkupElement) -> Bool {
        let words = anchor.collapsedText
        guard !words.isEmpty else { return true }
        if NavigationFilter(lines: [words]).isNavigation(at: 0) || NavigationFilter.isFooter(words) { return true }
        return ["download pdf", "descargar pdf", "pdf", "print", "imprimir", "version pdf"].contains(TextFolding.fold(words))
    }

    /// The article as text, without its headline (the title is given apart).
    var text: String {
        let title = title
        let headingText = heading.map(ArticleText.inlineText)
        let text = ArticleText.render(articleRoot, isHeading: { element in
            guard element.name == "h1" else { return false }
            let words = ArticleText.inlineText(of: element)
            return words == headingText || words == title
        }, skipping: isLeftOut)
        // A heading given only as a line of the text (a `<p class="title">`, the title in capitals
        // in an old page's body), first or under a date line, is not given twice.
        guard let title else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let key = TextFolding.fold(title)
        if let index = lines.indices.filter({ !lines[$0].isEmpty }).prefix(2).first(where: { TextFolding.fold(String(lines[$0])) == key }),
           index == 0 || PageDate.isDateLine(String(lines[0])) {
            lines.remove(at: index)
            if index < lines.count, lines[index].isEmpty { lines.remove(at: index) }
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    /// An `<article>` that is a related story's card: the page's paragraphs are elsewhere, in a
    /// container outside every `<article>` with more paragraph text than this one has in all.
    private static func isTeaser(_ article: MarkupElement, body: MarkupElement, inPage: (MarkupElement) -> Bool) -> Bool {
        let outside = body.descendants(where: inPage, descendInto: { inPage($0) && $0.name != "article" })
            .filter { $0.name != "article" }
            .map(directProseLength).max() ?? 0
        return outside > proseLength(of: article)
    }

    /// Characters of text in the paragraphs, list items, quotes and cells under `element`.
    private static func proseLength(of element: MarkupElement) -> Int {
        element.descendants(where: isProseBlock, descendInto: { !ArticleExtractor.isBoilerplate($0) && !isProseBlock($0) })
            .reduce(0) { $0 + $1.collapsedText.count }
    }

    /// A paragraph, list item, quote or cell, or a `<div>` written as a paragraph (its text
    /// directly in it, as a word processor pastes it).
    private static func isProseBlock(_ element: MarkupElement) -> Bool {
        ["p", "li", "blockquote", "td", "dd"].contains(element.name) || element.name == "div" && hasOwnText(element)
    }

    private static func hasOwnText(_ element: MarkupElement) -> Bool {
        element.children.contains { if case let .text(text) = $0 { !text.allSatisfy(\.isWhitespace) } else { false } }
    }

    /// Characters of text in `element`'s own paragraphs and in the text directly inside it, as
    /// in readability scoring: the container of the article's paragraphs scores highest.
    private static func directProseLength(of element: MarkupElement) -> Int {
        element.children.reduce(0) { total, child in
            switch child {
            case let .text(text): return total + text.collapsingWhitespace().count
            case let .element(child) where ["p", "blockquote", "pre"].contains(child.name) || child.name == "div" && hasOwnText(child):
                return total + child.collapsedText.count
            case .element: return total
            }
        }
    }

    /// Inside the article, what is not part of it. A class may name a share bar or a sidebar on
    /// an element that holds most of the article: that element stays.
    private func isLeftOut(_ element: MarkupElement) -> Bool {
        if ArticleExtractor.isStructuralBoilerplate(element) || ArticleExtractor.isMetadataField(element) { return true }
        return ArticleExtractor.classSaysBoilerplate(element) && ArticleExtractor.proseLength(of: element) * 2 < rootProse
    }

    /// A field of the page's metadata inside the article, told by its label: "Themes", "Country",
    /// "Tags", "SDGs" and their links to the site's lists are not the article's.
    private static func isMetadataField(_ element: MarkupElement) -> Bool {
        guard let words = fieldLabel(of: element) else { return false }
        if metadataLabels.contains(TextFolding.fold(words)) { return true }
        return LabelledHeaders.label(of: words + ":")?.field == .other
    }

    /// A field the page gives of itself with a label the labelled headers know ("Speaker",
    /// "Date Publish", "Location"), or a metadata field.
    private static func isLabelledField(_ element: MarkupElement) -> Bool {
        guard let words = fieldLabel(of: element) else { return false }
        return metadataLabels.contains(TextFolding.fold(words)) || LabelledHeaders.label(of: words + ":") != nil
    }

    /// The words of the label `element` opens with, when a value follows it.
    private static func fieldLabel(of element: MarkupElement) -> String? {
        guard let label = element.childElements.first, element.childElements.count > 1, ArticleText.isLabel(label) else { return nil }
        return label.collapsedText.trimmingCharacters(in: CharacterSet(charactersIn: " :"))
    }

    /// Labels of metadata fields the labelled headers do not list.
    private static let metadataLabels: Set<String> = [
        "sdg", "sdgs", "sustainable development goals", "ods", "objetivos de desarrollo sostenible", "related sdgs",
        "donors", "donantes", "thematic areas", "areas tematicas",
    ]

    static func isBoilerplate(_ element: MarkupElement) -> Bool {
        isStructuralBoilerplate(element) || classSaysBoilerplate(element)
    }

    /// What is never article: menus, banners, footers, sidebars, code, forms and hidden parts,
    /// told by the element or its role.
    static func isStructuralBoilerplate(_ element: MarkupElement) -> Bool {
        if boilerplateElements.contains(element.name) { return true }
        if element.attributes["hidden"] != nil || element.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = element.attribute("style")?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if let role = element.attribute("role")?.lowercased(), boilerplateRoles.contains(role) { return true }
        // Hidden by the site's stylesheet, which a saved page may not have kept: what a screen
        // reader alone hears ("Main content", "Share on Facebook") is not the article's.
        // (Not when another class shows it again on some screens: "d-none d-lg-block", "hidden md:block".)
        if let classes = element.attribute("class")?.lowercased().split(whereSeparator: \.isWhitespace),
           classes.contains(where: { hiddenClasses.contains(String($0)) }),
           !classes.contains(where: { $0.contains(":") || ($0.hasPrefix("d-") && $0 != "d-none") }) {
            return true
        }
        return false
    }

    private static let hiddenClasses: Set<String> = [
        "hidden", "visually-hidden", "visuallyhidden", "sr-only", "element-invisible", "screen-reader-text", "d-none", "is-hidden",
        "u-hidden", "offscreen",
    ]

    /// A class or id whose words name a menu, footer, share bar, cookie notice and the like.
    static func classSaysBoilerplate(_ element: MarkupElement) -> Bool {
        let names = ((element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "")).lowercased()
        let words = names.split { !$0.isLetter && !$0.isNumber }
        return words.contains { word in
            boilerplateWordStarts.contains { word.hasPrefix($0) } && !word.hasPrefix("shared") || boilerplateWords.contains(String(word))
        }
    }

    private static let boilerplateElements: Set<String> = [
        "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "svg", "form", "iframe", "button",
        // A photo's caption describes the picture, not the news: it is no paragraph of the article.
        "figcaption",
        "select", "input", "textarea", "object", "embed", "canvas", "head", "title", "meta", "link", "math", "dialog",
    ]
    private static let boilerplateRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    ]
    /// Starts of class words, in English and Spanish ("navbar", "compartir", "relacionadas").
    private static let boilerplateWordStarts = [
        "nav", "menu", "footer", "breadcrumb", "share", "social", "related", "cookie", "sidebar", "consent", "newsletter",
        "skip", "gdpr", "subscribe", "masthead", "topbar", "toolbar", "pager", "pagination", "sitemap",
        "compartir", "relacionad", "migas", "cabecera", "encabezado", "redes", "suscri", "boletin",
        // A post embedded from a social network (a tweet's text, its date and links) is not the article's.
        "twitter", "instagram", "tiktok", "facebook",
    ]
    /// Whole class words too short to match as starts.
    private static let boilerplateWords: Set<String> = ["pie", "tags", "etiquetas", "aviso"]

    /// The address a script link opens: the first quoted web address in
    /// `javascript:window.open('http://...')` or `javascript:openWindow("http://...")`.
    private static func scriptTarget(of href: String) -> String? {
        guard href.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("javascript:") else { return nil }
        var rest = Substring(href)
        while let quote = rest.firstIndex(where: { $0 == "'" || $0 == "\"" }) {
            let value = rest[rest.index(after: quote)...].prefix { $0 != rest[quote] }
            if let address = HTMLDocument.webAddress(String(value)) { return address }
            rest = rest[value.endIndex...].dropFirst()
        }
        return nil
    }

    /// Addresses that differ only in case, a trailing slash or a fragment are one address.
    static func addressKey(_ url: String) -> String {
        String(url.lowercased().prefix { $0 != "#" }).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }

    /// The address key without `http://` or `https://`, for an address written without them.
    static func schemelessKey(_ url: String) -> String {
        let key = addressKey(url)
        guard let scheme = key.range(of: "://") else { return key }
        return String(key[scheme.upperBound...])
    }

    /// `element` without the lists of related stories inside it: a heading or short line that
    /// names them ("Related news", "Noticias relacionadas", "See also") and the lists of links
    /// right after it, which an editor may put inside the article's body.
    private static func withoutRelatedLists(_ element: MarkupElement) -> MarkupElement {
        var pruned = element
        pruned.children = []
        var afterLabel = false
        for child in element.children {
            guard case let .element(child) = child else {
                if case let .text(words) = child, !words.allSatisfy(\.isWhitespace) { afterLabel = false }
                pruned.children.append(child)
                continue
            }
            if isRelatedLabel(child) {
                afterLabel = true
                continue
            }
            if afterLabel, ["ul", "ol", "dl"].contains(child.name) || isLinkList(child) { continue }
            afterLabel = false
            pruned.children.append(.element(withoutRelatedLists(child)))
        }
        return pruned
    }

    private static func isRelatedLabel(_ element: MarkupElement) -> Bool {
        guard ["h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "b", "span"].contains(element.name) else { return false }
        let words = TextFolding.fold(element.collapsedText).trimmingCharacters(in: CharacterSet(charactersIn: " :.»"))
        guard words.count <= 40 else { return false }
        return relatedLabels.contains(words) || words.hasPrefix("related ") || words.hasSuffix(" relacionadas") || words.hasSuffix(" relacionados")
    }

    /// Most of its words are its links' words.
    private static func isLinkList(_ element: MarkupElement) -> Bool {
        let all = element.collapsedText.count
        let linked = element.descendants(named: "a").reduce(0) { $0 + $1.collapsedText.count }
        return all > 0 && linked * 3 >= all * 2
    }

    private static let relatedLabels: Set<String> = [
        "related", "see also", "read also", "more news", "more stories", "latest news", "other news", "recent news", "you may also like",
        "relacionado", "relacionados", "relacionadas", "ver tambien", "lea tambien", "vea tambien", "mas noticias", "ultimas noticias",
        "otras noticias", "noticias recientes", "te puede interesar", "le puede interesar",
    ]
}
