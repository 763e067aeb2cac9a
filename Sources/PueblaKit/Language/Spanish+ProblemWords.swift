import Foundation

extension Spanish: ProblemWords {
    public func problem(_ kind: ProblemKind) -> String {
        let quoted = DataProblem.quoted
        switch kind {
        case .invalidUTF8(let byte): return "UTF-8 no válido (byte 0x\(String(byte, radix: 16)))"
        case .emptyFile: return "archivo vacío; se esperaba un valor JSON"
        case let .unexpected(token, expected): return "se encontró \(describe(token)) donde se esperaba \(describe(expected))"
        case .textAfterValue(let token): return "se encontró \(describe(token)) después del valor JSON"
        case .nestedTooDeep(let levels): return "anidado a más de \(levels) niveles"
        case .duplicateKey(let key): return "clave repetida \(quoted(key))"
        case .invalidLiteral(let literal): return "literal no válido; se esperaba '\(literal)'"
        case .invalidNumber: return "número no válido"
        case .noDigitsAfterPoint: return "número no válido: faltan dígitos después del '.'"
        case .noDigitsInExponent: return "número no válido: faltan dígitos en el exponente"
        case .numberOutOfRange: return "número fuera de rango"
        case .unterminatedString: return "cadena sin cerrar"
        case .controlCharacterInString(let byte):
            return "carácter de control 0x\(String(byte, radix: 16)) dentro de una cadena (escríbalo como secuencia de escape)"
        case .unterminatedEscape: return "secuencia de escape sin terminar"
        case .unpairedSurrogate: return "sustituto sin pareja en un escape \\u"
        case .invalidEscape(let token):
            guard case .character(let character) = token else { return "secuencia de escape no válida ('\\' seguida de \(describe(token)))" }
            return "secuencia de escape no válida '\\\(character)'"
        case .invalidUnicodeEscape: return "escape \\u no válido: se esperaban cuatro dígitos hexadecimales"

        case .unreadableFile(let reason): return describe(reason)
        case .noData(let missing): return describe(missing)
        case .notWritableAsJSON(let error): return "no se puede escribir como JSON: \(error)"
        case let .spillUnreadable(count, offset, failure):
            return "no se pueden volver a leer \(count) bytes en el byte \(offset) del archivo temporal de la creación del índice: "
                + "\(describe(failure)); el índice de la biblioteca no se escribió y queda como estaba"

        case let .wrongType(expected, found): return "se esperaba \(describe(expected)) y se encontró \(describe(found))"
        case .missingField: return "falta este campo obligatorio"
        case .mustNotBeNull: return "no puede ser null"
        case .mustNotBeEmpty: return "no puede estar vacío"
        case .noVisibleCharacter: return "no tiene ningún carácter visible"
        case .unknownField: return "campo desconocido (¿error de escritura?)"
        case let .textTooLarge(bytes, limit):
            return "el texto ocupa \(ByteCount.describe(bytes)), más del límite de \(ByteCount.describe(limit, exact: false)) por campo"
        case let .notOneOf(value, allowed): return "\(quoted(value)) no es ninguno de \(quotedList(allowed))"
        case let .notADate(value, allowsPartial):
            return "\(quoted(value)) no es una fecha (se esperaba \(allowsPartial ? "AAAA, AAAA-MM o " : "")AAAA-MM-DD)"

        case .idNotNFC(let id):
            return "\(quoted(id)) no está en Unicode NFC (acentos compuestos, como se teclean y como se nombra su archivo)"
        case .confirmedWithoutDate: return "no puede ser \"confirmed\" si la fecha es null"
        case .undatedFactWithoutNotes: return "un dato sin fecha necesita notas que digan cuándo se registró"
        case .malformedCountryCode(let code): return "\(quoted(code)) no es un código ISO 3166-1 alfa-2 (dos letras mayúsculas)"
        case .unassignedCountryCode(let code): return "\(quoted(code)) no es un código ISO 3166-1 alfa-2 asignado"
        case .memberSinceWithoutMembership: return "solo un país miembro tiene año de ingreso"
        case .needsSource(let status):
            return "un dato con estado \"\(status.rawValue)\" necesita al menos una fuente (o el estado \"unconfirmed\")"
        case let .idDoesNotMatchFileName(id, expected):
            return "\(quoted(id)) no coincide con el nombre del archivo (se esperaba \(quoted(expected)))"
        case let .fileNameNotNFC(name, composed):
            return "el nombre de archivo \(quoted(name)).json no está en Unicode NFC: cámbielo a \(quoted(composed)).json"
        case .emptyID: return "un id no puede estar vacío"
        case .idCannotNameFile(let id): return "\(quoted(id)) no puede ser nombre de archivo (sin \"/\" ni \".\" al inicio)"
        case .idTooLong(let limit): return "un id tiene como máximo \(limit) bytes"

        case let .unknownCountry(code, file): return "código de país desconocido \(quoted(code)) (no está en \(file))"
        case let .unknownMeeting(id, file): return "no hay ninguna reunión \(quoted(id)) en \(file)"
        case let .missingParagraph(index, count):
            return "el párrafo \(index) no existe (el comunicado tiene \(count), numerados desde 0)"
        case let .duplicate(field, value, first, line): return "\(field) repetido \(quoted(value)) (aparece antes en \(first):\(line))"
        case let .sameArticle(sourceFile, first, line):
            return "el mismo artículo del archivo fuente \(quoted(sourceFile)) que \(first):\(line) "
                + "(un comunicado importado dos veces: elimine uno)"
        case let .idOfAnotherRelease(id, path): return "\(quoted(id)) es el id de otro comunicado (\(path))"
        case let .sourceOfAnotherRelease(url, path): return "\(quoted(url)) es la fuente de otro comunicado (\(path))"

        case .scaleNotPositive: return "debe ser un número positivo de unidades por grado"
        case .boundsNotFourNumbers: return "se esperaba [oeste, sur, este, norte]"
        case .boundsNotRegion: return "no es una región del globo (oeste < este dentro de ±180, sur < norte dentro de ±90)"
        case .noRing: return "no tiene ningún anillo"
        case .tooFewPoints(let numbers):
            return "se esperaban pares de longitud y latitud para al menos 3 puntos y se encontraron \(numbers) números"
        case let .pointOutsideBounds(longitude, latitude): return "el punto (\(longitude), \(latitude)) queda fuera de los límites"

        case .notWritten(let failure): return "no se puede escribir: \(describe(failure))"
        case .indexNotWritten(let problem):
            return describe(problem) + "; el índice de la biblioteca se mantiene en memoria durante esta ejecución"

        case .settingsUnreadable: return "no se puede leer"
        case .settingsNotUTF8: return "no es texto UTF-8"
        case .settingsSyntax(let problem): return describe(problem) + "; se usan los valores predeterminados"
        case .unknownSetting(let expected): return "ajuste desconocido; se esperaba \(alternatives(expected))"
        case let .notAPane(name, allowed): return "\"\(name)\" no es un panel; se esperaba uno de \(quotedList(allowed))"
        case let .notALanguage(name, allowed): return "\"\(name)\" no es un idioma; se esperaba uno de \(quotedList(allowed))"
        case let .noTheme(name, allowed): return "no existe el tema \"\(name)\"; se esperaba uno de \(quotedList(allowed))"
        case let .notAColour(name, allowed): return "\"\(name)\" no es un color; se esperaba uno de \(quotedList(allowed))"
        case .noSuchElement(let allowed): return "no existe ese elemento; se esperaba uno de \(quotedList(allowed))"
        case .noSuchAction(let allowed): return "no existe esa acción; se esperaba una de \(quotedList(allowed))"
        case let .notAKey(name, keyNames):
            return "\"\(name)\" no es una tecla; se esperaba un carácter o una de \(keyNames.joined(separator: ", "))"
        case .expectedKeyNames: return "se esperaba el nombre de una tecla o una lista de nombres de teclas"
        case .expectedInteger: return "se esperaba un número entero"
        case .expectedBoolean: return "se esperaba true o false"
        case .expectedString: return "se esperaba una cadena de texto"
        case .expectedTable(let path): return "se esperaba una tabla ([\(path)])"
        case let .outOfRange(number, lower, upper): return "\(number) está fuera de rango; se esperaba de \(lower) a \(upper)"
        }
    }

