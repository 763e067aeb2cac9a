import Foundation
import PueblaKit

/// What a file holds, told from its first bytes, never from its name: a saved page may be called
/// `page.htm`, `index` or `article.txt`, and a scrape may be called `page.html`.
enum PageKind: Equatable {
    /// A scrape: the page's text, one line of the page a line.
    case text
    /// A saved or downloaded HTML page.
    case html
    /// An RSS (2.0 or 1.0) or Atom feed.
    case feed
    /// A saved page's script or stylesheet: code, not a page.
    case code

    init(of file: ArraySlice<UInt8>) {
        let bytes = HTTPResponse(file).body
        var scanner = ByteScanner(bytes)
        scanner.skipPrologue()
        if scanner.skipXMLDeclaration() { scanner.skipPrologue() }
        if scanner.consume(caseInsensitive: "<!doctype") {
            scanner.skipSpaces()
            self = scanner.startsWith(caseInsensitive: "html") ? .html : scanner.startsWith(caseInsensitive: "rss") ? .feed : .text
            return
        }
        guard scanner.consume(caseInsensitive: "<") else {
            self = PageKind.looksLikeCode(bytes) ? .code : .text
            return
        }
        let name = scanner.tagName()
        switch name {
        case "rss", "rdf:rdf":
            self = .feed
        case "feed":
            self = scanner.tagContains("http://www.w3.org/2005/Atom") ? .feed : .text
        case "html":
            self = .html
        case _ where PageKind.htmlStartTags.contains(name):
            self = PageKind.isMostlyMarkup(bytes) ? .html : .text
        default:
            self = .text
        }
    }

    /// Tags a page fragment saved without its `<html>` may start with.
    private static let htmlStartTags: Set<String> = [
        "head", "meta", "title", "link", "body", "div", "p", "section", "article", "main", "header", "nav", "base",
        "script", "style", "table", "h1", "h2", "ul",
    ]

    /// A scrape that begins with a leaked tag is still text; a page has tags throughout: at least
    /// one for every two lines, and at least eight.
    private static func isMostlyMarkup(_ bytes: ArraySlice<UInt8>) -> Bool {
        var tags = 0
        var lines = 1
        var previous: UInt8 = 0
        for byte in bytes.prefix(65536) {
            if byte == 0x0A { lines += 1 }
            if previous == UInt8(ascii: "<"), byte == UInt8(ascii: "/") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) {
                tags += 1
            }
            previous = byte
        }
        return tags >= 8 && tags * 2 >= lines
    }

    /// Code, not prose: the braces and semicolons of CSS and JavaScript are a large share of its
    /// characters, where a page's text has almost none, and it starts like code.
    private static func looksLikeCode(_ bytes: ArraySlice<UInt8>) -> Bool {
        var punctuation = 0
        var visible = 0
        for byte in bytes.prefix(65536) where byte > 0x20 {
            visible += 1
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: ";") { punctuation += 1 }
        }
        return visible > 0 && punctuation * 25 >= visible
    }
}

/// The character set a page or feed declares in its first bytes: `<meta charset="...">`,
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">` or
/// `<?xml version="1.0" encoding="..."?>`, as a name libxml2 reads.
enum DeclaredCharset {
    /// The encoding to parse the page in: its declared one, UTF-8 when it declares none (unless
    /// its bytes are not UTF-8). Latin-1
    /// and ASCII are read as windows-1252, which is what browsers do, since pages that say
    /// ISO-8859-1 use its curly quotes and dashes; but a page in valid UTF-8 with letters beyond
    /// ASCII is UTF-8 whatever it says (a server's header said so, or a browser saved it so):
    /// windows-1252 text is almost never valid UTF-8.
    /// `given`: what the HTTP response's headers said, which wins over the page's declaration.
    static func encoding(of bytes: ArraySlice<UInt8>, given: String? = nil) -> String {
        // Undeclared: UTF-8 when the bytes are, else windows-1252, the fallback browsers use for
        // an old page that never said its character set.
        guard let label = (given ?? label(in: bytes.prefix(4096)))?.lowercased() else {
            return String(bytes: bytes, encoding: .utf8) == nil ? "windows-1252" : "UTF-8"
        }
        if ["utf-8", "utf8", "unicode-1-1-utf-8"].contains(label) { return "UTF-8" }
        if windows1252Labels.contains(label) { return isUTF8BeyondASCII(bytes) ? "UTF-8" : "windows-1252" }
        // A declaration of UTF-16 in a file that passed the binary check is false: it has no NULs.
        if label.hasPrefix("utf-16") || label.hasPrefix("utf-32") { return "UTF-8" }
        return label
    }

