import PueblaImport
import PueblaIndex
import PueblaKit

extension Spanish: CommandWords {
    var dateColumn: String { "FECHA" }
    var idColumn: String { "ID" }
    var placeColumn: String { "LUGAR" }
    var titleColumn: String { "TÍTULO" }
    var matchColumn: String { "COINCIDE" }
    var quoteColumn: String { "CITA" }
    var speakerColumn: String { "ORADOR" }
    var textColumn: String { "TEXTO" }
    var numberColumn: String { "N.º" }
    var yearColumn: String { "AÑO" }
    var datesColumn: String { "FECHAS" }
    var statusColumn: String { "ESTADO" }
    var themeColumn: String { "TEMA" }
    var codeColumn: String { "CÓDIGO" }
    var nameColumn: String { "NOMBRE" }
    var otherNameColumn: String { "NAME" }
    var capitalColumn: String { "CAPITAL" }
    var sinceColumn: String { "DESDE" }
    var releasesColumn: String { "COMUNICADOS" }
    var hostedColumn: String { "SEDE" }
    var presidencyColumn: String { "PRESIDENCIA" }

    func quotes(_ count: Int) -> String { Plural.count(count, "cita") }
    func meetings(_ count: Int) -> String { Plural.count(count, "reunión", "reuniones") }
    func countries(_ count: Int) -> String { Plural.count(count, "país", "países") }
    func organizations(_ count: Int) -> String { Plural.count(count, "organización", "organizaciones") }
    func problems(_ count: Int) -> String { Plural.count(count, "problema") }
    func releaseNoun(_ count: Int) -> String { Plural.noun(count, "comunicado") }

    func languageProblem(_ problem: CommandLanguage.Problem) -> String {
        switch problem {
        case .missingValue: "--lang necesita un idioma: en o es"
        case .unknown(let name): "--lang \(name): no es un idioma de Puebla; indique en o es"
        }
    }
    func settingsMistakes(_ count: Int) -> String {
        "config.toml: \(Plural.count(count, "error", "errores")); puebla config los enumera"
    }
    var settingsKeepDefaults: String { "esos ajustes conservan sus valores por omisión. Intro abre el navegador, Ctrl-C lo detiene." }
    func settingsMissing(_ path: String) -> String {
        "\(path): no existe; se usan los valores por omisión (`puebla config --print-default` los muestra)"
    }
    func settingsOK(_ path: String) -> String { "\(path): correcto" }

    func createdLibrary(_ path: String, from seed: String) -> String { "se creó su biblioteca \(path) a partir de los datos incluidos \(seed)" }
    func problems(_ count: Int, in directory: String) -> String { "\(problems(count)) en \(directory)" }
    func dataOK(_ directory: String, releases: Int, meetings: Int, countries: Int, organizations: Int) -> String {
        "\(directory): correcto (\(self.releases(releases)), \(self.meetings(meetings)), \(self.countries(countries)), \(self.organizations(organizations)))"
    }

    func noReleases(meeting: String?, country: String?, language: InterfaceLanguage?, since: String?, until: String?) -> String {
        var text = "No hay comunicados"
        if let language { text += " en \(language == .spanish ? "español" : "inglés")" }
        if let meeting { text += " sobre la reunión \(meeting)" }
        if let country { text += " que mencionen \(country)" }
        switch (since, until) {
        case let (since?, until?): text += " fechados de \(since) a \(until)"
        case let (since?, nil): text += " fechados en \(since) o después"
        case let (nil, until?): text += " fechados en \(until) o antes"
        case (nil, nil): break
        }
        return text + "."
    }
    func unknownMeeting(_ name: String, range: String) -> String {
        "reunión desconocida \"\(name)\"; indique su número (\(range)) o su id: `puebla timeline` las enumera"
    }
    func noCountryNamed(_ query: String, suggestions: [String]) -> String {
        "país desconocido \"\(query)\"" + (suggestions.isEmpty ? "" : "; ¿quiso decir \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?")
    }
    func renameTaken(_ id: String, path: String) -> String { "no se puede cambiar el nombre a \(id): \(path) ya existe" }
    func noRelease(_ id: String, closest: [String]) -> String {
        "no hay ningún comunicado \"\(id)\"" + (closest.isEmpty ? "; `puebla releases` los enumera" : "; ¿quiso decir \(closest.joined(separator: ", "))?")
    }
    func formatsConflict(_ format: String) -> String { "--json y --format \(format) no van juntos" }
    func quoteSource(title: String, date: String, id: String, paragraph: Int) -> String { "en \(title) (\(date); \(id), párrafo \(paragraph))" }
    var noQuotesMatch: String { "Ninguna cita coincide." }

