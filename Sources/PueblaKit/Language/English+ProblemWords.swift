import Foundation

extension English: ProblemWords {
    public func problem(_ kind: ProblemKind) -> String {
        let quoted = DataProblem.quoted
        switch kind {
        case .invalidUTF8(let byte): return "invalid UTF-8 (byte 0x\(String(byte, radix: 16)))"
        case .emptyFile: return "empty file, expected a JSON value"
        case let .unexpected(token, expected): return "unexpected \(describe(token)), expected \(describe(expected))"
        case .textAfterValue(let token): return "unexpected \(describe(token)) after the JSON value"
        case .nestedTooDeep(let levels): return "nested deeper than \(levels) levels"
        case .duplicateKey(let key): return "duplicate key \(quoted(key))"
        case .invalidLiteral(let literal): return "invalid literal, expected '\(literal)'"
        case .invalidNumber: return "invalid number"
        case .noDigitsAfterPoint: return "invalid number: digits expected after '.'"
        case .noDigitsInExponent: return "invalid number: digits expected in the exponent"
        case .numberOutOfRange: return "number out of range"
        case .unterminatedString: return "unterminated string"
        case .controlCharacterInString(let byte): return "control character 0x\(String(byte, radix: 16)) inside a string (escape it)"
        case .unterminatedEscape: return "unterminated escape"
        case .unpairedSurrogate: return "unpaired surrogate in \\u escape"
        case .invalidEscape(let token):
            guard case .character(let character) = token else { return "invalid escape '\\\(describe(token))'" }
            return "invalid escape '\\\(character)'"
        case .invalidUnicodeEscape: return "invalid \\u escape: four hex digits expected"

        case .unreadableFile(let reason): return describe(reason)
        case .noData(let missing): return describe(missing)
        case .notWritableAsJSON(let error): return "cannot be written as JSON: \(error)"
        case let .spillUnreadable(count, offset, failure):
            return "cannot read back \(count) bytes at byte \(offset) of the index build's temporary file: \(describe(failure)); "
                + "the library index was not written and is left as it was"
        case .notWritten(let failure): return "cannot write: \(describe(failure))"
        case .indexNotWritten(let problem): return describe(problem) + "; the library index is kept in memory for this run"

        case let .wrongType(expected, found): return "expected \(describe(expected)), found \(describe(found))"
        case .missingField: return "missing required field"
        case .mustNotBeNull: return "must not be null"
        case .mustNotBeEmpty: return "must not be empty"
        case .noVisibleCharacter: return "has no visible character"
        case .unknownField: return "unknown field (misspelt?)"
        case let .textTooLarge(bytes, limit):
            return "text is \(ByteCount.describe(bytes)), over the \(ByteCount.describe(limit, exact: false)) limit for one field"
        case let .notOneOf(value, allowed): return "\(quoted(value)) is not one of \(quotedList(allowed))"
        case let .notADate(value, allowsPartial):
            return "\(quoted(value)) is not a date (expected \(allowsPartial ? "YYYY, YYYY-MM or " : "")YYYY-MM-DD)"

        case .idNotNFC(let id): return "\(quoted(id)) is not in Unicode NFC (accents composed, as typed and as its file is named)"
        case .confirmedWithoutDate: return "cannot be \"confirmed\" when the date is null"
        case .undatedFactWithoutNotes: return "an undated fact needs notes saying when it was seen"
        case .malformedCountryCode(let code): return "\(quoted(code)) is not an ISO 3166-1 alpha-2 code (two capital letters)"
        case .unassignedCountryCode(let code): return "\(quoted(code)) is not an assigned ISO 3166-1 alpha-2 code"
        case .memberSinceWithoutMembership: return "only a member has a year it joined"
        case .needsSource(let status):
            return "\(status == .inferred ? "an" : "a") \(status.rawValue) fact needs at least one source (or the status \"unconfirmed\")"
        case let .idDoesNotMatchFileName(id, expected): return "\(quoted(id)) does not match the file name (expected \(quoted(expected)))"
        case let .fileNameNotNFC(name, composed):
            return "the file name \(quoted(name)).json is not in Unicode NFC: rename it \(quoted(composed)).json"
        case .emptyID: return "an id cannot be empty"
        case .idCannotNameFile(let id): return "\(quoted(id)) cannot name a file (no \"/\", no leading \".\")"
        case .idTooLong(let limit): return "an id is at most \(limit) bytes long"

        case let .unknownCountry(code, file): return "unknown country code \(quoted(code)) (not in \(file))"
        case let .unknownMeeting(id, file): return "no meeting \(quoted(id)) in \(file)"
        case let .missingParagraph(index, count): return "paragraph \(index) does not exist (the release has \(count), numbered from 0)"
        case let .duplicate(field, value, first, line): return "duplicate \(field) \(quoted(value)) (first at \(first):\(line))"
        case let .sameArticle(sourceFile, first, line):
            return "the same article from source file \(quoted(sourceFile)) as \(first):\(line) (one release imported twice: remove one)"
        case let .idOfAnotherRelease(id, path): return "\(quoted(id)) is the id of another release (\(path))"
        case let .sourceOfAnotherRelease(url, path): return "\(quoted(url)) is the source of another release (\(path))"

        case .scaleNotPositive: return "must be a positive number of units per degree"
        case .boundsNotFourNumbers: return "expected [west, south, east, north]"
        case .boundsNotRegion: return "not a region of the globe (west < east within ±180, south < north within ±90)"
        case .noRing: return "has no ring"
        case .tooFewPoints(let numbers): return "expected longitude-latitude pairs for at least 3 points, found \(numbers) numbers"
        case let .pointOutsideBounds(longitude, latitude): return "point (\(longitude), \(latitude)) lies outside bounds"

        case .settingsUnreadable: return "cannot be read"
        case .settingsNotUTF8: return "is not UTF-8 text"
        case .settingsSyntax(let problem): return describe(problem) + "; using the defaults"
        case .unknownSetting(let expected): return "unknown setting; expected \(alternatives(expected))"
        case let .notAPane(name, allowed): return "\"\(name)\" is not a pane; expected one of \(quotedList(allowed))"
        case let .notALanguage(name, allowed): return "\"\(name)\" is not a language; expected one of \(quotedList(allowed))"
        case let .noTheme(name, allowed): return "no theme \"\(name)\"; expected one of \(quotedList(allowed))"
        case let .notAColour(name, allowed): return "\"\(name)\" is not a colour; expected one of \(quotedList(allowed))"
        case .noSuchElement(let allowed): return "no such element; expected one of \(quotedList(allowed))"
        case .noSuchAction(let allowed): return "no such action; expected one of \(quotedList(allowed))"
        case let .notAKey(name, keyNames):
            return "\"\(name)\" is not a key; expected one character or one of \(keyNames.joined(separator: ", "))"
        case .expectedKeyNames: return "expected a key name or a list of key names"
        case .expectedInteger: return "expected an integer"
        case .expectedBoolean: return "expected true or false"
        case .expectedString: return "expected a string"
        case .expectedTable(let path): return "expected a table ([\(path)])"
        case let .outOfRange(number, lower, upper): return "\(number) is out of range; expected \(lower) to \(upper)"
        }
    }

