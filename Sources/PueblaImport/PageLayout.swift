import Foundation
import PueblaKit

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
    var dateLine: String? { headers.date }
    /// The labelled fields above the article: date, speaker, location.
    var headers = LabelledHeaders()
    var body: [BodyLine] = []
    /// The contact block's lines, cleaned, and the same lines as scraped (for e-mail addresses
    /// that only survive inside a `mailto:` fragment).
    var contactLines: [String] = []
    var contactRawLines: [String] = []
    /// Every line from the title to the end of the article as scraped, for links.
    var articleRawLines: [String] = []
    /// A label whose value is on the next line ("Speaker:" then the name).
    private var pendingField: LabelledHeaders.Field?

    /// `titleGiven`: the page's markup named its title, so the text starts with the article.
    init(text: String, titleGiven: Bool = false) {
        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let lines = HTMLResidue.cleanLines(rawLines)
        let navigation = NavigationFilter(lines: lines, rawLines: rawLines)
        let nextText = { (index: Int) in lines[(index + 1)...].lazy.compactMap { $0 }.first { !$0.isEmpty } }
        var index = 0
        // Above the title: navigation, section labels ("Americas", "Press Release"), the date
        // and labelled fields.
        var afterMenu = false
        while index < lines.count {
            guard let line = lines[index], !line.isEmpty, !navigation.isNavigation(at: index) else {
                afterMenu = afterMenu || lines[index]?.isEmpty == false
                index += 1
                continue
            }
            if takeHeader(line, belowTitle: false) || SectionLabel.isLabel(line, next: nextText(index)) || NavigationFilter.isOfficeBanner(line) {
                index += 1
                continue
            }
            let nextIndex = lines.indices.dropFirst(index + 1).first { lines[$0]?.isEmpty == false }
            let nextIsSite = nextIndex.map { navigation.isNavigation(at: $0) || SectionLabel.isKnown(lines[$0] ?? "") } ?? false
            if PageLayout.isMenuEntry(line, next: nextText(index), nextIsSite: nextIsSite, afterMenu: afterMenu),
               PageLayout.hasHeading(below: index, in: lines, navigation: navigation) {
                afterMenu = true
                index += 1
                continue
            }
            break
        }
        pendingField = nil
        if !titleGiven, let heading = PageLayout.headingAboveDate(lines, from: index, navigation: navigation) { index = heading }
        guard index < lines.count, let first = lines[index] else { return }
        let articleStart = index
        // A line with no full stop right above the page's date is a heading, whatever its case.
        let aboveDate = !ParagraphFlow.endsSentence(first) && first.count <= 250 && nextText(index).map(PageDate.isDateLine) == true
        if !titleGiven, aboveDate || PageLayout.looksLikeTitle(first, next: nextText(index)) || PageLayout.isWrappedHeading(first, lines: lines, at: index) {
            var heading = PageLayout.withoutSiteName(first)
            index += 1
            // A heading wrapped like the text: its second line follows with no blank line between.
            // (A title that named the site was whole: the page's title bar, its heading next.)
            if heading == first, index < lines.count, let next = lines[index], PageLayout.continuesTitle(next, navigation: navigation, at: index) {
                heading = PageLayout.withoutSiteName(heading + " " + next)
                index += 1
            }
            title = heading
        }
        var inContact = false
        var sawProse = false
        // The page's line of each text line of the body, in order.
        var textLines: [Int] = []
        // The footer's first line: its links are the site's.
        var footer = lines.count
        while index < lines.count {
            defer { index += 1 }
            guard let line = lines[index] else {
                if sawProse && !inContact { body.append(.blank) }
                continue
            }
            if line.isEmpty || navigation.isNavigation(at: index) || SectionLabel.isCredit(line) { continue }
            if sawProse && NavigationFilter.isFooter(line) {
                footer = index
                break
            }
            // Before the article: labelled fields, labels, and the heading again (a page's
            // `<title>` first, then its heading).
            if !sawProse && (takeHeader(line, belowTitle: true) || SectionLabel.isKnown(line) || line == title || PageLayout.isByline(line)) { continue }
            if sawProse && PageDate.isLabelledDate(line) {
                _ = headers.set(.date, to: line)
                continue
            }
            // The site's metadata under the article ("Tags: ...", "Countries: Honduras, Canada",
            // "Temas: ...") names no country the article names and is none of its text.
            if sawProse, !inContact, LabelledHeaders.label(of: line)?.field == .other { continue }
            // A place and date on a line of their own after the lead: "Colón, 22 July 2011".
            if sawProse, headers.date == nil, PageLayout.isDatelineAlone(line), PageDate.parse(line) != nil {
                _ = headers.set(.date, to: line)
                continue
            }
            if !inContact && sawProse && ContactBlock.startsBlock(line) {
                inContact = true
                if ContactBlock.isField(line) { takeContactLead(textLines: &textLines, rawLines: rawLines) }
            }
            if inContact {
                contactLines.append(line)
                contactRawLines.append(rawLines[index])
            } else {
                body.append(.text(line))
                textLines.append(index)
                sawProse = true
            }
        }
        articleRawLines = Array(rawLines[articleStart..<min(index, footer, rawLines.count)])
        while body.last == .blank { body.removeLast() }
    }

    /// Moves the name and organization lines just above a contact block's first field from the
    /// body into the block (at most three, not across a blank line).
    private mutating func takeContactLead(textLines: inout [Int], rawLines: [String]) {
        var moved = 0
        while moved < 3, case .text(let line)? = body.last, ContactBlock.isLead(line), let index = textLines.popLast() {
            body.removeLast()
            contactLines.insert(line, at: 0)
            contactRawLines.insert(rawLines[index], at: 0)
            moved += 1
        }
    }

    /// Takes a line above the article that is a labelled field, the value of the label before it,
    /// a date line, or (below the title) a dateline of its own; false for any other line.
    private mutating func takeHeader(_ line: String, belowTitle: Bool) -> Bool {
        if let field = pendingField {
            pendingField = nil
            if headers.set(field, to: line) { return true }
        }
        if let (field, value) = LabelledHeaders.label(of: line) {
            if let value { _ = headers.set(field, to: value) } else { pendingField = field }
            return true
        }
        if PageDate.isDateLine(line) {
            _ = headers.set(.date, to: line)
            return true
        }
        // A dateline on a line of its own: "Tegucigalpa, 28 May 2010", "San José, Costa Rica".
        // (Above the title, a country's name alone is the site's label for the page.)
        if belowTitle, PageLayout.isDatelineAlone(line) {
            if PageDate.parse(line) != nil { _ = headers.set(.date, to: line) }
            _ = headers.set(.location, to: line)
            return true
        }
        return false
    }

    /// Menus nobody listed: when short lines lead to the page's date line, the heading right above
    /// the date is the title and the lines before it are the site's (a menu has several entries;
    /// a title with one line of its own above is left to the other rules).
    private static func headingAboveDate(_ lines: [String?], from start: Int, navigation: NavigationFilter) -> Int? {
        var candidates: [Int] = []
        for index in start..<min(lines.count, start + 40) {
            guard let line = lines[index], !line.isEmpty, !navigation.isNavigation(at: index) else { continue }
            if PageDate.isDateLine(line) || PageDate.isDateLabel(line) {
                guard var heading = candidates.last, let text = lines[heading], !SectionLabel.isKnown(text) else { return nil }
                // A heading wrapped over two lines starts on the line before.
                if text.first?.isLowercase == true, candidates.count >= 2 { heading = candidates[candidates.count - 2] }
                // Sentence-case headings count: the date below is what makes this one the title.
                guard let title = lines[heading], title.split(separator: " ").count >= 4, title.count <= 250,
                      !ParagraphFlow.endsSentence(title), !title.hasSuffix(",") else { return nil }
                let above = candidates.filter { $0 < heading }
                let startIsShort = lines[start].map { $0.split(separator: " ").count <= 3 } ?? true
                return heading > start && (above.count >= 2 || startIsShort) ? heading : nil
            }
            if line.split(separator: " ").count > 12 || ParagraphFlow.endsSentence(line) { return nil }
            candidates.append(index)
        }
        return nil
    }

    /// A menu entry nobody listed ("Activities", "News and Media", "Notas informativas"): a few
    /// words without a sentence's punctuation, followed by another such entry or by the site's
    /// own lines, or coming after the site's menu right above a heading in title case. (A title
    /// that short is followed by its date or its text, which reads as a sentence.)
    private static func isMenuEntry(_ line: String, next: String?, nextIsSite: Bool, afterMenu: Bool) -> Bool {
        let isEntry = { (text: String, words: Int) in
            text.split(separator: " ").count <= words && text.count <= 40 && !text.contains(where: { ".,;:!?\"“”«»".contains($0) })
                && !text.contains(where: \.isNumber)
        }
        guard isEntry(line, 4), let next else { return false }
        if isEntry(next, 4) || nextIsSite { return true }
        return afterMenu && isEntry(line, 3) && isTitleCaseHeading(next)
    }

    /// Whether a heading of four words or more comes below `index` before the text starts: a
    /// menu entry has the title still to come; a short title has only its date, fields, share
    /// buttons and text below it.
    private static func hasHeading(below index: Int, in lines: [String?], navigation: NavigationFilter) -> Bool {
        var afterLabel = false
        for other in lines.indices.dropFirst(index + 1).prefix(40) {
            guard let line = lines[other], !line.isEmpty else { continue }
            defer { afterLabel = LabelledHeaders.label(of: line).map { $0.value == nil } ?? false }
            if afterLabel || navigation.isNavigation(at: other) || SectionLabel.isKnown(line) || PageDate.isDateLine(line)
                || LabelledHeaders.label(of: line) != nil { continue }
            let words = line.split(separator: " ").count
            if ParagraphFlow.endsSentence(line) || words > 25 || Dateline(paragraph: line).place != nil { return false }
            if words >= 4 { return true }
        }
        return false
    }

    /// "Panama Trains Port Officials to Spot Victims", "IOM, UNHCR Call for Regional Response":
    /// four words or more, no full stop, and its longer words capitalized (or all in capitals).
    private static func isTitleCaseHeading(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 4, !line.contains(where: { ".;!?".contains($0) }), !line.contains(" - "), !line.contains(" – ") else { return false }
        let major = words.filter { $0.count >= 4 }
        return !major.isEmpty && major.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The author's line under a heading, a name and nothing else: "By Jane Doe", "Por María
    /// José de León" ("Por Guatemala y México pasan ..." opens a paragraph).
    private static func isByline(_ line: String) -> Bool {
        byline.matches(line)
    }

    private static let byline = TextPattern("^(?:By|Por|Written by|Escrito por|Texto de|Text by)\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de\\s+|del\\s+)?\\p{Lu}[\\p{L}'’.-]+){0,4}$")

    /// A few words naming a known city or a country, perhaps with a date, and nothing else.
    private static func isDatelineAlone(_ line: String) -> Bool {
        guard line.count <= 60, line.split(separator: " ").count <= 8, !ParagraphFlow.endsSentence(line),
              !["-", "–", "—"].contains(where: { line.contains(" \($0) ") }) else { return false }
        let parts = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { PageDate.parse($0) == nil }
        guard let first = parts.first, parts.count <= 2 else { return false }
        let named = PlaceFinder.titleCased(first)
        return CityGazetteer.country(of: named) != nil || PlaceFinder.countryCode(named) != nil
    }

    /// A sentence-case heading wrapped over two lines: the second starts in lower case, is much
    /// shorter and ends without a full stop (a paragraph's last line would end a sentence), and a
    /// blank line or a capital follows it.
    private static func isWrappedHeading(_ line: String, lines: [String?], at index: Int) -> Bool {
        guard index + 1 < lines.count, let next = lines[index + 1], let start = next.first, start.isLowercase,
              !ParagraphFlow.endsSentence(line), !ParagraphFlow.endsSentence(next), !line.hasSuffix(","),
              Double(next.count) <= 0.7 * Double(line.count) else { return false }
        guard index + 2 < lines.count, let after = lines[index + 2] else { return true }
        return after.first?.isUppercase == true || after.first.map(QuotationMarks.opening.contains) == true
    }

    /// The second line of a wrapped heading: it starts in lower case (no paragraph does), or it is
    /// a few words in title case with no full stop, not a dateline, date or label.
    private static func continuesTitle(_ line: String, navigation: NavigationFilter, at index: Int) -> Bool {
        guard let first = line.first, !line.isEmpty, !navigation.isNavigation(at: index), !ParagraphFlow.endsSentence(line),
              !line.hasSuffix(","), LabelledHeaders.label(of: line) == nil, !PageDate.isDateLine(line), !SectionLabel.isKnown(line),
              !line.contains(" - "), !line.contains(" – "), !line.contains(" — "), !isDatelineAlone(line), !isByline(line) else { return false }
        if first.isLowercase { return true }
        let words = line.split(separator: " ")
        let major = words.filter { $0.count >= 4 }
        return words.count <= 12 && !major.isEmpty && major.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "Migrants Return Home | International Organization for Migration" is "Migrants Return Home".
    static func withoutSiteName(_ line: String) -> String {
        let title = siteName.replacing(in: line, with: "")
        return title.isEmpty ? line : title
    }

    private static let siteName = TextPattern(
        "\\s+[|–—-]\\s+(?:IOM\\s*[-–|]?\\s*)?(?:International Organization for Migration|Organizaci[oó]n Internacional para las Migraciones|UN Migration|ONU Migraci[oó]n|IOM|OIM)(?:\\s+[-–|]\\s+.*)?$",
        caseInsensitive: true)

    /// A heading: a few words, no sentence-ending full stop, and either capitalized like a title
    /// or followed by a line that starts a sentence (a wrapped paragraph's first line runs on).
    /// A line in a script written without spaces (国际移民组织欢迎区域移民会议) counts its characters instead.
    static func looksLikeTitle(_ line: String, next: String?) -> Bool {
        let words = line.split(separator: " ")
        let unspaced = line.count >= 4 && line.unicodeScalars.contains(where: isUnspacedScript)
        guard words.count >= 2 || unspaced, line.count <= 250 else { return false }
        if (line.hasSuffix(".") && !line.hasSuffix("...")) || line.hasSuffix("。") { return false }
        if line.hasSuffix(",") || line.hasSuffix(";") { return false }
        let capitalized = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }.count
        if words.count <= 8 || Double(capitalized) / Double(words.count) >= 0.4 { return true }
        guard let start = next?.first else { return false }
        return start.isUppercase || start.isNumber || QuotationMarks.opening.contains(start)
    }

    /// Chinese, Japanese and Thai, whose sentences run without spaces between words.
    private static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2FFFF: return true
        default: return false
        }
    }
}

