import Foundation

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
        baseURL = document.canonicalURL
        let body = document.body
        let inPage = { (element: MarkupElement) in !ArticleExtractor.isStructuralBoilerplate(element) }
        let articles = body.descendants(where: { $0.name == "article" }, descendInto: inPage)
        let mains = body.descendants(where: { $0.name == "main" || $0.attribute("role")?.lowercased() == "main" }, descendInto: inPage)
        if let best = articles.max(by: { ArticleExtractor.proseLength(of: $0) < ArticleExtractor.proseLength(of: $1) }),
           ArticleExtractor.proseLength(of: best) >= 200 {
            articleRoot = best
        } else if let main = mains.max(by: { ArticleExtractor.proseLength(of: $0) < ArticleExtractor.proseLength(of: $1) }),
                  ArticleExtractor.proseLength(of: main) >= 200 {
            articleRoot = main
        } else {
            let scored = body.descendants(where: inPage, descendInto: inPage).map { ($0, ArticleExtractor.directProseLength(of: $0)) }
            articleRoot = scored.max(by: { $0.1 < $1.1 }).flatMap { $0.1 > 0 ? $0.0 : nil } ?? body
        }
        rootProse = ArticleExtractor.proseLength(of: articleRoot)
    }

    /// A fragment that is all article (a feed item's content), its links relative to `baseURL`.
    init(fragment document: HTMLDocument, baseURL: String?) {
        self.document = document
        self.baseURL = baseURL
        articleRoot = document.body
        rootProse = ArticleExtractor.proseLength(of: articleRoot)
    }

    /// The headline: the article's `<h1>`, the page's, `og:title` or `<title>`, without the
    /// site's name around it.
    var title: String? {
        let candidates = [heading.map(ArticleText.inlineText), document.meta("og:title", "twitter:title"), document.title]
        let siteName = document.meta("og:site_name")
        for candidate in candidates {
            guard let candidate, !candidate.isEmpty else { continue }
            let title = SiteName.strip(from: candidate, siteName: siteName)
            if !title.isEmpty { return title }
        }
        return nil
    }

    /// The `<h1>` of the article, or failing that the page's first outside menus and banners.
    var heading: MarkupElement? {
        articleRoot.descendants(named: "h1").first
            ?? document.body.descendants(where: { $0.name == "h1" }, descendInto: { !ArticleExtractor.isBoilerplate($0) }).first
    }

    /// `YYYY-MM-DD`: the article's `<time>`, else the date the page's metadata gives.
    var date: String? {
        let times = articleRoot.descendants(named: "time")
        let stamps = times.compactMap { $0.attribute("datetime") } + [
            document.meta("article:published_time", "og:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date",
                          "datepublished", "pubdate", "publishdate"),
            document.jsonLDDatePublished,
        ].compactMap { $0 }
        for stamp in stamps {
            if let date = PageDate.parse(String(stamp.prefix(10))) ?? PageDate.parse(stamp) { return date }
        }
        return times.lazy.compactMap { PageDate.parse($0.collapsedText) }.first
    }

    /// The article's links: its anchors' absolute http(s) addresses (relative ones resolved
    /// against the page's address), with their words. `mailto:` addresses are contacts, and
    /// links to the page itself or within it are not links.
    var links: [Link] {
        let base = baseURL
        var links: [Link] = []
        let anchors = articleRoot.descendants(where: { $0.name == "a" }, descendInto: { !isLeftOut($0) })
        for anchor in anchors {
            guard let href = anchor.attribute("href"),
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

    /// The article as text, without its headline (the title is given apart).
    var text: String {
        let title = title
        let headingText = heading.map(ArticleText.inlineText)
        let text = ArticleText.render(articleRoot, isHeading: { element in
            guard element.name == "h1" else { return false }
            let words = ArticleText.inlineText(of: element)
            return words == headingText || words == title
        }, skipping: isLeftOut)
        // A heading given only as the first line (a `<p class="title">`) is not given twice.
        guard let title, let firstBreak = text.firstIndex(of: "\n"), text[..<firstBreak] == title else { return text == title ? "" : text }
        return String(text[firstBreak...].drop { $0.isNewline })
    }

    /// Characters of text in the paragraphs, list items, quotes and cells under `element`.
    private static func proseLength(of element: MarkupElement) -> Int {
        element.descendants(where: { ["p", "li", "blockquote", "td", "dd"].contains($0.name) },
                            descendInto: { !ArticleExtractor.isBoilerplate($0) && !["p", "li", "blockquote", "td", "dd"].contains($0.name) })
            .reduce(0) { $0 + $1.collapsedText.count }
    }

    /// Characters of text in `element`'s own paragraphs and in the text directly inside it, as
    /// in readability scoring: the container of the article's paragraphs scores highest.
    private static func directProseLength(of element: MarkupElement) -> Int {
        element.children.reduce(0) { total, child in
            switch child {
            case let .text(text): return total + text.collapsingWhitespace().count
            case let .element(child) where ["p", "blockquote", "pre"].contains(child.name): return total + child.collapsedText.count
            case .element: return total
            }
        }
    }

    /// Inside the article, what is not part of it. A class may name a share bar or a sidebar on
    /// an element that holds most of the article: that element stays.
    private func isLeftOut(_ element: MarkupElement) -> Bool {
        if ArticleExtractor.isStructuralBoilerplate(element) { return true }
        return ArticleExtractor.classSaysBoilerplate(element) && ArticleExtractor.proseLength(of: element) * 2 < rootProse
    }

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
        return false
    }

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
}
