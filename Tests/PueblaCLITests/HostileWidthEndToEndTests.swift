import Foundation
import PueblaKit
import Testing

/// Titles whose width by code point is not what a terminal shows, in the real browser in tmux and in
/// the real byte stream of `puebla show`.
@Suite("Hostile widths on a real terminal")
struct HostileWidthEndToEndTests {
    static let seed = "releases/2010-05-18-xv-rcm-tapachula.json"
    static let seedTitle = "XV Annual Meeting of the Regional Conference on Migration Addresses Migration and its Impact on the Family"

    /// Titles (as JSON string contents) each made of one kind of trouble, then words.
    static let titles = [
        "\\ud83d\\udc68\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67 Family sequence shown as one face and blanks",
        "\\ud83d\\udc4d\\ud83c\\udffd Thumbs up with a skin tone pushing the pane",
        "\\ud83d\\udc69\\ud83c\\udffd\\u200d\\ud83d\\udcbb Coder with skin tone eight columns by code point",
        "\\ud83c\\uddf2\\ud83c\\uddfd Flag of Mexico from two regional indicators",
        "\\ud83e\\udee8 Shaking face glibc does not know \\u0378 unassigned",
        "\\u2764\\ufe0f Heart with emoji presentation \\u6771\\u4eac wide",
        "Tag characters\\udb40\\udc01\\udb40\\udc69\\udb40\\udc67\\udb40\\udc7f hidden here",
        "\\ud83d\\udc68\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67\\u200d\\ud83d\\udc66\\ud83d\\udc68\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67\\u200d\\ud83d\\udc66\\ud83d\\udc68\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67\\u200d\\ud83d\\udc66\\ud83d\\udc68\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67\\u200d\\ud83d\\udc66 Families",
    ]

    /// A copy of Data with one release for each hostile title.
    static func data() throws -> DataCopy {
        let data = try DataCopy()
        let seed = try String(contentsOf: data.url(seed), encoding: .utf8)
        for (index, title) in titles.enumerated() {
            let id = "2010-05-\(10 + index)-width-\(index)"
            let text = seed.replacingOccurrences(of: "\"2010-05-18-xv-rcm-tapachula\"", with: "\"\(id)\"")
                .replacingOccurrences(of: "\"date\": \"2010-05-18\"", with: "\"date\": \"2010-05-\(10 + index)\"")
                .replacingOccurrences(of: seedTitle, with: title)
                .replacingOccurrences(of: "migration-and-its-impact-family\"", with: "migration-and-its-impact-family-\(index)\"")
            try text.write(to: data.url("releases/\(id).json"), atomically: true, encoding: .utf8)
        }
        return data
    }

    /// The column of the pane separator on a captured line, counting as the terminal does.
    static func separatorColumn(_ line: String) -> Int? {
        var column = 0
        for scalar in line.unicodeScalars {
            if scalar == "│" { return column }
            column += DisplayWidth.of(scalar) ?? 0
        }
        return nil
    }

    @Test("the pane separator is in the same column on every row, whatever the titles hold")
    func separatorStaysInColumn() throws {
        let data = try Self.data()
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", data.path], rows: 30, columns: 100)
        var screen = try session.waitFor("Family sequence")
        for step in 0..<Self.titles.count {
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let columns = lines.compactMap(Self.separatorColumn)
            #expect(columns.count >= 25, "the separator is on every row of the body:\n\(screen)")
            #expect(Set(columns).count == 1, "separator columns \(columns):\n\(screen)")
            // The next release: its title is the detail pane's first lines.
            try session.send("j")
            screen = try session.waitFor("\(step + 2)/\(Self.titles.count + 1)")
        }
    }

    @Test("no tag character reaches the terminal's byte stream")
    func tagsNeverReachTheTerminal() throws {
        let data = try Self.data()
        for index in Self.titles.indices {
            let (output, termination) = try PseudoTerminal.run(
                executable: PueblaBinary.path, arguments: ["show", "2010-05-\(10 + index)-width-\(index)", "--data", data.path],
                environment: PueblaBinary.environment, rows: 40, columns: 100)
            #expect(termination == .exited(0))
            let scalars = String(decoding: output, as: UTF8.self).unicodeScalars
            #expect(!scalars.contains { (0xE0000...0xE007F).contains($0.value) })
        }
    }
}
