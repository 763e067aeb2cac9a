import Foundation

/// A person a release names, as first introduced: full name, role and organization.
struct Person: Equatable {
    var name: String
    var role: String?
    var organization: String?

    var surname: String { String(name.split(separator: " ").last ?? "") }
}

/// The people a release names, in order, so that a later "adds Peraza" or "said DG Swing" finds
/// the full name and role given the first time.
struct PersonIndex {
    private(set) var people: [Person] = []

    /// Registers every "Ambassador Laura Thompson" and "Jorge Peraza, Coordinator of ..." in `text`.
    mutating func collect(from text: String) {
        for match in PersonIndex.nameRun.matchRanges(in: text) {
            let words = match.range.isEmpty ? [] : text[match.range].split(separator: " ").map(String.init)
            let (leading, nameWords) = PersonIndex.splitTitles(words)
            guard nameWords.count >= 2, nameWords.allSatisfy(PersonIndex.isNameWord),
                  CountryGazetteer.codes(in: nameWords.joined(separator: " ")).isEmpty else { continue }
            let before = String(text[..<match.range.lowerBound])
            let after = String(text[match.range.upperBound...])
            let roleAfter = PersonIndex.appositiveRole(after)
            let roleBefore = PersonIndex.roleBefore(before, titles: leading)
            guard roleAfter != nil || roleBefore != nil || !leading.isEmpty else { continue }
            // "Jorge Peraza, Coordinator of ..." describes the post better than a title before the name.
            let role = roleAfter ?? roleBefore
            add(Person(name: nameWords.joined(separator: " "), role: role?.role, organization: role?.organization))
        }
    }

    mutating func add(_ person: Person) {
        if let index = people.firstIndex(where: { $0.name == person.name }) {
            if people[index].role == nil { people[index].role = person.role }
            if people[index].organization == nil { people[index].organization = person.organization }
        } else if let index = people.firstIndex(where: { $0.name.count < person.name.count && person.name.hasSuffix(" " + $0.name) }) {
            people[index].name = person.name
        } else {
            people.append(person)
        }
    }

    /// Who an attribution phrase names: "Ambassador Thompson", "Jorge Peraza, Coordinator of the
    /// RCM Technical Secretariat", "Peraza", "DG Swing", "the Director General".
    mutating func resolve(_ phrase: String) -> Person? {
        var head = phrase.trimmingCharacters(in: .whitespaces)
        var appositive: String?
        if let comma = head.firstIndex(of: ",") {
            appositive = String(head[head.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
            head = String(head[..<comma])
        }
        var words = head.split(separator: " ").map(String.init)
        if let first = words.first, PersonIndex.articles.contains(first.lowercased()) { words.removeFirst() }
        var (leading, nameWords) = PersonIndex.splitTitles(words)
        var role = PersonIndex.role(from: leading)
        // Spanish puts the role first: "el Director General de la OIM, William Lacy Swing".
        if let appositive, nameWords.isEmpty {
            let appositiveWords = appositive.split(separator: " ").map(String.init)
            if appositiveWords.count >= 2, appositiveWords.count <= 4, appositiveWords.allSatisfy(PersonIndex.isNameWord) {
                nameWords = appositiveWords
                role = PersonIndex.role(from: words)
            }
        } else if let appositive, let described = PersonIndex.appositiveRole(", " + appositive) {
            role = described
        }
        guard nameWords.allSatisfy(PersonIndex.isNameWord) else { return nil }
        if nameWords.count >= 2 {
            let person = Person(name: nameWords.joined(separator: " "), role: role?.role, organization: role?.organization)
            add(person)
            return people.first { $0.name == person.name }
        }
        if let surname = nameWords.first {
            if let known = people.first(where: { $0.surname == surname }) { return known }
            return Person(name: surname, role: role?.role, organization: role?.organization)
        }
        guard let wanted = role?.role.map(PersonIndex.canonicalRole) else { return nil }
        return people.last { $0.role.map(PersonIndex.canonicalRole)?.hasSuffix(wanted) == true }
    }

    // MARK: - Names, titles and roles

    /// Two to six capitalized words in a row (with "de", "van" and the like between).
    private static let nameRun = TextPattern("(?<![\\p{L}'’])(?:\\p{Lu}[\\p{Ll}'’.-]*\\p{L}?\\.?\\s+(?:(?:de|del|de la|van|von|da|dos)\\s+)?){1,5}\\p{Lu}[\\p{Ll}'’-]+(?![\\p{L}])")

    /// Splits "Deputy Director General Ambassador Laura Thompson" into its titles and the name.
    static func splitTitles(_ words: [String]) -> (titles: [String], name: [String]) {
        var index = 0
        while index < words.count, isTitleWord(words[index]) || isOrganizationWord(words[index]) { index += 1 }
        return (Array(words[..<index]), Array(words[index...]))
    }

    static func isTitleWord(_ word: String) -> Bool {
        let key = TextFolding.fold(word.trimmingCharacters(in: CharacterSet(charactersIn: ",")))
        return roleWords.contains(key) || honorifics.contains(key) || connectors.contains(key)
    }

    static func isOrganizationWord(_ word: String) -> Bool {
        let bare = word.replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "’s", with: "")
        return bare.count >= 2 && bare.count <= 7 && bare.allSatisfy { $0.isUppercase }
    }

    /// A word that can be part of a person's name: capitalized, not a title, a country or an
    /// institution's word.
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase || ["de", "del", "la", "van", "von", "da", "dos"].contains(word) else { return false }
        let key = TextFolding.fold(word)
        if notNames.contains(key) || roleWords.contains(key) || honorifics.contains(key) { return false }
        if word.count > 1 && word.allSatisfy({ $0.isUppercase }) { return false }
        return CountryGazetteer.codes(in: word).isEmpty
    }

