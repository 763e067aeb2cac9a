import Foundation
import PueblaKit
import Testing

/// Imports running at once into one Data folder, while a browser reads it again and again.
@Suite("Concurrent imports", .serialized)
struct ConcurrencyStressTests {
    static let rounds = 10
    static let importsPerRound = 3
    /// Countries Data lacks, one a page, so that every import adds to countries.json.
    static let newCountries = ["Germany", "France", "Italy", "Portugal", "Brazil", "Chile", "Uruguay", "Paraguay", "Bolivia",
                               "Venezuela", "Cuba", "Japan", "China", "India", "Kenya", "Nigeria", "Egypt", "Morocco", "Sweden",
                               "Norway", "Finland", "Poland", "Greece", "Turkey", "Australia", "Ireland", "Belgium", "Austria",
                               "Switzerland", "Denmark"]

    /// The fixture page as another article: its own title, and a country of its own in place of Haiti.
    static func page(round: Int, number: Int) throws -> (text: String, title: String) {
        let text = try String(contentsOfFile: DataCopy.fixture("10_countries.txt"), encoding: .utf8)
        let title = "Round \(round) page \(number): States Review Migration Data"
        let country = newCountries[round * importsPerRound + number]
        return (text.replacingOccurrences(of: "Caribbean and Central American States Review Migration Data", with: title)
                    .replacingOccurrences(of: "Haiti", with: country), title)
    }

    static func startImport(_ page: URL, into data: String) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PueblaBinary.path)
        process.arguments = ["import", "--data", data, page.path]
        process.environment = PueblaBinary.environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return (process, errors)
    }

    @Test("10 rounds of three imports at once, a browser pressing R meanwhile: every import succeeds and is there, and Data stays valid")
    func importsAtOnce() throws {
        let data = try DataCopy()
        let home = TestHome()
        let pages = data.root.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let browser = try TmuxSession(command: [PueblaBinary.path, "--data", data.path], environment: home.environment)
        try browser.waitFor("Releases 1/1")

        var expected: [String] = []
        for round in 0..<Self.rounds {
            var running: [(Process, Pipe, String)] = []
            for number in 0..<Self.importsPerRound {
                let page = try Self.page(round: round, number: number)
                // Files of their own: the same file name and article would be one source.
                let url = pages.appendingPathComponent("round-\(round)-page-\(number).txt")
                try Data(page.text.utf8).write(to: url)
                let (process, errors) = try Self.startImport(url, into: data.path)
                running.append((process, errors, url.lastPathComponent))
                expected.append(page.title)
            }
            try browser.send("R")
            for (process, errors, name) in running {
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "round \(round), \(name): \(message)")
            }
            do {
                _ = try StoreLoader.load(from: data.path)
            } catch {
                Issue.record("round \(round): Data does not validate: \(error)")
            }
        }

        let store = try StoreLoader.load(from: data.path)
        let titles = Set(store.releases.map(\.title))
        for title in expected { #expect(titles.contains(title), "\(title) is missing") }
        // Each page's own country was added to countries.json by its import, none lost to another's.
        let codes = Set(store.countries.map(\.code))
        let mentioned = Set(store.releases.flatMap(\.countries))
        #expect(mentioned.isSubset(of: codes))
        #expect(codes.count >= 16 + Self.newCountries.count, "countries: \(codes.sorted())")
        #expect(store.releases.count == 1 + Self.rounds * Self.importsPerRound)
        let validate = try PueblaBinary.run(["validate", "--data", data.path])
        #expect(validate.status == 0, "\(validate.standardOutput)\(validate.standardError)")

        // The browser lived through it all and shows every release once it reads Data again (an R
        // pressed while it was still reading may be taken by that reading: press again).
        let total = " 1/\(1 + Self.rounds * Self.importsPerRound) "
        var shown = false
        for _ in 0..<5 where !shown {
            try browser.send("R")
            shown = (try? browser.waitFor(total, timeout: 30)) != nil
        }
        let screen = try browser.screen()
        #expect(shown, "the browser never showed \(total): \(screen)")
        try browser.send("Q")
        #expect(try browser.waitForExit() == 0)
    }
}
