/// Removes what a scraper leaves of a page's HTML: tags and their pieces, attribute fragments
/// (`href="..." target="_blank" title=""">`), inline CSS, image paths, `window.open(...)` and
/// entities, keeping the text a reader sees (a link's words stay, its address goes).
enum HTMLResidue {
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
