import Foundation
import PueblaKit

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

    /// The quotes of a speech, a page whose labelled header names its speaker ("Speaker:",
    /// "Orador:"). A speech is its speaker's words from end to end, so each paragraph of its body
    /// is one quote by the speaker, with the role and organization the header gives ("William
    /// Lacy Swing, IOM Director General") or the speech itself names; quotation marks inside it
    /// are the speaker citing others and make no quote of their own.
    static func speech(by speaker: String, paragraphs: [String]) -> [Quote] {
        var people = PersonIndex()
        for paragraph in paragraphs { people.collect(from: paragraph) }
        let name = speaker.trimmingCharacters(in: .whitespaces)
        let person = people.resolve(name) ?? Person(name: name)
        return paragraphs.enumerated().map { index, paragraph in
            Quote(speaker: person.name, role: person.role, organization: person.organization, text: paragraph, paragraph: index)
        }
    }

    /// Who gives a speech its title names, when the page has no "Speaker:" field: "Remarks by
    /// IOM Deputy Director General Laura Thompson at ...", "Discurso del Director General de la
    /// OIM, Embajador William Lacy Swing, en ...". A person named in full, never a group.
    static func speaker(ofSpeechTitled title: String) -> String? {
        guard let match = speechTitle.firstMatch(in: title), let phrase = match[1] ?? match[2] else { return nil }
        var people = PersonIndex()
        guard let person = people.resolve(phrase), person.name.split(separator: " ").count >= 2,
              person.name.split(separator: " ").allSatisfy({ PersonIndex.isNameWord(String($0)) }) else { return nil }
        return phrase
    }

    private static let speechTitle = TextPattern(
        "^(?:(?i:opening|closing|welcome|welcoming|keynote|introductory|concluding)\\s+)?(?i:remarks|statement|speech|address|message|intervention|presentation)"
        + "\\s+(?i:by|of|from)\\s+(.+?)(?:\\s+(?:at|to|on|during|before|for)\\s|,?\\s+in\\s|$)"
        + "|^(?i:discurso|palabras|intervención|intervencion|mensaje|declaración|declaracion|ponencia)(?:\\s+(?i:de apertura|de clausura|inaugural|de bienvenida))?"
        + "\\s+(?i:del|de la|de)\\s+(.+?)(?:,?\\s+(?:en|ante|durante|para)\\s|$)")

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
            for span in QuoteFinder.spans(in: paragraph, paragraph: index) where !QuoteFinder.isName(span, in: paragraph) {
                let text = QuoteFinder.quoteText(paragraph[span.range])
                let continues = !chain.isEmpty && span.open == paragraph.startIndex && chain.last?.span.paragraph == index - 1
                if !continues {
                    quotes += finish(chain, speaker: chainSpeaker)
                    chain = []
                    chainSpeaker = nil
                }
                chain.append((span, text))
                if chainSpeaker == nil {
                    chainSpeaker = attribution(of: span, in: paragraph, after: quotes.last, previousParagraph: index > 0 ? paragraphs[index - 1] : nil)
                }
                // A second quote in the paragraph with no attribution of its own goes on the first's;
                // so does one opening the next paragraph, as a speaker's words go on.
                if chainSpeaker == nil, let previous = quotes.last, previous.speaker != nil,
                   previous.paragraph == index || (previous.paragraph == index - 1 && span.open == paragraph.startIndex) {
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
        var text = aside.replacing(in: String(text), with: "").trimmingCharacters(in: .whitespaces)
        while let last = text.last, last == "," || last == " " || last == ";" { text.removeLast() }
        return text
    }

    /// The quoted stretches of a paragraph. A span closes with the mark that matches its opening
    /// one (« with », “ with ”); marks of another kind inside it are a quotation within the quote
    /// («... “coyotes” ...»). A straight quote opens when none is open; inside a straight-quoted
    /// span, one after a space and before a letter opens a quotation within it.
    private static func spans(in paragraph: String, paragraph number: Int) -> [Span] {
        if let dialogue = dialogueSpan(in: paragraph, paragraph: number) { return [dialogue] }
        var spans: [Span] = []
        var open: (index: String.Index, mark: Character)?
        var nested = 0
        var previous: Character = " "
        var index = paragraph.startIndex
        // »: a Spanish quote going on from the paragraph before opens this one.
        if paragraph.first == "»" {
            open = (index, "«")
            index = paragraph.index(after: index)
        }
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let next = paragraph.index(after: index)
            let following = next < paragraph.endIndex ? paragraph[next] : " "
            if let start = open {
                let closer = closers[start.mark] ?? "\""
                if character == "\"", start.mark == "\"" || start.mark == "\u{201C}", previous.isWhitespace, following.isLetter {
                    nested += 1
                } else if start.mark == "«", character == "»", previous.isWhitespace, following.isLetter {
                    // »: a quote going on in a new paragraph the page joined to this one.
                } else if nested > 0, character == "\"" || character == "\u{201D}" {
                    nested -= 1
                } else if (character == closer && (closer != "\u{2019}" || !following.isLetter))
                            || (start.mark == "\u{201C}" && character == "\"") || (start.mark == "\"" && character == "\u{201D}") {
                    spans.append(Span(paragraph: number, range: paragraph.index(after: start.index)..<index, open: start.index, close: index))
                    open = nil
                }
            } else if character == "\"" || character == "\u{201C}" || character == "«" || (character == "\u{2018}" && !previous.isLetter) {
                open = (index, character)
                nested = 0
            }
            previous = character
            index = next
        }
        if let start = open {
            spans.append(Span(paragraph: number, range: paragraph.index(after: start.index)..<paragraph.endIndex, open: start.index, close: nil))
        }
        return spans
    }

    /// Spanish dialogue: a paragraph opening with a dash is the speaker's words up to the dash
    /// that opens the attribution (`—Un niño ... —afirmó el viceministro, Ernesto Quintanilla.`);
    /// when a dash closes the attribution, the words after it are the speaker's too (`—No
    /// podemos ... —dijo Barrios—. Necesitamos ...`), and the attribution is an aside.
    private static func dialogueSpan(in paragraph: String, paragraph number: Int) -> Span? {
        guard let first = paragraph.first, first == "—" || first == "–", paragraph.count > 2,
              !paragraph[paragraph.index(after: paragraph.startIndex)].isWhitespace else { return nil }
        let start = paragraph.index(after: paragraph.startIndex)
        let last = paragraph.index(before: paragraph.endIndex)
        let isDash = { (character: Character) in character == "—" || character == "–" }
        // An item of a list opens with a dash too: dialogue has its attribution, a verb after a dash.
        guard let incise = paragraph[start...].indices.first(where: { isDash(paragraph[$0]) && paragraph[paragraph.index(before: $0)].isWhitespace }),
              inciseVerb.matches(String(paragraph[paragraph.index(after: incise)...])) else { return nil }
        guard !paragraph[paragraph.index(after: incise)...].contains(where: isDash) else {
            return Span(paragraph: number, range: start..<paragraph.endIndex, open: paragraph.startIndex, close: last)
        }
        return Span(paragraph: number, range: start..<incise, open: paragraph.startIndex, close: incise)
    }

    private static let inciseVerb = TextPattern("^\\s*(?:\(verbs))\\b")

    /// Single quotes (‘...’) as British pages write speech; a ’ inside a word (IOM’s) is an apostrophe.
    private static let closers: [Character: Character] = ["\"": "\"", "\u{201C}": "\u{201D}", "«": "»", "\u{2018}": "\u{2019}"]

    /// Who a quote is attributed to: the words after its closing mark (`," adds Peraza.`), or
    /// before its opening one (`Swing told participants: "`, `and she adds, "`, `X highlighted how
    /// ...: "`, `the Vice Ministers stated that "`, `señaló que "`, or a paragraph of its own after
    /// `Swing told the delegates:`). A bare verb after the quote
    /// (`", agregó.`) keeps the speaker of the quote before it in the paragraph.
    private mutating func attribution(of span: Span, in paragraph: String, after previous: Quote?, previousParagraph: String?) -> Person? {
        // «Ningún país puede responder solo —afirmó el ministro, Raúl Méndez—; necesitamos ...»
        if let phrase = QuoteFinder.aside.firstMatch(in: String(paragraph[span.range]))?[1],
           let person = person(named: phrase, before: span.open, in: paragraph) {
            return person
        }
        if let close = span.close {
            let after = QuoteFinder.clause(after: paragraph.index(after: close), in: paragraph)
            // `", dijo.`: whoever the paragraph named last before the quote, as "she said" would.
            // `", dijo.`: the speaker of the quote before it in the paragraph, else whoever the
            // paragraph named last before it; no one when it names no one.
            if QuoteFinder.bareVerb.matches(after) {
                if previous?.paragraph == span.paragraph, previous?.speaker != nil { return lastSpeaker }
                return lastNamed(before: span.open, in: paragraph)
            }
            for phrase in QuoteFinder.phrasesAfter(after) {
                if let person = person(named: phrase, before: span.open, in: paragraph) { return person }
            }
        }
        let before = QuoteFinder.clause(before: span.open, in: paragraph)
        for phrase in QuoteFinder.phrasesBefore(before) {
            if let person = person(named: phrase, before: span.open, in: paragraph) { return person }
        }
        // `The Vice Minister closed the course on Friday: "`: a sentence leading into the quote
        // with a colon is said by its subject, whatever its verb.
        if before.trimmingCharacters(in: .whitespaces).hasSuffix(":"), let subject = QuoteFinder.subject(of: before),
           let person = person(named: subject, before: span.open, in: paragraph) {
            return person
        }
        // `Field said the meeting was a success. "We have come a long way."`: a quote standing
        // alone after a sentence in which a person named in full says something is theirs.
        if let person = speakerOfSentence(before: span, in: paragraph, previousParagraph: previousParagraph) { return person }
        // `Swing told the delegates:` closing the paragraph before a quote that is one of its own.
        if span.open == paragraph.startIndex, let previousParagraph, previousParagraph.hasSuffix(":") {
            let lead = QuoteFinder.clause(before: previousParagraph.endIndex, in: previousParagraph)
            for phrase in QuoteFinder.phrasesBefore(lead) {
                if let person = person(named: phrase, before: previousParagraph.endIndex, in: previousParagraph) { return person }
            }
        }
        return nil
    }

    /// The speaker of the sentence just before a quote that says nothing after it of who speaks.
    /// A quote opening its paragraph looks back at the paragraph before: `Field also noted the role
    /// of the shelters.` then `"Shelters save lives every day."`.
    private mutating func speakerOfSentence(before span: Span, in paragraph: String, previousParagraph: String?) -> Person? {
        // A quote the page lost the end of may have had its speaker named after it.
        guard let close = span.close,
              QuoteFinder.clause(after: paragraph.index(after: close), in: paragraph).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)).isEmpty,
              QuoteFinder.clause(before: span.open, in: paragraph).trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let (text, start) = span.open > paragraph.startIndex ? (paragraph, span.open) : previousParagraph.map { ($0, $0.endIndex) } ?? ("", "".endIndex)
        // Back over the space and the full stop that end the sentence before.
        var end = start
        while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
        guard end > text.startIndex, ".!?".contains(text[text.index(before: end)]) else { return nil }
        let sentence = QuoteFinder.clause(before: text.index(before: end), in: text)
        guard !sentence.contains(where: QuotationMarks.opening.contains),
              let match = QuoteFinder.subjectVerbIntroduction.firstMatch(in: sentence), let subject = match[1],
              let person = person(named: subject, before: start, in: text),
              people.people.contains(where: { $0.name == person.name }) else { return nil }
        return person
    }

    /// A pronoun is the person last named before the quote in its paragraph, or the last speaker.
    private mutating func person(named phrase: String, before quote: String.Index, in paragraph: String) -> Person? {
        // "En su intervención, ella": what leads into the sentence is not its subject.
        let subject = phrase.split(separator: ",").last.map(String.init) ?? phrase
        let key = TextFolding.fold(subject.trimmingCharacters(in: .whitespaces))
        let words = subject.split(separator: " ").map(String.init).drop { PersonIndex.articles.contains($0.lowercased()) }
        let isBackReference = words.last.map { QuoteFinder.backReferences.contains(TextFolding.fold($0)) } ?? false
        guard QuoteFinder.pronouns.contains(key) || (isBackReference && words.dropLast().allSatisfy(PersonIndex.isOrganizationWord)) else {
            return people.resolve(phrase)
        }
        // "the IOM official": the last person of that organization.
        if let organization = words.dropLast().last.map(TextFolding.fold),
           let member = people.people.last(where: { $0.organization.map(TextFolding.fold) == organization }) {
            return member
        }
        return lastNamed(before: quote, in: paragraph) ?? lastSpeaker ?? people.people.last
    }

    /// The person the paragraph names last before `quote`, by full name or surname.
    private func lastNamed(before quote: String.Index, in paragraph: String) -> Person? {
        let text = paragraph[..<quote]
        let named = people.people.compactMap { person -> (Person, String.Index)? in
            let full = text.range(of: person.name, options: .backwards)?.lowerBound
            let surname = text.range(of: person.surname, options: .backwards)?.lowerBound
            return [full, surname].compactMap { $0 }.max().map { (person, $0) }
        }
        return named.max { $0.1 < $1.1 }?.0
    }

    /// A quoted name, title, motto, theme or slogan, not speech: a few words all capitalized
    /// ("Migración y Familia", "Regional Guidelines for the Protection of Migrant Children"), or
    /// words a "theme", "motto", "banner ... read" or "lema" introduces.
    private static func isName(_ span: Span, in paragraph: String) -> Bool {
        guard span.close != nil else { return false }
        let text = quoteText(paragraph[span.range])
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 14 else { return false }
        if let last = text.last, ".!?".contains(last), words.count > 3 { return false }
        let content = words.filter { $0.count >= 4 }
        if words.count <= 10, !content.isEmpty, content.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) { return true }
        let before = paragraph[..<span.open].suffix(40)
        return nameCue.matches(String(before))
    }

    /// The text from `start` to the end of the sentence or the next quotation mark.
    private static func clause(after start: String.Index, in paragraph: String) -> String {
        var end = start
        while end < paragraph.endIndex {
            let character = paragraph[end]
            if QuotationMarks.opening.contains(character) && character != "\u{2018}" { break }
            if character == "." || character == "!" || character == "?" || character == ";" {
                // "Dr.", "Amb.", "Licda." and "U.S." do not end a sentence.
                let word = paragraph[start..<end].split(separator: " ").last.map(String.init) ?? ""
                if !(character == "." && (PersonIndex.honorifics.contains(TextFolding.fold(word) + ".") || word.last?.isUppercase == true)) { break }
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

    /// The words a sentence opens with, up to its first word in lower case that is not an
    /// article or a small word inside a name or post: "The Vice Minister" of "The Vice Minister
    /// closed the course on Friday:".
    private static func subject(of clause: String) -> String? {
        var words: [Substring] = []
        for word in clause.split(separator: " ") {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            guard let first = bare.first else { break }
            // "La ministra Bonilla fue clara:": Spanish writes the post in lower case.
            if first.isUppercase || (words.isEmpty ? PersonIndex.articles : subjectWords).contains(bare.lowercased())
                || PersonIndex.roleWords.contains(TextFolding.fold(bare)) {
                words.append(word)
                if word.hasSuffix(",") || word.hasSuffix(":") { break }
            } else {
                break
            }
        }
        let subject = words.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        return subject.contains(where: \.isUppercase) ? subject : nil
    }

    private static let subjectWords: Set<String> = ["of", "for", "de", "del", "la", "el", "the", "y", "and"]

    /// Who the words after a quote name, most likely first.
    private static func phrasesAfter(_ text: String) -> [String] {
        [verbThenSpeaker, speakerThenVerb].compactMap { $0.firstMatch(in: text)?[1] }
    }

    /// Who the words before a quote name, most likely first.
    private static func phrasesBefore(_ text: String) -> [String] {
        [accordingTo, asSaid, speakerVerbColon].compactMap { $0.firstMatch(in: text)?[1] }
            + (subjectVerbIntroduction.firstMatch(in: text).flatMap { match in
                match[2].map(isIntroduction) == true ? match[1].map { [$0] } : nil
            } ?? [])
    }

    /// The words between the verb and the quote lead into it, in the same sentence: "stated
    /// that "...", "señaló que la ventanilla es “...”", "told participants: "...".
    private static func isIntroduction(_ tail: String) -> Bool {
        !tail.contains { ".!?;".contains($0) }
    }

    private static let verbs = "says|said|adds|added|explains|explained|states|stated|notes|noted|remarks|remarked|stresses|stressed"
        + "|emphasizes|emphasized|emphasises|emphasised|underlines|underlined|points out|pointed out|tells|told|declares|declared"
        + "|affirms|affirmed|concludes|concluded|comments|commented|observes|observed|insists|insisted|recalls|recalled"
        + "|acknowledges|acknowledged|warns|warned|highlights|highlighted|asserts|asserted|continues|continued|urges|urged"
        + "|reminds|reminded|argues|argued|announces|announced|asks|asked|replies|replied|confirms|confirmed"
        + "|dijo|dice|afirmó|afirma|señaló|señala|explicó|explica|agregó|agrega|añadió|añade|indicó|indica|declaró|declara"
        + "|expresó|expresa|manifestó|manifiesta|comentó|comenta|destacó|destaca|subrayó|subraya|aseguró|asegura|sostuvo"
        + "|sostiene|puntualizó|enfatizó|enfatiza|concluyó|precisó|resaltó|recordó|advirtió|apuntó|insistió|reiteró|anunció"
        + "|preguntó|respondió|confirmó|commends|commended|praises|praised|welcomes|welcomed|thanks|thanked"
        + "|reiterates|reiterated|recognizes|recognized|recognises|recognised|describes|described|reflects|reflected"
        + "|agrees|agreed|felicitó|agradeció|reconoció|describió|reflexionó|aseveró|recalcó"
        + "|afirmaron|declararon|señalaron|dijeron|expresaron|coincidieron|acordaron|underscored|underscores"
        + "|indicated|indicates|mentioned|mentions|admitted|admits|maintained|maintains|suggested|suggests|cautioned|cautions"
        + "|recommended|recommends|summarized|summarised|summed up|wrote|writes|believes|considers|considered"
        + "|detalló|detalla|refirió|acotó|mencionó|menciona|aclaró|aclara|informó|informa|argumentó|externó|expuso"
        + "|consideró|considera|opinó|valoró|planteó|admitió|reconoce|añadieron|agregaron|indicaron|manifestaron"
        + "|relató|relata|contó|narró"
    private static let speaker = "(?:[\\p{Lu}][\\p{L}'’.-]*|the|el|la|de|del|of|for|on|and|y|General|official|funcionari[oa]|diplomat|expert|expert[oa])"
    private static let pronounList = "she|he|ella|él|el"
    private static let pronouns: Set<String> = ["she", "he", "ella", "el", "they", "ellos"]
    /// Nouns that point back to someone just named, as a pronoun does: "La funcionaria agregó:".
    private static let backReferences: Set<String> = [
        "official", "funcionario", "funcionaria", "diplomat", "diplomatico", "diplomatica", "expert", "experto", "experta",
    ]

    /// `," explains Jorge Peraza, Coordinator of the RCM Technical Secretariat.` / `," said DG Swing` /
    /// `», aseguró a la prensa la viceministra Morales.` /
    /// `", afirmó el cónsul salvadoreño Julio Erazo.` / `", según explicó Ruiz.` / `," according to Swing.`
    private static let verbThenSpeaker = TextPattern(
        "^\\s*,?\\s*(?:(?:and|y|as|según|segun)\\s+)?(?:(?:\(verbs))\\s+(?:(?:to|a)\\s+(?:(?:the|la|los|las|el)\\s+)?\\p{Ll}+\\s+)?|(?:according to|de acuerdo con|según|segun)\\s+)((?:\(pronounList))\\b|[^\"“”«»]{2,200}?)\\s*[,;]?\\s*$")
    /// `", agregó.` / `," he added` is handled as a pronoun; this is the verb alone.
    private static let bareVerb = TextPattern("^\\s*,?\\s*(?:\(verbs))\\s*[.;]?\\s*$")
    /// `In their final declaration, the Vice Ministers stated that "` / `X highlighted how ...: "`:
    /// the subject, then the verb, then words leading into the quote.
    private static let subjectVerbIntroduction = TextPattern(
        "^\\s*(?:(?:and|but|y|pero)\\s+)?([^\"“”«»]{2,200}?)\\s+(?:(?:also|then|later|further|además|también|luego)\\s+)?(?:\(verbs))\\b([^\"“”«»]{0,160})$")
    /// What introduces a name or a slogan rather than speech.
    private static let nameCue = TextPattern(
        "(?i:theme|motto|slogan|banner|entitled|titled|called|named|read|reads|reading|campaign|lema|tema|eslogan|t[ií]tulo|titulad[oa]|denominad[oa]|llamad[oa]|campaña|estudio|study|report|informe|programme|programa)\\b[^.!?:]{0,25}$")
    /// `—dijo Ortega—` / ` – afirmó el ministro, Raúl Méndez – ` inside the quotation marks.
    private static let aside = TextPattern("\\s*[—–]\\s*(?:\(verbs))\\s+([^—–\"“”«»]{2,200}?)\\s*[—–]")
    /// `," Ambassador Thompson says, and ...` / `," she adds.`
    /// `," the Director of the Health Area of San Marcos, Dr. Elmer Pineda, told reporters.`
    private static let speakerThenVerb = TextPattern(
        "^\\s*,?\\s*(?:and\\s+|y\\s+)?((?:\(pronounList))|(?:\(speaker)(?:\\s+\(speaker)){0,11})(?:,\\s+[^,;:\"“”«»]{1,100},)?)\\s+(?:\(verbs))\\b")
    /// `According to Peraza, "` / `Según Peraza, "` / `Para la jefa de misión de la OIM, Gabriela Ríos, “`
    private static let accordingTo = TextPattern("(?:According to|according to|Según|según|De acuerdo con|In the words of|in the words of|En palabras de|en palabras de|Para|para)\\s+([^,\"“”«»]{2,80}(?:,\\s*[^,\"“”«»]{2,80})?),\\s*$")
    /// `As Morales put it, "` / `Como dijo Morales, "`
    private static let asSaid = TextPattern(
        "(?:^|\\s)(?:As|as|Como|como)\\s+([^,\"“”«»]{2,60}?)\\s+(?:put it|said|noted|explained|lo expresó|lo dijo|lo explicó|dijo|señaló|explicó),\\s*$")
    /// `Swing told participants: "` / `and she adds, "` / `Peraza said: "`
    private static let speakerVerbColon = TextPattern(
        "(?:^|,\\s*|\\s(?:and|y)\\s+)((?:\(pronounList))|\(speaker)(?:\\s+\(speaker)){0,7}(?:,\\s+[^,;:]{1,100},)?)\\s+(?:\(verbs))(?:\\s+[^,:;\"“”«»]{0,60})?\\s*[:,]\\s*$")
}
