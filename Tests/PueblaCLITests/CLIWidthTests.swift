import Foundation
import PueblaKit
import Testing

@Suite("releases, search and quotes fit the terminal's width")
struct CLIWidthTests {
    static let longID = "2008-07-02-regional-conference-on-migration-agrees-on-return-guidelines"
    static let title = "Regional Conference on Migration Agrees on Return Guidelines for Irregular Migrants"

    /// The shipped Data plus a release with an id as long as imported ones get.
    static func data() throws -> DataCopy {
        let copy = try DataCopy()
        let seed = try String(contentsOf: copy.url("releases/2010-05-18-xv-rcm-tapachula.json"), encoding: .utf8)
        let release = seed.replacingOccurrences(of: "\"2010-05-18-xv-rcm-tapachula\"", with: "\"\(longID)\"")
            .replacingOccurrences(of: "\"date\": \"2010-05-18\"", with: "\"date\": \"2008-07-02\"")
            .replacingOccurrences(of: "https://iom.int/news/", with: "https://iom.int/news/2008-")
            .replacingOccurrences(of: #""title": "[^"]*""#, with: "\"title\": \"\(title)\"", options: .regularExpression)
        try release.write(to: copy.url("releases/\(longID).json"), atomically: true, encoding: .utf8)
        return copy
    }

    /// The lines a command prints in a terminal `columns` wide (0: a terminal that does not say).
    static func inTerminal(_ arguments: [String], columns: Int, environment: [String: String] = [:]) throws -> [String] {
        let (output, termination) = try PseudoTerminal.run(executable: PueblaBinary.path, arguments: arguments,
                                                           environment: PueblaBinary.environment.merging(environment) { $1 },
                                                           rows: 24, columns: columns)
        #expect(termination == .exited(0), "\(String(decoding: output, as: UTF8.self))")
        return String(decoding: output, as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test("releases at 80 columns: every line fits and the long id's row shows its title")
    func releasesAt80() throws {
        let data = try Self.data()
        for (columns, environment) in [(80, [String: String]()), (0, ["COLUMNS": "80"])] {
            let lines = try Self.inTerminal(["releases", "--data", data.path], columns: columns, environment: environment)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lines)")
            let row = try #require(lines.first { $0.hasPrefix("2008-07-02") })
            #expect(row.contains("Regional Conference on Migration"), "\(row)")
        }
    }

    @Test("--wide never cuts, --columns fits any width, and a pipe gets whole lines")
    func wideAndColumns() throws {
        let data = try Self.data()
        let wide = try Self.inTerminal(["releases", "--wide", "--data", data.path], columns: 80)
        #expect(wide.contains { $0.contains(Self.longID) && $0.hasSuffix(Self.title) })
        let narrow = try Self.inTerminal(["releases", "--columns", "60", "--data", data.path], columns: 200)
        #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 60 } && narrow.contains { $0.contains("Regional Conference") }, "\(narrow)")
        let piped = try PueblaBinary.run(["releases", "--data", data.path])
        #expect(piped.standardOutput.split(separator: "\n").contains { $0.contains(Self.longID) && $0.hasSuffix(Self.title) })
        let both = try PueblaBinary.run(["releases", "--wide", "--columns", "80", "--data", data.path])
        #expect(both.status == 64 && both.standardError.contains("--wide and --columns do not go together"))
        let tiny = try PueblaBinary.run(["releases", "--columns", "5", "--data", data.path])
        #expect(tiny.status == 64 && tiny.standardError.contains("--columns must be between 20 and 1000"))
    }

    @Test("search at 80 columns shows the title beside the long id")
    func searchAt80() throws {
        let data = try Self.data()
        let lines = try Self.inTerminal(["search", "return", "guidelines", "--data", data.path], columns: 80)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lines)")
        let row = try #require(lines.first { $0.hasPrefix("2008-07-02") })
        #expect(row.contains("Regional Conference"), "\(row)")
    }

    @Test("quotes wrap at --columns, or print each on one line with --wide")
    func quotes() throws {
        let data = try Self.data()
        let narrow = try Self.inTerminal(["quotes", "--speaker", "thompson", "--columns", "40", "--data", data.path], columns: 120)
        #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 40 } && narrow.contains { $0.contains("Regional") }, "\(narrow)")
        let wide = try Self.inTerminal(["quotes", "--speaker", "thompson", "--wide", "--data", data.path], columns: 40)
        #expect(wide.contains { $0.hasPrefix("  in \(Self.title) (July 2, 2008") }, "\(wide)")
    }
}
