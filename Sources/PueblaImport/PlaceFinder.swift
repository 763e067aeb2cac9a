import Foundation
import PueblaKit

/// Where a release was written from or is about, as a careful reader tells it: a labelled
/// header ("Location:", "Lugar:") or the dateline first; failing those, the first place the
/// opening paragraph names ("in Guatemala City.", "in the resort town of Tela, Honduras", "en la
/// República Dominicana"). The most specific place wins: a city of the country the dateline or
/// header names replaces the country alone.
enum PlaceFinder {
    static func place(header: String?, dateline: Place?, paragraphs: [String]) -> Place? {
        let given = header.flatMap(place(named:)) ?? dateline
        let opening = paragraphs.prefix(1).flatMap(mentions)
        if let given {
            // A place of no known country ("Darien") yields to one the opening paragraph names.
            if given.country == nil { return opening.first ?? given }
            guard isCountryOnly(given) else { return given }
            return opening.first { !isCountryOnly($0) && $0.country == given.country } ?? given
        }
        if let first = opening.first {
            guard isCountryOnly(first) else { return first }
            // "Consuls posted in Costa Rica ... gathered in Managua, Nicaragua": a city the
            // paragraph names with its country, as a dateline would, is more specific than any
            // country it names ("IOM in Panama ... arrived in Tapachula" stays Panama).
            let paragraph = paragraphs.first ?? ""
            return opening.first { !isCountryOnly($0) && $0.country == first.country }
                ?? opening.first { !isCountryOnly($0) && isNamedWithCountry($0, in: paragraph) } ?? first
        }
        // The opening paragraph names no place: a city the second one names.
        return paragraphs.dropFirst().prefix(1).flatMap(mentions).first { !isCountryOnly($0) }
    }

    /// A place written out: "Managua, Nicaragua", "GUATEMALA CITY", "Tapachula", "Honduras".
    static func place(named text: String) -> Place? {
        let parts = text.split(separator: ",").map { titleCased($0.trimmingCharacters(in: .whitespaces)) }
            .filter { !$0.isEmpty && PageDate.parse($0) == nil && !$0.allSatisfy(\.isNumber) }
        guard let name = parts.first else { return nil }
        if let code = CityGazetteer.country(of: name) { return Place(name: name, country: parts.count >= 2 ? country(of: parts[parts.count - 1], besides: code) : code) }
        if parts.count >= 2, let code = countryCode(parts[parts.count - 1]) ?? CityGazetteer.province(parts[parts.count - 1]) {
            return Place(name: name, country: code)
        }
        let codes = CountryGazetteer.codes(in: name)
        return Place(name: name, country: codes.count == 1 ? codes[0] : nil)
    }

    /// The code when `text` is a country's name and nothing more.
    static func countryCode(_ text: String) -> String? {
        let codes = CountryGazetteer.codes(in: text)
        guard codes.count == 1, let entry = CountryGazetteer.entry(code: codes[0]),
              entry.names.contains(where: { GazetteerWord.split($0) == GazetteerWord.split(stripArticle(text)) }) else { return nil }
        return codes[0]
    }

    /// "GUATEMALA CITY" reads "Guatemala City"; "Tapachula" stays as it is.
    static func titleCased(_ text: String) -> String {
        guard text.count > 3, text == text.uppercased() else { return text }
        return text.lowercased().split(separator: " ").map { word in
            ["de", "del", "la", "las", "los", "of", "the"].contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// The places a paragraph names after "in", "en", "city of", "ciudad de", in order.
    private static func mentions(in paragraph: String) -> [Place] {
        var places: [Place] = []
        for match in introduced.allMatches(in: paragraph) {
            // A run ends before the full stop that ends its sentence ("in Guatemala City.").
            guard let run = match[1].map(withoutFullStop) else { continue }
            let following = match[2].map(withoutFullStop)
            if let place = place(in: run, followedBy: following) { places.append(place) }
        }
        return places
    }

    /// The place at the start of a run of capitalized words: the longest city of the table, a
    /// city named with its country ("Tela, Honduras"), or a country.
    private static func place(in run: String, followedBy following: String?) -> Place? {
        let words = run.split(separator: " ").map(String.init)
        for length in stride(from: words.count, through: 1, by: -1) {
            let name = words.prefix(length).joined(separator: " ")
            guard let code = CityGazetteer.country(of: name) else { continue }
            return Place(name: name, country: length == words.count ? following.map { country(of: $0, besides: code) } ?? code : code)
        }
        if let following, let code = CityGazetteer.usState(following) ?? countryCode(following), countryCode(run) == nil {
            return Place(name: run, country: code)
        }
        // "Liberia, Guanacaste": a province after the name says the name is its town's, even a
        // country's name (a list of countries names no province).
        if let following, let code = CityGazetteer.province(following) { return Place(name: run, country: code) }
        for length in stride(from: words.count, through: 1, by: -1) {
            let name = words.prefix(length).joined(separator: " ")
            if let code = countryCode(name) { return Place(name: stripArticle(name), country: code) }
        }
        return nil
    }

    /// "Managua, Nicaragua": the place is written with its country after a comma.
    private static func isNamedWithCountry(_ place: Place, in paragraph: String) -> Bool {
        guard let country = place.country, let range = paragraph.range(of: place.name + ", ") else { return false }
        let following = paragraph[range.upperBound...].prefix { !",.;:(".contains($0) }
        return (CityGazetteer.usState(String(following)) ?? countryCode(String(following))) == country
    }

    /// The country of a city the table knows, unless what is written after it names another:
    /// "San Jose, California" is not San José, Costa Rica.
    private static func country(of following: String, besides code: String) -> String {
        // "Atlanta, Georgia": the state before the country of the same name.
        CityGazetteer.usState(following) ?? countryCode(following) ?? code
    }

    /// "City." reads "City"; "D.C." keeps its points.
    private static func withoutFullStop(_ text: String) -> String {
        guard text.hasSuffix("."), let last = text.split(separator: " ").last, last.filter(\.isLetter).count > 2 else { return text }
        return String(text.dropLast())
    }

    private static func isCountryOnly(_ place: Place) -> Bool {
        place.country != nil && countryCode(place.name) == place.country
    }

    private static func stripArticle(_ name: String) -> String {
        for article in ["the ", "The ", "la ", "La ", "el ", "El "] where name.hasPrefix(article) {
            let rest = String(name.dropFirst(article.count))
            // "El Salvador" keeps its article.
            return countryCode(rest) != nil || CityGazetteer.country(of: rest) != nil ? rest : name
        }
        return name
    }

    private static let name = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de\\s+(?:la\\s+|los\\s+|las\\s+)?|del\\s+|of\\s+)?\\p{Lu}[\\p{L}'’.-]+){0,4}"
    /// "in Guatemala City", "en la República Dominicana", "the resort town of Tela, Honduras",
    /// "la ciudad de Flores, Petén", "la ciudad fronteriza de Tecún Umán": the run of capitalized
    /// words, and what follows a comma.
    private static let introduced = TextPattern(
        "(?:\\b(?i:in|en|at)\\s+(?:(?i:the|la|el)\\s+)?|\\b(?i:city|town|port|village|municipality|post|crossing|ciudad|pueblo|puerto|municipio|localidad|comunidad|villa|puesto|paso|aduana)\\s+(?:\\p{Ll}+\\s+)?(?i:of|de)\\s+)"
        + "(\(name))(?:,\\s+(\(name)))?")
}