    var chartAndJSON: String { "--chart y --json no van juntos" }
    var widthNeedsChart: String { "--width va con --chart" }
    func widthRange(_ maximum: Int) -> String { "--width debe estar entre 1 y \(maximum) columnas" }
    func noMeetings(hostedBy country: String?, hosted: String?) -> String {
        guard let country, let hosted else { return "No hay reuniones." }
        return "No hay reuniones con sede en \(country) (\(hosted))."
    }
    func hostedSummary(_ hosted: String) -> String { "; como sede: \(hosted)" }
    var noMeetingsOfKnownYear: String { "No consta ninguna reunión de año conocido." }
    var tooNarrowForPicture: String { "la terminal es demasiado estrecha para el gráfico" }
    var memberStates: String { "Estados miembros" }
    var observerCountries: String { "Países observadores" }
    var hostsAndPresidencies: String { "Reuniones acogidas y presidencias ejercidas" }
    func unknownHostsNote(_ count: Int, meetings: [String]) -> String {
        "SEDE cuenta las reuniones cuya sede consta: se desconoce la sede de \(self.meetings(count)) (\(meetings.joined(separator: ", ")))."
    }
    func unknownPresidenciesNote(_ count: Int, of years: ClosedRange<Int>) -> String {
        "PRESIDENCIA enumera los años que da una fuente: ninguna fuente da la presidencia de \(count) de los \(years.count) años \(years.lowerBound)-\(years.upperBound)."
    }

    var giveAWord: String { "indique al menos una palabra que buscar (letras o cifras)" }
    func searchFoundNothing(_ query: String, country: String?) -> String {
        "Nada coincide con \"\(query)\"" + (country.map { " en lo que concierne a \($0)" } ?? "") + "."
    }
    var titleMatch: String { "título" }
    func paragraphsMatch(_ numbers: [Int]) -> String {
        Plural.noun(numbers.count, "párrafo") + " " + numbers.map(String.init).joined(separator: ",")
    }
    func field(_ field: SearchFields) -> String {
        let names: [(SearchFields, String)] = [
            (.title, "título"), (.paragraphs, "párrafos"), (.text, "texto"), (.speaker, "orador"), (.city, "ciudad"),
            (.theme, "tema"), (.country, "país"), (.name, "nombre en inglés"), (.nameEs, "nombre"), (.code, "código"),
        ]
        return names.filter { field.contains($0.0) }.map(\.1).joined(separator: ", ")
    }

    var readingPages: String { "Leyendo páginas" }
    var writingReleases: String { "Escribiendo comunicados" }
    var indexingProgress: String { "Indexando comunicados" }
    func cannotLockData(_ path: String, reason: String) -> String { "\(path): no se puede bloquear Data para la importación: \(reason)" }
    func cannotCreateLibrary(_ path: String, reason: String) -> String { "\(path): no se puede crear su biblioteca: \(reason)" }
    func waitingForImport(_ directory: String) -> String { "esperando a que termine otra importación en \(directory)" }
    func importStatus(_ status: ImportReport.Status) -> String {
        switch status {
        case .imported: "importado"
        case .wouldImport: "se importaría"
        case .replaced: "reemplazado"
        case .wouldReplace: "se reemplazaría"
        case .alreadyThere: "ya está"
        case .refused: "rechazado"
        }
    }
    func alreadyThere(as id: String) -> String { "ya está como \(id)" }
    func addedCountries(_ codes: [String], to file: String, predicted: Bool) -> String {
        "\(predicted ? "se añadiría" : "añadido") a \(file): \(codes.joined(separator: " "))"
    }
    func extractedField(_ name: String, _ summary: String?) -> String {
        let names = ["title": "título", "date": "fecha", "place": "lugar", "countries": "países", "paragraphs": "párrafos",
                     "quotes": "citas", "links": "enlaces", "contacts": "contactos", "meeting": "reunión",
                     "source url": "url de origen", "language": "idioma"]
        return "\(names[name] ?? name): \(summary ?? "no encontrado")"
    }
    func importNote(_ note: ImportNote) -> String { "nota: \(self.note(note))" }
    func importSummary(_ summary: ImportReport.Summary, dryRun: Bool, data: String, createdFrom: String?) -> String {
        let verbs = dryRun ? ("se importarían", "se reemplazarían") : ("importados", "reemplazados")
        var counts = ["\(verbs.0) \(summary.imported)"]
        if summary.replaced > 0 { counts.append("\(verbs.1) \(summary.replaced)") }
        counts += ["ya estaban \(summary.alreadyThere)", "rechazados \(summary.refused)"]
        if summary.skipped > 0 {
            counts.append(summary.skipped == 1 ? "omitido 1 archivo que no es una página" : "omitidos \(summary.skipped) archivos que no son páginas")
        }
        let created = createdFrom.map { ", \(dryRun ? "se crearía" : "se creó") a partir de \($0)" } ?? ""
        return (dryRun ? "Simulación, no se escribió nada: " : "") + counts.joined(separator: ", ") + " (Data: \(data)\(created))"
    }
    var refusedHeading: String { "Rechazados:" }

