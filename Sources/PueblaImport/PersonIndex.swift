import Foundation
import PueblaKit

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
    /// Full names given without a role, for surnames used later.
    private var mentioned: [Person] = []

    /// Registers every "Ambassador Laura Thompson" and "Jorge Peraza, Coordinator of ..." in `text`.
    mutating func collect(from text: String) {
        for match in PersonIndex.nameRun.matchRanges(in: text) {
            let words = match.range.isEmpty ? [] : text[match.range].split(separator: " ").map(String.init)
            var (leading, nameWords) = PersonIndex.splitTitles(words)
            // "Vice Minister of Foreign Affairs María Auxiliadora Zelaya": the run started inside
            // the post; the name is its last words, the rest is said before it.
            var lead = ""
            if !nameWords.allSatisfy(PersonIndex.isNameWord) {
                let name = PersonIndex.trailingName(nameWords)
                lead = " " + (leading + nameWords.dropLast(name.count)).joined(separator: " ")
                (leading, nameWords) = ([], name)
            }
            guard nameWords.count >= 2, nameWords.allSatisfy(PersonIndex.isNameWord),
                  CountryGazetteer.codes(in: nameWords.joined(separator: " ")).isEmpty else { continue }
            let before = String(text[..<match.range.lowerBound]) + lead
            let after = String(text[match.range.upperBound...])
            let roleAfter = PersonIndex.appositiveRole(after)
            let roleBefore = PersonIndex.roleBefore(before, titles: leading)
            guard roleAfter != nil || roleBefore != nil || !leading.isEmpty else {
                // Named without a post ("chaired by Chad Whitaker, a medical officer"): kept only
                // so that a later "Dr. Whitaker" finds the full name.
                if nameWords.count <= 4, !mentioned.contains(where: { $0.name == nameWords.joined(separator: " ") }) {
                    mentioned.append(Person(name: nameWords.joined(separator: " ")))
                }
                continue
            }
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
    /// RCM Technical Secretariat", "Costa Rica's Vice Minister of the Interior, Mariela Solís",
    /// "el cónsul salvadoreño Julio Erazo", "Peraza", "DG Swing", "the Director General", or a
    /// group that speaks as one ("the Vice Ministers").
    mutating func resolve(_ phrase: String) -> Person? {
        // "van der Berg": a surname with its particles, of someone named in full before.
        let bare = phrase.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        if bare.first?.isLowercase == true, let known = (people + mentioned).first(where: { $0.name.hasSuffix(" " + bare) }) { return known }
        let segments = phrase.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // A segment that ends in a full name, after titles or descriptions.
        for (index, segment) in segments.enumerated() {
            let words = segment.split(separator: " ").map(String.init)
            let run = PersonIndex.trailingName(words)
            let titles = Array(words[..<(words.count - run.count)])
            // "Vice Minister for Salvadorans Abroad": words after a preposition name a thing;
            // "Migración y Extranjería de Costa Rica" names a country, not a person.
            guard !run.isEmpty, !(titles.last.map { PersonIndex.prepositions.contains($0.lowercased()) } ?? false),
                  CountryGazetteer.codes(in: run.joined(separator: " ")).isEmpty else { continue }
            var role = PersonIndex.role(from: titles)
            // "el doctor Mauricio Chacón, viceministro de Salud": the post is after the name.
            let honorificOnly = role?.role?.split(separator: " ").allSatisfy { PersonIndex.honorifics.contains(TextFolding.fold(String($0))) } ?? true
            if honorificOnly {
                if index > 0 {
                    role = PersonIndex.role(from: segments[..<index].joined(separator: ", ").split(separator: " ").map(String.init)) ?? role
                } else if index + 1 < segments.count {
                    role = PersonIndex.appositiveRole(", " + segments[(index + 1)...].joined(separator: ", ")) ?? role
                }
            }
            return named(Person(name: run.joined(separator: " "), role: role?.role, organization: role?.organization))
        }
        // A full name inside a longer segment: "Inspector Karla Murillo of the National Police".
        for segment in segments {
            let words = segment.split(separator: " ").map(String.init)
            let (titles, rest) = PersonIndex.splitTitles(Array(words.drop { PersonIndex.articles.contains($0.lowercased()) }))
            let run = Array(rest.prefix { PersonIndex.isNameWord($0) && !PersonIndex.connectorWords.contains($0) })
            guard run.count >= 2 else { continue }
            let role = PersonIndex.role(from: titles)
            return named(Person(name: run.joined(separator: " "), role: role?.role, organization: role?.organization))
        }
        for segment in segments {
            if let person = resolveShort(segment) { return person }
        }
        return nil
    }

    /// A surname, a post or a group: "Ambassador Thompson", "DG Swing", "the Director General",
    /// "the Vice Ministers".
    private func resolveShort(_ segment: String) -> Person? {
        var words = Array(segment.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".;:")) }
            .filter { !$0.isEmpty }.drop { PersonIndex.articles.contains($0.lowercased()) })
        // "la Viceministra durante la ceremonia": what follows the post in lower case says when or
        // where, not who.
        let lowerCaseEnd = words.indices.first { words[$0].first?.isLowercase == true && !PersonIndex.isTitleWord(words[$0]) }
        if let end = lowerCaseEnd {
            words.removeSubrange(end...)
            while let last = words.last, PersonIndex.connectors.contains(last) { words.removeLast() }
        }
        let (leading, nameWords) = PersonIndex.splitTitles(words)
        // "IOM said in a statement", "indicó la OIM": the organization speaks as one.
        if nameWords.isEmpty, leading.count == 1, let acronym = leading.first, PersonIndex.isOrganizationWord(acronym), !acronym.contains("'"),
           !acronym.contains("’") {
            return Person(name: acronym, organization: acronym)
        }
        if !nameWords.isEmpty, nameWords.allSatisfy(PersonIndex.isGroupWord) {
            let name = words.joined(separator: " ")
            return Person(name: name.prefix(1).uppercased() + name.dropFirst())
        }
        if nameWords.count == 1, let surname = nameWords.first, PersonIndex.isNameWord(surname) {
            // "Sánchez" is Laura Sánchez Ruiz: a Spanish name's first surname names her too.
            let known = (people + mentioned).first { $0.surname == surname } ?? (people + mentioned).first { $0.name.split(separator: " ").dropFirst().contains { $0 == surname } }
            if let known { return known }
            // "Participating countries stated that": an unknown capitalized word alone before words
            // in lower case opens a sentence; it is no one's surname.
            if leading.isEmpty, lowerCaseEnd == 1 { return nil }
            let role = PersonIndex.role(from: leading)
            return Person(name: surname, role: role?.role, organization: role?.organization)
        }
        // "la Viceministra de Relaciones Exteriores": a post whose words are no one's name.
        let post = nameWords.contains(where: PersonIndex.isNameWord) ? nil : PersonIndex.role(from: words)
        guard nameWords.isEmpty || post != nil, let wanted = (post ?? PersonIndex.role(from: leading))?.role.map(PersonIndex.canonicalRole) else { return nil }
        // "the Director General" is the Director General (of Migration) before a Deputy one.
        let roles = people.map { $0.role.map(PersonIndex.canonicalRole) ?? "" }
        let holder = roles.lastIndex { $0 == wanted || $0.hasPrefix(wanted + " ") } ?? roles.lastIndex { $0.contains(wanted) }
        // "el representante de la OIM": no one holds that post by name, but someone of the OIM speaks.
        let organization = (post ?? PersonIndex.role(from: leading))?.organization.map(TextFolding.fold)
        return holder.map { people[$0] } ?? organization.flatMap { organization in
            people.last { $0.organization.map(TextFolding.fold) == organization }
        }
    }

    /// Registers a person found in an attribution and returns them as known, with what was known
    /// of them before.
    private mutating func named(_ person: Person) -> Person? {
        // "Ortiz Zamora" after "Rafael Ortiz Zamora": the surnames of someone named in full.
        if let known = (people + mentioned).first(where: { $0.name.hasSuffix(" " + person.name) }) { return known }
        add(person)
        return people.first { $0.name == person.name }
    }

    /// The name words that end `words`: "el cónsul salvadoreño Julio Erazo" ends in "Julio Erazo".
    private static func trailingName(_ words: [String]) -> [String] {
        var run = Array(words.reversed().prefix(while: isNameWord).reversed())
        while let first = run.first, connectorWords.contains(first) { run.removeFirst() }
        return run.filter { !connectorWords.contains($0) }.count >= 2 ? run : []
    }

    /// A plural post or body: "Ministers", "viceministros", "delegates".
    static func isGroupWord(_ word: String) -> Bool {
        let key = TextFolding.fold(word)
        if groupWords.contains(key) { return true }
        guard key.hasSuffix("s") else { return false }
        let singular = key.hasSuffix("es") && roleWords.contains(String(key.dropLast(2))) ? String(key.dropLast(2)) : String(key.dropLast())
        return roleWords.contains(singular) && !["general", "regional", "nacional", "national"].contains(singular)
    }

    // MARK: - Names, titles and roles

    /// Two to six capitalized words in a row (with "de", "van" and the like between).
    private static let nameRun = TextPattern("(?<![\\p{L}'’])(?:\\p{Lu}[\\p{Ll}'’.-]*\\p{L}?\\.?\\s+(?:(?:de|del|de la|de las|de los|van|van der|van den|von|da|dos|di)\\s+)?){1,5}\\p{Lu}[\\p{Ll}'’-]+(?![\\p{L}])")

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
        guard let first = word.first, first.isUppercase || connectorWords.contains(word) else { return false }
        // "de los" inside "María de los Ángeles Fernández".
        if connectorWords.contains(word) { return true }
        let key = TextFolding.fold(word)
        if notNames.contains(key) || roleWords.contains(key) || honorifics.contains(key) { return false }
        if word.count > 1 && word.allSatisfy({ $0.isUppercase }) { return false }
        // "IOM's Field", "Mexico's delegate": a possessive is who the person belongs to.
        if word.hasSuffix("'s") || word.hasSuffix("’s") { return false }
        return CountryGazetteer.isGivenName(word) || CountryGazetteer.codes(in: word).isEmpty
    }

    /// The role words before a name, without honorifics: ["IOM's", "Deputy", "Director", "General",
    /// "Ambassador"] gives "Deputy Director General" of IOM.
    static func role(from titles: [String]) -> (role: String?, organization: String?)? {
        // Commas inside stay ("for Central America, North America and the Caribbean"); words are
        // compared without them.
        let bare = { (word: String) in word.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
        let acronym = { (word: String) in bare(word).replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "’s", with: "") }
        var words = Array(titles.drop { bare($0).isEmpty })
        var organization: String?
        if let first = words.first, isOrganizationWord(bare(first)) {
            organization = acronym(first)
            words.removeFirst()
        }
        // What comes before the post is not part of it: "Addressing the Conference IOM's
        // Director General" is IOM's Director General; "Costa Rica's Vice Minister" a Vice Minister.
        if let start = words.firstIndex(where: { isOrganizationWord(bare($0)) || isRoleStart($0) }), start > 0 {
            words.removeFirst(start)
            if organization == nil, let first = words.first, isOrganizationWord(bare(first)) {
                organization = acronym(first)
                words.removeFirst()
            }
        }
        while let first = words.first.map(bare), articles.contains(first.lowercased()) || connectors.contains(first.lowercased()) { words.removeFirst() }
        guard organization != nil || words.contains(where: isRoleStart) else { return nil }
        let withoutHonorifics = words.filter { !honorifics.contains(TextFolding.fold(bare($0))) }
        let kept = withoutHonorifics.contains { roleWords.contains(TextFolding.fold(bare($0))) } ? withoutHonorifics : words
        guard !kept.isEmpty || organization != nil else { return nil }
        let role = kept.isEmpty ? nil : expand(bare(kept.joined(separator: " ")))
        if organization == nil, let tail = role.flatMap(organizationAfterOf) { organization = tail }
        return (role, organization)
    }

    /// The role in the words just before a name: "IOM's Deputy Director General, Ambassador".
    private static func roleBefore(_ text: String, titles: [String]) -> (role: String?, organization: String?)? {
        var words: [String] = []
        for word in text.split(separator: " ").reversed().prefix(10) {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ","))
            // Spanish writes the post in lower case: "la directora de la Secretaría Nacional de Niñez,".
            guard bare.first?.isUppercase == true || connectors.contains(bare.lowercased()) || roleWords.contains(TextFolding.fold(bare)) else { break }
            if word.hasSuffix(".") && !honorifics.contains(TextFolding.fold(String(word))) { break }
            // "Delbert Field, and the Vice Minister, Ana Morales": the list's last item starts the post.
            if word.hasSuffix(","), let next = words.first, ["and", "y"].contains(next.lowercased()) { break }
            words.insert(String(word), at: 0)
        }
        while let first = words.first, connectors.contains(first.lowercased()) { words.removeFirst() }
        let all = words + titles
        guard all.contains(where: { roleWords.contains(TextFolding.fold($0.trimmingCharacters(in: CharacterSet(charactersIn: ",")))) || honorifics.contains(TextFolding.fold($0)) }) else {
            return titles.isEmpty ? postInLowerCase(text) : nil
        }
        return role(from: all)
    }

    /// "El jefe de misión de la OIM en Honduras, Mario Chávez": a post with lower-case words that
    /// are not posts' words, from its first post's word to the comma before the name, within the
    /// clause (not across "and", "with" or another comma).
    private static func postInLowerCase(_ text: String) -> (role: String?, organization: String?)? {
        var words: [String] = []
        for word in text.split(separator: " ").reversed().prefix(8) {
            if !words.isEmpty, word.hasSuffix(",") || word.hasSuffix(".") || word.hasSuffix(";") || word.hasSuffix(":") { break }
            if ["and", "y", "with", "con", "que", "that"].contains(word.lowercased()) { break }
            words.insert(String(word), at: 0)
        }
        guard words.last?.hasSuffix(",") == true, let start = words.firstIndex(where: isRoleStart) else { return nil }
        return role(from: Array(words[start...]))
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
            if institutionWords.contains(TextFolding.fold(first)) { return tail }
            // "OIM para Centroamérica" is the OIM; "RCM Technical Secretariat" a body of the RCM.
            if isOrganizationWord(first) {
                let name = words.prefix { !["for", "para", "in", "en", "at"].contains($0.lowercased()) }
                return name.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ","))
            }
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

    /// A word a post's name starts with: "Director", "Vice", "Ambassador".
    private static func isRoleStart(_ word: String) -> Bool {
        let key = TextFolding.fold(word.trimmingCharacters(in: CharacterSet(charactersIn: ",")))
        return roleWords.contains(key) || honorifics.contains(key)
    }

    /// Spanish writes a post in lower case ("viceministro de Salud"): its first word must be a
    /// post's word, whatever its case.
    private static let appositive = TextPattern("^,\\s+((?:the |el |la |its |su )?[\\p{L}][^,;:.!?\"“”«»]{1,120}?)(?=\\s*(?:[,;:.!?\"“”«»]|\\s(?:said|says|added|adds|told|explained|explains|stated|states|noted|notes|dijo|afirmó|señaló|explicó|agregó|añadió|indicó|declaró)\\b|$))")
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
    private static let prepositions: Set<String> = ["for", "of", "in", "on", "at", "to", "from", "with", "de", "del", "para", "en", "sobre", "con", "a", "al", "por"]
    /// The small words inside a name: "María de la Luz", "Ludovic van Damme".
    static let connectorWords: Set<String> = ["de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "dos", "di"]
    /// Bodies that speak as one in a release.
    private static let groupWords: Set<String> = [
        "participants", "participantes", "officials", "funcionarios", "funcionarias", "delegates", "delegations",
        "delegaciones", "governments", "gobiernos", "authorities", "autoridades", "experts", "expertos", "expertas",
        "organizers", "organizadores", "members", "miembros",
    ]
    private static let connectors: Set<String> = ["of", "the", "for", "on", "de", "la", "del", "para", "sobre", "y", "and", "in", "en"]
    static let honorifics: Set<String> = [
        "ambassador", "embajador", "embajadora", "dr", "dr.", "dra", "dra.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.",
        "sr", "sr.", "sra", "sra.", "srta.", "lic.", "licenciado", "licenciada", "don", "dona", "prof.", "professor",
        "doctor", "doctora", "ing.", "ingeniero", "ingeniera", "mons.", "monsenor", "rev.", "reverend",
        "h.e.", "hon.", "excellency", "his", "her", "amb", "amb.", "lic", "licda", "licda.", "ing", "arq", "arq.",
        "msc", "msc.", "excmo", "excmo.", "excma", "excma.", "gral", "gral.", "sor", "fray",
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
        "inspector", "inspectora", "captain", "capitan", "commander", "comandante", "judge", "juez", "jueza",
        "magistrate", "magistrado", "magistrada", "bishop", "obispo", "father", "padre", "sister", "hermana",
        "diputado", "diputada", "congressman", "congresswoman", "attorney", "fiscal", "procurador", "procuradora",
        "ombudsman", "rapporteur", "relator", "relatora", "focal", "point", "assistant", "asistente", "analyst",
        "analista", "researcher", "investigador", "investigadora", "superintendent", "intendente", "prefect",
        "canciller", "vicecanciller", "titular", "gerente", "encargado", "encargada", "responsable", "vicepresident",
        "vice-president", "vicepresidente", "vicepresidenta", "administrator", "administrador", "administradora",
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
        // "Abril" and "Julio" are also first names; Spanish writes its months in lower case.
        "november", "december", "enero", "febrero", "marzo", "mayo", "junio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre", "puebla", "family", "familia", "mission", "mision",
        "affairs", "asuntos", "relaciones", "exteriores", "foreign", "interior", "gobernacion", "poblacion",
        "seguridad", "security", "salud", "health", "trabajo", "labour", "labor", "justicia", "justice", "police",
        "policia", "public", "publico", "publica", "servicio", "service", "services", "human", "humanos", "derechos",
        "rights", "development", "desarrollo", "social", "state", "estado", "department", "departamento", "institute",
        "instituto", "council", "consejo", "network", "red", "unit", "unidad", "programme", "programa", "project",
        "proyecto", "fund", "fondo", "centre", "center", "centro", "university", "universidad", "agency", "agencia",
        "bureau", "commission", "comision", "committee", "comite", "working", "group", "grupo", "plan", "action",
        "accion", "guidelines", "lineamientos", "declaration", "declaracion", "day", "dia", "week", "semana",
    ]
}
