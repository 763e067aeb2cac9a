import Foundation
import PueblaKit

/// A parsed HTML page and what its markup says of itself: `<title>`, `<meta>` properties, the
/// canonical address and JSON-LD.
struct HTMLDocument {
    let root: MarkupElement
    /// The address a browser noted in the page it saved (`<!-- saved from url=(0042)https://... -->`).
    private(set) var savedFromURL: String?

    /// The page in the character set its HTTP headers (`charset`) or the page itself declare
    /// (UTF-8 when none does); nil when libxml2 finds no element in it at all.
    init?(bytes: ArraySlice<UInt8>, charset: String? = nil) {
        guard let root = MarkupParser.html(bytes, encoding: DeclaredCharset.encoding(of: bytes, given: charset)) else { return nil }
        self.root = root
        savedFromURL = HTMLDocument.savedFromURL(in: bytes)
    }

    /// A fragment of HTML given as text (a feed item's escaped description).
    init?(fragment: String) {
        guard let root = MarkupParser.html(Array(fragment.utf8)[...], encoding: "UTF-8") else { return nil }
        self.root = root
    }

    init(root: MarkupElement) {
        self.root = root
    }

    var body: MarkupElement {
        root.child("body") ?? root
    }

    var title: String? {
        root.descendants(named: "title").first.map(\.collapsedText).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The `content` of the first `<meta>` whose `property` or `name` is one of `keys` (in any case),
    /// trying the keys in order.
    func meta(_ keys: String...) -> String? {
        let metas = root.descendants(named: "meta")
        for key in keys {
            let match = metas.first { ($0.attribute("property") ?? $0.attribute("name") ?? $0.attribute("itemprop"))?.lowercased() == key }
            if let content = match?.attribute("content")?.collapsingWhitespace(), !content.isEmpty { return content }
        }
        return nil
    }

    /// The page's own absolute http(s) address: `<link rel="canonical">`, else `og:url`.
    var canonicalURL: String? {
        let canonical = root.descendants(named: "link").first { link in
            link.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true
        }?.attribute("href")
        return [canonical, meta("og:url")].compactMap { $0.flatMap(HTMLDocument.webAddress) }.first
    }

    /// What the page's relative links are relative to: its `<base href>`, else its address.
    var linkBase: String? {
        root.descendants(named: "base").first?.attribute("href").flatMap { HTMLDocument.webAddress($0) } ?? address
    }

    /// The page's address: its canonical one, else the one the browser that saved it noted.
    var address: String? {
        canonicalURL ?? savedFromURL
    }

    /// The "mark of the web" browsers put at the top of a page they save, before `<html>`: a
    /// comment naming the address the page came from, its length in brackets first.
    private static func savedFromURL(in bytes: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let beforeHTML = head.range(of: "<html", options: .caseInsensitive).map { head[..<$0.lowerBound] } ?? head[...]
        guard let marker = beforeHTML.range(of: "<!-- saved from url=(") else { return nil }
        let afterLength = beforeHTML[marker.upperBound...].drop { $0.isNumber }
        guard afterLength.first == ")" else { return nil }
        let address = afterLength.dropFirst().prefix { !$0.isWhitespace }
        return webAddress(String(address))
    }

    /// The first `datePublished` of the page's JSON-LD blocks, as written.
    var jsonLDDatePublished: String? {
        let scripts = root.descendants { $0.name == "script" && $0.attribute("type")?.lowercased() == "application/ld+json" }
        for script in scripts {
            guard let json = try? JSONSerialization.jsonObject(with: Data(script.text.utf8)) else { continue }
            if let date = HTMLDocument.value(of: "datePublished", in: json, depth: 0) { return date }
        }
        return nil
    }

    private static func value(of key: String, in json: Any, depth: Int) -> String? {
        guard depth < 8 else { return nil }
        if let object = json as? [String: Any] {
            if let value = object[key] as? String { return value }
            return object.values.lazy.compactMap { value(of: key, in: $0, depth: depth + 1) }.first
        }
        if let array = json as? [Any] {
            return array.lazy.compactMap { value(of: key, in: $0, depth: depth + 1) }.first
        }
        return nil
    }

    /// `address` when it is an absolute http(s) address, trimmed; nil otherwise.
    static func webAddress(_ address: String) -> String? {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else { return nil }
        return trimmed
    }

    /// `address` resolved against `base` when relative; only http(s) results.
    static func webAddress(_ address: String, relativeTo base: String?) -> String? {
        if let absolute = webAddress(address) { return absolute }
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let base, let baseURL = URL(string: base), !trimmed.isEmpty, !trimmed.hasPrefix("#"),
              let resolved = URL(string: trimmed, relativeTo: baseURL)?.absoluteString else { return nil }
        return webAddress(resolved)
    }
}