    func editorFailed(_ editor: String, _ failure: Editor.Failure) -> String {
        let what: String
        switch failure {
        case .notStarted(let reason): what = "no pudo iniciarse: \(reason)"
        case .notWaitedFor(let reason): what = "no pudo esperarse: \(reason)"
        case .signal(let number): what = "se detuvo con la señal \(number)"
        case .status(let code): what = "terminó con el estado \(code)"
        }
        return "el editor (\(editor)) \(what); no cambió nada"
    }
    func nothingChanged(_ problem: String) -> String { "\(problem); no cambió nada" }
    func noChanges(_ id: String) -> String { "\(id): sin cambios; no se escribió nada" }
    var notSavedWithoutTerminal: String { "su edición no se guardó (no hay terminal para preguntar si editar de nuevo); no cambió nada" }
    var editDiscarded: String { "su edición se descartó; no cambió nada" }
    func changedWhileEditing(_ id: String, in directory: String) -> String { "\(id) cambió en \(directory) mientras lo editaba; no cambió nada" }
    func editNoLongerFits(_ directory: String) -> String { "su edición ya no encaja en \(directory); no cambió nada" }
    func edited(_ id: String, path: String, renamedFrom: String?, removed: String?) -> String {
        let renamed = renamedFrom.map { " (antes \($0); se eliminó \(removed ?? ""))" } ?? ""
        return "editado \(id) -> \(path)\(renamed)"
    }
    func editKept(_ message: String, in path: String) -> String { "\(message); su edición se conserva en \(path)" }
    func problemsInEdit(_ count: Int, id: String) -> String { "\(problems(count)) en su edición de \(id)" }
    func editAddsNoCountries(_ file: String) -> String {
        "edit no añade países: añádalos antes a \(file), o importe una página que los nombre"
    }
    var editAgain: String { "¿Editar de nuevo? [S/n] " }
    var yesAnswers: [String] { ["s", "si", "sí", "y", "yes"] }
    var noAnswers: [String] { ["n", "no"] }
    func waitingForEdit(_ directory: String) -> String { "esperando a que termine una importación o edición en \(directory)" }
    func cannotMakeCopy(_ reason: String) -> String { "no se puede hacer una copia para editar: \(reason)" }
    func cannotWriteCopy(_ path: String, _ reason: String) -> String { "\(path): no se puede escribir la copia para editar: \(reason)" }

    var sayWhatToExport: String { "Indique qué exportar: una de --bookmarks, --country o --query." }
    func exportedReleases(_ count: Int, to path: String) -> String { "\(Plural.count(count, "comunicado exportado", "comunicados exportados")) a \(path)" }
    func alreadyHoldsExport(_ path: String) -> String { "\(path) ya contiene esta exportación" }
    func exportDiffers(_ path: String) -> String { "\(path) existe y no es esta exportación; --force lo reemplaza" }
    func notTouched(_ path: String, _ reason: String) -> String { "\(path) \(reason); no se tocó" }
    var bookmarksTitle: String { "Marcadores" }
    func releasesAbout(_ country: String) -> String { "Comunicados sobre \(country)" }
    func searchTitle(_ words: String) -> String { "Búsqueda: \(words)" }

    var indexRebuilt: String { "construido a partir de todos" }
    func indexReadAgain(_ read: Int, dropped: Int) -> String { "\(read) leídos de nuevo, \(dropped) quitados" }
    func indexSummary(_ file: String, count: String, noun: String, how: String, seconds: String) -> String {
        "\(file): \(count) \(noun) (\(how)) en \(seconds) s"
    }

    func sinceAfterUntil(_ since: String, _ until: String) -> String {
        "--since \(since) es posterior a --until \(until): ningún comunicado puede quedar entre ambas"
    }
    func badDate(_ option: String, _ text: String) -> String { "\(option) \(text): indique un año (2005) o un día como AAAA-MM-DD (2005-05-18)" }
    var wideAndColumns: String { "--wide y --columns no van juntos" }
    func columnsRange(_ range: ClosedRange<Int>) -> String { "--columns debe estar entre \(range.lowerBound) y \(range.upperBound)" }
    var mapOptionsNeedMap: String { "--width, --height, --select y --ascii van con --map" }
    func mapWidthAtMost(_ maximum: Int) -> String { "--width debe ser como mucho \(maximum) columnas" }
    func mapHeightAtMost(_ maximum: Int) -> String { "--height debe ser como mucho \(maximum) filas" }
    func mapNeedsAtLeast(columns: Int, rows: Int) -> String { "el mapa necesita al menos \(columns) columnas y \(rows) filas" }

    var memberState: String { "Estado miembro" }
    var observer: String { "observador" }
    var otherCountry: String { "otro país" }
    func offTheMap(_ names: [String]) -> String { "Fuera del mapa: " + names.joined(separator: ", ") }
}
