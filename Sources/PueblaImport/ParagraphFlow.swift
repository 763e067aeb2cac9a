import PueblaKit

/// Re-flows an article's lines into paragraphs. Pages come hard-wrapped at some width, with or
/// without blank lines between paragraphs, or with one long line a paragraph.
enum ParagraphFlow {
    /// Beyond this a line was not wrapped: it is a whole paragraph.
    static let longLine = 110

    static func paragraphs(from body: [PageLayout.BodyLine]) -> [String] {
        var blocks: [[String]] = [[]]
        for line in body {
            switch line {
            case .blank: if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
            case .text(let text): blocks[blocks.count - 1].append(text)
            }
        }
        blocks.removeAll { $0.isEmpty }
        let lines = blocks.flatMap { $0 }
        guard !lines.isEmpty else { return [] }
        let lengths = lines.map(\.count).sorted()
        let median = lengths[lengths.count / 2]
        if median > longLine || isLinePerParagraph(lines) { return joiningBrokenLines(lines) }
        let width = wrapWidth(lengths)
        if hasBlankAfterEveryLine(blocks) { blocks = [lines] }
        let hasBlankLines = blocks.count > 1
        return blocks.flatMap { block in
            split(block, width: width, atSentenceEnds: !hasBlankLines).map(join)
        }
    }

    /// A blank line after every wrapped line (each <br> doubled) parts no paragraphs: nearly
    /// every block is one line, and a third of the blank lines fall inside a sentence (the line
    /// before ends none, and ends in a word in lower case or the line after starts with one).
    private static func hasBlankAfterEveryLine(_ blocks: [[String]]) -> Bool {
        let single = blocks.filter { $0.count == 1 }.count
        let inSentence = zip(blocks, blocks.dropFirst()).filter { before, after in
            guard let last = before.last, !endsSentence(last) else { return false }
            return last.last?.isLowercase == true || last.last == "," || after.first?.first?.isLowercase == true
        }.count
        return blocks.count >= 4 && Double(single) >= 0.8 * Double(blocks.count) && 3 * inSentence >= blocks.count - 1
    }

    /// A page written a line a paragraph, however short: nearly every line ends a sentence (or
    /// leads into what follows with a colon), where a wrapped page ends most lines mid-sentence.
    private static func isLinePerParagraph(_ lines: [String]) -> Bool {
        guard lines.count >= 3 else { return false }
        return Double(lines.filter(endsSentence).count) >= 0.75 * Double(lines.count)
    }

    /// Cuts a block where a line ends a sentence although the next line's first word would have
    /// fitted on it: a wrapper would have put it there, so the page broke the line on purpose.
    private static func split(_ block: [String], width: Int, atSentenceEnds: Bool) -> [[String]] {
        var result: [[String]] = [[]]
        for (index, line) in block.enumerated() {
            if atSentenceEnds, isSectionHeading(at: index, in: block, width: width) {
                result.append([])
                continue
            }
            result[result.count - 1].append(line)
            guard index + 1 < block.count else { continue }
            let next = block[index + 1]
            // A dateline opening one of the first lines starts the article under a standfirst.
            let opensDateline = index < 2 && !endsSentence(line) && Dateline(paragraph: next).place != nil
            if line.count > longLine || next.count > longLine || isUnwrapped(line, width: width) || isUnwrapped(next, width: width)
                || opensDateline || (atSentenceEnds && endsParagraph(line, next: next, width: width)) {
                result.append([])
            }
        }
        return result.filter { !$0.isEmpty }
    }

    /// A heading inside the article ("Consular networks trained"): a short line with no full
    /// stop between a sentence's end and a line starting with a capital. It parts the sections,
    /// and is no paragraph of its own.
    private static func isSectionHeading(at index: Int, in block: [String], width: Int) -> Bool {
        guard index > 0, index + 1 < block.count, endsSentence(block[index - 1]) || endsWithAddress(block[index - 1]) else { return false }
        let line = block[index]
        let words = line.split(separator: " ")
        guard (2...8).contains(words.count), line.count * 5 < width * 3, !endsSentence(line), !line.hasSuffix(","),
              line.first?.isUppercase == true, block[index + 1].first?.isUppercase == true else { return false }
        return !line.contains { "\"“”«»".contains($0) }
    }

