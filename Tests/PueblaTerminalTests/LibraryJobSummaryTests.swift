import PueblaKit
@testable import PueblaTerminal
import PueblaViewModel
import Testing

/// What the status line says when Data cannot be read (at the start or on `R`): the first problem
/// in the interface's language, its file named from the Data folder.
@Suite("The status line's report of broken Data")
struct LibraryJobSummaryTests {
    static let error = StoreError.invalid([
        DataProblem(file: "/tmp/Data/releases/a.json", location: SourceLocation(line: 4, column: 11), field: "date",
                    kind: .wrongType(expected: .string, found: .number)),
        DataProblem(file: "/tmp/Data/meetings.json", location: nil, field: nil, kind: .emptyFile),
    ])

    @Test("in Spanish and in English")
    func bothLanguages() {
        #expect(LibraryJob.summary(of: Self.error, in: "/tmp/Data", words: Spanish())
            == "releases/a.json:4:11: date: se esperaba una cadena de texto y se encontró un número (y 1 más; vea `puebla validate`)")
        #expect(LibraryJob.summary(of: Self.error, in: "/tmp/Data", words: English())
            == "releases/a.json:4:11: date: expected a string, found a number (and 1 more; see `puebla validate`)")
    }
}
