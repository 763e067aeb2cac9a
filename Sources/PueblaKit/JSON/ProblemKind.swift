/// What is wrong in a file Puebla reads, as a value: the kind of mistake with what it names (the
/// value found, what was expected), so that each language's `ProblemWords` writes it in its own
/// words. Values from the file are kept as read; the words quote them with `DataProblem.quoted`.
public enum ProblemKind: Sendable, Equatable {
    // JSON syntax.
    case invalidUTF8(byte: UInt8)
    case emptyFile
    case unexpected(JSONToken, expected: JSONExpectation)
    case textAfterValue(JSONToken)
    case nestedTooDeep(levels: Int)
    case duplicateKey(String)
    case invalidLiteral(expected: String)
    case invalidNumber
    case noDigitsAfterPoint
    case noDigitsInExponent
    case numberOutOfRange
    case unterminatedString
    case controlCharacterInString(byte: UInt8)
    case unterminatedEscape
    case unpairedSurrogate
    /// The character after a backslash that is no escape.
    case invalidEscape(JSONToken)
    case invalidUnicodeEscape

    // Reading a file.
    case unreadableFile(FileReadError.Reason)
    /// No Data folder to read (`StoreError.missing`).
    case noData(MissingData)
    /// A release made by an import that cannot be written, with the encoder's own words.
    case notWritableAsJSON(String)
    /// Bytes of the library index build's temporary file that could not be read back: nothing was written.
    case spillUnreadable(count: Int, offset: Int, ReadBackFailure)

    // Writing a file.
    /// A file that could not be written; the path goes before it (`AtomicFile.WriteError`).
    case notWritten(WriteFailure)
    /// The library index that could not be written, with its path.
    case indexNotWritten(IndexWriteProblem)

    // Fields.
    case wrongType(expected: JSONValueKind, found: JSONValueKind)
    case missingField
    case mustNotBeNull
    case mustNotBeEmpty
    case noVisibleCharacter
    case unknownField
    case textTooLarge(bytes: Int, limit: Int)
    case notOneOf(String, allowed: [String])
    case notADate(String, allowsPartial: Bool)

    // Facts of the models.
    case idNotNFC(String)
    case confirmedWithoutDate
    case undatedFactWithoutNotes
    case malformedCountryCode(String)
    case unassignedCountryCode(String)
    case memberSinceWithoutMembership
    case needsSource(FactStatus)
    case idDoesNotMatchFileName(String, expected: String)
    /// A release's file name (without `.json`) with decomposed accents, and the name to give it.
    case fileNameNotNFC(String, composed: String)
    case emptyID
    case idCannotNameFile(String)
    case idTooLong(limit: Int)

    // References between files.
    case unknownCountry(String, file: String)
    case unknownMeeting(String, file: String)
    case missingParagraph(Int, count: Int)
    case duplicate(field: String, value: String, first: String, line: Int)
    case sameArticle(sourceFile: String, first: String, line: Int)
    case idOfAnotherRelease(String, path: String)
    case sourceOfAnotherRelease(String, path: String)

    // The map's outlines.
    case scaleNotPositive
    case boundsNotFourNumbers
    case boundsNotRegion
    case noRing
    case tooFewPoints(numbers: Int)
    case pointOutsideBounds(longitude: Int, latitude: Int)

    // Settings (config.toml). Names from the file are shown in plain double quotes, as typed.
    case settingsUnreadable
    case settingsNotUTF8
    /// A file that is not TOML, read as none: the defaults are used.
    case settingsSyntax(TOMLSyntaxProblem)
    case unknownSetting(expected: [String])
    case notAPane(String, allowed: [String])
    case notALanguage(String, allowed: [String])
    case noTheme(String, allowed: [String])
    case notAColour(String, allowed: [String])
    case noSuchElement(allowed: [String])
    case noSuchAction(allowed: [String])
    case notAKey(String, keyNames: [String])
    case expectedKeyNames
    case expectedInteger
    case expectedBoolean
    case expectedString
    case expectedTable(String)
    case outOfRange(Int, lower: Int, upper: Int)
}

/// Why bytes written to a temporary file could not be read back.
public enum ReadBackFailure: Sendable, Equatable {
    /// The system's reason (`strerror`).
    case system(String)
    /// The file is cut short: it ends at this byte, before them.
    case endsAt(Int)
    /// The file ends before them, its size unknown.
    case endsBefore
}

/// What a JSON parser found where it wanted something else.
public enum JSONToken: Sendable, Equatable {
    case endOfFile
    /// A printable ASCII character.
    case character(Character)
    /// Any other byte, shown in hexadecimal.
    case byte(UInt8)
}

/// What a JSON parser wanted at a place.
public enum JSONExpectation: Sendable, Equatable {
    case value
    case key
    /// `,` or the closing character of an object (`}`) or an array (`]`).
    case commaOr(Character)
    case character(Character)
}

/// The kind of a JSON value, found or expected.
public enum JSONValueKind: Sendable, Equatable {
    case object, array, string, number, wholeNumber, boolean, null
    /// What a country's outline in the map's file is made of.
    case arrayOfRings, arrayOfCoordinates
}
