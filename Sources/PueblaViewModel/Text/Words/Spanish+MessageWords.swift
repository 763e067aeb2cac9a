import PueblaKit

extension Spanish: MessageWords {
    public func unreadOnly(_ shown: Bool) -> String { shown ? "Solo los comunicados sin leer; u muestra todos" : "Todos los comunicados" }
    public func releasesListed(in language: InterfaceLanguage?) -> String {
        switch language {
        case .english?: "Solo los comunicados en inglés; i vuelve a todos"
        case .spanish?: "Solo los comunicados en español; i pasa a los en inglés"
        case nil: "Los comunicados en todos los idiomas"
        }
    }
    public var nothingToExport: String { "No hay comunicados que exportar aquí" }
    public func notExported(_ path: String) -> String { "No se exportó: \(path) queda como estaba" }
    public var nothingMarked: String { "No se marcó nada" }
    public func reloaded(_ directory: String, releases: Int) -> String {
        "\(directory) leído de nuevo: \(Plural.count(releases, "comunicado"))"
    }
    public func dataFailed(_ reason: String, keptBefore: Bool) -> String {
        (keptBefore ? "Se conserva lo leído antes: " : "No se pueden indexar los comunicados: ") + reason
    }
    public var releaseFileChanged: String { "El archivo de este comunicado cambió desde que se indexó; se vuelven a leer los datos" }
    public var nothingToGoBack: String { "No hay adónde volver: q sale" }
    public func detailNeedsColumns(_ columns: Int) -> String {
        "El detalle va junto a la lista a partir de \(columns) columnas; Enter lo muestra"
    }
    public func detailShown(_ shown: Bool) -> String {
        shown ? "Detalle junto a la lista; d lo oculta" : "Detalle oculto; Enter lo muestra, d lo vuelve a poner"
    }
    public func filtered(to country: String) -> String { "Filtrado por \(country); C lo quita" }
    public func linesMatch(_ count: Int, _ text: String) -> String {
        "\(Plural.count(count, "línea")) con \(text); n N siguiente, anterior"
    }
    public func notFoundInRelease(_ text: String) -> String { "No está en este comunicado: \(text)" }
    public var noSearchToRepeat: String { "No hay búsqueda que repetir: / busca" }
    public func searchWrapped(forward: Bool) -> String {
        forward ? "La búsqueda volvió a la primera coincidencia" : "La búsqueda volvió a la última coincidencia"
    }
    public var noMatchesInRelease: String { "No hay coincidencias en este comunicado" }
    public func marked(read: Bool) -> String { read ? "Marcado como leído" : "Marcado como no leído" }
    public var markAllWhere: String { "A marca como leídos los comunicados listados: en Comunicados (1) o en los resultados de una búsqueda" }
    public var allReadAlready: String { "Todos los comunicados listados ya están leídos" }
    public func markedAllRead(_ count: Int) -> String {
        "\(Plural.count(count, "comunicado")) \(count == 1 ? "marcado como leído" : "marcados como leídos"); m vuelve a marcar uno como no leído"
    }
    public var bookmarkWhere: String { "b guarda un comunicado o una cita en los marcadores" }
    public func bookmarked(_ added: Bool) -> String { added ? "Guardado en los marcadores; B los lista" : "Marcador quitado" }
    public var indexingReleases: String { "Indexando los comunicados" }
    public func secondsLeft(_ seconds: Int) -> String { "quedan \(seconds) s" }
    public func reloading(_ directory: String) -> String { "Leyendo de nuevo \(directory)" }
    public func stateNotSaved(_ reason: String) -> String { "No se guardó el estado de lectura: \(reason)" }
    public var exportUnreadable: String { "La exportación falló: no se puede leer el archivo del comunicado" }
    public func exported(to path: String, wrote: Bool) -> String {
        wrote ? "Exportado a \(path)" : "Ya exportado: \(path) contiene este comunicado"
    }
    public func exported(releases count: Int, to path: String, wrote: Bool) -> String {
        wrote ? "\(Plural.count(count, "comunicado")) \(count == 1 ? "exportado" : "exportados") a \(path)"
            : "Ya exportado: \(path) contiene esta lista"
    }
    public func exportFailed(_ reason: String) -> String { "La exportación falló: \(reason)" }
    public var quoteCopied: String { "Cita copiada al portapapeles (si la terminal admite OSC 52)" }
    public var unsafeLinkCopied: String { "Enlace copiado (OSC 52): solo se abren enlaces http, https y mailto" }
    public func opening(_ url: String, with command: String) -> String { "Abriendo \(url) con \(command)" }
    public func linkCopied(_ url: String) -> String { "\(url) copiado al portapapeles (OSC 52): no hay pantalla donde abrirlo" }
    public func indexed(files: String, count: Int, dropped: Int, seconds: Double) -> String {
        "\(files) \(Plural.noun(count, "archivo de comunicado", "archivos de comunicados")) \(count == 1 ? "indexado" : "indexados")"
            + (dropped == 0 ? "" : ", \(dropped) \(dropped == 1 ? "quitado" : "quitados")") + " en \(Self.seconds(seconds, point: ",")) s"
    }
    public func moreProblems(_ count: Int) -> String { "(y \(count) más; vea `puebla validate`)" }
    public func noMap(_ reason: String) -> String { "Sin mapa: \(reason)" }
    public func needsTerminal(_ problem: TerminalProblem) -> String {
        let reason = switch problem {
        case .standardInput: "la entrada estándar no es una terminal"
        case .standardOutput: "la salida estándar no es una terminal"
        case .termNotSet: "TERM no está definida"
        case .dumbTerm: "TERM es \"dumb\""
        case .unknownTerm(let term): "ncurses no conoce la terminal \"\(term)\""
        }
        return reason + ": el navegador necesita una terminal. Sin ella, use `puebla releases`, `puebla show ID`, "
            + "`puebla quotes`, `puebla timeline`, `puebla members` o `puebla validate`."
    }
    public func stateNotSavedOnExit(_ reason: String) -> String { "no se guardó el estado de lectura: \(reason)" }
}
