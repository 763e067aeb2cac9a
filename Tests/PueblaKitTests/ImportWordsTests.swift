import Foundation
@testable import PueblaImport
@testable import PueblaKit
import Testing

/// Why a page is not imported, and why a page is the release it is, in both languages: each kind
/// written by `English` and by `Spanish`, the English (the `--json` report's words) as it always was.
@Suite("The importer's words in both languages")
struct ImportWordsTests {
    static let problem = DataProblem(file: "Data/releases/a.json", location: SourceLocation(line: 3, column: 5), field: "quotes[0].paragraph",
                                     kind: .missingParagraph(4, count: 1))

    /// One refusal of every kind, and one of every page error. The switches in `name(of:)` have no
    /// default: a kind added does not build here until it is named, and one missing from this list
    /// fails `everyKindIsSampled`.
    static let samples: [ImportRefusal.Kind] = [
        .noSuchFile, .unreadable(.permissionDenied), .noPagesInFolder, .cannotListFolder("Permission denied"),
        .notWritten("No space left on device"), .fileNotWritten(AtomicFile.WriteError(path: "Data/releases/a.json", errno: ENOSPC)),
        .notWrittenAfterFailure(.notWritten("No space left on device")), .other("Bad input"),
    ] + [
        ImportError.empty, .binary(offset: 3), .invalidUTF8(offset: 7), .tooLarge(bytes: 6_000_000), .noArticle, .notAPage, .emptyFeed,
        .feedItem(number: 2, title: "Title", reason: .noArticle), .unknownCountry(code: "XQ"), .wouldNotValidate([problem]),
        .markupLibraryUnavailable(reason: "libxml2.so.2"),
    ].map(ImportRefusal.Kind.page)

    static func name(of kind: ImportRefusal.Kind) -> String {
        switch kind {
        case .page(let error):
            switch error {
            case .empty: "empty"
            case .binary: "binary"
            case .invalidUTF8: "invalidUTF8"
            case .tooLarge: "tooLarge"
            case .noArticle: "noArticle"
            case .notAPage: "notAPage"
            case .emptyFeed: "emptyFeed"
            case .feedItem: "feedItem"
            case .unknownCountry: "unknownCountry"
            case .wouldNotValidate: "wouldNotValidate"
            case .markupLibraryUnavailable: "markupLibraryUnavailable"
            }
        case .noSuchFile: "noSuchFile"
        case .unreadable: "unreadable"
        case .noPagesInFolder: "noPagesInFolder"
        case .cannotListFolder: "cannotListFolder"
        case .notWritten: "notWritten"
        case .fileNotWritten: "fileNotWritten"
        case .notWrittenAfterFailure: "notWrittenAfterFailure"
        case .other: "other"
        }
    }

    /// Kinds whose whole sentence is another program's words, the same in both languages.
    static let verbatim: Set<String> = ["other"]

    @Test("every kind is in the samples once")
    func everyKindIsSampled() {
        let names = Self.samples.map(Self.name(of:))
        #expect(Set(names).count == names.count)
        #expect(names.count == 19)
    }

    @Test("every refusal is written in English and in Spanish, differently, and the Spanish has no English word")
    func bothLanguages() {
        for kind in Self.samples {
            let refusal = ImportRefusal(kind)
            let english = refusal.reason, spanish = refusal.reason(in: Spanish())
            #expect(english == refusal.reason(in: English()) && !spanish.isEmpty)
            guard !Self.verbatim.contains(Self.name(of: kind)) else { continue }
            #expect(english != spanish, "\(Self.name(of: kind))")
            for word in ["not ", "the ", "file", "found", "written", "no such", "cannot", "does not"] {
                #expect(!spanish.lowercased().contains(word), "\(Self.name(of: kind)): \(spanish)")
            }
        }
    }

