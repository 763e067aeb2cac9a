import PueblaKit

extension Spanish: ReaderWords {
    public func readerPosition(_ percent: Int) -> String { "Lectura \(percent)%" }
    public func linesMatching(_ count: Int) -> String { "\(Plural.count(count, "línea")) con coincidencias" }
    public var searchName: String { "Búsqueda" }
    public var bookmarksName: String { "Marcadores" }
    public var meetingFilterLabel: String { "Reunión" }
    public var countryFilterLabel: String { "País" }
    public var searchPrompt: String { "Buscar: " }
    public var searchHint: String {
        "Escriba para buscar comunicados, citas, reuniones y países; ni los acentos ni las mayúsculas importan."
    }
    public func nothingMatches(_ text: String, about country: String?) -> String {
        "Nada coincide con «\(text)»" + (country.map { " en lo que concierne a \($0)" } ?? "") + "."
    }
    public func resultsHeading(_ kind: ResultKind, shown: Int, of total: Int) -> String {
        "\(kindName(kind)) (" + (shown < total ? "\(shown) de \(total); más palabras la acotan" : "\(total)") + ")"
    }
    public func countingHeading(_ kind: ResultKind) -> String { "\(kindName(kind)) (contando…)" }
    private func kindName(_ kind: ResultKind) -> String {
        switch kind {
        case .releases: "Comunicados"
        case .quotes: "Citas"
        case .meetings: "Reuniones"
        case .countries: "Países"
        }
    }
    public func bookmarksHeading(_ count: Int) -> String { "Marcadores (\(count))" }
    public var noBookmarks: String { "Aún no hay marcadores: b guarda el comunicado o la cita seleccionados." }
    public var linksTitle: String { "Enlaces y contactos" }
    public var noLinks: String { "Este comunicado no tiene enlaces ni contactos." }
    public var linksFooter: String { "Enter muestra la dirección en la línea de estado; Puebla no se conecta." }
    public var pickerTitle: String { "Filtrar por país" }
    public var countryPrompt: String { "País: " }
    public func noCountryMatches(_ query: String) -> String { "Ningún país coincide con «\(query)»." }
    public var exportTitle: String { "Exportar en Markdown" }
    public var pathPrompt: String { "Ruta: " }
    public var pathHint: String { "Una ruta relativa parte de la carpeta actual; ~ es su carpeta personal." }
    public var existsAndDiffers: String { "existe y difiere de esta exportación." }
    public var replaceQuestion: String { "¿Reemplazarlo? " }
    public var yesOrNo: String { "s/N" }
    public var markAllTitle: String { "Marcar todo como leído" }
    public func unreadInList(_ count: Int) -> String {
        "\(Plural.count(count, "comunicado sin leer", "comunicados sin leer")) en esta lista."
    }
    public func markQuestion(_ count: Int) -> String { count == 1 ? "¿Marcarlo como leído? " : "¿Marcarlos todos como leídos? " }
    public func unreadCount(_ count: Int) -> String { "\(count) sin leer" }
    public func unreadOnlyCount(_ count: Int) -> String { "Solo sin leer (\(count))" }
    public func releasesIn(_ language: InterfaceLanguage) -> String { language == .spanish ? "En español" : "En inglés" }
    public func noReleases(writtenIn language: InterfaceLanguage) -> String {
        "No hay aquí comunicados en \(language == .spanish ? "español" : "inglés"). Pulse i para ver los demás."
    }
    public var bookmarksExportTitle: String { "Marcadores" }
    public func searchExportTitle(_ text: String) -> String { "Búsqueda: \(text)" }
}
