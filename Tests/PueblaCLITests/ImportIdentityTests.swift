import Foundation
import PueblaKit
import Testing

/// Folders, identity (same source, numbered ids), --replace, dry runs and the JSON report of
/// `puebla import`, driven through the real binary on copies of Data.
@Suite("puebla import: folders and identity", .serialized)
struct ImportIdentityTests {
    static let template = DataCopy.fixture("10_countries.txt")
    static let templateTitle = "Caribbean and Central American States Review Migration Data"
    static let templateLastLine = "The group will meet again in Kingston next year."
    static let templateID = "undated-caribbean-and-central-american-states-review-migration-data"
    /// The template's id numbered: its slug is cut back to stay within 60 characters.
    static func numberedID(_ number: Int) -> String {
        "undated-caribbean-and-central-american-states-review-migration-\(number)"
    }
    static let seedPage = DataCopy.fixture("000_4feff46c4f8d57b3.txt")
    static let seedID = "2010-05-18-xv-rcm-tapachula"

    /// The template page under `title`, its last paragraph `lastLine`: another title is another
    /// id, another last line another article.
    static func page(title: String = templateTitle, lastLine: String) throws -> Data {
        let text = try String(contentsOfFile: template, encoding: .utf8)
        return Data(text.replacingOccurrences(of: templateTitle, with: title).replacingOccurrences(of: templateLastLine, with: lastLine).utf8)
    }

    /// A different article than the template with the same title, so the same natural id.
    static func otherArticle() throws -> Data {
        let text = try String(contentsOfFile: template, encoding: .utf8)
        return Data(text.replacingOccurrences(of: "Statisticians from the USA", with: "Border officials from the USA")
            .replacingOccurrences(of: "Delegates from New Mexico", with: "Officials from New Mexico")
            .replacingOccurrences(of: templateLastLine, with: "Their next meeting will be held in Belmopan.").utf8)
    }

    static func write(_ data: Data, to path: URL) throws -> String {
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: path)
        return path.path
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func results(_ report: [String: Any]) throws -> [[String: Any]] {
        try #require(report["results"] as? [[String: Any]])
    }

    // MARK: folders

    @Test("a folder of 200 pages: every page imported under its own id, in name order, the rest skipped, a summary; again: all already there")
    func folderOf200() throws {
        let data = try DataCopy()
        let folder = data.root.appendingPathComponent("pages")
        let subjects = ["Ministers", "Statisticians", "Consuls", "Border Officials", "Mayors", "Health Workers", "Labour Inspectors",
                        "Youth Delegates", "Judges", "Teachers"]
        let topics = ["Review Migration Data", "Discuss Return", "Train on Trafficking", "Map Labour Routes", "Study Remittances",
                      "Plan Shelters", "Compare Visas", "Meet on Asylum", "Share Census Methods", "Open Help Desks",
                      "Count Returning Workers", "Agree on Protocols", "Visit Border Posts", "Launch Hotline", "Publish Guide",
                      "Assess Climate Displacement", "Fund Reintegration", "Register Newcomers", "Test Forms", "Close Workshop"]
        var titles: [String] = []
        for (number, (subject, topic)) in subjects.flatMap({ subject in topics.map { (subject, $0) } }).enumerated() {
            let title = "\(subject) \(topic)"
            titles.append(title)
            // Ten subfolders, the pages named so that name order is not creation order.
            let name = "batch-\(number % 10)/page-\(String(format: "%03d", 199 - number)).txt"
            _ = try Self.write(try Self.page(title: title, lastLine: "The group will meet again, meeting \(number)."),
                               to: folder.appendingPathComponent(name))
        }
        _ = try Self.write(Data("body { color: red }".utf8), to: folder.appendingPathComponent("batch-0/style.css"))
        _ = try Self.write(Data([0x89, 0x50, 0x4E, 0x47]), to: folder.appendingPathComponent("logo.PNG"))
        _ = try Self.write(Data("not read".utf8), to: folder.appendingPathComponent(".hidden/page.txt"))
        _ = try Self.write(try Self.otherArticle(), to: folder.appendingPathComponent("saved_files/inner.txt"))

        let started = Date()
        let run = try PueblaBinary.run(["import", "--data", data.path, folder.path])
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 0, "\(run.standardError)")
        // Progress only after a second; not on a terminal, a line every tenth of the way.
        let progress = run.standardError.split(separator: "\n")
        #expect(progress.allSatisfy { $0.hasPrefix("Reading pages [") || $0.hasPrefix("Writing releases [") }, "\(run.standardError)")
        #expect(progress.count <= 22)
        if seconds < 1 { #expect(progress.isEmpty) }
        let imported = run.standardOutput.split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.contains(": imported ") }
        #expect(imported.count == 200)
        let files = imported.map { String($0.prefix { $0 != ":" }) }
        #expect(files == files.sorted())
        #expect(files.first == folder.appendingPathComponent("batch-0/page-009.txt").path)
        let ids = try FileManager.default.contentsOfDirectory(atPath: data.path + "/releases").filter { $0.hasSuffix(".json") }
        #expect(Set(ids).count == 201)
        for title in titles {
            #expect(ids.contains("undated-" + title.lowercased().replacingOccurrences(of: " ", with: "-") + ".json"), "\(title)")
        }
        #expect(run.standardOutput.hasSuffix("imported 200, already there 0, refused 0, skipped 2 files that are not pages (Data: \(data.path))\n"))
        #expect(try PueblaBinary.run(["validate", "--data", data.path]).status == 0)
        print("Imported 200 pages into a copy of Data in \(String(format: "%.2f", seconds)) s")