/// Tells the site's menus, slogans and footers from the article.
struct NavigationFilter {
    private let lines: [String?]
    private let folded: [String?]
    /// Breadcrumbs, as scraped: cleaning takes their `>` away.
    private let breadcrumbs: Set<Int>

    init(lines: [String?], rawLines: [String] = []) {
        self.lines = lines
        folded = lines.map { $0.map(TextFolding.fold) }
        breadcrumbs = Set(rawLines.indices.filter { NavigationFilter.breadcrumb.matches(rawLines[$0].trimmingCharacters(in: .whitespaces)) })
    }

    func isNavigation(at index: Int) -> Bool {
        guard let line = folded[index] else { return false }
        if NavigationFilter.menuItems.contains(line) || NavigationFilter.isSiteBanner(line) { return true }
        if NavigationFilter.bullet.matches(line) || NavigationFilter.backLink.matches(line) { return true }
        if let original = lines[index], NavigationFilter.gluedHeading.matches(original) || NavigationFilter.isGluedMenuItem(original) { return true }
        if NavigationFilter.sloganMarkers.contains(where: line.contains) { return true }
        if breadcrumbs.contains(index) || NavigationFilter.breadcrumb.matches(line) { return true }
        // Menus list each heading twice: once as a button, once as the panel's title. A longer
        // line said twice is a heading repeated (a breadcrumb's last step, then the title): the
        // second one stays.
        let isRepeated = { (other: Int) in folded.indices.contains(other) && folded[other] == line }
        if line.split(separator: " ").count <= 4 { return line.count <= 60 && (isRepeated(index - 1) || isRepeated(index + 1)) }
        return isRepeated(index + 1)
    }

