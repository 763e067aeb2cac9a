import PueblaKit

/// An element of a parsed page or feed, copied out of libxml2's tree so that nothing outlives the
/// parser's document: pure Swift values the extractors walk freely.
struct MarkupElement: Sendable {
    /// The local name, lowercased for HTML (`p`, `encoded` of `content:encoded`).
    var name: String
    /// The namespace prefix as written (`content`, `dc`), nil without one.
    var prefix: String?
    /// The namespace's address (`http://www.w3.org/2005/Atom`), nil without one.
    var namespace: String?
    var attributes: [String: String]
    var children: [MarkupNode]

    func attribute(_ name: String) -> String? {
        attributes[name]
    }

    /// `name` with its prefix, as written: `content:encoded`.
    var qualifiedName: String {
        prefix.map { "\($0):\(name)" } ?? name
    }

    /// The text of every descendant, in order, as written (whitespace kept).
    var text: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case let .text(text): result += text
            case let .element(element): element.appendText(to: &result)
            }
        }
    }

    /// The text with runs of whitespace made one space, trimmed.
    var collapsedText: String {
        text.collapsingWhitespace()
    }

    var childElements: [MarkupElement] {
        children.compactMap { if case let .element(element) = $0 { element } else { nil } }
    }

    /// The first child element with this qualified name.
    func child(_ qualifiedName: String) -> MarkupElement? {
        childElements.first { $0.qualifiedName == qualifiedName }
    }

    /// Every descendant element for which `matches` holds, in document order; the elements inside
    /// one for which `descendInto` fails are not visited.
    func descendants(where matches: (MarkupElement) -> Bool, descendInto: (MarkupElement) -> Bool = { _ in true }) -> [MarkupElement] {
        var found: [MarkupElement] = []
        collect(into: &found, matches: matches, descendInto: descendInto)
        return found
    }

    private func collect(into found: inout [MarkupElement], matches: (MarkupElement) -> Bool, descendInto: (MarkupElement) -> Bool) {
        for case let .element(element) in children {
            if matches(element) { found.append(element) }
            if descendInto(element) { element.collect(into: &found, matches: matches, descendInto: descendInto) }
        }
    }

    func descendants(named name: String) -> [MarkupElement] {
        descendants { $0.name == name }
    }
}

enum MarkupNode: Sendable {
    case element(MarkupElement)
    /// Text or a CDATA section, with entities already decoded.
    case text(String)
}

extension StringProtocol {
    /// Runs of whitespace (including no-break spaces) made one space, and the ends trimmed.
    func collapsingWhitespace() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
