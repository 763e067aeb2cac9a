import Foundation

/// Finds direct speech in paragraphs and who said it. Only words inside quotation marks are a
/// quote (reported speech is not); a quote whose speaker the page does not name keeps none.
struct QuoteFinder {
    private var people = PersonIndex()
    private var lastSpeaker: Person?

    static func quotes(in paragraphs: [String]) -> [Quote] {
        var finder = QuoteFinder()
        for paragraph in paragraphs { finder.people.collect(from: paragraph) }
        return finder.find(in: paragraphs)
    }

    /// A stretch of quoted words in one paragraph; a quote that runs on into the next paragraph
    /// (no closing mark, the next opening with one) continues there.
    private struct Span {
        let paragraph: Int
        let range: Range<String.Index>
        let open: String.Index
        let close: String.Index?
    }

    private mutating func find(in paragraphs: [String]) -> [Quote] {
        var quotes: [Quote] = []
        var chain: [(span: Span, text: String)] = []
        var chainSpeaker: Person?
        for (index, paragraph) in paragraphs.enumerated() {
            for span in QuoteFinder.spans(in: paragraph, paragraph: index) {
                let text = QuoteFinder.quoteText(paragraph[span.range])
                let continues = !chain.isEmpty && span.open == paragraph.startIndex && chain.last?.span.paragraph == index - 1
                if !continues {
                    quotes += finish(chain, speaker: chainSpeaker)
                    chain = []
                    chainSpeaker = nil
                }
                chain.append((span, text))
                if chainSpeaker == nil { chainSpeaker = attribution(of: span, in: paragraph) }
                // A second quote in the paragraph with no attribution of its own goes on the first's.
                if chainSpeaker == nil, let previous = quotes.last, previous.paragraph == index, previous.speaker != nil {
                    chainSpeaker = lastSpeaker
                }
                if span.close != nil {
                    quotes += finish(chain, speaker: chainSpeaker)
                    chain = []
                    chainSpeaker = nil
                }
            }
        }
        return quotes + finish(chain, speaker: chainSpeaker)
    }

    private mutating func finish(_ chain: [(span: Span, text: String)], speaker: Person?) -> [Quote] {
        let words = chain.reduce(0) { $0 + $1.text.split(separator: " ").count }
        // A few words in quotation marks with no one saying them are a name or a term, not speech.
        guard !chain.isEmpty, speaker != nil || words >= 5 else { return [] }
        if let speaker { lastSpeaker = speaker }
        return chain.compactMap { item in
            item.text.isEmpty ? nil : Quote(speaker: speaker?.name, role: speaker?.role, organization: speaker?.organization,
                                            text: item.text, paragraph: item.span.paragraph)
        }
    }

