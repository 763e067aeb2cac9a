import Foundation
import PueblaKit

/// Reads the contact block at the end of a release: names, organizations, phones and e-mail
/// addresses, even when the scraper broke the `mailto:` link around them.
enum ContactBlock {
    /// "For more information, please contact:", "Contact:", "Para más información": the article ends here.
    static func startsBlock(_ line: String) -> Bool {
        let folded = TextFolding.fold(line)
        if closingContact.matches(folded) { return true }
        guard opening.matches(folded) else { return false }
        // A wrapped sentence can start "more information on the programme ...": an opening line
        // starts with a capital and invites contact, or ends in a colon, or is a field.
        return line.first?.isUppercase == true
            && (line.hasSuffix(":") || invitation.matches(folded) || field.matches(folded) || folded.hasPrefix("media contact") || folded.hasPrefix("press contact")
                || folded.hasPrefix("contact") || folded.hasPrefix("contacto"))
    }

    /// A contact block with no opening line starts at its first field ("Tel:", "E-mail:"); the
    /// name and organization lines just above it belong to it.
    static func isLead(_ line: String) -> Bool {
        !ParagraphFlow.endsSentence(line) && (isNameLine(line) || isOrganizationLine(line) || nameAndOrganization(line) != nil)
    }

    static func isField(_ line: String) -> Bool {
        field.matches(TextFolding.fold(line))
    }

    static func contacts(lines: [String], rawLines: [String]) -> [Contact] {
        var contacts: [Contact] = []
        var pendingEmail: String?
        var pendingPhone: String?
        // "please contact IOM Managua:" names the organization of the people listed under it.
        var blockOrganization: String?
        // "contact Jorge Gallo at IOM Guatemala, Tel: ... or Ana Ruiz at IOM Honduras, Tel: ...":
        // each person named on the line with the fields after the name.
        let items = lines.indices.flatMap { index in
            alternatives(lines[index]).enumerated().map { part, text in
                (line: text, raw: part == 0 && rawLines.indices.contains(index) ? rawLines[index] : text, alternative: part > 0)
            }
        }
        for (written, raw, alternative) in items {
            // "In Geneva: Paul Mercier, IOM Geneva. Tel: ...": where the person is, then the person.
            // "Más información: Diego Ledezma, OIM Panamá, Tel. ...": the person after the opening words.
            // "contact Ana Ruiz (aruiz@iom.int) at IOM Panama": the address a mail link's words
            // were given is read apart, so the name and organization read as written.
            let bracketed = bracketedEmail.firstMatch(in: written)?[1]
            let unbracketed = bracketedEmail.replacing(in: written, with: "")
            let line = locationLead.replacing(in: informationLead.replacing(in: unbracketed, with: ""), with: "")
            var rest = line
            if alternative, let named = namedAlone.firstMatch(in: line), let name = named[1], isNameLine(name) {
                rest = String(line.dropFirst(named[0]?.count ?? 0))
                contacts.append(Contact(name: name, organization: named[2].map(trimOrganization) ?? organization(following: rest), email: nil, phone: nil))
            } else if startsBlock(line), let named = introducedName.firstMatch(in: line), let name = named[1], !isNameLine(name), isOrganizationLine(name) {
                blockOrganization = name
            } else if startsBlock(line), let named = introducedName.firstMatch(in: line), let name = named[1] {
                let end = line.range(of: name)?.upperBound ?? line.endIndex
                rest = String(line[end...])
                contacts.append(Contact(name: name, organization: named[2].map(trimOrganization) ?? organization(following: rest), email: nil, phone: nil))
            }
            if let email = bracketed ?? email.firstMatch(in: unmasked(line))?[0] ?? email.firstMatch(in: raw)?[0] {
                if let last = contacts.indices.last, contacts[last].email == nil { contacts[last].email = email } else { pendingEmail = email }
            }
            // A number without its label is a phone when written in the international way.
            if let match = phone.firstMatch(in: rest) ?? internationalNumber.firstMatch(in: rest), let found = match[1] {
                let number = ContactBlock.number(found)
                let secondary = secondaryPhone.matches(TextFolding.fold(match[0] ?? ""))
                if let last = contacts.indices.last, contacts[last].phone == nil {
                    contacts[last].phone = number
                } else if contacts.isEmpty || !secondary {
                    // A mobile or fax after the person's phone is theirs too, not the next person's.
                    pendingPhone = number
                }
            }
            if let name = personName(line) {
                contacts.append(Contact(name: name, organization: nil, email: pendingEmail, phone: pendingPhone))
                pendingEmail = nil
                pendingPhone = nil
            } else if let (name, organization) = nameAndOrganization(line), !(alternative && contacts.last?.name == name) {
                contacts.append(Contact(name: name, organization: organization, email: pendingEmail, phone: pendingPhone))
                pendingEmail = nil
                pendingPhone = nil
            } else if let last = contacts.indices.last, contacts[last].organization == nil, isOrganizationLine(line) {
                contacts[last].organization = withoutPost(line)
            }
        }
        return contacts.map { contact in
            var contact = contact
            contact.organization = contact.organization ?? blockOrganization
            if contact.organization == nil, let domain = contact.email?.split(separator: "@").last {
                contact.organization = organizationDomains[domain.lowercased()]
            }
            return contact
        }
    }

