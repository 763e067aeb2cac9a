import Foundation
import PueblaKit

/// The addresses an article points to: links (`href="..."`) and addresses written out, with the
/// words that name them, and the pages a script opens (`window.open('http://...')`). Image paths,
/// `mailto:`, relative paths and the site's share buttons are not links.
enum LinkFinder {
    static func links(rawLines: [String], cleanedText: String) -> [Link] {
        let raw = rawLines.joined(separator: "\n")
        var found: [(position: String.Index, url: String, anchor: String?)] = []
        let excluded = Set(sourceAttribute.allMatches(in: raw).compactMap { $0[1] })
        // A link may open its page from a script: `window.open('http://...')">its words</a>`, or
        // have lost its `href=` to the scrape: `"http://...">its words</a>`.
        for match in href.matchRanges(in: raw) + windowOpen.matchRanges(in: raw) + quotedAddress.matchRanges(in: raw) {
            guard let url = match.groups[1] else { continue }
            let words = match.groups[2].map { $0.trimmingCharacters(in: .whitespaces) }
            let anchor = match.groups[3] == nil ? words.map { anchorWithoutEnd($0, before: raw[match.range.upperBound...]) } : words
            found.append((match.range.lowerBound, url, anchor))
        }
        for match in bareURL.matchRanges(in: raw) {
            guard let url = match.groups[0] else { continue }
            found.append((match.range.lowerBound, url, nil))
        }
        // In the order the page gives them; a tag before the address inside it, so its words count.
        found.sort { $0.position < $1.position }
        for match in bareURL.allMatches(in: cleanedText) {
            guard let url = match[0] else { continue }
            found.append((raw.endIndex, url, nil))
        }
        var links: [Link] = []
        for (_, url, anchor) in found {
            // The scrape keeps the markup's escapes: `?entryId=27565&amp;lang=es`.
            let trimmed = url.replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)»”\"'"))
            guard !excluded.contains(url), let address = normalized(trimmed) else { continue }
            if links.contains(where: { sameAddress($0.url, address) }) { continue }
            let anchorTitle = anchor.flatMap { $0.isEmpty || normalized($0) != nil || $0.contains("@") ? nil : $0 }
            links.append(Link(url: address, title: anchorTitle ?? contextTitle(of: trimmed, in: cleanedText)))
        }
        return links
    }

    /// The words of a link whose `</a>` the scrape lost: they end where the sentence's clause does
    /// (`>RCM website, and photos ...` is "RCM website"), and a line that ends first goes on
    /// into the next when the clause ends there within a few words (`>Victim` then
    /// `Identification Handbook.`).
    private static func anchorWithoutEnd(_ words: String, before rest: Substring) -> String {
        if let end = clauseEnd.firstMatch(in: words)?[1] { return end }
        let nextLine = rest.drop { $0 == "\n" || $0 == "\r" }.prefix { $0 != "\n" }
        // The page wrapped the link's words: they end at the `</a>` on the next line.
        if rest.first == "\n" || rest.first == "\r", let close = nextLine.range(of: "</a>", options: .caseInsensitive) {
            let more = nextLine[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if more.split(separator: " ").count <= 8, !more.contains(where: { "<>=\"".contains($0) }) { return words + " " + more }
        }
        guard rest.first == "\n" || rest.first == "\r", let more = clauseEnd.firstMatch(in: String(nextLine))?[1],
              more.split(separator: " ").count <= 6, !more.contains("=") else { return words }
        return words + " " + more
    }

    /// The words before the first mark that ends a clause (a full stop inside an address does not).
    private static let clauseEnd = TextPattern("^(.*?)\\s*[.,;:!?](?:\\s|$)")

    /// An absolute web address, or nil for what is not one (images, e-mail, scripts, fragments).
    private static func normalized(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return nil }
        guard image.firstMatch(in: lower) == nil, url.count <= 500, url.count > 11, !share.matches(lower) else { return nil }
        return lower.hasPrefix("www.") ? "http://" + url : url
    }

    private static func sameAddress(_ a: String, _ b: String) -> Bool {
        let key = { (url: String) in url.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
        return key(a) == key(b)
    }

    /// The name the sentence gives the site: "For information on the Regional Conference on
    /// Migration, please visit their website: http://www.rcmvs.org/".
    private static func contextTitle(of url: String, in text: String) -> String? {
        guard let position = text.range(of: url)?.lowerBound ?? text.range(of: url.replacingOccurrences(of: "http://", with: ""))?.lowerBound else { return nil }
        let before = text[..<position]
        let sentenceStart = before.range(of: ". ", options: .backwards)?.upperBound ?? before.startIndex
        return namedSite.firstMatch(in: String(before[sentenceStart...]))?[1]
    }

    /// The tag may go on over a line break (`title=` then `"">`); its words are on the line it closes on.
    private static let href = TextPattern("href\\s*=\\s*[\"']?([^\"'\\s<>]+)[\"']?(?:[^<>]{0,300}>[ \\t]*([^<\\n]{1,200}?)\\s*(?:(</a>)|$|\\n))?", caseInsensitive: true)
    /// A tag's address whose `href=` the scrape cut off, its words after the `>`.
    private static let quotedAddress = TextPattern("(?:^|\\s)[\"'](https?://[^\"'\\s<>]+)[\"'][^<>\\n]{0,300}>[ \\t]*([^<\\n]{1,200}?)\\s*(?:(</a>)|$|\\n)", caseInsensitive: true)
    private static let bareURL = TextPattern("\\b(?:https?://|www\\.)[^\\s\"'<>()\\[\\]]+", caseInsensitive: true)
    private static let sourceAttribute = TextPattern("src\\s*=\\s*[\"']?([^\"'\\s<>]+)", caseInsensitive: true)
    private static let windowOpen = TextPattern("window\\.open\\(\\s*[\"']([^\"'\\s]+)[\"'][^)\\n]{0,300}\\)?[^>\\n]{0,100}(?:>[ \\t]*([^<\\n]{1,200}?)\\s*(?:(</a>)|$|\\n))?", caseInsensitive: true)
    /// The site's share and follow buttons, not the article's links.
    private static let share = TextPattern("^(?:https?://)?(?:[a-z0-9-]+\\.)*(?:facebook\\.com|twitter\\.com|x\\.com|linkedin\\.com|youtube\\.com|instagram\\.com|addthis\\.com|sharethis\\.com|pinterest\\.com|whatsapp\\.com|plus\\.google\\.com|t\\.co)(?:[/?#]|$)")
    private static let image = TextPattern("\\.(?:jpe?g|png|gif|bmp|webp|svg|tiff?)(?:[?#].*)?$")
    private static let namedSite = TextPattern("(?:information (?:on|about)|more about|more on|website of|web site of|site of|sitio web de|informaci[oó]n sobre|visit)\\s+(?:the |la |el |los )?(\\p{Lu}[^,:;.()]{2,80}?)(?=\\s*(?:,|:|\\.|\\(|\\swebsite|\\sweb site|\\sat\\s|\\splease|\\sor\\s|$)|\\s+(?:at|in|on|en|a)\\s*$)")
}