    /// A menu entry glued to its panel's blurb, however the blurb reads: `Our WorkAs the leading
    /// ...`, `Nuestro trabajoComo principal ...` (a capital right after the entry's last letter).
    private static func isGluedMenuItem(_ line: String) -> Bool {
        let characters = Array(line)
        guard characters.count > 3 else { return false }
        return (2...min(30, characters.count - 1)).contains { length in
            characters[length].isUppercase && characters[length - 1].isLowercase
                && menuItems.contains(TextFolding.fold(String(characters[..<length])))
        }
    }

    /// The site's name as a banner, however it is joined (`IOM International Organization for
    /// Migration`, `OIM - Organización Internacional para las Migraciones`). `folded`: the line folded.
    private static func isSiteBanner(_ folded: String) -> Bool {
        let rest = siteNames.reduce(folded) { $0.replacingOccurrences(of: $1, with: " ") }
        return rest != folded && rest.allSatisfy { !$0.isLetter }
    }

    /// Longest first, so that a name's acronym does not break up the name.
    private static let siteNames = [
        "organizacion internacional para las migraciones", "international organization for migration",
        "onu migracion", "un migration", "iom", "oim",
    ]
    /// An office's banner above the article: `OIM Oficina Regional para Centroamérica ...` (in a
    /// contact block the same words are a contact's organization).
    static func isOfficeBanner(_ line: String) -> Bool {
        siteOffice.matches(TextFolding.fold(line))
    }