    /// An address written against harvesters: "jgallo [at] iom.int", "jgallo(arroba)iom(punto)int".
    private static func unmasked(_ line: String) -> String {
        maskedDot.replacing(in: maskedAt.replacing(in: line, with: "@"), with: ".")
    }

    private static let maskedAt = TextPattern("\\s*[\\[(]\\s*(?:at|arroba)\\s*[\\])]\\s*", caseInsensitive: true)
    private static let maskedDot = TextPattern("\\s*[\\[(]\\s*(?:dot|punto)\\s*[\\])]\\s*", caseInsensitive: true)

    /// The name a line gives alone, an honorific before it dropped: "Lic. Jorge Gallo".
    private static func personName(_ line: String) -> String? {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
        let name = words.drop { PersonIndex.honorifics.contains(TextFolding.fold(String($0))) }.joined(separator: " ")
        return isNameLine(name) ? name : nil
    }

    /// "Vocero, Dirección General de Migración" is in the Dirección General de Migración.
    private static func withoutPost(_ line: String) -> String {
        let parts = line.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts[0].split(separator: " ").allSatisfy({ PersonIndex.isTitleWord(String($0)) }) else { return line }
        return parts[1]
    }

    /// The line cut before each further person it names: ", or Ana Ruiz at IOM Honduras".
    private static func alternatives(_ line: String) -> [String] {
        var parts: [String] = []
        var rest = line
        while let match = alternative.matchRanges(in: rest).first(where: { $0.groups[1].map(isNameLine) == true }) {
            parts.append(String(rest[..<match.range.lowerBound]))
            rest = String(rest[match.range.upperBound...])
        }
        return parts + [rest]
    }

    /// Two to four capitalized words and nothing else: "Jorge Peraza" (not "Facebook Twitter").
    private static func isNameLine(_ line: String) -> Bool {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
        guard (2...4).contains(words.count), words.allSatisfy(PersonIndex.isNameWord), !NavigationFilter.isFooter(line) else { return false }
        return CountryGazetteer.codes(in: line).isEmpty
    }

    /// The number as written, its extension kept ("+506 2212 5300 ext. 105"), without the
    /// punctuation around it; an opening parenthesis stays when it has its closing one.
    private static func number(_ text: String) -> String {
        var number = text.trimmingCharacters(in: CharacterSet(charactersIn: " .-/,"))
        if number.hasPrefix("("), !number.contains(")") { number.removeFirst() }
        // "+ 502 2414 7400" is "+502 2414 7400".
        if number.hasPrefix("+ ") { number.remove(at: number.index(after: number.startIndex)) }
        return number.trimmingCharacters(in: .whitespaces)
    }

    /// "Pedro Castillo (IOM Santo Domingo)", or a whole contact on one line: "Melissa Vega, OIM
    /// Guatemala, Tel. (502) 2414 7400 Ext. 113, mvega@iom.int".
    private static func nameAndOrganization(_ line: String) -> (name: String, organization: String?)? {
        if let match = nameWithOrganization.firstMatch(in: line), let name = match[1], isNameLine(name), let organization = match[2] {
            return (name, trimOrganization(organization))
        }
        // "Joel Millman at IOM HQ, Tel: ...": the organization after "at", the fields after a comma.
        if let match = namedAlone.firstMatch(in: line), let name = match[1], isNameLine(name), let organization = match[2],
           line.dropFirst(match[0]?.count ?? 0).trimmingCharacters(in: .whitespaces).hasPrefix(",") {
            return (name, trimOrganization(organization))
        }
        // The fields may be parted by commas or by full stops ("Ana Soto, IOM Guatemala. Tel: ...").
        let parts = line.split(separator: ",").flatMap { $0.components(separatedBy: ". ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 3 else { return nil }
        // "Jorge Gallo (IOM Guatemala), +502 2414 7410, jgallo@iom.int".
        if let match = nameWithOrganization.firstMatch(in: parts[0]), let name = match[1], isNameLine(name), let organization = match[2] {
            return (name, trimOrganization(organization))
        }
        guard isNameLine(parts[0]) else { return nil }
        return (parts[0], isOrganizationLine(parts[1]) ? parts[1] : nil)
    }

    /// "contact: Jorge Peraza, IOM San José, Tel: ...": the organization after the comma that ends
    /// the name (`rest` is what follows the name).
    private static func organization(following rest: String) -> String? {
        let following = rest.split(separator: ",", omittingEmptySubsequences: false).dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) }
        return following.flatMap { isOrganizationLine($0) ? $0 : nil }
    }

