import PueblaKit

extension Spanish: PaneWords {
    public func title(of pane: PaneName) -> String {
        switch pane {
        case .releases: "Comunicados"
        case .quotes: "Citas"
        case .timeline: "Cronología"
        case .members: "Miembros"
        }
    }

    public func readWhole(paragraphs: Int, quotes: Int) -> String {
        "Enter lee el comunicado entero (\(Plural.count(paragraphs, "párrafo")), \(Plural.count(quotes, "cita")))."
    }

    public var unattributedLong: String { "Sin atribuir (la página no dice quién)" }
    public var roleLabel: String { "Cargo" }
    public var organizationLabel: String { "Organización" }
    public var releaseLabel: String { "Comunicado" }
    public func paragraph(_ number: Int) -> String { "Párrafo \(number):" }
    public var openAtParagraph: String { "Enter abre el comunicado en este párrafo." }

    public var yearLabel: String { "Año" }
    public var datesLabel: String { "Fechas" }
    public var presidencyLabel: String { "Presidencia" }
    public var themeLabel: String { "Tema" }
    public var recordLabel: String { "Registro" }
    public var alsoLabel: String { "También" }
    public var eventDatesUnknown: String { "fechas desconocidas" }
    public var sourcesHeading: String { "Fuentes" }
    public func releasesAboutMeeting(_ count: Int) -> String { "Comunicados sobre esta reunión (\(count))" }
    public func andMore(_ count: Int) -> String { "y \(count) más" }
    public var enterListsThem: String { "Enter los lista." }

    public var otherNameLabel: String { "Inglés" }
    public var codeLabel: String { "Código" }
    public var capitalLabel: String { "Capital" }
    public func memberState(since: String?) -> String { "Estado miembro" + (since.map { " desde \($0)" } ?? "") }
    public var observerCountry: String { "país observador" }
    public var notMember: String { "ni miembro ni observador" }
    public var releasesLabel: String { "Comunicados" }
    public var quotesLabel: String { "Citas" }
    public var meetingsLabel: String { "Reuniones" }
    public func mentioning(_ count: Int) -> String { "\(count) lo \(count == 1 ? "menciona" : "mencionan")" }
    public func quotesInThem(_ count: Int) -> String { "\(count) en esos comunicados" }
    public func hosted(_ text: String) -> String { "como sede: " + text }
    public func filteredTo(_ country: String) -> String { "Todo está filtrado a \(country); C lo quita." }
    public func enterFilters(_ country: String) -> String { "Enter filtra todos los paneles a \(country)." }
    public func since(_ year: String) -> String { "desde \(year)" }
    public func heading(_ role: RCMRole, count: Int) -> String {
        switch role {
        case .member: "Estados miembros (\(count))"
        case .observer: "Países observadores (\(count))"
        }
    }

    public var meetingsRow: (long: String, short: String) { ("Reuniones", "Reun") }
    public var hostRow: (long: String, short: String) { ("Sede", "Sede") }
    public var presidencyRow: (long: String, short: String) { ("Presidenc.", "Pres") }
    public var hostedRow: (long: String, short: String) { ("Sede", "Sede") }
    public var releasesRow: (long: String, short: String) { ("Comunic.", "Com.") }
    public func maximum(_ count: Int) -> String { "máx \(count)" }
    public var yearAxis: String { "Año" }
    public func yearUnknown(_ label: String) -> String { "\(label): año desconocido, no se dibuja" }
    public func yearsPerColumn(_ count: Int) -> String { "\(count) años por columna" }
    public var severalKey: String { "+: varios" }
    public var notConfirmedKey: String { "xx: sin confirmar" }
    public var unknownKey: String { "desconocido" }
    public var barsIndexing: String { "comunicados: indexándose" }
    public func barsMentioning(_ country: String) -> String { "barras: comunicados que mencionan \(country)" }
    public func meetingsNotDrawn(_ count: Int) -> String {
        Plural.count(count, "reunión", "reuniones") + " de año desconocido " + (count == 1 ? "no dibujada" : "no dibujadas")
    }
    public func releasesOutside(_ count: Int, from: Int, to: Int) -> String { Plural.count(count, "comunicado") + " fuera de \(from)-\(to)" }
    public func undatedReleases(_ count: Int) -> String { Plural.count(count, "comunicado") + " sin fecha" }

    public var releasesIndexing: String {
        "Los comunicados se están indexando; aparecen aquí en cuanto termine. Mientras, la cronología y los miembros funcionan."
    }
    public var quotesIndexing: String { "Las citas aparecen aquí en cuanto se indexen los comunicados." }
    public func noReleases(aboutMeeting roman: String, mentioning country: String?) -> String {
        "Ningún comunicado sobre la reunión \(roman)"
            + (country.map { " menciona \($0). Pulse C para quitar el filtro." } ?? ". Esc vuelve a la cronología.")
    }
    public func noReleases(mentioning country: String) -> String { "Ningún comunicado menciona \(country). Pulse C para quitar el filtro." }
    public func noReleases(in directory: String) -> String { "No hay comunicados en \(directory)." }
    public func noQuotes(mentioning country: String) -> String {
        "No hay citas en comunicados que mencionen \(country). Pulse C para quitar el filtro."
    }
    public var noQuotes: String { "Aún no hay citas." }
    public func noMeetings(hostedBy country: String, hosted: String) -> String {
        "Ninguna reunión registrada tuvo como sede \(country) (\(hosted)). Pulse C para quitar el filtro."
    }
    public var noMeetings: String { "No hay reuniones registradas." }
    public var noCountries: String { "No hay Estados miembros ni observadores registrados." }
    public func tooSmall(columns: Int, rows: Int) -> String { "Terminal demasiado pequeña: Puebla necesita \(columns)x\(rows)" }
}
