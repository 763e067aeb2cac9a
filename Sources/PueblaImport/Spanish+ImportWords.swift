import PueblaKit

extension Spanish: ImportWords {
    public var emptyPage: String { "la página está vacía" }
    public func binaryData(offset: Int) -> String { "datos binarios, no texto (byte de control en la posición \(offset))" }
    public func invalidUTF8(offset: Int) -> String { "no es UTF-8 válido (byte incorrecto en la posición \(offset))" }
    public func pageTooLarge(bytes: Int, megabytes: Int) -> String {
        "la página tiene \(bytes) bytes, más de los \(megabytes) MB que puede tener una página"
    }
    public var noArticle: String { "no se encontró ningún artículo (no hay párrafos de texto tras la navegación del sitio)" }
    public var notAPage: String { "un script o una hoja de estilo, no una página" }
    public var emptyFeed: String { "un canal sin entradas" }
    public func markupLibraryUnavailable(_ reason: String) -> String {
        "no se pueden leer páginas HTML ni canales: no se puede cargar libxml2 (\(reason)); instale el paquete libxml2"
    }
    public func feedItem(_ number: Int, title: String?, reason: String) -> String {
        "entrada \(number) del canal\(title.map { " «\($0)»" } ?? ""): \(reason)"
    }
    public func unknownCountry(_ code: String) -> String { "el país \(code) no es un código ISO 3166-1" }
    public func wouldNotValidate(_ problems: String) -> String { "Data no sería válido con él: \(problems)" }
    public func notWrittenAfterFailure(_ reason: String) -> String { "no se escribió tras un fallo anterior (\(reason))" }
    public var noSuchFile: String { "el archivo no existe" }
    public var noPagesInFolder: String { "no hay páginas en esta carpeta" }
    public func notWritten(_ reason: String) -> String { "no se escribió: \(reason)" }
    public func cannotListFolder(_ reason: String) -> String { "no se puede leer la carpeta: \(reason)" }
    public func planReason(_ reason: ImportPlan.Reason) -> String {
        switch reason {
        case .sameSource(let match): describe(match)
        case .importedEarlier(let match): describe(match) + ", importado antes en esta ejecución"
        case .pageDiffers(let match): describe(match) + "; la página ya no es igual a él: --replace toma la versión de la página"
        case let .idOfAnotherArticle(id, importedEarlier):
            "\(id) es el id de otro artículo" + (importedEarlier ? " importado antes en esta ejecución" : "")
        }
    }

    private func describe(_ match: ImportPlan.SourceMatch) -> String {
        switch match {
        case .url(let url): "la misma URL de fuente \(url)"
        case .fileAndArticle(let file): "el mismo archivo fuente \(file) y el mismo artículo"
        }
    }
    public func note(_ note: ImportNote) -> String {
        switch note {
        case .untitled: "sin línea de título: se usa la primera frase como título"
        case .cutOff: "la página termina a mitad de frase: está cortada"
        }
    }
}
