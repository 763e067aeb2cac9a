import Foundation

/// The parts of a scraped page: the site's navigation around it is dropped, and what is left is
/// split into the title, the page's own date line, the article's lines and its contact block.
struct PageLayout {
    /// One line of the article, cleaned, or a blank line of the page (a paragraph break).
    enum BodyLine: Equatable {
        case text(String)
        case blank
    }

    var title: String?
    /// The text of a line giving the page's date ("Date Publish: Viernes, Mayo 21, 2010").
    var dateLine: String?
    var body: [BodyLine] = []
    /// The contact block's lines, cleaned, and the same lines as scraped (for e-mail addresses
    /// that only survive inside a `mailto:` fragment).
    var contactLines: [String] = []
    var contactRawLines: [String] = []
    /// Every line from the title to the end of the article as scraped, for links.
    var articleRawLines: [String] = []

    /// `titleGiven`: the page's markup named its title, so the text starts with the article.
    init(text: String, titleGiven: Bool = false) {
        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let lines = rawLines.map { $0.allSatisfy(\.isWhitespace) ? nil : HTMLResidue.clean($0) }
        let navigation = NavigationFilter(lines: lines)
        var index = 0
        // Above the title: navigation, and perhaps the date.
        while index < lines.count {
            guard let line = lines[index], !line.isEmpty, !navigation.isNavigation(at: index) else { index += 1; continue }
            if dateLine == nil, PageDate.isDateLine(line) { dateLine = line; index += 1; continue }
            break
        }
        guard index < lines.count, let first = lines[index] else { return }
        let articleStart = index
        let next = lines[(index + 1)...].lazy.compactMap { $0 }.first { !$0.isEmpty }
        if !titleGiven, PageLayout.looksLikeTitle(first, next: next) {
            title = first
            index += 1
        }
        var inContact = false
        var sawProse = false
        while index < lines.count {
            defer { index += 1 }
            guard let line = lines[index] else {
                if sawProse && !inContact { body.append(.blank) }
                continue
            }
            if line.isEmpty || navigation.isNavigation(at: index) { continue }
            if sawProse && NavigationFilter.isFooter(line) { break }
            if PageDate.isLabelledDate(line) || (!sawProse && PageDate.isDateLine(line)) {
                if dateLine == nil { dateLine = line }
                continue
            }
            if !inContact && sawProse && ContactBlock.startsBlock(line) { inContact = true }
            if inContact {
                contactLines.append(line)
                contactRawLines.append(rawLines[index])
            } else {
                body.append(.text(line))
                sawProse = true
            }
        }
        articleRawLines = Array(rawLines[articleStart..<min(index, rawLines.count)])
        while body.last == .blank { body.removeLast() }
    }

    /// A heading: a few words, no sentence-ending full stop, and either capitalized like a title
    /// or followed by a line that starts a sentence (a wrapped paragraph's first line runs on).
    static func looksLikeTitle(_ line: String, next: String?) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 2, line.count <= 250 else { return false }
        if line.hasSuffix(".") && !line.hasSuffix("...") { return false }
        if line.hasSuffix(",") || line.hasSuffix(";") { return false }
        let capitalized = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }.count
        if words.count <= 8 || Double(capitalized) / Double(words.count) >= 0.4 { return true }
        guard let start = next?.first else { return false }
        return start.isUppercase || start.isNumber || QuotationMarks.opening.contains(start)
    }
}

/// Tells the site's menus, slogans and footers from the article.
struct NavigationFilter {
    private let folded: [String?]

    init(lines: [String?]) {
        folded = lines.map { $0.map(TextFolding.fold) }
    }

    func isNavigation(at index: Int) -> Bool {
        guard let line = folded[index] else { return false }
        if NavigationFilter.menuItems.contains(line) { return true }
        if NavigationFilter.bullet.matches(line) { return true }
        if NavigationFilter.gluedHeading.matches(line) { return true }
        if NavigationFilter.sloganMarkers.contains(where: line.contains) { return true }
        // Menus list each heading twice: once as a button, once as the panel's title.
        let repeated = [index - 1, index + 1].contains { folded.indices.contains($0) && folded[$0] == line }
        return repeated && line.count <= 60
    }

    static func isFooter(_ line: String) -> Bool {
        let line = TextFolding.fold(line)
        return footerItems.contains(line) || footerStarts.contains(where: line.hasPrefix)
    }

    /// `-`, or `- Where we work`: a menu entry, short and without a full stop.
    private static let bullet = TextPattern("^(?:[-•*·|>]+|[-•*·]\\s+[^.!?]{1,60})$")
    /// A menu heading glued to its blurb: `WHO WE AREThe International Organization ...`.
    private static let gluedHeading = TextPattern("^[A-Z ]{4,}[A-Z][a-z]")

    private static let menuItems: Set<String> = [
        "who we are", "our work", "what we do", "partnerships", "highlights", "where we work", "take action",
        "work with us", "get involved", "data and research", "2030 agenda", "about iom", "about us", "home", "news",
        "press releases", "media centre", "media center", "menu", "search", "skip to main content", "main menu",
        "share", "share this", "print", "email", "tweet", "facebook", "twitter", "linkedin", "youtube", "instagram",
        "english", "espanol", "francais", "language", "languages", "donate", "careers", "procurement", "contact us",
        "quienes somos", "nuestro trabajo", "que hacemos", "alianzas", "destacados", "donde trabajamos", "actue",
        "trabaje con nosotros", "participe", "datos e investigacion", "agenda 2030", "inicio", "noticias",
        "comunicados de prensa", "buscar", "compartir", "imprimir", "contactenos", "donar", "read more", "leer mas",
    ]

    private static let sloganMarkers = [
        "is part of the united nations system as the leading", "plays a key role to support the achievement of the 2030 agenda",
        "forma parte del sistema de las naciones unidas", "desempena un papel clave para apoyar el logro de la agenda 2030",
    ]

    private static let footerItems: Set<String> = [
        "related news", "related stories", "related", "related content", "share this", "follow us", "subscribe",
        "newsletter", "footer", "privacy policy", "terms of use", "noticias relacionadas", "siguenos", "suscribase",
        "politica de privacidad", "terminos de uso",
    ]
    private static let footerStarts = ["©", "copyright", "all rights reserved", "todos los derechos reservados", "back to top"]
}
