import Foundation
@testable import PueblaKit
import Testing

/// The problems found in files Puebla reads, in both languages: each kind written by `English` and
/// by `Spanish`, the English as it always was, and the JSON report English whatever the language.
@Suite("Problems in both languages")
struct ProblemWordsTests {
    /// One problem of every kind. The switch in `name(of:)` has no default: a kind added to
    /// `ProblemKind` does not build here until it is named, and a named kind missing from this
    /// list fails `everyKindIsSampled`.
    static let samples: [ProblemKind] = [
        .invalidUTF8(byte: 0xff), .emptyFile, .unexpected(.character(","), expected: .key), .textAfterValue(.byte(0x1)),
        .nestedTooDeep(levels: 256), .duplicateKey("title"), .invalidLiteral(expected: "true"), .invalidNumber,
        .noDigitsAfterPoint, .noDigitsInExponent, .numberOutOfRange, .unterminatedString, .controlCharacterInString(byte: 0x7),
        .unterminatedEscape, .unpairedSurrogate, .invalidEscape(.character("x")), .invalidUnicodeEscape,
        .unreadableFile(.permissionDenied), .noData(.notAFolder), .notWritableAsJSON("bad"), .spillUnreadable(count: 28, offset: 20, .endsAt(20)),
        .notWritten(.system(errno: EACCES)), .indexNotWritten(.segmentNotRemoved(path: "/c/puebla/index-1.seg", errno: EACCES)),
        .wrongType(expected: .string, found: .number), .missingField, .mustNotBeNull, .mustNotBeEmpty, .noVisibleCharacter,
        .unknownField, .textTooLarge(bytes: 2 << 20, limit: 1 << 20), .notOneOf("probably", allowed: ["confirmed", "inferred"]),
        .notADate("2010-02-30", allowsPartial: false), .idNotNFC("cafe"), .confirmedWithoutDate, .undatedFactWithoutNotes,
        .malformedCountryCode("bz"), .unassignedCountryCode("ZZ"), .memberSinceWithoutMembership, .needsSource(.inferred),
        .idDoesNotMatchFileName("a", expected: "b"), .fileNameNotNFC("cafe\u{301}", composed: "café"), .emptyID, .idCannotNameFile("../a"), .idTooLong(limit: 200),
        .unknownCountry("XX", file: "countries.json"), .unknownMeeting("rcm-99", file: "meetings.json"),
        .missingParagraph(99, count: 8), .duplicate(field: "id", value: "rcm-1", first: "meetings.json", line: 3),
        .sameArticle(sourceFile: "page.html", first: "a.json", line: 4), .idOfAnotherRelease("a", path: "releases/a.json"),
        .sourceOfAnotherRelease("https://iom.int", path: "releases/a.json"), .scaleNotPositive, .boundsNotFourNumbers, .boundsNotRegion,
        .noRing, .tooFewPoints(numbers: 4),
        .pointOutsideBounds(longitude: 1, latitude: 2), .settingsUnreadable, .settingsNotUTF8, .settingsSyntax(.loneCarriageReturn),
        .unknownSetting(expected: ["name", "[theme.colors]"]), .notAPane("quotez", allowed: ["releases", "quotes"]),
        .notALanguage("fr", allowed: ["en", "es"]), .noTheme("neon", allowed: ["default"]), .notAColour("rojo", allowed: ["red"]),
        .noSuchElement(allowed: ["title"]), .noSuchAction(allowed: ["down"]), .notAKey("Dwn", keyNames: ["Up", "Down"]),
        .expectedKeyNames, .expectedInteger, .expectedBoolean, .expectedString, .expectedTable("reader"), .outOfRange(300, lower: 40, upper: 200),
    ]