    /// The role words before a name, without honorifics: ["IOM's", "Deputy", "Director", "General",
    /// "Ambassador"] gives "Deputy Director General" of IOM.
    static func role(from titles: [String]) -> (role: String?, organization: String?)? {
        var words = titles.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
        var organization: String?
        if let first = words.first, isOrganizationWord(first) {
            organization = first.replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "’s", with: "")
            words.removeFirst()
        }
        while let first = words.first, articles.contains(first.lowercased()) { words.removeFirst() }
        let withoutHonorifics = words.filter { !honorifics.contains(TextFolding.fold($0)) }
        let kept = withoutHonorifics.contains { roleWords.contains(TextFolding.fold($0)) } ? withoutHonorifics : words
        guard !kept.isEmpty || organization != nil else { return nil }
        let role = kept.isEmpty ? nil : expand(kept.joined(separator: " "))
        if organization == nil, let tail = role.flatMap(organizationAfterOf) { organization = tail }
        return (role, organization)
    }

    /// The role in the words just before a name: "IOM's Deputy Director General, Ambassador".
    private static func roleBefore(_ text: String, titles: [String]) -> (role: String?, organization: String?)? {
        var words: [String] = []
        for word in text.split(separator: " ").reversed().prefix(10) {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ","))
            guard bare.first?.isUppercase == true || connectors.contains(bare.lowercased()) else { break }
            if word.hasSuffix(".") && !honorifics.contains(TextFolding.fold(String(word))) { break }
            words.insert(String(word), at: 0)
        }
        while let first = words.first, connectors.contains(first.lowercased()) { words.removeFirst() }
        let all = words + titles
        guard all.contains(where: { roleWords.contains(TextFolding.fold($0.trimmingCharacters(in: CharacterSet(charactersIn: ",")))) || honorifics.contains(TextFolding.fold($0)) }) else { return nil }
        return role(from: all)
    }

    /// ", Coordinator of the RCM Technical Secretariat" after a name: the role, up to the clause's end.
    static func appositiveRole(_ text: String) -> (role: String?, organization: String?)? {
        guard let match = appositive.firstMatch(in: text), var role = match[1] else { return nil }
        role = role.trimmingCharacters(in: .whitespaces)
        let words = role.split(separator: " ").map(String.init)
        var index = 0
        while index < words.count, articles.contains(words[index].lowercased()) { index += 1 }
        guard index < words.count else { return nil }
        var organization: String?
        var start = index
        if isOrganizationWord(words[index]) {
            organization = words[index].replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "’s", with: "")
            start += 1
        }
        guard start < words.count else { return nil }
        let firstRoleWord = words[start]
        guard roleWords.contains(TextFolding.fold(firstRoleWord)) || honorifics.contains(TextFolding.fold(firstRoleWord)) else { return nil }
        role = words[start...].joined(separator: " ")
        return (role, organization ?? organizationAfterOf(role))
    }

    /// "Coordinator of the RCM Technical Secretariat" is in the RCM Technical Secretariat; "Head of
    /// the Unit of the Ministry of Labour of Costa Rica" in the Ministry of Labour of Costa Rica: the
    /// last "of ..." that starts with an acronym or a word naming an institution.
    private static func organizationAfterOf(_ role: String) -> String? {
        for match in ofOrganization.matchRanges(in: role).reversed() {
            let tail = String(role[match.range.upperBound...])
            let words = tail.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            if isOrganizationWord(first) || institutionWords.contains(TextFolding.fold(first)) { return tail }
        }
        return nil
    }

    private static func expand(_ role: String) -> String {
        switch role {
        case "DG": return "Director General"
        case "DDG": return "Deputy Director General"
        default: return role
        }
    }

    static func canonicalRole(_ role: String) -> String { TextFolding.fold(expand(role)) }

    private static let appositive = TextPattern("^,\\s+((?:the |el |la |its |su )?[\\p{Lu}][^,;:.!?\"“”«»]{1,120}?)(?=\\s*(?:[,;:.!?\"“”«»]|\\s(?:said|says|added|adds|told|explained|explains|stated|states|noted|notes|dijo|afirmó|señaló|explicó|agregó|añadió|indicó|declaró)\\b|$))")
    private static let ofOrganization = TextPattern("\\b(?:of|at|for|de|del)\\s+(?:(?:the|la|los|el)\\s+)?(?=\\p{Lu})")
    static let institutionWords: Set<String> = [
        "ministry", "ministerio", "secretariat", "secretaria", "office", "oficina", "institute", "instituto",
        "organization", "organisation", "organizacion", "unit", "unidad", "department", "departamento", "agency",
        "agencia", "council", "consejo", "commission", "comision", "directorate", "direccion", "programme", "program",
        "programa", "embassy", "embajada", "consulate", "consulado", "bureau", "government", "gobierno", "network",
        "red", "centre", "center", "centro", "foundation", "fundacion", "university", "universidad", "mission",
        "mision", "service", "servicio", "conference", "conferencia", "national", "nacional",
    ]

    static let articles: Set<String> = ["the", "el", "la", "los", "las", "its", "su"]
    private static let connectors: Set<String> = ["of", "the", "for", "on", "de", "la", "del", "para", "sobre", "y", "and", "in", "en"]
    static let honorifics: Set<String> = [
        "ambassador", "embajador", "embajadora", "dr", "dr.", "dra", "dra.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.",
        "sr", "sr.", "sra", "sra.", "srta.", "lic.", "licenciado", "licenciada", "don", "dona", "prof.", "professor",
        "h.e.", "hon.", "excellency", "his", "her",
    ]
    static let roleWords: Set<String> = [
        "director", "directora", "general", "deputy", "coordinator", "coordinador", "coordinadora", "minister",
        "ministro", "ministra", "vice", "viceminister", "vice-minister", "viceministro", "viceministra", "secretary",
        "secretario", "secretaria", "president", "presidente", "presidenta", "chief", "jefe", "jefa", "head",
        "representative", "representante", "officer", "oficial", "spokesperson", "spokesman", "spokeswoman",
        "portavoz", "vocero", "vocera", "chair", "chairman", "chairwoman", "chairperson", "commissioner",
        "comisionado", "comisionada", "undersecretary", "under-secretary", "subsecretario", "subsecretaria",
        "consul", "manager", "advisor", "adviser", "asesor", "asesora", "specialist", "especialista", "governor",
        "gobernador", "gobernadora", "mayor", "alcalde", "alcaldesa", "senator", "senador", "senadora", "dg", "ddg",
        "envoy", "delegate", "delegado", "delegada", "regional", "executive", "ejecutivo", "ejecutiva", "senior",
        "principal", "program", "programme", "project", "technical", "tecnico", "tecnica", "national", "nacional",
    ]
    private static let notNames: Set<String> = [
        "the", "this", "that", "these", "those", "at", "in", "on", "for", "from", "with", "according", "since", "but",
        "and", "or", "as", "after", "before", "during", "while", "when", "if", "it", "its", "we", "our", "they",
        "he", "she", "his", "her", "el", "la", "los", "las", "en", "con", "segun", "desde", "pero", "y", "o",
        "conference", "conferencia", "migration", "migracion", "regional", "process", "proceso", "organization",
        "organizacion", "meeting", "reunion", "secretariat", "secretaria", "republic", "republica", "city",
        "ciudad", "office", "oficina", "ministry", "ministerio", "government", "gobierno", "united", "nations",
        "naciones", "unidas", "international", "internacional", "annual", "anual", "technical", "tecnica",
        "presidency", "presidencia", "pro", "tempore", "agenda", "national", "nacional", "central", "america",
        "american", "americans", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre", "puebla", "family", "familia", "mission", "mision",
    ]
}