    /// A line ending with a web address: the page dropped the full stop after it, if it had one.
    private static func endsWithAddress(_ line: String) -> Bool {
        line.split(separator: " ").last.map { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("www.") } ?? false
    }

    /// The lines of a page written a line a paragraph, where one line going on from the one
    /// before (a link's words on a line of their own: `available at` then `the IOM website.`) is
    /// joined to it: the line before ends no sentence, and this one starts in lower case, is an
    /// address, or follows a small word that ends no paragraph (the, at, en, de ...).
    private static func joiningBrokenLines(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            guard let previous = result.last, !endsSentence(previous), !previous.hasSuffix(","),
                  let last = previous.split(separator: " ").last.map({ String($0).lowercased() }) else {
                result.append(line)
                continue
            }
            if line.first?.isLowercase == true || line.hasPrefix("http://") || line.hasPrefix("https://") || line.hasPrefix("www.")
                || continuingWords.contains(last) {
                result[result.count - 1] = join([previous, line])
            } else {
                result.append(line)
            }
        }
        return result
    }

    private static let continuingWords: Set<String> = [
        "the", "a", "an", "at", "on", "of", "in", "to", "and", "or", "from", "by", "for", "with",
        "el", "la", "los", "las", "un", "una", "en", "de", "del", "y", "o", "a", "al", "por", "para", "con", "sobre",
    ]

    /// The width the page was wrapped at: no wrapped line is longer, and wrapped lines crowd
    /// near it, so a single longer line (a standfirst, a line never wrapped) does not set it.
    /// `lengths`: the lines' lengths, sorted.
    private static func wrapWidth(_ lengths: [Int]) -> Int {
        let wrapped = lengths.filter { $0 <= longLine }
        guard wrapped.count >= 6 else { return wrapped.last ?? longLine }
        let crowded = wrapped.indices.dropFirst().last { wrapped[$0] - wrapped[$0 - 1] <= 3 }
        return crowded.map { wrapped[$0] } ?? wrapped.last ?? longLine
    }

    /// A line of several words well over the wrap width was never wrapped: a paragraph of its own.
    private static func isUnwrapped(_ line: String, width: Int) -> Bool {
        line.count > width + width / 5 && line.split(separator: " ").count >= 6
    }

    private static func endsParagraph(_ line: String, next: String, width: Int) -> Bool {
        // A Spanish paragraph may open with the mark of a quote going on (»), a dialogue dash
        // (—No podemos ...) or an inverted mark (¿, ¡).
        guard endsSentence(line) || endsWithAddress(line), let start = next.first,
              start.isUppercase || start.isNumber || QuotationMarks.opening.contains(start) || "»—¿¡".contains(start) else { return false }
        // » going on with a quote, or a dash opening dialogue with a capital, only ever opens a paragraph.
        let second = next.dropFirst().first
        if (start == "»" && second?.isLetter == true) || ("—".contains(start) && second?.isUppercase == true) { return true }
        let firstWord = next.prefix { $0 != " " }
        return line.count + 1 + firstWord.count <= width
    }

    static func endsSentence(_ line: String) -> Bool {
        var end = line[...]
        while let last = end.last, QuotationMarks.closing.contains(last) || last == ")" { end = end.dropLast() }
        guard let last = end.last else { return false }
        return last == "." || last == "!" || last == "?" || last == ":"
    }

    /// Joins wrapped lines; a line ending in a hyphen after a letter continues the same word.
    static func join(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            if text.isEmpty {
                text = line
            } else if text.hasSuffix("-"), text.dropLast().last?.isLetter == true, line.first?.isLowercase == true {
                text += line
            } else {
                text += " " + line
            }
        }
        return text
    }
}

/// The quotation marks pages use: straight, curly, and Spanish angle quotes.
enum QuotationMarks {
    static let opening: Set<Character> = ["\"", "\u{201C}", "«", "\u{2018}"]
    static let closing: Set<Character> = ["\"", "\u{201D}", "»", "\u{2019}"]
}