    private func describe(_ token: JSONToken) -> String {
        switch token {
        case .endOfFile: return "end of file"
        case .character(let character): return "'\(character)'"
        case .byte(let byte): return "byte 0x\(String(byte, radix: 16))"
        }
    }

    private func describe(_ expectation: JSONExpectation) -> String {
        switch expectation {
        case .value: return "a value"
        case .key: return "a key in quotes"
        case .commaOr(let closing): return "',' or '\(closing)'"
        case .character(let character): return "'\(character)'"
        }
    }

    private func describe(_ kind: JSONValueKind) -> String {
        switch kind {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .wholeNumber: return "a whole number"
        case .boolean: return "a boolean"
        case .null: return "null"
        case .arrayOfRings: return "an array of rings"
        case .arrayOfCoordinates: return "an array of coordinates"
        }
    }

    private func describe(_ reason: FileReadError.Reason) -> String {
        switch reason {
        case .missing(let noun): return "missing \(describe(noun))"
        case .brokenLink(let noun): return "symbolic link to a missing \(describe(noun))"
        case .permissionDenied: return "permission denied"
        case .linkLoop: return "symbolic link loop (too many levels of links)"
        case .pathNotFolder: return "a part of the path is not a folder"
        case .system(let description): return "cannot be read: \(description)"
        case .isFolder: return "is a folder, expected a file"
        case .notRegularFile: return "is not a regular file (a pipe, socket or device)"
        case .notFolder: return "is not a folder"
        case let .tooLarge(bytes, limit, item):
            return "file is \(ByteCount.describe(bytes)), over the \(ByteCount.describe(limit, exact: false)) limit for one "
                + (item == .page ? "page" : "Data file")
        }
    }

