import Foundation
import PueblaKit

/// An article's elements as the text a scrape of it would be: one block (paragraph, heading, list
/// item, table row) a line, a blank line between blocks, inline elements inline, `<br>` a line
/// break, whitespace collapsed. The label and value of a definition or table row stay on
/// consecutive lines ("Location:" then "Tapachula"), as labelled headers are scraped.
struct ArticleText {
    private var lines: [String] = [""]
    /// A paragraph of the article has been written (a line of prose in a `<p>` or `<div>`).
    private var sawParagraph = false

    /// The text of `root`, leaving out every element for which `skip` holds. The headline (the
    /// element `isHeading` names) is left out too, and of what comes before it in the article
    /// only a date: the rest is section labels ("Americas", "News") and the like.
    static func render(_ root: MarkupElement, isHeading: (MarkupElement) -> Bool, skipping skip: (MarkupElement) -> Bool) -> String {
        var text = ArticleText()
        text.append(root, isHeading: isHeading, skipping: skip)
        return text.result
    }

    private mutating func append(_ element: MarkupElement, isHeading: (MarkupElement) -> Bool, skipping skip: (MarkupElement) -> Bool) {
        for child in element.children {
            switch child {
            case let .text(text):
                lines[lines.count - 1] += text
            case let .element(child):
                if isHeading(child) {
                    lines = ArticleText.headerLines(lines.map { $0.collapsingWhitespace() }) + [""]
                    sawParagraph = false
                    // An unclosed heading holds the blocks after it: those are the article's.
                    for case let .element(block) in child.children where ArticleText.kinds[block.name] != nil && !skip(block) {
                        endBlock()
                        append(block, isHeading: isHeading, skipping: skip)
                        endBlock()
                    }
                    continue
                }
                guard !skip(child), !isSectionHeading(child) else { continue }
                let kind = ArticleText.kinds[child.name] ?? .inline
                switch kind {
                case .lineBreak: lines.append("")
                case .block, .blockStart: endBlock()
                case .line: endLine()
                case .inline: break
                }
                let firstLine = lines.count - 1
                if let address = ArticleText.mailAddress(of: child) {
                    appendMailLink(child, address: address)
                } else if child.name == "q" {
                    // A browser draws the quotation marks of a <q>; the text must have them.
                    lines[lines.count - 1] += "“"
                    append(child, isHeading: isHeading, skipping: skip)
                    lines[lines.count - 1] += "”"
                } else if let label = ArticleText.fieldLabel(child) ?? ArticleText.contactHeading(child) {
                    lines[lines.count - 1] += label
                } else {
                    append(child, isHeading: isHeading, skipping: skip)
                }
                if child.name == "p" { joinSoftBreaks(from: firstLine) }
                // A paragraph, in a `<p>` or (pasted from a word processor) a `<div>`: a block of prose.
                if child.name == "p" || child.name == "div", (lines.last ?? "").collapsingWhitespace().count >= 80 { sawParagraph = true }
                switch kind {
                case .block: endBlock()
                case .line, .blockStart: endLine()
                case .inline, .lineBreak: break
                }
            }
        }
    }

    /// The words of a `mailto:` link, with its address when the words do not show it, so that
    /// the contact block keeps the address.
    private mutating func appendMailLink(_ link: MarkupElement, address: String) {
        let words = link.collapsedText
        if ArticleText.isHiddenAddress(words) {
            lines[lines.count - 1] += address
        } else if words.contains("@") || address.isEmpty {
            lines[lines.count - 1] += words
        } else {
            lines[lines.count - 1] += words.isEmpty ? address : "\(words) (\(address))"
        }
    }

    /// The address of a `mailto:` link, or of one a CDN hid from harvesters (Cloudflare's
    /// `/cdn-cgi/l/email-protection#...` and `data-cfemail`, which a browser's script decodes:
    /// a page saved as HTML only, or fetched with curl, keeps them encoded).
    static func mailAddress(of element: MarkupElement) -> String? {
        let href = element.attribute("href") ?? ""
        if href.lowercased().hasPrefix("mailto:") {
            let address = String(href.dropFirst("mailto:".count).prefix { $0 != "?" }).trimmingCharacters(in: .whitespaces)
            return address.removingPercentEncoding ?? address
        }
        guard let encoded = element.attribute("data-cfemail") ?? href.range(of: "email-protection#").map({ String(href[$0.upperBound...]) }) else { return nil }
        return cloudflareAddress(encoded)
    }

    /// The first byte is the key every other byte is XORed with.
    private static func cloudflareAddress(_ hex: String) -> String? {
        let digits = Array(hex.trimmingCharacters(in: .whitespaces))
        guard digits.count >= 4, digits.count % 2 == 0 else { return nil }
        let bytes = stride(from: 0, to: digits.count, by: 2).compactMap { UInt8(String(digits[$0...$0 + 1]), radix: 16) }
        guard bytes.count * 2 == digits.count, let key = bytes.first else { return nil }
        let address = String(decoding: bytes.dropFirst().map { $0 ^ key }, as: UTF8.self)
        return address.contains("@") && !address.contains(where: \.isWhitespace) ? address : nil
    }

    /// "[email protected]": the words a CDN puts where it hid an address.
    private static func isHiddenAddress(_ words: String) -> Bool {
        words.lowercased().contains("email protected")
    }

    private mutating func endLine() {
        if !(lines.last ?? "").allSatisfy(\.isWhitespace) { lines.append("") }
    }

