import PueblaKit
import Testing

@Suite("Tables fitted to the terminal")
struct TextTableTests {
    /// A release listed as `puebla releases` lists it, with an imported release's long id.
    static func releases() -> TextTable {
        var table = TextTable([.init("DATE"), .cut("ID", to: 12), .cut("PLACE", to: 10), .init("TITLE", flexible: true)])
        table.append(["2008-07-02~", "2008-07-02-regional-conference-on-migration-agrees-on-return-guidelines",
                      "Tapachula, MX", "Regional Conference on Migration Agrees on Return Guidelines for Irregular Migrants"])
        table.append(["2010-05-18", "2010-05-18-xv-rcm-tapachula", "Tapachula, MX", "XV Annual Meeting"])
        return table
    }

    @Test("at 80 columns a long id gives up room so that the title is read, twice the id's room")
    func longIDAt80() throws {
        let lines = Self.releases().render(width: 80)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lines)")
        let row = try #require(lines.dropFirst().first)
        #expect(row.contains("Regional Conference on Migration"), "\(row)")
        #expect(row.contains("2008-07-02-"), "the id's start stays: \(row)")
        // The columns still line up: every row's title starts where the header's does.
        let titleColumn = try #require(lines[0].range(of: "TITLE")).lowerBound.utf16Offset(in: lines[0])
        #expect(lines[2].dropFirst(titleColumn).hasPrefix("XV Annual Meeting"), "\(lines)")
    }

    @Test("cut columns never go below their minimum; the title takes what the level leaves over")
    func minimums() {
        let lines = Self.releases().render(width: 50)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 50 }, "\(lines)")
        #expect(lines[1].hasPrefix("2008-07-02~  2008-07-02-…  Tapachula…  Regional C…"), "\(lines[1])")
    }

    @Test("a table that fits, or one printed whole, is not cut")
    func whole() {
        let table = Self.releases()
        let whole = table.render()
        #expect(!whole.joined().contains("…"))
        #expect(table.render(width: 400) == whole)
    }
}