    private static func quoteText(_ text: Substring) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        while let last = text.last, last == "," || last == " " || last == ";" { text.removeLast() }
        return text
    }

    /// The quoted stretches of a paragraph. Curly and angle quotes say which way they face; a
    /// straight quote opens when none is open and closes otherwise.
    private static func spans(in paragraph: String, paragraph number: Int) -> [Span] {
        var spans: [Span] = []
        var open: String.Index?
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let next = paragraph.index(after: index)
            if let start = open {
                if character == "\"" || character == "\u{201D}" || character == "»" {
                    spans.append(Span(paragraph: number, range: next > start ? paragraph.index(after: start)..<index : index..<index,
                                      open: start, close: index))
                    open = nil
                }
            } else if character == "\"" || character == "\u{201C}" || character == "«" {
                open = index
            }
            index = next
        }
        if let start = open {
            spans.append(Span(paragraph: number, range: paragraph.index(after: start)..<paragraph.endIndex, open: start, close: nil))
        }
        return spans
    }

    /// Who a quote is attributed to: the words after its closing mark (`," adds Peraza.`), or
    /// before its opening one (`Swing told participants: "`, `and she adds, "`).
    private mutating func attribution(of span: Span, in paragraph: String) -> Person? {
        if let close = span.close {
            let after = QuoteFinder.clause(after: paragraph.index(after: close), in: paragraph)
            if let phrase = QuoteFinder.phraseAfter(after) { return person(named: phrase) }
        }
        let before = QuoteFinder.clause(before: span.open, in: paragraph)
        if let phrase = QuoteFinder.phraseBefore(before) { return person(named: phrase) }
        return nil
    }

    private mutating func person(named phrase: String) -> Person? {
        let key = TextFolding.fold(phrase.trimmingCharacters(in: .whitespaces))
        if QuoteFinder.pronouns.contains(key) { return lastSpeaker ?? people.people.last }
        return people.resolve(phrase)
    }

    /// The text from `start` to the end of the sentence or the next quotation mark.
    private static func clause(after start: String.Index, in paragraph: String) -> String {
        var end = start
        while end < paragraph.endIndex {
            let character = paragraph[end]
            if QuotationMarks.opening.contains(character) && character != "\u{2018}" { break }
            if character == "." || character == "!" || character == "?" || character == ";" {
                // "Dr." and "U.S." do not end a sentence.
                let from = paragraph.index(end, offsetBy: -3, limitedBy: start) ?? start
                let word = paragraph[from..<end]
                if !(word.hasSuffix("Dr") || word.hasSuffix("Mr") || word.hasSuffix("Ms") || word.last?.isUppercase == true) { break }
            }
            end = paragraph.index(after: end)
        }
        return String(paragraph[start..<end])
    }

    /// The text from the start of the sentence (or the last closing quotation mark) to `end`.
    private static func clause(before end: String.Index, in paragraph: String) -> String {
        var start = end
        while start > paragraph.startIndex {
            let previous = paragraph.index(before: start)
            let character = paragraph[previous]
            if QuotationMarks.closing.contains(character) && character != "\u{2019}" { break }
            if character == "." || character == "!" || character == "?" || character == ";" { break }
            start = previous
        }
        return String(paragraph[start..<end])
    }

    private static func phraseAfter(_ text: String) -> String? {
        if let m = verbThenSpeaker.firstMatch(in: text), let phrase = m[1] { return phrase }
        if let m = speakerThenVerb.firstMatch(in: text), let phrase = m[1] { return phrase }
        return nil
    }

    private static func phraseBefore(_ text: String) -> String? {
        if let m = accordingTo.firstMatch(in: text), let phrase = m[1] { return phrase }
        if let m = speakerVerbColon.firstMatch(in: text), let phrase = m[1] { return phrase }
        return nil
    }

    private static let verbs = "says|said|adds|added|explains|explained|states|stated|notes|noted|remarks|remarked|stresses|stressed"
        + "|emphasizes|emphasized|emphasises|emphasised|underlines|underlined|points out|pointed out|tells|told|declares|declared"
        + "|affirms|affirmed|concludes|concluded|comments|commented|observes|observed|insists|insisted|recalls|recalled"
        + "|acknowledges|acknowledged|warns|warned|highlights|highlighted|asserts|asserted|continues|continued|urges|urged"
        + "|reminds|reminded|argues|argued|announces|announced|asks|asked|replies|replied|confirms|confirmed"
        + "|dijo|dice|afirmó|afirma|señaló|señala|explicó|explica|agregó|agrega|añadió|añade|indicó|indica|declaró|declara"
        + "|expresó|expresa|manifestó|manifiesta|comentó|comenta|destacó|destaca|subrayó|subraya|aseguró|asegura|sostuvo"
        + "|sostiene|puntualizó|enfatizó|enfatiza|concluyó|precisó|resaltó|recordó|advirtió|apuntó|insistió|reiteró|anunció"
        + "|preguntó|respondió|confirmó"
    private static let speaker = "(?:[\\p{Lu}][\\p{L}'’.-]*|the|el|la|de|del|of|for|on|and|y|General)"
    private static let pronounList = "she|he|ella|él|el"
    private static let pronouns: Set<String> = ["she", "he", "ella", "el", "they", "ellos"]

    /// `," explains Jorge Peraza, Coordinator of the RCM Technical Secretariat.` / `," said DG Swing`
    private static let verbThenSpeaker = TextPattern(
        "^\\s*,?\\s*(?:and\\s+|y\\s+)?(?:\(verbs))\\s+((?:\(pronounList))\\b|\(speaker)(?:\\s+\(speaker)){0,7}(?:,\\s+[^,;]{1,120})?)\\s*[,;]?\\s*$")
    /// `," Ambassador Thompson says, and ...` / `," she adds.`
    private static let speakerThenVerb = TextPattern(
        "^\\s*,?\\s*(?:and\\s+|y\\s+)?((?:\(pronounList))|(?:\(speaker)(?:\\s+\(speaker)){0,7}))\\s+(?:\(verbs))\\b")
    /// `According to Peraza, "` / `Según Peraza, "`
    private static let accordingTo = TextPattern("(?:According to|according to|Según|según|De acuerdo con)\\s+([^,]{2,80}),\\s*$")
    /// `Swing told participants: "` / `and she adds, "` / `Peraza said: "`
    private static let speakerVerbColon = TextPattern(
        "(?:^|,\\s*|\\s(?:and|y)\\s+)((?:\(pronounList))|\(speaker)(?:\\s+\(speaker)){0,7}(?:,\\s+[^,;:]{1,100},)?)\\s+(?:\(verbs))(?:\\s+[^,:;\"“”«»]{0,60})?\\s*[:,]\\s*$")
}