    static func name(of kind: ProblemKind) -> String {
        switch kind {
        case .invalidUTF8: "invalidUTF8"
        case .emptyFile: "emptyFile"
        case .unexpected: "unexpected"
        case .textAfterValue: "textAfterValue"
        case .nestedTooDeep: "nestedTooDeep"
        case .duplicateKey: "duplicateKey"
        case .invalidLiteral: "invalidLiteral"
        case .invalidNumber: "invalidNumber"
        case .noDigitsAfterPoint: "noDigitsAfterPoint"
        case .noDigitsInExponent: "noDigitsInExponent"
        case .numberOutOfRange: "numberOutOfRange"
        case .unterminatedString: "unterminatedString"
        case .controlCharacterInString: "controlCharacterInString"
        case .unterminatedEscape: "unterminatedEscape"
        case .unpairedSurrogate: "unpairedSurrogate"
        case .invalidEscape: "invalidEscape"
        case .invalidUnicodeEscape: "invalidUnicodeEscape"
        case .unreadableFile: "unreadableFile"
        case .noData: "noData"
        case .notWritableAsJSON: "notWritableAsJSON"
        case .spillUnreadable: "spillUnreadable"
        case .notWritten: "notWritten"
        case .indexNotWritten: "indexNotWritten"
        case .wrongType: "wrongType"
        case .missingField: "missingField"
        case .mustNotBeNull: "mustNotBeNull"
        case .mustNotBeEmpty: "mustNotBeEmpty"
        case .noVisibleCharacter: "noVisibleCharacter"
        case .unknownField: "unknownField"
        case .textTooLarge: "textTooLarge"
        case .notOneOf: "notOneOf"
        case .notADate: "notADate"
        case .idNotNFC: "idNotNFC"
        case .confirmedWithoutDate: "confirmedWithoutDate"
        case .undatedFactWithoutNotes: "undatedFactWithoutNotes"
        case .malformedCountryCode: "malformedCountryCode"
        case .unassignedCountryCode: "unassignedCountryCode"
        case .memberSinceWithoutMembership: "memberSinceWithoutMembership"
        case .needsSource: "needsSource"
        case .idDoesNotMatchFileName: "idDoesNotMatchFileName"
        case .fileNameNotNFC: "fileNameNotNFC"
        case .emptyID: "emptyID"
        case .idCannotNameFile: "idCannotNameFile"
        case .idTooLong: "idTooLong"
        case .unknownCountry: "unknownCountry"
        case .unknownMeeting: "unknownMeeting"
        case .missingParagraph: "missingParagraph"
        case .duplicate: "duplicate"
        case .sameArticle: "sameArticle"
        case .idOfAnotherRelease: "idOfAnotherRelease"
        case .sourceOfAnotherRelease: "sourceOfAnotherRelease"
        case .scaleNotPositive: "scaleNotPositive"
        case .boundsNotFourNumbers: "boundsNotFourNumbers"
        case .boundsNotRegion: "boundsNotRegion"
        case .noRing: "noRing"
        case .tooFewPoints: "tooFewPoints"
        case .pointOutsideBounds: "pointOutsideBounds"
        case .settingsUnreadable: "settingsUnreadable"
        case .settingsNotUTF8: "settingsNotUTF8"
        case .settingsSyntax: "settingsSyntax"
        case .unknownSetting: "unknownSetting"
        case .notAPane: "notAPane"
        case .notALanguage: "notALanguage"
        case .noTheme: "noTheme"
        case .notAColour: "notAColour"
        case .noSuchElement: "noSuchElement"
        case .noSuchAction: "noSuchAction"
        case .notAKey: "notAKey"
        case .expectedKeyNames: "expectedKeyNames"
        case .expectedInteger: "expectedInteger"
        case .expectedBoolean: "expectedBoolean"
        case .expectedString: "expectedString"
        case .expectedTable: "expectedTable"
        case .outOfRange: "outOfRange"
        }
    }

    /// Words that give English away in a Spanish sentence.
    static let englishWords = ["expected", "found", "missing", "unknown", "must", "cannot", "duplicate", "is not", "the ", "file"]

    @Test("every kind is in the samples once")
    func everyKindIsSampled() {
        let names = Self.samples.map(Self.name(of:))
        #expect(Set(names).count == names.count)
        #expect(names.count == 74)
    }

    @Test("every kind is written in English and in Spanish, differently, and the Spanish has no English word")
    func bothLanguages() {
        for kind in Self.samples {
            let english = English().problem(kind), spanish = Spanish().problem(kind)
            #expect(!english.isEmpty && !spanish.isEmpty)
            #expect(english != spanish, "\(Self.name(of: kind))")
            for word in Self.englishWords {
                #expect(!spanish.lowercased().contains(word), "\(Self.name(of: kind)): \(spanish)")
            }
        }
    }

