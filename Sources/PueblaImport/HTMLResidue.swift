import PueblaKit

/// Removes what a scraper leaves of a page's HTML: tags and their pieces, attribute fragments
/// (`href="..." target="_blank" title=""">`), inline CSS, image paths, `window.open(...)` and
/// entities, keeping the text a reader sees (a link's words stay, its address goes).
enum HTMLResidue {
    /// Each line of a page cleaned: nil for a blank line, empty for a line that held only markup
    /// (a tag, a style sheet's rule, a word processor's settings, anything inside a `<style>`,
    /// `<script>` or comment that runs over several lines).
    static func cleanLines(_ rawLines: [String]) -> [String?] {
        var closing: TextPattern?
        var blockLines = 0
        return rawLines.map { raw in
            if raw.allSatisfy(\.isWhitespace) { return nil }
            // A block never closed (the scrape lost its end) ends at the first line of prose, or
            // after a page's worth of lines.
            if let end = closing, blockLines < maximumBlockLines, !isProse(raw) {
                blockLines += 1
                if end.matches(raw) { closing = nil }
                return ""
            }
            closing = nil
            for (start, end) in blocks where start.matches(raw) && !end.matches(raw) {
                closing = end
                blockLines = 0
                return ""
            }
            let line = clean(raw)
            return isResidue(line) ? "" : line
        }
    }

    /// A cleaned line that is still markup: CSS rules or declarations, a word processor's
    /// settings ("Normal 0 false false false EN-US X-NONE"), or nothing but punctuation.
    static func isResidue(_ line: String) -> Bool {
        guard !line.isEmpty else { return false }
        if !line.contains(where: \.isLetter) { return !line.contains(where: \.isNumber) }
        if declarations.matches(line) && cssProperty.matches(line) { return true }
        return residueLine.contains { $0.matches(line) }
    }

    private static let maximumBlockLines = 80

    /// Eight words or more and nothing of markup or code.
    private static func isProse(_ line: String) -> Bool {
        line.split(separator: " ").count >= 8 && !line.contains { "<>{}=;".contains($0) }
    }

    private static let blocks: [(TextPattern, TextPattern)] = [
        (TextPattern("<style\\b", caseInsensitive: true), TextPattern("</style\\s*>", caseInsensitive: true)),
        (TextPattern("<script\\b", caseInsensitive: true), TextPattern("</script\\s*>", caseInsensitive: true)),
        (TextPattern("<!--"), TextPattern("-->")),
    ]

    private static let residueLine: [TextPattern] = [
        // `p.MsoNormal { margin: 0cm; }`, `{font-family: Arial}`, `@font-face`.
        TextPattern("^[^{}]{0,200}\\{[^{}]*\\}?\\s*$|^[^{}]*\\}\\s*$|^@(?:font-face|page|media|import)\\b"),
        // A word processor's document settings pasted into the page.
        // A style sheet's selectors whose rule starts on the next line: `p.MsoNormal, li.MsoNormal`.
        TextPattern("^(?:(?:p|li|div|span|table|td|th|tr|a|h[1-6]|body|ul|ol)[.#][A-Za-z][\\w-]*(?:\\s*,\\s*|\\s*$))+$"),
        TextPattern("^Normal\\s+\\d+(?:\\s+\\S+){0,3}\\s+false\\s+false|X-NONE|MicrosoftInternetExplorer\\d|^/\\*.*\\*/$|^(?:mso-|w:|o:|v:)\\S"),
    ]

    /// Declarations only, `margin: 0cm; font-size: 12.0pt;`, of style properties (a contact line
    /// `Tel: ...; Email: ...` has the same shape).
    private static let declarations = TextPattern("^\"?(?:[A-Za-z-]{2,30}\\s*:\\s*[^;:\"<>]{1,80};\\s*)+(?:[A-Za-z-]{2,30}\\s*:\\s*[^;:\"<>]{1,80})?\"?$")
    private static let cssProperty = TextPattern("\\b(?:margin|padding|font|color|background|text-(?:align|indent|decoration)|line-height|border|width|height|display|float|mso-[a-z-]+)(?:-[a-z]+)*\\s*:", caseInsensitive: true)

    static func clean(_ text: String) -> String {
        var text = Entities.decode(text)
        for (pattern, replacement) in rules {
            text = pattern.replacing(in: text, with: replacement)
        }
        return text
    }

    private static let rules: [(TextPattern, String)] = [
        // Whole tags, including comments.
        (TextPattern("<!--[\\s\\S]{0,2000}?-->"), " "),
        (TextPattern("</?[A-Za-z][^<>\\n]{0,500}>"), " "),
        (TextPattern("(?:javascript:)?\\s*window\\.open\\([^)\\n]{0,500}\\)?\\s*;?(?:\\s*return\\s+false;?)?", caseInsensitive: true), " "),
        // Attribute pairs; a value may start on the next line (`title=` then `"">`).
        (TextPattern("\\b(?:href|src|target|title|alt|style|class|id|width|height|border|align|valign|onclick|onmouseover|onmouseout|rel|name|hspace|vspace|face|size|color|lang|dir|cellpadding|cellspacing|bgcolor|data-[a-z-]+)\\s*=\\s*(?:\"[^\"<>\\n]{0,500}\"|'[^'<>\\n]{0,500}'|[^\\s\"'<>]+)?", caseInsensitive: true), " "),
        // What is left of an opening tag: a quoted value or inline CSS closed by `">`.
        (TextPattern("\"[^\"\\n]{0,300}\"\\s*>"), " "),
        (TextPattern("(?:[A-Za-z-]{2,30}\\s*:\\s*[^;\"<>\\n]{1,80};\\s*){1,20}(?:[A-Za-z-]{2,30}\\s*:\\s*[^;\"<>\\n]{1,80})?\"?\\s*>"), " "),
        (TextPattern("(?:^|(?<=\\s))\"*>"), " "),
        (TextPattern("\\S{0,300}\\.(?:jpe?g|png|gif|bmp|webp|svg|tiff?)(?:\\?\\S{0,200})?(?=[\\s\"'<>),]|$)", caseInsensitive: true), " "),
        (TextPattern("[ \\t\\u00A0]+"), " "),
        // A removed tag leaves "page ." behind.
        (TextPattern(" +(?=[.,;:!?](?:\\s|$))"), ""),
        (TextPattern("^ | $"), ""),
    ]
}

/// HTML character references: the named ones pages in English and Spanish use, and numeric ones.
enum Entities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let candidate = rest[ampersand...].prefix(12)
            if let semicolon = candidate.firstIndex(of: ";"),
               let decoded = value(of: String(rest[rest.index(after: ampersand)..<semicolon])) {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
            }
        }
        return result + rest
    }

    private static func value(of name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let number, number >= 0x20, let scalar = Unicode.Scalar(number) else { return nil }
            return String(Character(scalar))
        }
        return named[name]
    }

    private static let named: [String: String] = [
        "nbsp": " ", "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "laquo": "«", "raquo": "»", "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "…",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "uuml": "ü",
        "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "Ntilde": "Ñ", "Uuml": "Ü",
        "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "deg": "°", "copy": "©", "reg": "®",
    ]
}