    private static let siteOffice = TextPattern("^(?:iom|oim)\\s*[-–|]?\\s*(?:regional office|country office|oficina regional|oficina de pais|mission (?:in|to)|mision en)\\b")

    static func isFooter(_ line: String) -> Bool {
        let line = TextFolding.fold(line).trimmingCharacters(in: CharacterSet(charactersIn: " :.!"))
        if footerItems.contains(line) || footerStarts.contains(where: line.hasPrefix) { return true }
        // "Facebook Twitter YouTube", "Síguenos en Facebook y Twitter": the site's social links.
        let words = line.split { !$0.isLetter }.map(String.init)
        return words.contains(where: socialNetworks.contains) && words.allSatisfy { socialNetworks.contains($0) || socialWords.contains($0) }
    }

    /// `-`, or `- Where we work`: a menu entry, short and without a full stop.
    /// `Go back to Press Briefing Notes`, `Volver a Noticias`: the way back to a list.
    private static let backLink = TextPattern(
        "^(?:go back|back|volver|regresar)(?: to| a| al)?(?: the| la| las| los)?(?: [a-z]+){0,2} (?:news|press|briefing notes|releases|stories|list|home|top|noticias|comunicados|notas|inicio|listado)\\b[^.!?]{0,20}$")
    private static let bullet = TextPattern("^(?:[-•*·|>]+|[-•*·]\\s+[^.!?]{1,60})$")
    /// A menu heading glued to its blurb: `WHO WE AREThe International Organization ...` (the last
    /// capitals run into the next word; `RCM Technical` and `IOM Director` are prose).
    private static let gluedHeading = TextPattern("^\\p{Lu}{2,}(?: \\p{Lu}{2,})*\\p{Lu}\\p{Ll}")
    /// `Home > News > Press Releases`, `Inicio » Noticias`.
    /// Its last step may be the article's title, however long.
    private static let breadcrumb = TextPattern("^[^.!?>»|]{1,40}(?:(?:\\s+[>»]\\s+[^.!?>»|]{1,60})*\\s+[>»]\\s+[^!?>»|]{1,250}(?<!\\.)|(?:\\s+\\|\\s+[^.!?>»|]{1,60}){2,})$")

