import Foundation
import Testing

/// The files people have, imported by the real binary and then read in the real browser: a page
/// saved by a web browser (with the folder of scripts and styles it saves beside it), a feed of 50
/// items and a folder of 200 saved pages, into one copy of Data.
@Suite("puebla import of saved pages, a feed and a folder, then the browser", .serialized)
struct ImportEndToEndTests {
    static let countries = ["Belize", "Canada", "Costa Rica", "El Salvador", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama"]

    /// An RSS 2.0 feed of `count` items, each its own article and address.
    static func feed(items count: Int) -> String {
        let items = (1...count).map { number in
            let country = countries[number % countries.count]
            return """
                <item><title>Consular Officials of \(country) Review Returns, Round \(number)</title>
                <link>https://www.example.org/news/returns-round-\(number)</link>
                <pubDate>Tue, \(String(format: "%02d", number % 28 + 1)) Mar 2016 09:00:00 GMT</pubDate>
                <description>&lt;p&gt;Consular officials from \(country) met in round \(number) of their review of how \
                returning migrants are received at the border, with the support of IOM.&lt;/p&gt;&lt;p&gt;\
                &quot;Every return must be safe and dignified,&quot; said Elena Vargas, Director of Migration.&lt;/p&gt;</description></item>
                """
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>IOM news</title>\n"
            + items.joined(separator: "\n") + "\n</channel></rss>\n"
    }

    /// A page as a browser saves it: head, menus, a script, the article, a footer.
    static func savedPage(number: Int) -> String {
        let country = countries[number % countries.count]
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Labour Inspectors of \(country) Trained on Migrant Workers' Rights, Course \(number) | IOM</title>
            <meta property="og:title" content="Labour Inspectors of \(country) Trained on Migrant Workers' Rights, Course \(number)">
            <meta property="article:published_time" content="2017-0\(number % 9 + 1)-1\(number % 9)T10:00:00Z">
            <link rel="canonical" href="https://www.example.org/news/labour-inspectors-course-\(number)">
            <style>body { font-family: sans-serif; } .menu { display: flex; }</style>
            <script>window.dataLayer = window.dataLayer || []; function track() { return "menu"; }</script>
            </head><body>
            <header><nav class="menu"><a href="/">Home</a> <a href="/who-we-are">Who we are</a> <a href="/news">News</a></nav></header>
            <main><article>
            <h1>Labour Inspectors of \(country) Trained on Migrant Workers' Rights, Course \(number)</h1>
            <p>Thirty labour inspectors from \(country) finished course \(number) this week on the rights of migrant \
            workers, given by the Ministry of Labour with the support of IOM.</p>
            <p>The inspectors visited farms and building sites and practised interviews with workers in their own language.</p>
            </article></main>
            <footer><p>© International Organization for Migration</p><a href="https://twitter.com/iom">Twitter</a></footer>
            </body></html>
            """
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test("a browser-saved page, a 50-item feed and 200 saved pages: all imported, Data valid, and every one in the browser")
    func savedPageFeedAndFolder() throws {
        let data = try DataCopy()
        let inbox = data.root.appendingPathComponent("inbox")
        // The page saved "complete", with its folder of scripts and styles.
        let saved = inbox.appendingPathComponent("saved")
        try FileManager.default.createDirectory(at: saved, withIntermediateDirectories: true)
        for name in ["h01_browser_saved_en.html", "h01_browser_saved_en_files"] {
            try FileManager.default.copyItem(atPath: DataCopy.fixture(name), toPath: saved.appendingPathComponent(name).path)
        }
        try Self.write(Self.feed(items: 50), to: inbox.appendingPathComponent("feeds/news.rss"))
        for number in 1...200 {
            try Self.write(Self.savedPage(number: number), to: inbox.appendingPathComponent("pages/page-\(String(format: "%03d", number)).html"))
        }

        let run = try PueblaBinary.run(["import", "--data", data.path, inbox.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("imported 251, already there 0, refused 0"), "\(run.standardOutput.suffix(400))")
        #expect(run.standardOutput.contains("imported 2011-06-14-honduras-and-guatemala-open-joint-reception-centre-for"))

        let validate = try PueblaBinary.run(["validate", "--data", data.path])
        #expect(validate.status == 0 && validate.standardOutput.contains("OK (252 releases"), "\(validate.standardOutput)\(validate.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: data.url("releases").path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 252)
        let release = try data.text("releases/2011-06-14-honduras-and-guatemala-open-joint-reception-centre-for.json")
        #expect(!release.contains("<script") && !release.contains("dataLayer") && !release.contains("Who we are"))

        // Imported again: every one is already there, nothing written.
        let before = try data.snapshot()
        let again = try PueblaBinary.run(["import", "--data", data.path, inbox.path])
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("imported 0, already there 251, refused 0"), "\(again.standardOutput.suffix(400))")
        #expect(try data.snapshot() == before)

        // The browser lists them all and reads a feed item and the saved page.
        let session = try TmuxSession(command: [PueblaBinary.path, "--data", data.path], rows: 30, columns: 100)
        try session.waitFor("1/252")
        try session.send("/")
        try session.type("round 17")
        var screen = try session.waitFor("Round 17")
        try session.send("Enter")
        try session.send("Enter")
        screen = try session.waitFor("Every return must be safe and dignified")
        #expect(screen.contains("Consular Officials of"))
        try session.send("Escape")
        try session.send("Escape")
        try session.send("/")
        try session.type("Corinto")
        try session.waitFor("Honduras and Guatemala Open")
        try session.send("Enter")
        try session.send("Enter")
        screen = try session.waitFor("reception centre at the Corinto border crossing")
        #expect(!screen.contains("dataLayer") && !screen.contains("<"))
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }
}