    private func describe(_ failure: WriteFailure) -> String {
        switch failure {
        case .system(let code): return describe(systemError: code)
        case .notLocked(let code): return "cannot lock it: \(describe(systemError: code))"
        case .notAFolder(let folder): return "cannot create a folder in it: \(folder) is not a folder"
        case let .folderNotMade(folder, code): return "cannot create \(folder): \(describe(systemError: code))"
        case let .laterFormat(version, written):
            return "it is in format \(version), written by a later Puebla (this one writes format \(written)); left as it is"
        case .exists: return "it exists"
        case .other(let reason): return reason
        }
    }

    /// What the system says of its error number `code`.
    private func describe(systemError code: Int32) -> String { String(cString: strerror(code)) }

    private func describe(_ problem: IndexWriteProblem) -> String {
        switch problem {
        // The system's words when its error number is known: Foundation's own say only "error 512".
        case let .cacheFolderNotMade(path, reason, code): return "\(path): cannot make the cache folder (\(code.map { describe(systemError: $0) } ?? reason))"
        case let .segmentNotRemoved(path, code): return "\(path): cannot remove the index segment (\(describe(systemError: code)))"
        case .notWritten(let error): return error.description(words: self)
        }
    }

    private func describe(_ problem: TOMLSyntaxProblem) -> String {
        switch problem {
        case let .expected(expectation, token): return "expected \(describe(expectation)), saw \(describe(token))"
        case .bareWord(let word): return "expected a value, saw \(DataProblem.quoted(word)) (text goes in quotes)"
        case .noDigitsAfterSign: return "expected digits after the sign"
        case .misplacedUnderscore: return "an underscore must stand between digits"
        case .leadingZero: return "an integer cannot start with 0"
        case .integerTooLarge: return "the integer is too large"
        case .unclosedString: return "the string is not closed on its line"
        case let .controlCharacterInString(value, escapable):
            return "a control character (\(codePoint(value))) cannot stand in a string" + (escapable ? "; write it as an escape" : "")
        case .controlCharacterInComment(let value): return "a control character (\(codePoint(value))) cannot stand in a comment"
        case let .escapeNeedsDigits(letter, count): return "\\\(letter) needs \(count) hexadecimal digits"
        case .notUnicodeScalar(let value): return "\(codePoint(value)) is not a Unicode character"
        case .unknownEscape:
            return "unknown escape; a string in double quotes knows \\n \\t \\\" \\\\ \\b \\f \\r \\uXXXX \\UXXXXXXXX, and one in single quotes none"
        case .nestedTooDeep(let levels): return "arrays and tables nested deeper than \(levels) levels"
        case .loneCarriageReturn: return "a carriage return must be followed by a line feed"
        case .unsupported(let feature): return "\(describe(feature)) are not supported in Puebla's settings"
        case let .definedTwice(path, line): return "\(path) is defined twice (first on line \(line))"
        case let .tableDefinedTwice(path, line): return "table [\(path)] is defined twice (first on line \(line))"
        case let .tableMadeByDottedKeys(path, line):
            return "table [\(path)] was made by dotted keys and cannot be defined again (first on line \(line))"
        case let .tableClosedToDottedKeys(path, line): return "\(path) is a table defined on line \(line); dotted keys cannot add to it"
        case let .notATable(path, line): return "\(path) is set on line \(line) and is not a table"
        case let .inlineTableClosed(path, line): return "\(path) is an inline table (line \(line)) and cannot be added to"
        }
    }