    private func describe(_ token: JSONToken) -> String {
        switch token {
        case .endOfFile: return "el fin del archivo"
        case .character(let character): return "'\(character)'"
        case .byte(let byte): return "el byte 0x\(String(byte, radix: 16))"
        }
    }

    private func describe(_ expectation: JSONExpectation) -> String {
        switch expectation {
        case .value: return "un valor"
        case .key: return "una clave entre comillas"
        case .commaOr(let closing): return "',' o '\(closing)'"
        case .character(let character): return "'\(character)'"
        }
    }

    private func describe(_ kind: JSONValueKind) -> String {
        switch kind {
        case .object: return "un objeto"
        case .array: return "un arreglo"
        case .string: return "una cadena de texto"
        case .number: return "un número"
        case .wholeNumber: return "un número entero"
        case .boolean: return "un booleano"
        case .null: return "null"
        case .arrayOfRings: return "un arreglo de anillos"
        case .arrayOfCoordinates: return "un arreglo de coordenadas"
        }
    }

    private func describe(_ problem: TOMLSyntaxProblem) -> String {
        switch problem {
        case let .expected(expectation, token): return "se esperaba \(describe(expectation)) y se encontró \(describe(token))"
        case .bareWord(let word): return "se esperaba un valor y se encontró \(DataProblem.quoted(word)) (el texto va entre comillas)"
        case .noDigitsAfterSign: return "se esperaban dígitos después del signo"
        case .misplacedUnderscore: return "un guion bajo debe ir entre dígitos"
        case .leadingZero: return "un número entero no puede empezar con 0"
        case .integerTooLarge: return "el número entero es demasiado grande"
        case .unclosedString: return "la cadena no se cierra en su línea"
        case let .controlCharacterInString(value, escapable):
            return "un carácter de control (\(codePoint(value))) no puede ir en una cadena"
                + (escapable ? "; escríbalo como secuencia de escape" : "")
        case .controlCharacterInComment(let value): return "un carácter de control (\(codePoint(value))) no puede ir en un comentario"
        case let .escapeNeedsDigits(letter, count): return "\\\(letter) necesita \(count) dígitos hexadecimales"
        case .notUnicodeScalar(let value): return "\(codePoint(value)) no es un carácter Unicode"
        case .unknownEscape:
            return "secuencia de escape desconocida; una cadena entre comillas dobles admite \\n \\t \\\" \\\\ \\b \\f \\r \\uXXXX \\UXXXXXXXX, "
                + "y una entre comillas simples ninguna"
        case .nestedTooDeep(let levels): return "arreglos y tablas anidados a más de \(levels) niveles"
        case .loneCarriageReturn: return "un retorno de carro debe ir seguido de un salto de línea"
        case .unsupported(let feature): return "los ajustes de Puebla no admiten \(describe(feature))"
        case let .definedTwice(path, line): return "\(path) está definido dos veces (la primera en la línea \(line))"
        case let .tableDefinedTwice(path, line): return "la tabla [\(path)] está definida dos veces (la primera en la línea \(line))"
        case let .tableMadeByDottedKeys(path, line):
            return "la tabla [\(path)] se creó con claves con punto y no puede definirse de nuevo (la primera vez en la línea \(line))"
        case let .tableClosedToDottedKeys(path, line):
            return "\(path) es una tabla definida en la línea \(line); las claves con punto no pueden añadirle nada"
        case let .notATable(path, line): return "\(path) tiene un valor en la línea \(line) y no es una tabla"
        case let .inlineTableClosed(path, line): return "\(path) es una tabla en línea (línea \(line)) y no se le puede añadir nada"
        }
    }

