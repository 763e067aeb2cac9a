import PueblaKit

/// The labelled fields some pages put above the article, each value on the label's line or on
/// the next one: "Date Publish:", "Speaker:", "Location:" and their Spanish forms ("Fecha de
/// publicación:", "Orador:", "Lugar:"). A speech page gives all three. Other labelled fields
/// ("Region:", "Themes:") are read past.
struct LabelledHeaders: Equatable {
    enum Field: Equatable {
        case date, speaker, location
        /// "Lugar y fecha: Tegucigalpa, 28 de mayo de 2010": both in one value.
        case placeAndDate
        /// A field that says nothing the release keeps: "Region:", "Themes:", "Tipo:".
        case other
    }

    var date: String?
    var speaker: String?
    var location: String?

    /// The field `line` labels, with its value when it is on the same line.
    static func label(of line: String) -> (field: Field, value: String?)? {
        if PageDate.isDateLabel(line) { return (.date, nil) }
        if PageDate.isLabelledDate(line) { return (.date, line) }
        if line.count <= 200, let match = placeAndDateLabel.firstMatch(in: line) {
            let value = match[1]?.trimmingCharacters(in: .whitespaces)
            return (.placeAndDate, value?.isEmpty == false ? value : nil)
        }
        guard line.count <= 200, let match = labelled.firstMatch(in: line), let name = match[1] else { return nil }
        let key = TextFolding.fold(name)
        let field: Field = locationLabels.contains(key) ? .location : otherLabels.contains(key) ? .other : .speaker
        let value = match[2]?.trimmingCharacters(in: .whitespaces)
        return (field, value?.isEmpty == false ? value : nil)
    }

    /// Keeps the first value given for each field; a date must read as one.
    mutating func set(_ field: Field, to value: String) -> Bool {
        switch field {
        case .date:
            guard PageDate.parse(value) != nil else { return false }
            date = date ?? value
        case .speaker: speaker = speaker ?? value
        case .location: location = location ?? value
        case .placeAndDate:
            if PageDate.parse(value) != nil { date = date ?? value }
            location = location ?? value
        // Its value is a few words; a longer line after the label is the article's.
        case .other: return value.split(separator: " ").count <= 6 && !value.hasSuffix(".")
        }
        return true
    }

    private static let placeAndDateLabel = TextPattern(
        "^(?i:lugar y fecha|fecha y lugar|place and date|date and place|date and venue|venue and date)\\s*:\\s*(.*)$")
    private static let locationLabels: Set<String> = ["location", "place", "venue", "lugar", "sede", "ubicacion"]
    private static let otherLabels: Set<String> = [
        "region", "regions", "regiones", "country", "countries", "pais", "paises", "theme", "themes", "topic", "topics", "tema", "temas",
        "tags", "etiquetas", "category", "categories", "categoria", "categorias", "event", "evento", "type", "tipo",
        "language", "idioma",
    ]
    /// `Speaker:` alone, or `Location: Managua, Nicaragua`; the colon is what makes it a label.
    private static let labelled = TextPattern(
        "^((?i:speakers?|delivered by|statement by|location|place|venue|orador[a]?|ponente|expositor[a]?|discurso de|intervenci[oó]n de|pronunciado por|lugar|sede|ubicaci[oó]n"
        + "|regions?|regi[oó]n(?:es)?|countries|country|pa[ií]s(?:es)?|themes?|topics?|temas?|tags|etiquetas|categor(?:y|ies|[ií]as?)|event|evento|type|tipo|language|idioma))\\s*:\\s*(.*)$")
}