    private func describe(_ expectation: TOMLExpectation) -> String {
        switch expectation {
        case .headerEnd: return "']' to close the table header"
        case .equalsAfterKey: return "'=' after the key"
        case .lineEnd(let part):
            switch part {
            case nil: return "the end of the line"
            case .tableHeader?: return "the end of the line after the table header"
            case .value?: return "the end of the line after the value"
            }
        case .key: return "a key (letters, digits, '-' and '_', or any text in quotes)"
        case .value: return "a value"
        case .digits: return "digits"
        case .string: return "a string"
        case .escape: return "an escape after '\\'"
        case .arrayContinuation: return "',' or ']' in the array"
        case .inlineTableContinuation: return "',' or '}' in the inline table, which stays on one line"
        }
    }

    private func describe(_ token: TOMLToken) -> String {
        switch token {
        case .endOfFile: return "the end of the file"
        case .endOfLine: return "the end of the line"
        case .codePoint(let value): return codePoint(value)
        case .character(let character): return "'\(character)'"
        }
    }

    private func describe(_ feature: TOMLFeature) -> String {
        switch feature {
        case .arraysOfTables: return "arrays of tables ([[...]])"
        case .floats: return "floats"
        case .datesAndTimes: return "dates and times"
        case .nonDecimalIntegers: return "hexadecimal, octal and binary integers"
        case .multilineStrings: return "multi-line strings"
        }
    }

    private func describe(_ failure: ReadBackFailure) -> String {
        switch failure {
        case .system(let description): return description
        case .endsAt(let size): return "the file ends at byte \(size) (cut short)"
        case .endsBefore: return "the file ends before them (cut short)"
        }
    }

    private func describe(_ missing: MissingData) -> String {
        switch missing {
        case .notFound(let tried):
            return "no Data folder found; looked in "
                + tried.map { "\($0.candidate.path) (\(describe($0.candidate.origin)): \(describe($0.problem)))" }.joined(separator: ", ")
        case .noDataToMakeLibrary(let looked):
            return "your library does not exist and there is no shipped Data to make it from; looked in " + looked.joined(separator: ", ")
        case .libraryUnusable(let problem): return "your library cannot be used: \(describe(problem))"
        case .folderUnreadable(let reason):
            return FileReadError(reason).kind == .missing ? "no Data folder here (\(describe(reason)))" : describe(reason)
        case .fileUnreadable(let reason): return describe(reason)
        case .notAFolder: return "not a folder"
        }
    }

    private func describe(_ origin: DataLocator.Origin) -> String {
        switch origin {
        case .option: return "--data"
        case .environment: return "$PUEBLA_DATA"
        case .library: return "your library"
        case .installed(let executable): return "installed beside \(executable)"
        case .builtFrom: return "the folder Puebla was built from"
        }
    }

    private func describe(_ problem: DataLocator.FolderProblem) -> String {
        switch problem {
        case .absent: return "does not exist"
        case .linkLoop: return "a loop of symbolic links"
        case .permissionDenied: return "permission denied"
        case .system(let description): return description
        case .notAFolder: return "not a folder"
        }
    }

    private func describe(_ noun: FileReadError.Noun) -> String {
        noun == .file ? "file" : "folder"
    }

    /// `a, b or c`.
    private func alternatives(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }
}