    private static func isUTF8BeyondASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.contains { $0 >= 0x80 } && String(bytes: bytes, encoding: .utf8) != nil
    }

    private static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819",
        "ibm819", "us-ascii", "ascii", "iso-ir-100",
    ]

    private static func label(in bytes: ArraySlice<UInt8>) -> String? {
        var scanner = ByteScanner(bytes)
        scanner.skipPrologue()
        if scanner.startsWith(caseInsensitive: "<?xml") {
            let declaration = ByteScanner(scanner.rest.prefix { $0 != UInt8(ascii: ">") })
            if let value = declaration.value(after: "encoding") { return value }
        }
        var rest = bytes[...]
        while let start = ByteScanner.find(caseInsensitive: "<meta", in: rest) {
            let tag = rest[start...].prefix { $0 != UInt8(ascii: ">") }
            if let value = ByteScanner(tag).value(after: "charset") { return value }
            rest = rest[tag.endIndex...]
        }
        return nil
    }
}

/// A cursor over a file's first bytes, for the few ASCII shapes detection looks for.
struct ByteScanner {
    private(set) var rest: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) {
        rest = bytes
    }

    /// A byte-order mark, whitespace and comments.
    mutating func skipPrologue() {
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        while true {
            skipSpaces()
            guard rest.starts(with: Array("<!--".utf8)) else { return }
            guard let end = ByteScanner.find(caseInsensitive: "-->", in: rest.dropFirst(4)) else {
                rest = rest[rest.endIndex...]
                return
            }
            rest = rest[(end + 3)...]
        }
    }

    mutating func skipXMLDeclaration() -> Bool {
        guard startsWith(caseInsensitive: "<?xml"), let end = ByteScanner.find(caseInsensitive: "?>", in: rest) else { return false }
        rest = rest[(end + 2)...]
        return true
    }

    mutating func skipSpaces() {
        rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
    }

    func startsWith(caseInsensitive prefix: String) -> Bool {
        let prefix = Array(prefix.lowercased().utf8)
        return rest.count >= prefix.count && zip(rest, prefix).allSatisfy { ByteScanner.lowercased($0) == $1 }
    }

    mutating func consume(caseInsensitive prefix: String) -> Bool {
        guard startsWith(caseInsensitive: prefix) else { return false }
        rest = rest.dropFirst(prefix.utf8.count)
        return true
    }

    /// The lowercased name of the tag the cursor is in (after its `<`).
    func tagName() -> String {
        let name = rest.prefix { ByteScanner.isNameByte($0) }
        return String(decoding: name.map(ByteScanner.lowercased), as: UTF8.self)
    }

    /// Whether the tag the cursor is in holds `text` before its `>`.
    func tagContains(_ text: String) -> Bool {
        ByteScanner.find(caseInsensitive: text, in: rest.prefix { $0 != UInt8(ascii: ">") }) != nil
    }

    /// The value of `name=value` (quoted or not) in these bytes, the name matched in any case.
    func value(after name: String) -> String? {
        guard let start = ByteScanner.find(caseInsensitive: name, in: rest) else { return nil }
        var scanner = ByteScanner(rest[(start + name.utf8.count)...])
        scanner.skipSpaces()
        guard scanner.consume(caseInsensitive: "=") else { return nil }
        scanner.skipSpaces()
        if scanner.consume(caseInsensitive: "\"") || scanner.consume(caseInsensitive: "'") { scanner.skipSpaces() }
        let value = scanner.rest.prefix { ByteScanner.isNameByte($0) }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    static func find(caseInsensitive needle: String, in bytes: ArraySlice<UInt8>) -> Int? {
        let needle = Array(needle.lowercased().utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = bytes.startIndex
        while index <= bytes.endIndex - needle.count {
            if lowercased(bytes[index]) == first, zip(bytes[index...], needle).allSatisfy({ lowercased($0) == $1 }) { return index }
            index += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: ".")].contains(byte)
    }
}