    /// A blank line after the block, unless one is already there.
    private mutating func endBlock() {
        endLine()
        if lines.count >= 2, !lines[lines.count - 2].isEmpty { lines.append("") }
    }

    /// Of the lines above the headline, those the page gives of itself: a date line, and a
    /// labelled field with its value ("Speaker:" then the name), the rest being labels and the like.
    private static func headerLines(_ lines: [String]) -> [String] {
        var kept: [String] = []
        var valuePending = false
        for line in lines where !line.isEmpty {
            if let (_, value) = LabelledHeaders.label(of: line) {
                kept.append(line)
                valuePending = value == nil
            } else if valuePending || PageDate.isDateLine(line) {
                kept.append(line)
                valuePending = false
            }
        }
        return kept
    }

    /// Within a paragraph, a line break in the middle of a sentence of prose is a soft one (a word
    /// processor's line break, pasted): the words after it go on the paragraph. After a full
    /// stop it parts paragraphs, as old pages wrote them; short lines (an address, a contact's
    /// name, its organization) and contact lines keep their breaks.
    private mutating func joinSoftBreaks(from start: Int) {
        var index = max(start, 0)
        while index + 1 < lines.count {
            let line = lines[index].collapsingWhitespace()
            let next = lines[index + 1].collapsingWhitespace()
            if line.count >= 60, !next.isEmpty, !ParagraphFlow.endsSentence(line), !line.hasSuffix(":"),
               !ArticleText.isContactLine(line), !ArticleText.isContactLine(next) {
                lines[index] += " " + lines[index + 1]
                lines.remove(at: index + 1)
            } else {
                index += 1
            }
        }
    }

    private static func isContactLine(_ line: String) -> Bool {
        line.contains("@") || ContactBlock.startsBlock(line) || ContactBlock.isField(line)
            || TextFolding.fold(line).split { !$0.isLetter }.contains { ["tel", "phone", "telefono", "fax", "email", "correo"].contains($0) }
    }

    /// A heading between the article's paragraphs (`<h2>Lessons from Haiti</h2>`) parts its
    /// sections and is no paragraph; one that opens the contact block stays, to open it.
    private func isSectionHeading(_ element: MarkupElement) -> Bool {
        guard ["h2", "h3", "h4", "h5", "h6"].contains(element.name), sawParagraph else { return false }
        let words = element.collapsedText
        return !ContactBlock.startsBlock(words) && !ContactBlock.startsBlock(words + ":")
    }

    /// A heading that opens the contacts without the colon a line of text needs to ("Contacts",
    /// "For more information"), written with it.
    private static func contactHeading(_ element: MarkupElement) -> String? {
        guard ["h2", "h3", "h4", "h5", "h6"].contains(element.name) else { return nil }
        let words = element.collapsedText
        return !ContactBlock.startsBlock(words) && ContactBlock.startsBlock(words + ":") ? words + ":" : nil
    }

    /// A field's label as a labelled header writes it ("Speaker:"), for an element that labels
    /// the value after it (`<div class="field__label">Speaker</div>`, `<dt>Location</dt>`) with
    /// the name of a field a page gives of itself, which scrapes write with a colon.
    private static func fieldLabel(_ element: MarkupElement) -> String? {
        guard isLabel(element) else { return nil }
        let words = element.collapsedText
        guard !words.isEmpty, words.count <= 40, !words.hasSuffix(":"), LabelledHeaders.label(of: words + ":") != nil else { return nil }
        return words + ":"
    }

    /// An element that labels the value after it: `<dt>`, `<th>`, `<label>`, or one whose class
    /// says so (`field__label`, `field-label`, `views-label`).
    static func isLabel(_ element: MarkupElement) -> Bool {
        ["dt", "th", "label"].contains(element.name) || (element.attribute("class") ?? "").lowercased().split { !$0.isLetter }.contains("label")
    }

    /// The words of a heading up to its first block: an unclosed `<h1>` swallows what follows it.
    static func inlineText(of heading: MarkupElement) -> String {
        var text = ""
        for child in heading.children {
            switch child {
            case let .text(words): text += words
            case let .element(element) where element.name == "br": text += " "
            case let .element(element) where kinds[element.name] == nil: text += element.text
            case .element: return text.collapsingWhitespace()
            }
        }
        return text.collapsingWhitespace()
    }

    /// The lines collapsed, with one blank line wherever there were any (two `<br>` in a row
    /// separate paragraphs on old pages).
    private var result: String {
        var output: [String] = []
        for line in lines {
            let collapsed = line.collapsingWhitespace()
            if collapsed.isEmpty {
                if output.last?.isEmpty == false { output.append("") }
            } else {
                output.append(collapsed)
            }
        }
        while output.last?.isEmpty == true { output.removeLast() }
        return output.joined(separator: "\n")
    }

    private enum Kind {
        case block, line, blockStart, inline, lineBreak
    }

    private static let kinds: [String: Kind] = {
        var kinds: [String: Kind] = ["br": .lineBreak, "td": .line, "th": .line, "dd": .line, "dt": .blockStart]
        for name in ["p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
                     "ul", "ol", "li", "blockquote", "table", "tr", "thead", "tbody", "tfoot", "caption", "dl", "figure",
                     "figcaption", "address", "pre", "center", "hr", "details", "summary", "body", "html"] {
            kinds[name] = .block
        }
        return kinds
    }()
}