    /// One of each syntax problem of config.toml, with each thing the reader expects, finds and
    /// leaves out.
    static let settingsSyntax: [TOMLSyntaxProblem] = [
        .bareWord("mono"), .noDigitsAfterSign, .misplacedUnderscore, .leadingZero, .integerTooLarge, .unclosedString,
        .controlCharacterInString(7, escapable: true), .controlCharacterInString(7, escapable: false), .controlCharacterInComment(7),
        .escapeNeedsDigits(letter: "u", count: 4), .notUnicodeScalar(0xD800), .unknownEscape, .nestedTooDeep(levels: 64),
        .loneCarriageReturn, .definedTwice(path: "reader.width", firstLine: 2), .tableDefinedTwice(path: "theme", firstLine: 1),
        .tableMadeByDottedKeys(path: "reader", firstLine: 1), .tableClosedToDottedKeys(path: "theme.colors", line: 1),
        .notATable(path: "keys.down", line: 2), .inlineTableClosed(path: "theme", line: 1),
    ] + [TOMLFeature.arraysOfTables, .floats, .datesAndTimes, .nonDecimalIntegers, .multilineStrings].map(TOMLSyntaxProblem.unsupported)
        + [TOMLExpectation.headerEnd, .equalsAfterKey, .lineEnd(after: nil), .lineEnd(after: .tableHeader), .lineEnd(after: .value), .key,
           .value, .digits, .string, .escape, .arrayContinuation, .inlineTableContinuation].map { .expected($0, saw: .character("=")) }
        + [TOMLToken.endOfFile, .endOfLine, .codePoint(7)].map { .expected(.value, saw: $0) }