    /// "IOM Mexico", "International Organization for Migration", "OIM Guatemala".
    private static func isOrganizationLine(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (1...12).contains(words.count), email.firstMatch(in: line) == nil, phone.firstMatch(in: line) == nil else { return false }
        return words.contains { PersonIndex.isOrganizationWord(String($0)) }
            || words.contains { PersonIndex.institutionWords.contains(TextFolding.fold(String($0))) }
    }

    private static func trimOrganization(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:()"))
    }

    /// "In Guatemala City:", "En Ginebra:" before a person's name.
    private static let locationLead = TextPattern("^(?:In|At|From|En|Desde)\\s+\\p{Lu}[^:,]{1,40}:\\s+(?=\\p{Lu})")
    private static let bracketedEmail = TextPattern("\\s*\\(\\s*([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})\\s*\\)")
    /// "For more information:", "Más información:" before a person's name on the same line.
    private static let informationLead = TextPattern("^(?:for (?:more |further |additional )?information|more information|(?:para )?m[aá]s informaci[oó]n)\\s*:\\s+(?=\\p{Lu})", caseInsensitive: true)
    private static let opening = TextPattern("^(?:for (?:more |further |additional )?(?:information|details)|more information|para (?:mas |mayor |obtener mas )?informacion|mas informacion|media contacts?|press contacts?|contacts?\\s*:|contactos?\\s*:|contacto de prensa|e-?mail\\s*:|correo(?: electronico)?\\s*:|tel(?:ephone|efono)?\\.?\\s*:|phone\\s*:)")
    /// "... or contact:", "please contact", "contacte a:" closing a line; "lost contact" in a
    /// sentence does not open a contact block.
    private static let invitation = TextPattern("contact|comuniquese|escriba|please|favor|@|\\btel\\b|e-?mail|correo|visit|visite|consulte|\\+?\\d[\\d ]{6,}")
    private static let field = TextPattern("^(?:e-?mail|correo(?: electronico)?|tel(?:ephone|efono)?\\.?|phone|fax|mobile|movil|celular)\\s*:")
    private static let closingContact = TextPattern("(?:^|\\b(?:or|please|and|o|y|favor|,)\\s+)(?:contact|contactar a|contacte a|comuniquese con|escriba a)\\s*:?\\s*$")
    private static let introducedName = TextPattern("(?:contact|contacte a|contactar a|comuníquese con)\\s*:?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})(?:\\s+(?:at|of|in|de|en|del)\\s+(?:the\\s+|la\\s+)?([^,:;.]{2,60}))?")
    private static let alternative = TextPattern(",?\\s+(?:or|o|and|y)\\s+(?=(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})(?:\\s+(?:at|of|in|de|en|del)\\s|\\s*[,(]))")
    private static let namedAlone = TextPattern("^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})(?:\\s+(?:at|of|in|de|en|del)\\s+(?:the\\s+|la\\s+)?([^,:;.]{2,60}))?")
    private static let internationalNumber = TextPattern("(?<![\\w@.(])(\\(?\\+\\d{1,3}[\\d\\s().\\-/]{6,20}\\d(?:\\s*,?\\s*(?:ext|extension|extensión|anexo)\\.?\\s*\\d{1,6})?)", caseInsensitive: true)
    private static let secondaryPhone = TextPattern("^(?:mobile|mob|cell|movil|celular|cel|fax)\\b")
    private static let nameWithOrganization = TextPattern("^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})\\s*[,(–-]\\s*([^,;:@]{2,60}?)\\)?\\s*$")
    static let email = TextPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")
    private static let phone = TextPattern("(?:tel(?:ephone|efono|éfono)?|phone|mobile|mob|cell|m[oó]vil|celular|cel|fax)\\.?\\s*(?:\\([a-z]+\\))?\\s*[:.]?\\s*((?:\\(\\+)?\\+?\\s?[\\d(][\\d\\s().\\-/]{5,24}\\d(?:\\s*,?\\s*(?:ext|extension|extensión|ext\\.|anexo|x)\\.?\\s*\\d{1,6})?)", caseInsensitive: true)
    /// E-mail domains whose organization is known without the page naming it.
    private static let organizationDomains = ["iom.int": "IOM", "oim.int": "IOM", "unhcr.org": "UNHCR", "acnur.org": "UNHCR", "unicef.org": "UNICEF"]
}