    private func describe(_ expectation: TOMLExpectation) -> String {
        switch expectation {
        case .headerEnd: return "']' para cerrar el encabezado de la tabla"
        case .equalsAfterKey: return "'=' después de la clave"
        case .lineEnd(let part):
            switch part {
            case nil: return "el fin de la línea"
            case .tableHeader?: return "el fin de la línea después del encabezado de la tabla"
            case .value?: return "el fin de la línea después del valor"
            }
        case .key: return "una clave (letras, dígitos, '-' y '_', o cualquier texto entre comillas)"
        case .value: return "un valor"
        case .digits: return "dígitos"
        case .string: return "una cadena"
        case .escape: return "una secuencia de escape después de '\\'"
        case .arrayContinuation: return "',' o ']' en el arreglo"
        case .inlineTableContinuation: return "',' o '}' en la tabla en línea, que ocupa una sola línea"
        }
    }

    private func describe(_ token: TOMLToken) -> String {
        switch token {
        case .endOfFile: return "el fin del archivo"
        case .endOfLine: return "el fin de la línea"
        case .codePoint(let value): return codePoint(value)
        case .character(let character): return "'\(character)'"
        }
    }

    private func describe(_ feature: TOMLFeature) -> String {
        switch feature {
        case .arraysOfTables: return "arreglos de tablas ([[...]])"
        case .floats: return "números con decimales"
        case .datesAndTimes: return "fechas ni horas"
        case .nonDecimalIntegers: return "enteros hexadecimales, octales ni binarios"
        case .multilineStrings: return "cadenas de varias líneas"
        }
    }