    @Test("every syntax problem of config.toml is written in both languages")
    func settingsSyntaxProblems() {
        let spanish = Self.settingsSyntax.map { Spanish().problem(.settingsSyntax($0)) }
        #expect(Set(spanish).count == spanish.count)
        for (problem, text) in zip(Self.settingsSyntax, spanish) {
            #expect(text != English().problem(.settingsSyntax(problem)))
            for word in Self.englishWords { #expect(!text.contains(word), "\(text)") }
        }
    }

    /// One of every reason there is no Data, each place looked in with each origin and each
    /// reason it is no Data folder. The switch in `name(of:)` has no default.
    static let missingData: [MissingData] = [
        .notFound([
            attempt("/chosen", .option, .absent),
            attempt("/env", .environment, .linkLoop),
            attempt("/home/a/.local/share/puebla/Data", .library, .permissionDenied),
            attempt("/usr/share/puebla/Data", .installed(beside: "/usr/bin/puebla"), .system("I/O error")),
            attempt("/src/Data", .builtFrom, .notAFolder),
        ]),
        .noDataToMakeLibrary(looked: ["/usr/share/puebla/Data", "/src/Data"]), .libraryUnusable(.notAFolder),
        .folderUnreadable(.missing(.folder)), .folderUnreadable(.permissionDenied), .fileUnreadable(.missing(.file)), .notAFolder,
    ]

    /// A place looked in, where it came from, and why it is no Data folder.
    static func attempt(_ path: String, _ origin: DataLocator.Origin, _ problem: DataLocator.FolderProblem) -> DataLocator.Attempt {
        DataLocator.Attempt(DataLocator.Candidate(path: path, origin: origin, kind: .chosen), problem: problem)
    }

    static func name(of missing: MissingData) -> String {
        switch missing {
        case .notFound: "notFound"
        case .noDataToMakeLibrary: "noDataToMakeLibrary"
        case .libraryUnusable: "libraryUnusable"
        case .folderUnreadable: "folderUnreadable"
        case .fileUnreadable: "fileUnreadable"
        case .notAFolder: "notAFolder"
        }
    }

    @Test("every reason there is no Data is written in English and in Spanish, differently, and the Spanish has no English word")
    func missingDataInBothLanguages() {
        #expect(Set(Self.missingData.map(Self.name(of:))).count == 6)
        let spanish = Self.missingData.map { Spanish().problem(.noData($0)) }
        #expect(Set(spanish).count == spanish.count)
        for (missing, text) in zip(Self.missingData, spanish) {
            #expect(text != English().problem(.noData(missing)))
            for word in Self.englishWords + ["no data", "looked", "does not", "library", "loop", "beside", "built", "denied"] {
                #expect(!text.lowercased().contains(word), "\(text)")
            }
        }
        #expect(StoreError.missing(path: "/x", reason: .notFound([Self.attempt("/x", .option, .absent)]))
            .description(in: .spanish) == "/x: no se encontró ninguna carpeta Data; se buscó en /x (--data: no existe)")
        #expect(StoreError.missing(path: "/x", reason: .folderUnreadable(.missing(.folder))).description
            == "/x: no Data folder here (missing folder)")
    }

    @Test("every reason the index build's temporary file cannot be read back is written in both languages")
    func readBackFailures() {
        let failures: [ReadBackFailure] = [.system("Input/output error"), .endsAt(20), .endsBefore]
        let spanish = failures.map { Spanish().problem(.spillUnreadable(count: 28, offset: 20, $0)) }
        #expect(Set(spanish).count == failures.count)
        for (failure, text) in zip(failures, spanish) {
            #expect(text != English().problem(.spillUnreadable(count: 28, offset: 20, failure)))
            for word in Self.englishWords + ["cut short", "ends"] { #expect(!text.contains(word), "\(text)") }
        }
        #expect(English().problem(.spillUnreadable(count: 28, offset: 20, .endsAt(20)))
            == "cannot read back 28 bytes at byte 20 of the index build's temporary file: the file ends at byte 20 (cut short); "
            + "the library index was not written and is left as it was")
    }

    @Test("every reason a file cannot be read is written in both languages")
    func fileReasons() {
        let reasons: [FileReadError.Reason] = [
            .missing(.file), .missing(.folder), .brokenLink(.file), .brokenLink(.folder), .permissionDenied, .linkLoop,
            .pathNotFolder, .system("I/O error"), .isFolder, .notRegularFile, .notFolder,
            .tooLarge(bytes: 5 << 20, limit: 4 << 20, of: .dataFile), .tooLarge(bytes: 5 << 20, limit: 4 << 20, of: .page),
        ]
        let spanish = reasons.map { Spanish().problem(.unreadableFile($0)) }
        #expect(Set(spanish).count == reasons.count)
        for (reason, text) in zip(reasons, spanish) {
            #expect(text != English().problem(.unreadableFile(reason)))
            for word in Self.englishWords { #expect(!text.contains(word), "\(text)") }
        }
        #expect(FileReadError(.missing(.folder)).description == "missing folder")
        #expect(FileReadError(.tooLarge(bytes: 5 << 20, limit: 4 << 20, of: .page)).description
            == "file is 5 MiB (5242880 bytes), over the 4 MiB limit for one page")
    }

    @Test("a problem's place and field stay as they are; values from the file are quoted the same in both")
    func placeAndValues() {
        let problem = DataProblem(file: "Data/releases/a.json", location: SourceLocation(line: 10, column: 16),
                                  field: "countries[1]", kind: .unknownCountry("XX", file: "countries.json"))
        #expect(problem.description == "Data/releases/a.json:10:16: countries[1]: unknown country code \"XX\" (not in countries.json)")
        #expect(problem.description(in: .spanish)
            == "Data/releases/a.json:10:16: countries[1]: código de país desconocido \"XX\" (no está en countries.json)")
        #expect(problem.message == "unknown country code \"XX\" (not in countries.json)")
        let long = String(repeating: "x", count: 100)
        #expect(Spanish().problem(.duplicateKey(long)).contains(DataProblem.quoted(long)))
    }

    @Test("the JSON of a problem is English, whatever the language")
    func json() throws {
        let problem = DataProblem(file: "f.json", location: SourceLocation(line: 1, column: 1), field: "date", kind: .missingField)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(problem), as: UTF8.self)
        #expect(text == #"{"column":1,"field":"date","file":"f.json","line":1,"message":"missing required field"}"#)
    }

    @Test("a broken Data folder read in Spanish: syntax, fields and references")
    func brokenData() throws {
        let folder = try TestData.copy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let seed = folder + "/releases/2010-05-18-xv-rcm-tapachula.json"
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        try text.replacingOccurrences(of: "\"dateStatus\": \"inferred\",", with: "")
            .write(toFile: seed, atomically: true, encoding: .utf8)
        try "[{\"code\": \"MX\",}]".write(toFile: folder + "/countries.json", atomically: true, encoding: .utf8)
        let problems = TestData.problems(folder)
        let lines = StoreError.invalid(problems).description(in: .spanish).split(separator: "\n")
            .map { $0.replacingOccurrences(of: folder, with: "Data") }
        #expect(lines.contains("Data/countries.json:1:16: se encontró '}' donde se esperaba una clave entre comillas"))
        #expect(lines.contains("Data/releases/2010-05-18-xv-rcm-tapachula.json:1:1: dateStatus: falta este campo obligatorio"))
    }
}
