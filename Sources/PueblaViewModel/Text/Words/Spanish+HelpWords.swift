import PueblaKit

extension Spanish: HelpWords {
    public var helpTitle: String { "Ayuda" }
    public var keysTitle: String { "Teclas" }
    public var pressAnyKeyToClose: String { "Cualquier tecla cierra." }
    public func heading(of group: HelpGroup) -> String {
        switch group {
        case .moving: "Moverse"
        case .panes: "Paneles"
        case .reading: "Buscar, exportar, copiar"
        case .marks: "Leídos y marcadores"
        case .map: "Mapa"
        case .filters: "Filtros"
        case .other: "Otras"
        }
    }
    public func meaning(of topic: HelpTopic, inReader: Bool) -> String {
        switch topic {
        case .line: inReader ? "desplazar una línea" : "mover la selección"
        case .page: inReader ? "desplazar una página" : "mover una página"
        case .ends: inReader ? "inicio, final del comunicado" : "primero, último"
        case .open: "abrir"
        case .back: inReader ? "volver, al mismo lugar" : "volver; arriba del todo solo q sale"
        case .switchPane: "cambiar de panel"
        case .detail: "ocultar o mostrar el detalle junto a la lista"
        case .search: inReader ? "buscar en el comunicado; siguiente, anterior, en ciclo"
            : "buscar en todo; resultado siguiente, anterior"
        case .exportRelease: "exportar en Markdown a esta carpeta; a otra ruta"
        case .links: "enlaces y contactos; Enter abre uno (o lo copia)"
        case .exportList: "exportar esta lista en un archivo Markdown"
        case .copy: "copiar la cita con quién la dijo"
        case .toggleRead: "marcar como leído o no leído"
        case .unreadOnly: "solo los comunicados sin leer, o todos"
        case .markAllRead: "marcar como leídos los comunicados listados"
        case .bookmark: inReader ? "añadir este comunicado a marcadores" : "añadir un comunicado o una cita a marcadores"
        case .bookmarks: "listar los marcadores"
        case .zoomMap: "acercar, alejar el mapa; restablecerlo"
        case .panMap: "desplazar el mapa"
        case .country: "filtrar por país todos los paneles; quitarlo"
        case .language: "comunicados en español, en inglés o todos"
        case .reload: "volver a leer los datos"
        case .help: "esta ayuda"
        case .quit: "salir en el acto"
        case .mouse: "clic selecciona, doble clic abre, rueda desplaza"
        }
    }
    public func openMeaning(_ target: OpenTarget, short: Bool) -> String {
        switch target {
        case .result: short ? "abrir" : "abrir el resultado"
        case .bookmark: short ? "abrir" : "abrir el marcador"
        case .detail: short ? "detalle" : "mostrar el detalle"
        case .release: short ? "leer" : "leer el comunicado"
        case .quote: short ? "leer" : "leer el comunicado en esta cita"
        case .meetingReleases: short ? "comunicados" : "listar los comunicados de esta reunión"
        case .countryFilter: short ? "filtrar" : "filtrar todo por este país"
        }
    }
    public func keyName(_ key: WordedKey) -> String {
        switch key {
        case .mouse: "ratón"
        case .anyKey: "cualquier tecla"
        case .anyOtherKey: "otra tecla"
        case .type: "escriba"
        case .shiftArrows: "Mayús-flechas"
        }
    }
    public func hint(_ hint: Hint) -> String {
        switch hint {
        case .scroll: "desplazar"
        case .close: "cerrar"
        case .narrow: "acotar"
        case .apply: "aplicar"
        case .cancel: "cancelar"
        case .choose: "elegir"
        case .open: "abrir"
        case .path: "una ruta"
        case .export: "exportar"
        case .replace: "reemplazarlo"
        case .keep: "conservarlo"
        case .markThemRead: "marcarlos leídos"
        case .leaveThem: "dejarlos"
        case .match: "coincidencia"
        case .page: "página"
        case .bookmark: "marcador"
        case .back: "volver"
        case .help: "ayuda"
        case .search: "buscar"
        case .results: "resultados"
        case .leave: "salir"
        case .edit: "editar"
        case .remove: "quitar"
        case .country: "país"
        case .clear: "quitar"
        case .quit: "salir"
        }
    }
    public var yesKey: Character { "s" }
}