    @Test("the English of each refusal and its exit status, as the JSON report gives them")
    func english() {
        let expected: [(ImportRefusal.Kind, String, Int32)] = [
            (.noSuchFile, "no such file", 66),
            (.unreadable(.permissionDenied), "permission denied", 65),
            (.unreadable(.tooLarge(bytes: 5_242_881, limit: 5_242_880, of: .page)),
             "file is 5 MiB (5242881 bytes), over the 5 MiB limit for one page", 65),
            (.noPagesInFolder, "no pages in this folder", 66),
            (.cannotListFolder("Permission denied"), "cannot list the folder: Permission denied", 66),
            (.notWritten("No space left on device"), "not written: No space left on device", 73),
            (.fileNotWritten(AtomicFile.WriteError(path: "Data/releases/a.json", errno: ENOSPC)),
             "not written: Data/releases/a.json: cannot write: No space left on device", 73),
            (.notWrittenAfterFailure(.notWritten("No space left on device")),
             "not written after an earlier failure (not written: No space left on device)", 73),
            (.other("Bad input"), "Bad input", 65),
            (.page(.empty), "the page is empty", 65),
            (.page(.markupLibraryUnavailable(reason: "libxml2.so.2: cannot open shared object file")),
             "cannot read HTML pages or feeds: libxml2 cannot be loaded (libxml2.so.2: cannot open shared object file); "
                + "install the libxml2 package", 69),
        ]
        for (kind, reason, status) in expected {
            #expect(ImportRefusal(kind).reason == reason)
            #expect(ImportRefusal(kind).exitCode == status)
        }
    }

    @Test("the problems Data would have with a release are said in the refusal's language; their places stay as they are")
    func wouldNotValidate() {
        let refusal = ImportRefusal(.wouldNotValidate([Self.problem]))
        #expect(refusal.reason == "Data would not validate with it: Data/releases/a.json:3:5: quotes[0].paragraph: "
            + "paragraph 4 does not exist (the release has 1, numbered from 0)")
        #expect(refusal.reason(in: Spanish()) == "Data no sería válido con él: Data/releases/a.json:3:5: quotes[0].paragraph: "
            + "el párrafo 4 no existe (el comunicado tiene 1, numerados desde 0)")
    }

    /// One of every reason for a plan's step, each way of matching a source. The switch in
    /// `name(of:)` has no default.
    static let planReasons: [ImportPlan.Reason] = [
        .sameSource(.url("https://iom.int/a")), .sameSource(.fileAndArticle("page.html")), .importedEarlier(.fileAndArticle("page.html")),
        .pageDiffers(.url("https://iom.int/a")), .idOfAnotherArticle("undated-talks", importedEarlier: false),
        .idOfAnotherArticle("undated-talks", importedEarlier: true),
    ]

    static func name(of reason: ImportPlan.Reason) -> String {
        switch reason {
        case .sameSource: "sameSource"
        case .importedEarlier: "importedEarlier"
        case .pageDiffers: "pageDiffers"
        case .idOfAnotherArticle: "idOfAnotherArticle"
        }
    }

    @Test("why a page is the release it is, or has its id: in English as the JSON gives it, and in Spanish")
    func planReasons() {
        #expect(Set(Self.planReasons.map(Self.name(of:))).count == 4)
        let spanish = Self.planReasons.map(Spanish().planReason)
        #expect(Set(spanish).count == spanish.count)
        for (reason, text) in zip(Self.planReasons, spanish) {
            #expect(text != English().planReason(reason))
            for word in ["same", "source", "article", "earlier", "the ", "takes", " is "] {
                #expect(!text.contains(word), "\(text)")
            }
        }
        #expect(Self.planReasons.map(English().planReason) == [
            "same source url https://iom.int/a", "same source file page.html and the same article",
            "same source file page.html and the same article, imported earlier in this run",
            "same source url https://iom.int/a; the page now differs from it: --replace takes the page's version",
            "undated-talks is the id of another article", "undated-talks is the id of another article imported earlier in this run",
        ])
    }
}
