import Foundation
import Testing

/// The timeline's picture and the honest counts, from the real binary: in tmux and as commands.
@Suite("The timeline as a picture", .serialized)
struct TimelinePictureEndToEndTests {
    let testHome = TestHome()
    let data = ["--data", PueblaBinary.shippedData]

    @Test("in tmux the picture stands under the timeline, its pointer follows the list, and it goes when the window is short")
    func inTmux() throws {
        let session = try TmuxSession(command: [PueblaBinary.path] + data, rows: 30, columns: 100, environment: testHome.environment)
        try session.waitFor("1 Releases")
        try session.send("3")
        var screen = try session.waitFor("Timeline  1/29")
        #expect(screen.contains(" Presidency "))
        #expect(screen.contains("▼ I 1996"))
        for _ in 0..<14 { try session.send("Down") }
        screen = try session.waitFor("Timeline 15/29")
        #expect(screen.contains("▼ XV 2010"))
        #expect(screen.contains("● confirmed ◐ inferred ○ unconfirmed"))
        try session.resize(rows: 14, columns: 100)
        screen = try session.waitFor("Timeline 15/29")
        #expect(!screen.contains(" Meetings   ") && !screen.contains("▼"), "no room for the picture, yet it is drawn:\n\(screen)")
        try session.send("4")
        try session.resize(rows: 40, columns: 120)
        screen = try session.waitFor("Members  1/16")
        #expect(screen.contains("0 known, 1 unconfirmed;"))
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("timeline --json carries the corrected meetings and the presidencies")
    func json() throws {
        let result = try PueblaBinary.run(["timeline", "--json"] + data)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: meetings.compactMap { m in (m["id"] as? String).map { ($0, m) } })
        #expect(byID["rcm-19"]?["start"] as? String == "2014-06-26" && byID["rcm-19"]?["end"] as? String == "2014-06-27")
        #expect(byID["rcm-19"]?["datesStatus"] as? String == "confirmed")
        #expect((byID["rcm-19"]?["notes"] as? String)?.contains("secondary") == true)
        #expect(byID["rcm-18"]?["year"] as? Int == 2013)
        #expect(byID["rcm-15"]?["start"] as? String == "2010-05-20" && byID["rcm-15"]?["end"] as? String == "2010-05-21")
        let presidencies = try #require(object["presidencies"] as? [[String: Any]])
        #expect(presidencies.contains { $0["year"] as? Int == 2007 && $0["country"] as? String == "US" && $0["status"] as? String == "confirmed" })
        let mexico = try PueblaBinary.run(["timeline", "--json", "--country", "mexico"] + data)
        let narrowed = try #require(try JSONSerialization.jsonObject(with: Data(mexico.standardOutput.utf8)) as? [String: Any])
        #expect((narrowed["presidencies"] as? [[String: Any]])?.compactMap { $0["year"] as? Int } == [2010, 2015, 2021])
    }

    @Test("timeline --chart draws the picture, in ASCII when the locale is not UTF-8")
    func chart() throws {
        let utf8 = try PueblaBinary.run(["timeline", "--chart", "--width", "100"] + data, environment: ["LC_ALL": "C.UTF-8"])
        #expect(utf8.status == 0)
        let lines = utf8.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(" Meetings   ●  ●  ○  ●") })
        #expect(lines.contains { $0.hasPrefix(" Presidency ") && $0.contains("sv US") })
        #expect(lines.allSatisfy { $0.count <= 100 })
        let ascii = try PueblaBinary.run(["timeline", "--chart", "--width", "100"] + data, environment: ["LC_ALL": "C"])
        #expect(ascii.status == 0)
        let isASCII = ascii.standardOutput.unicodeScalars.allSatisfy(\.isASCII)
        #expect(isASCII)
        #expect(ascii.standardOutput.contains(" Meetings   #  #  ?  #"))
        #expect(ascii.standardOutput.contains("# confirmed ~ inferred ? unconfirmed"))
    }

    @Test("members and timeline --country say what is not known of the hosts and the presidencies")
    func honestCounts() throws {
        let members = try PueblaBinary.run(["members"] + data)
        #expect(members.status == 0)
        let flattened = members.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flattened.contains("HOSTED counts meetings whose host is on record: 6 meetings' hosts are unknown (III, X, XI, XII, XXIII, XXVII)."))
        #expect(flattened.contains("no source gives the presidency for 13 of the 29 years 1996-2024"))
        let jamaica = try PueblaBinary.run(["timeline", "--country", "jamaica"] + data)
        #expect(jamaica.standardOutput == "No meetings hosted by Jamaica (0 known; 6 meetings' hosts unknown).\n")
        let mexico = try PueblaBinary.run(["timeline", "--country", "mexico"] + data)
        #expect(mexico.standardOutput.contains("5 meetings; hosted: 5 known; 6 meetings' hosts unknown"))
    }
}
