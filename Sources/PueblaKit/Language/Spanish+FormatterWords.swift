extension Spanish: FormatterWords {
    public var dateLabel: String { "Fecha" }
    public var placeLabel: String { "Lugar" }
    public var countriesLabel: String { "Países" }
    public var meetingLabel: String { "Reunión" }
    public var unattributed: String { "Sin atribuir" }
    public var quotesHeading: String { "Citas" }
    public var linksHeading: String { "Enlaces" }
    public var contactsHeading: String { "Contactos" }
    public var sourceLabel: String { "Fuente" }
    public func releases(_ count: Int) -> String { Plural.count(count, "comunicado") }
    public func inRelease(_ quotedTitle: String) -> String { "en \(quotedTitle)" }
    public var shortLegend: String { "~ inferido   ? sin confirmar" }
    public var legend: String { "~ inferido (se deduce de las fuentes, no consta)   ? sin confirmar (sin fuente)" }
    public var datesUnknown: String { "desconocidas" }
    public func range(from start: String, to end: String) -> String { "\(start) a \(end)" }
    public func days(_ first: Int, to last: Int, month: Int, year: Int) -> String { "del \(first) al \(last) de \(monthNames[month - 1]) de \(year)" }
    // Counts of meetings ("reuniones"): the adjectives agree with it.
    public func hostsKnown(_ count: Int) -> String { "\(count) " + Plural.noun(count, "conocida") }
    public func hosts(_ count: Int, _ status: FactStatus) -> String {
        switch status {
        case .confirmed: hostsKnown(count)
        case .inferred: "\(count) " + Plural.noun(count, "inferida")
        case .unconfirmed: "\(count) sin confirmar"
        }
    }
    public func hostsUnknown(_ count: Int) -> String { Plural.count(count, "reunión", "reuniones") + " sin sede conocida" }
    public var noPresidencyKnown: String { "ninguna conocida" }
    public func presidencyYearsUnknown(_ count: Int) -> String { Plural.count(count, "año") + " sin dato" }
}
