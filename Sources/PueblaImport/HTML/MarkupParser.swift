import PueblaKit

internal import CLibXML2

/// libxml2's parsers, from memory only: its HTML parser for pages (it recovers from what real pages
/// get wrong the way browsers do: unclosed tags, stray end tags, a page cut off mid-paragraph) and
/// its XML parser for feeds. Neither touches the network, loads a DTD or expands an entity a file
/// declares. The tree is copied into `MarkupElement` values and freed before returning.
enum MarkupParser {
    /// Elements nested deeper than this are flattened into their ancestor at this depth: the tree
    /// is walked recursively, and a hostile page can nest thousands deep.
    static let maximumDepth = 200

    /// The page's root element (`html`), or nil when libxml2 finds none.
    /// `encoding`: the character set to read the bytes in (an IANA name libxml2 knows); the page's
    /// own declaration is ignored, since the caller already chose from it.
    static func html(_ bytes: ArraySlice<UInt8>, encoding: String) -> MarkupElement? {
        guard case .success(let library) = LibXML2.shared else { return nil }
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue
        return withCBuffer(bytes) { buffer, count in
            guard let document = library.htmlReadMemory(buffer, count, nil, encoding, Int32(options)) else { return nil }
            defer { library.xmlFreeDoc(document) }
            return library.xmlDocGetRootElement(document).map { copy($0, depth: 0) }
        }
    }

    /// The feed's root element, read in the encoding its XML declaration gives (UTF-8 without one).
    /// Entities stay unexpanded and a DTD is neither loaded nor validated against (no XXE).
    static func xml(_ bytes: ArraySlice<UInt8>) -> MarkupElement? {
        guard case .success(let library) = LibXML2.shared else { return nil }
        let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue
        return withCBuffer(bytes) { buffer, count in
            guard let document = library.xmlReadMemory(buffer, count, nil, nil, Int32(options)) else { return nil }
            defer { library.xmlFreeDoc(document) }
            return library.xmlDocGetRootElement(document).map { copy($0, depth: 0) }
        }
    }

    private static func withCBuffer<T>(_ bytes: ArraySlice<UInt8>, _ body: (UnsafePointer<CChar>, Int32) -> T?) -> T? {
        guard bytes.count < Int32.max else { return nil }
        return bytes.withUnsafeBufferPointer { raw in
            guard let base = raw.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: raw.count) { body($0, Int32(raw.count)) }
        }
    }

    private static func copy(_ node: xmlNodePtr, depth: Int) -> MarkupElement {
        var element = MarkupElement(
            name: string(node.pointee.name) ?? "", prefix: node.pointee.ns.flatMap { string($0.pointee.prefix) },
            namespace: node.pointee.ns.flatMap { string($0.pointee.href) }, attributes: attributes(of: node), children: [])
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if depth < maximumDepth {
                    element.children.append(.element(copy(current, depth: depth + 1)))
                } else {
                    element.children.append(.text(flatText(of: current)))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let text = string(current.pointee.content) { element.children.append(.text(visible(text))) }
            default:
                // Comments, processing instructions and unexpanded entity references are not text.
                continue
            }
        }
        return element
    }

    /// The text as a browser shows it: soft hyphens (`&shy;`) and zero-width spaces
    /// (U+200B, U+2060, U+FEFF) are invisible, and would split "Guate&shy;mala" for every reader after this one.
    private static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: invisible.contains) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !invisible.contains($0) })
        return String(scalars)
    }

    private static let invisible: Set<Unicode.Scalar> = ["\u{00AD}", "\u{200B}", "\u{2060}", "\u{FEFF}"]

    /// The text under a node too deep to copy as a tree, gathered without recursion.
    private static func flatText(of node: xmlNodePtr) -> String {
        var text = ""
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                text += string(current.pointee.content) ?? ""
                continue
            }
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            var children: [xmlNodePtr] = []
            var child = current.pointee.children
            while let next = child {
                children.append(next)
                child = next.pointee.next
            }
            stack.append(contentsOf: children.reversed())
            text += " "
        }
        return text
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let name = string(current.pointee.name) else { continue }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                value += string(text.pointee.content) ?? ""
                child = text.pointee.next
            }
            // The first of a repeated attribute wins, as in browsers.
            if attributes[name.lowercased()] == nil { attributes[name.lowercased()] = value }
        }
        return attributes
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