    private static let socialNetworks: Set<String> = ["facebook", "twitter", "youtube", "instagram", "linkedin", "flickr", "whatsapp", "tiktok", "rss"]
    private static let socialWords: Set<String> = ["follow", "us", "on", "share", "siguenos", "sigue", "nos", "en", "y", "and", "comparta", "compartir", "email", "e", "mail"]

    private static let menuItems: Set<String> = [
        "who we are", "our work", "what we do", "partnerships", "highlights", "where we work", "take action",
        "work with us", "get involved", "data and research", "2030 agenda", "about iom", "about us", "home", "news",
        "press releases", "media centre", "media center", "media", "menu", "search", "skip to main content", "main menu",
        "main navigation", "pasar al contenido principal", "saltar al contenido principal", "ir al contenido principal",
        "menu principal", "navegacion principal", "acerca de la oim", "medios", "sala de medios", "print email this page",
        "email this page", "print this page", "print version", "printer-friendly version", "printer friendly version",
        "bookmark and share", "bookmark", "send to a friend", "enviar a un amigo", "version para imprimir", "enviar por correo", "imprimir esta pagina",
        "share", "share this", "print", "email", "tweet", "facebook", "twitter", "linkedin", "youtube", "instagram",
        "english", "espanol", "francais", "language", "languages", "idioma", "donate", "careers", "procurement", "contact us",
        "quienes somos", "nuestro trabajo", "que hacemos", "alianzas", "destacados", "donde trabajamos", "actue",
        "trabaje con nosotros", "participe", "datos e investigacion", "agenda 2030", "inicio", "noticias",
        "comunicados de prensa", "buscar", "compartir", "imprimir", "contactenos", "donar", "read more", "leer mas",
        "like", "tweet this", "share on facebook", "share on twitter", "send", "enviar", "rss", "back", "volver",
        // The site's own name, as a banner line.
        "international organization for migration", "iom", "oim", "un migration", "iom un migration", "iom - un migration",
        "organizacion internacional para las migraciones", "onu migracion", "oim onu migracion", "oim - onu migracion",
    ]

    private static let sloganMarkers = [
        "is part of the united nations system as the leading", "plays a key role to support the achievement of the 2030 agenda",
        "forma parte del sistema de las naciones unidas", "desempena un papel clave para apoyar el logro de la agenda 2030",
    ]

    private static let footerItems: Set<String> = [
        "related news", "related stories", "related", "related content", "related links", "enlaces relacionados",
        "enlaces", "links", "share this", "follow us", "follow iom", "siga a la oim", "subscribe",
        "newsletter", "footer", "privacy policy", "terms of use", "noticias relacionadas", "siguenos", "suscribase",
        "politica de privacidad", "terminos de uso",
    ]
    private static let footerStarts = [
        "©", "copyright", "all rights reserved", "todos los derechos reservados", "back to top",
        "privacy policy", "terms of use", "terms and conditions", "politica de privacidad", "terminos de uso", "terminos y condiciones",
    ]
}