    private func describe(_ reason: FileReadError.Reason) -> String {
        switch reason {
        case .missing(let noun): return noun == .file ? "no existe el archivo" : "no existe la carpeta"
        case .brokenLink(let noun): return "enlace simbólico a \(noun == .file ? "un archivo que no existe" : "una carpeta que no existe")"
        case .permissionDenied: return "permiso denegado"
        case .linkLoop: return "ciclo de enlaces simbólicos (demasiados niveles de enlaces)"
        case .pathNotFolder: return "una parte de la ruta no es una carpeta"
        case .system(let description): return "no se puede leer: \(description)"
        case .isFolder: return "es una carpeta; se esperaba un archivo"
        case .notRegularFile: return "no es un archivo común (es una tubería, un socket o un dispositivo)"
        case .notFolder: return "no es una carpeta"
        case let .tooLarge(bytes, limit, item):
            return "el archivo ocupa \(ByteCount.describe(bytes)), más del límite de \(ByteCount.describe(limit, exact: false)) por "
                + (item == .page ? "página" : "archivo de Data")
        }
    }

    private func describe(_ failure: WriteFailure) -> String {
        switch failure {
        case .system(let code): return describe(systemError: code)
        case .notLocked(let code): return "no se puede bloquear: \(describe(systemError: code))"
        case .notAFolder(let folder): return "no se puede crear una carpeta dentro: \(folder) no es una carpeta"
        case let .folderNotMade(folder, code): return "no se puede crear \(folder): \(describe(systemError: code))"
        case let .laterFormat(version, written):
            return "está en el formato \(version), escrito por una versión posterior de Puebla (esta escribe el formato \(written)); se deja como está"
        case .exists: return "ya existe"
        case .other(let reason): return reason
        }
    }

    private func describe(_ problem: IndexWriteProblem) -> String {
        switch problem {
        case let .cacheFolderNotMade(path, reason, code):
            return "\(path): no se puede crear la carpeta de la caché (\(code.map { describe(systemError: $0) } ?? reason))"
        case let .segmentNotRemoved(path, code): return "\(path): no se puede eliminar el segmento del índice (\(describe(systemError: code)))"
        case .notWritten(let error): return error.description(words: self)
        }
    }

    /// An error number in the words a failed read says it with (`FileReadError`), when it has
    /// them; otherwise in the system's own words.
    private func describe(systemError code: Int32) -> String {
        let reason = FileReadError(errno: code, path: "", noun: .folder).reason
        switch reason {
        case .missing, .permissionDenied, .linkLoop, .pathNotFolder: return describe(reason)
        case .brokenLink, .system, .isFolder, .notRegularFile, .notFolder, .tooLarge: return String(cString: strerror(code))
        }
    }

    private func describe(_ failure: ReadBackFailure) -> String {
        switch failure {
        case .system(let description): return description
        case .endsAt(let size): return "el archivo termina en el byte \(size) (está cortado)"
        case .endsBefore: return "el archivo termina antes de ellos (está cortado)"
        }
    }

    private func describe(_ missing: MissingData) -> String {
        switch missing {
        case .notFound(let tried):
            return "no se encontró ninguna carpeta Data; se buscó en "
                + tried.map { "\($0.candidate.path) (\(describe($0.candidate.origin)): \(describe($0.problem)))" }.joined(separator: ", ")
        case .noDataToMakeLibrary(let looked):
            return "su biblioteca no existe y no hay datos incluidos con Puebla a partir de los cuales crearla; se buscó en "
                + looked.joined(separator: ", ")
        case .libraryUnusable(let problem): return "no se puede usar su biblioteca: \(describe(problem))"
        case .folderUnreadable(let reason):
            return FileReadError(reason).kind == .missing ? "aquí no hay ninguna carpeta Data (\(describe(reason)))" : describe(reason)
        case .fileUnreadable(let reason): return describe(reason)
        case .notAFolder: return "no es una carpeta"
        }
    }

    private func describe(_ origin: DataLocator.Origin) -> String {
        switch origin {
        case .option: return "--data"
        case .environment: return "$PUEBLA_DATA"
        case .library: return "su biblioteca"
        case .installed(let executable): return "instalados junto a \(executable)"
        case .builtFrom: return "la carpeta a partir de la cual se compiló Puebla"
        }
    }

    private func describe(_ problem: DataLocator.FolderProblem) -> String {
        switch problem {
        case .absent: return "no existe"
        case .linkLoop: return "un ciclo de enlaces simbólicos"
        case .permissionDenied: return "permiso denegado"
        case .system(let description): return description
        case .notAFolder: return "no es una carpeta"
        }
    }

    /// `a, b o c`.
    private func alternatives(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " o " + last
    }
}