        let before = try data.snapshot()
        let again = try PueblaBinary.run(["import", "--data", data.path, folder.path])
        #expect(again.status == 0)
        #expect(again.standardOutput.hasSuffix("imported 0, already there 200, refused 0, skipped 2 files that are not pages (Data: \(data.path))\n"))
        #expect(try data.snapshot() == before)
    }

    @Test("files and folders mixed on one command line, an empty folder refused with its reason in the summary")
    func mixedArguments() throws {
        let data = try DataCopy()
        let folder = data.root.appendingPathComponent("one")
        _ = try Self.write(try Self.page(title: "Consuls Meet in Tegucigalpa", lastLine: "They meet again in May."), to: folder.appendingPathComponent("a.txt"))
        let empty = data.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = try PueblaBinary.run(["import", "--data", data.path, folder.path, Self.template, empty.path])
        #expect(run.status == 66)
        #expect(run.standardOutput.contains("\(folder.path)/a.txt: imported undated-consuls-meet-in-tegucigalpa"))
        #expect(run.standardOutput.contains("\(Self.template): imported \(Self.templateID)"))
        #expect(run.standardOutput.contains("imported 2, already there 0, refused 1 (Data: \(data.path))\nRefused:\n  \(empty.path): no pages in this folder\n"))
        #expect(run.standardError == "puebla: \(empty.path): no pages in this folder\n")
    }

    // MARK: identity

    @Test("a different article whose natural id is taken gets a numbered id, with or without --replace, and the first is untouched",
          arguments: [false, true])
    func collision(replace: Bool) throws {
        let data = try DataCopy()
        // The same file name in two folders: only the article tells them apart.
        let first = try Self.write(try Data(contentsOf: URL(fileURLWithPath: Self.template)), to: data.root.appendingPathComponent("a/page.txt"))
        let second = try Self.write(try Self.otherArticle(), to: data.root.appendingPathComponent("b/page.txt"))
        #expect(try PueblaBinary.run(["import", "--data", data.path, first]).status == 0)
        let original = try data.text("releases/\(Self.templateID).json")

        let run = try PueblaBinary.run(["import", "--data", data.path] + (replace ? ["--replace"] : []) + [second])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("\(second): imported \(Self.numberedID(2)) -> \(data.path)/releases/\(Self.numberedID(2)).json (\(Self.templateID) is the id of another article)"))
        #expect(!(run.standardOutput + run.standardError).contains("--replace"))
        #expect(try data.text("releases/\(Self.templateID).json") == original)
        let other = try JSONDecoder().decode(Release.self, from: Data(try data.text("releases/\(Self.numberedID(2)).json").utf8))
        #expect(other.paragraphs.last == "Their next meeting will be held in Belmopan.")
    }

    @Test("pages of one run whose natural ids collide: numbered in command-line order, -2 then -3")
    func collisionsWithinOneRun() throws {
        let data = try DataCopy()
        let pages = try (1...3).map { number in
            try Self.write(try Self.page(lastLine: "Meeting number \(number) closed."), to: data.root.appendingPathComponent("pages/\(number).txt"))
        }
        let run = try PueblaBinary.run(["import", "--data", data.path, "--json"] + pages)
        #expect(run.status == 0)
        let results = try Self.results(try Self.json(run.standardOutput))
        #expect(results.map { $0["id"] as? String } == [Self.templateID, Self.numberedID(2), Self.numberedID(3)])
        #expect(results.map { $0["reason"] as? String } == [nil, "\(Self.templateID) is the id of another article imported earlier in this run",
                                                           "\(Self.templateID) is the id of another article imported earlier in this run"])
    }

    @Test("a numbered id stays within the slug limit")
    func longNumberedID() throws {
        let data = try DataCopy()
        let title = "Delegations of the Regional Conference on Migration Examine Labour Mobility Agreements Across the Region"
        let pages = try (1...2).map { number in
            try Self.write(try Self.page(title: title, lastLine: "Session \(number) closed."), to: data.root.appendingPathComponent("long/\(number).txt"))
        }
        let run = try PueblaBinary.run(["import", "--data", data.path, "--json"] + pages)
        let ids = try Self.results(try Self.json(run.standardOutput)).compactMap { $0["id"] as? String }
        #expect(ids == ["undated-delegations-of-the-regional-conference-on-migration-examine",
                        "undated-delegations-of-the-regional-conference-on-migration-2"])
        #expect(ids.allSatisfy { $0.dropFirst("undated-".count).count <= 60 })
    }

    @Test("the same page again is already there (exit 0, nothing written); an edited version of it too, until --replace, which keeps the id")
    func replaceSameSource() throws {
        let data = try DataCopy()
        let page = data.root.appendingPathComponent("pages/page.txt")
        _ = try Self.write(try Data(contentsOf: URL(fileURLWithPath: Self.template)), to: page)
        #expect(try PueblaBinary.run(["import", "--data", data.path, page.path]).status == 0)
        let before = try data.snapshot()

        let same = try PueblaBinary.run(["import", "--data", data.path, page.path])
        #expect(same.status == 0)
        #expect(same.standardOutput.hasPrefix("\(page.path): already there as \(Self.templateID) (same source file page.txt and the same article)\n"))
        #expect(try data.snapshot() == before)

        // The last of three paragraphs changed: still that article.
        _ = try Self.write(try Self.page(lastLine: "The group will meet again in Kingston in March."), to: page)
        let edited = try PueblaBinary.run(["import", "--data", data.path, page.path])
        #expect(edited.status == 0)
        #expect(edited.standardOutput.contains("already there as \(Self.templateID) (same source file page.txt and the same article; the page now differs from it: --replace takes the page's version)"))
        #expect(try data.snapshot() == before)

        let replaced = try PueblaBinary.run(["import", "--data", data.path, "--replace", page.path])
        #expect(replaced.status == 0)
        #expect(replaced.standardOutput.hasPrefix("\(page.path): replaced \(Self.templateID) -> \(data.path)/releases/\(Self.templateID).json (same source file page.txt and the same article)\n"))
        #expect(try data.text("releases/\(Self.templateID).json").contains("in Kingston in March."))
        #expect(try data.snapshot().keys.sorted() == before.keys.sorted())
    }

    @Test("the shipped release's own page is already there; --replace takes its place under the curated id")
    func seedPage() throws {
        let data = try DataCopy()
        let there = try PueblaBinary.run(["import", "--data", data.path, Self.seedPage])
        #expect(there.status == 0)
        #expect(there.standardOutput.hasPrefix("\(Self.seedPage): already there as \(Self.seedID) (same source file 000_4feff46c4f8d57b3.txt and the same article"))
        let replaced = try PueblaBinary.run(["import", "--data", data.path, "--replace", Self.seedPage])
        #expect(replaced.status == 0)
        #expect(replaced.standardOutput.hasPrefix("\(Self.seedPage): replaced \(Self.seedID) -> "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path + "/releases") == ["\(Self.seedID).json"])
        #expect(try PueblaBinary.run(["validate", "--data", data.path]).status == 0)
    }

    // MARK: dry run

    /// A mix: new pages, the seed release's page, two pages whose ids collide, a file that is not
    /// a page, a missing file, a folder.
    static func mixedCall(in data: DataCopy) throws -> [String] {
        let collidingA = try write(try page(lastLine: "First of two."), to: data.root.appendingPathComponent("mix/a/page.txt"))
        let collidingB = try write(try otherArticle(), to: data.root.appendingPathComponent("mix/b/page.txt"))
        let broken = try write(Data([0x00, 0x01, 0x02]), to: data.root.appendingPathComponent("mix/broken.txt"))
        return [DataCopy.fixture("11_links.txt"), seedPage, collidingA, collidingB, broken,
                data.root.appendingPathComponent("mix/missing.txt").path, data.root.appendingPathComponent("mix/a").path]
    }

    @Test("--dry-run predicts the real run: the same ids, statuses, reasons, refusals, notes and exit status, as text and as JSON")
    func dryRunPredicts() throws {
        for json in [false, true] {
            let data = try DataCopy()
            let arguments = try Self.mixedCall(in: data)
            let before = try data.snapshot()
            let dry = try PueblaBinary.run(["import", "--data", data.path, "--dry-run"] + (json ? ["--json"] : []) + arguments)
            #expect(try data.snapshot() == before)
            let real = try PueblaBinary.run(["import", "--data", data.path] + (json ? ["--json"] : []) + arguments)
            #expect(dry.status == 65)
            #expect(real.status == dry.status)
            #expect(real.standardError == dry.standardError)
            if json {
                var predicted = try Self.json(dry.standardOutput), actual = try Self.json(real.standardOutput)
                #expect(predicted["dryRun"] as? Bool == true)
                #expect(actual["dryRun"] as? Bool == false)
                predicted["dryRun"] = nil
                actual["dryRun"] = nil
                let asDone = try JSONSerialization.data(withJSONObject: predicted, options: .sortedKeys)
                let text = String(decoding: asDone, as: UTF8.self).replacingOccurrences(of: "\"would import\"", with: "\"imported\"")
                #expect(text == String(decoding: try JSONSerialization.data(withJSONObject: actual, options: .sortedKeys), as: UTF8.self))
                #expect(try Self.results(actual).map { $0["status"] as? String } ==
                        ["imported", "already there", "imported", "imported", "refused", "refused", "already there"])
            } else {
                let asDone = dry.standardOutput.replacingOccurrences(of: "Dry run, nothing written: would import", with: "imported")
                    .replacingOccurrences(of: ": would import ", with: ": imported ")
                    .replacingOccurrences(of: "  would add to ", with: "  added to ")
                #expect(asDone == real.standardOutput)
                #expect(dry.standardOutput.contains("Dry run, nothing written: would import 3, already there 2, refused 2 (Data: \(data.path))"))
            }
        }
    }

    @Test("without --data, a dry run names the library it would write and that it would make it from the shipped Data, and makes nothing")
    func dryRunIntoNewLibrary() throws {
        let home = TestHome()
        let dry = try PueblaBinary.run(["import", "--dry-run", Self.template], environment: home.environment)
        #expect(dry.status == 0, "\(dry.standardError)")
        #expect(dry.standardOutput.hasSuffix("Dry run, nothing written: would import 1, already there 0, refused 0 (Data: \(home.library), would be created from \(PueblaBinary.shippedData))\n"))
        #expect(dry.standardOutput.contains(": would import \(Self.templateID) -> \(home.library)/releases/\(Self.templateID).json\n"))
        #expect(!FileManager.default.fileExists(atPath: home.library))

        let json = try Self.json(try PueblaBinary.run(["import", "--dry-run", "--json", Self.template], environment: home.environment).standardOutput)
        #expect(json["data"] as? String == home.library)
        #expect(json["createdFrom"] as? String == PueblaBinary.shippedData)

        let real = try PueblaBinary.run(["import", Self.template], environment: home.environment)
        #expect(real.standardOutput.hasSuffix("imported 1, already there 0, refused 0 (Data: \(home.library), was created from \(PueblaBinary.shippedData))\n"))
        #expect(FileManager.default.fileExists(atPath: home.library + "/releases/\(Self.templateID).json"))
    }

    // MARK: JSON

    @Test("--json is one object whatever the number of pages", arguments: [1, 3])
    func jsonShape(pages count: Int) throws {
        let data = try DataCopy()
        let pages = [Self.template, DataCopy.fixture("11_links.txt"), DataCopy.fixture("12_no_article.txt")].prefix(count)
        let run = try PueblaBinary.run(["import", "--data", data.path, "--json"] + pages)
        let report = try Self.json(run.standardOutput)
        #expect(Set(report.keys) == ["data", "createdFrom", "dryRun", "results", "summary"])
        #expect(report["data"] as? String == data.path)
        #expect(report["createdFrom"] is NSNull)
        let results = try Self.results(report)
        #expect(results.count == count)
        for result in results {
            #expect(Set(result.keys) == ["file", "status", "id", "path", "reason", "addedCountries", "release", "notes", "missing", "error", "exitCode"])
        }
        let first = try #require(results.first)
        #expect(first["status"] as? String == "imported")
        #expect(first["addedCountries"] as? [String] == ["HT", "ES"])
        #expect(first["missing"] as? [String] == ["date", "quotes", "links", "contacts", "meeting", "source url"])
        let release = try JSONDecoder().decode(Release.self, from: JSONSerialization.data(withJSONObject: try #require(first["release"])))
        #expect(release.id == Self.templateID && release.id == first["id"] as? String)
        let summary = try #require(report["summary"] as? [String: Int])
        if count == 1 {
            #expect(summary == ["imported": 1, "replaced": 0, "alreadyThere": 0, "refused": 0, "skipped": 0, "exitCode": 0])
        } else {
            #expect(summary == ["imported": 2, "replaced": 0, "alreadyThere": 0, "refused": 1, "skipped": 0, "exitCode": 65])
            #expect(results[2]["status"] as? String == "refused")
            #expect((results[2]["error"] as? String)?.hasPrefix("no article found") == true)
            #expect(results[2]["release"] is NSNull)
            #expect(run.status == 65)
        }
    }

    // MARK: lock

    @Test("an import waits, saying so, while another holds the Data folder's lock, and writes once it is free")
    func waitsForLock() throws {
        let data = try DataCopy()
        let lockPath = data.path + "/" + DataLock.fileName
        // Not inherited by the import: its copy would hold the lock past the close below.
        let held = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(held >= 0 && flock(held, LOCK_EX) == 0)
        var released = false
        defer { if !released { close(held) } }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: PueblaBinary.path)
        process.arguments = ["import", "--data", data.path, Self.template]
        process.environment = PueblaBinary.environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = Data()
        let deadline = Date().addingTimeInterval(60)
        while !String(decoding: said, as: UTF8.self).contains("\n") && Date() < deadline {
            said += errors.fileHandleForReading.availableData
        }
        #expect(String(decoding: said, as: UTF8.self) == "puebla: waiting for another import of \(data.path) to finish\n")
        #expect(process.isRunning)
        #expect(!FileManager.default.fileExists(atPath: data.path + "/releases/\(Self.templateID).json"))
        close(held)
        released = true
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: data.path + "/releases/\(Self.templateID).json"))
    }
}
