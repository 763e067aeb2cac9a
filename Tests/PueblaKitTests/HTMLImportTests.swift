import Foundation
@testable import PueblaCorpus
@testable import PueblaImport
@testable import PueblaKit
import Testing

/// What a careful reader takes from each saved page and feed item in Fixtures/Import (`h*` pages,
/// `f*` feeds).
struct MarkupExpected: Sendable, CustomStringConvertible {
    var file: String
    /// The feed item, from 0; 0 for a page.
    var item = 0
    var title: String
    var date: String?
    var place: Place?
    var countries: Set<String>
    var paragraphCount: Int
    var firstParagraphStart: String
    var speakers: [String?] = []
    var links: [String] = []
    var contacts: [Contact] = []
    var sourceURL: String?

    var description: String { item == 0 ? file : "\(file) item \(item + 1)" }

    func release() throws -> Release {
        let results = try PageImporter.importFile(ImportFixtures.bytes(file), fileName: file)
        return try results[item].get().release
    }

    /// Every saved page and feed item with its expectations: those written with the HTML reader and
    /// the saved pages written by an outsider before reading it.
    static var everything: [MarkupExpected] { all + BlindHTMLImportFixtures.expected }

    static func scores(_ release: Release, _ expected: MarkupExpected) -> [String: Bool] {
        [
            "title": release.title == expected.title, "date": release.date == expected.date,
            "place": release.place == expected.place, "countries": Set(release.countries) == expected.countries,
            "quote speakers": release.quotes.map(\.speaker) == expected.speakers,
            "quote count": release.quotes.count == expected.speakers.count,
            "links": release.links.map(\.url) == expected.links, "contacts": release.contacts == expected.contacts,
        ]
    }

    static let all: [MarkupExpected] = [
        MarkupExpected(
            file: "h01_browser_saved_en.html", title: "Honduras and Guatemala Open Joint Reception Centre for Returning Migrants",
            date: "2011-06-14", place: Place(name: "Corinto", country: "HN"), countries: ["HN", "GT", "MX", "US", "DO", "SV"],
            paragraphCount: 5, firstParagraphStart: "The governments of Honduras and Guatemala on Tuesday",
            speakers: ["Marta Elena Castillo", "Marta Elena Castillo", "Daniel Ortiz"],
            links: ["https://www.example.org/regional-return-fund", "https://www.rcmvs.example.org/"],
            contacts: [Contact(name: "Daniel Ortiz", organization: "IOM Honduras", email: "dortiz@iom.int", phone: "+504 2220 1100 ext. 215")],
            sourceURL: "https://www.iom.int/news/honduras-and-guatemala-open-joint-reception-centre-returning-migrants"),
        MarkupExpected(
            file: "h02_guardado_navegador_es.html", title: "Costa Rica y Panamá acuerdan una ruta segura para los trabajadores temporales",
            date: "2012-03-02", place: Place(name: "Ciudad Neily", country: "CR"), countries: ["CR", "PA"],
            paragraphCount: 5, firstParagraphStart: "Los gobiernos de Costa Rica y Panamá firmaron",
            speakers: ["Sandra Quesada Mora", "Roberto Arias"],
            links: ["https://www.example.org/crm/reunion-xvii", "https://www.iom.int/es/migracion-laboral"],
            contacts: [Contact(name: "Roberto Arias", organization: "OIM Panamá", email: "rarias@iom.int", phone: "+507 305 3350")],
            sourceURL: "https://www.iom.int/es/news/costa-rica-y-panama-acuerdan-ruta-segura-para-trabajadores"),
        MarkupExpected(
            file: "h03_html_only.html", title: "Panama Hosts Regional Meeting on Migrants Stranded in Transit",
            date: "2010-11-19", place: Place(name: "Panama City", country: "PA"), countries: ["PA", "CR", "CO", "EC", "MX", "NI"],
            paragraphCount: 4, firstParagraphStart: "Senior migration officials from Panama",
            speakers: ["Luisa Fernández"],
            links: ["http://www.example.org/stranded-migrants-study.pdf", "http://www.rcmvs.example.org"],
            contacts: [Contact(name: "Luisa Fernández", organization: "IOM San José", email: "lfernandez@iom.int", phone: "+506 2212 5300")]),
        MarkupExpected(
            file: "h04_curl_fetched.html", title: "Mexico and Guatemala Train Border Officials on Protecting Migrant Children",
            date: "2013-09-27", place: Place(name: "Tapachula", country: "MX"), countries: ["MX", "GT"],
            paragraphCount: 4, firstParagraphStart: "Forty immigration and child protection officials",
            speakers: ["Jorge Luis Méndez", "Jorge Luis Méndez"],
            links: ["https://www.iom.int/countries/mexico", "https://www.example.org/albergue-tapachula", "http://www.example.org/rcm-child-guidelines"],
            contacts: [Contact(name: "Sofía Herrera", organization: "IOM Mexico", email: "sherrera@iom.int", phone: "+52 55 5536 3922")],
            sourceURL: "https://www.iom.int/news/mexico-and-guatemala-train-border-officials-protecting-migrant-children"),
        MarkupExpected(
            file: "h05_windows_1252.html", title: "El Salvador abre ventanilla de atención a personas migrantes retornadas",
            date: "2014-07-08", place: Place(name: "San Salvador", country: "SV"), countries: ["SV", "MX", "US"],
            paragraphCount: 3, firstParagraphStart: "El Gobierno de El Salvador inauguró",
            speakers: ["Julián Peña Argueta", "Carmen Ibáñez"],
            contacts: [Contact(name: "Carmen Ibáñez", organization: "OIM El Salvador", email: "cibanez@iom.int", phone: "+503 2521 0500")]),
        MarkupExpected(
            file: "h06_cut_off.html", title: "Belize Registers Migrant Farm Workers Ahead of Sugar Cane Harvest",
            date: "2014-11-10", place: Place(name: "Orange Walk", country: "BZ"), countries: ["BZ", "GT", "HN", "MX"],
            paragraphCount: 6, firstParagraphStart: "Belize's Immigration Department this week",
            speakers: ["Paul Westby", "Paul Westby"],
            sourceURL: "https://www.iom.int/news/belize-registers-migrant-farm-workers-ahead-sugar-cane-harvest"),
        MarkupExpected(
            file: "h07_speech_fields.html", title: "Statement at the Opening of the XVIII Regional Conference on Migration",
            date: "2013-06-27", place: Place(name: "San José", country: "CR"), countries: ["CR", "CA", "PA", "HN", "GT", "US", "MX"],
            paragraphCount: 4, firstParagraphStart: "Mr. Chairman, Vice Ministers",
            speakers: Array(repeating: "Elena Marín Solís", count: 4),
            sourceURL: "https://www.iom.int/speeches-and-talks/statement-opening-xviii-regional-conference-migration"),
        MarkupExpected(
            file: "h08_discurso_tabla.html", title: "Discurso en la clausura del seminario sobre migración y salud",
            date: "2011-04-15", place: Place(name: "Antigua Guatemala", country: "GT"), countries: ["GT", "SV", "HN", "NI"],
            paragraphCount: 3, firstParagraphStart: "Señoras y señores, al cerrar",
            speakers: Array(repeating: "Héctor Ramírez Gil", count: 3)),
        MarkupExpected(
            file: "f01_rss_news.xml", item: 0, title: "Dominican Republic Trains Labour Inspectors on Migrant Workers' Rights",
            date: "2013-03-05", place: Place(name: "Santo Domingo", country: "DO"), countries: ["DO"],
            paragraphCount: 2, firstParagraphStart: "Sixty labour inspectors", speakers: ["Luis Manuel Peralta"],
            links: ["https://www.rcmvs.example.org/"],
            contacts: [Contact(name: "Carla Jiménez", organization: "IOM Santo Domingo", email: "cjimenez@iom.int", phone: "+1 809 688 8174")],
            sourceURL: "https://www.iom.int/news/dominican-republic-trains-labour-inspectors-migrant-workers-rights"),
        MarkupExpected(
            file: "f01_rss_news.xml", item: 2, title: "Nicaragua and Costa Rica Agree on Health Care for Cross-Border Workers",
            date: "2013-03-08", place: Place(name: "Managua", country: "NI"), countries: ["NI", "CR"],
            paragraphCount: 2, firstParagraphStart: "The health ministries of Nicaragua", speakers: ["Sonia Castro Gutiérrez"],
            sourceURL: "https://www.iom.int/news/nicaragua-and-costa-rica-agree-health-care-cross-border-workers"),
        MarkupExpected(
            file: "f02_atom_noticias.xml", item: 0, title: "Honduras instala mesa interinstitucional sobre niñez migrante",
            date: "2015-10-19", place: Place(name: "Tegucigalpa", country: "HN"), countries: ["HN", "MX", "US"],
            paragraphCount: 2, firstParagraphStart: "El Gobierno de Honduras instaló", speakers: ["Gloria Ferrera Paz"],
            sourceURL: "https://www.example.org/oim/noticias/honduras-mesa-ninez-migrante"),
        MarkupExpected(
            file: "f02_atom_noticias.xml", item: 1, title: "Guatemala y México revisan el procedimiento de repatriación ordenada",
            date: "2015-10-21", place: Place(name: "Ciudad de Guatemala", country: "GT"), countries: ["GT", "MX"],
            paragraphCount: 2, firstParagraphStart: "Funcionarios de migración de Guatemala y México",
            links: ["https://www.rcmvs.example.org/lineamientos"],
            sourceURL: "https://www.example.org/oim/noticias/guatemala-mexico-repatriacion"),
    ]
}

@Suite("Importing saved HTML pages and feeds")
struct HTMLImportTests {
    @Test("each field is what a careful reader takes from the page", arguments: MarkupExpected.everything)
    func fields(_ expected: MarkupExpected) throws {
        let release = try expected.release()
        #expect(release.title == expected.title)
        #expect(release.date == expected.date)
        #expect(release.dateStatus == (expected.date == nil ? .unconfirmed : .confirmed))
        #expect(Set(release.countries) == expected.countries)
        #expect(release.paragraphs.count == expected.paragraphCount)
        #expect(release.paragraphs.first?.hasPrefix(expected.firstParagraphStart) == true, "\(release.paragraphs.first ?? "")")
        #expect(release.links.map(\.url) == expected.links)
        #expect(release.source == Source(url: expected.sourceURL, file: expected.file))
        #expect(release.place == expected.place)
        #expect(release.quotes.map(\.speaker) == expected.speakers)
        #expect(release.contacts == expected.contacts)
    }

    @Test("no paragraph holds markup, scripts, styles, menus, banners or footers", arguments: MarkupExpected.everything)
    func noBoilerplate(_ expected: MarkupExpected) throws {
        let release = try expected.release()
        let residue = [
            "<", ">", "{", "}", "DOCTYPE", "function", "window.", "dataLayer", "gtag", "jQuery", "alert(", "cookie", "Cookie",
            "Who we are", "Quiénes somos", "Skip to", "Home", "Inicio", "Search", "Facebook", "Twitter", "Compartir", "©",
            "Related", "relacionadas", "Privacy", "Terms of use", "Speeches and Statements", "Comunicado",
            "Date Publish", "Fecha de publicación", "Most read", "Another story", "padding", "font-size", "display:",
            "Share this", "Foto:", "Tel:", "Printer-friendly", "Speaker",
        ]
        for paragraph in release.paragraphs {
            for piece in residue {
                #expect(!paragraph.contains(piece), "\(piece) in \(paragraph)")
            }
            #expect(paragraph != release.title)
        }
        #expect(!release.title.contains("|") && !release.title.hasPrefix("IOM") && !release.title.hasPrefix("OIM"))
    }

    /// Per-field accuracy over the saved pages and feed items, as real pages are scored (the mean of
    /// each page's share of right fields), for each set and in all; every field must be right.
    @Test("per-field accuracy over the saved pages and feeds is complete")
    func accuracy() throws {
        let sets = [("written with the reader", MarkupExpected.all), ("blind saved pages", BlindHTMLImportFixtures.expected),
                    ("all", MarkupExpected.everything)]
        let scored = try sets.map { name, pages in
            (name: name, pages: try pages.map { expected in
                (page: expected.description, scores: MarkupExpected.scores(try expected.release(), expected))
            })
        }
        let wrong = ImportFixtures.reportAccuracy(scored)
        #expect(wrong.isEmpty, "\(wrong.sorted())")
    }

    @Test("a page's anchors give links with their words; relative ones resolve against the page's address")
    func linkWords() throws {
        let release = try MarkupExpected.all[0].release()
        #expect(release.links == [
            Link(url: "https://www.example.org/regional-return-fund", title: "Regional Return Fund"),
            Link(url: "https://www.rcmvs.example.org/", title: "Regional Conference on Migration"),
        ])
        let curl = try MarkupExpected.all[3].release()
        #expect(curl.links.first == Link(url: "https://www.iom.int/countries/mexico", title: "IOM office in Mexico"))
        #expect(curl.links.last == Link(url: "http://www.example.org/rcm-child-guidelines", title: "the guidelines page"))
    }

    @Test("the title leaves out the site's name and the section the old site put before it", arguments: [
        ("IOM - International Organization for Migration - Press Briefing Notes - Mexico and Guatemala Sign Agreement", "Mexico and Guatemala Sign Agreement"),
        ("Migrantes retornan a Honduras - Noticias | OIM", "Migrantes retornan a Honduras"),
        ("Return Home - A Guide for Migrants | IOM", "Return Home - A Guide for Migrants"),
    ])
    func titleWithoutSection(_ title: String, _ expected: String) {
        #expect(SiteName.strip(from: title, siteName: nil) == expected)
    }

    @Test("content decides the kind, not the name", arguments: [
        ("h01_browser_saved_en.html", PageKind.html), ("h03_html_only.html", .html), ("h04_curl_fetched.html", .html),
        ("h05_windows_1252.html", .html), ("h06_cut_off.html", .html), ("f01_rss_news.xml", .feed), ("f02_atom_noticias.xml", .feed),
        ("h01_browser_saved_en_files/css_a8dX2.css", .code), ("h01_browser_saved_en_files/js_Qw81p.js", .code),
        (ImportFixtures.seedName, .text), ("02_html_residue.txt", .text), ("11_links.txt", .text),
    ])
    func kind(_ file: String, _ kind: PageKind) throws {
        #expect(PageKind(of: try ImportFixtures.bytes(file)[...]) == kind)
    }

    @Test("every text scrape stays text, whatever markup leaked into it")
    func scrapesStayText() throws {
        let scrapes = try FileManager.default.contentsOfDirectory(atPath: ImportFixtures.folder.path).filter { $0.hasSuffix(".txt") }
        #expect(scrapes.count >= 12)
        for scrape in scrapes {
            #expect(PageKind(of: try ImportFixtures.bytes(scrape)[...]) == .text, "\(scrape)")
        }
    }

    @Test("small documents are told apart", arguments: [
        ("<p>Officials met in Tapachula.</p>\nThey agreed on a plan for the region.\nThe next meeting is in May.\n", PageKind.text),
        ("\u{FEFF}  <!-- saved --> <HTML><body><p>x</p></body></HTML>", .html),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", .html),
        ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", .feed),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", .feed),
        ("<feed>the word feed in brackets, then prose</feed>", .text),
        ("body { margin: 0; } .nav { display: none; }", .code),
    ])
    func smallKinds(_ text: String, _ kind: PageKind) {
        #expect(PageKind(of: Array(text.utf8)[...]) == kind)
    }

    @Test("a page in windows-1252 declared as ISO-8859-1 reads its accents and curly quotes")
    func latinPage() throws {
        let release = try MarkupExpected.all[4].release()
        #expect(release.paragraphs[1].contains("“Nadie debería regresar a su país y sentirse extranjero en él”"))
        #expect(release.paragraphs.allSatisfy { !$0.contains("\u{FFFD}") && !$0.contains("Ã") })
    }

    @Test("a page without a declared character set is read as UTF-8; a text scrape must still be UTF-8")
    func undeclaredCharset() throws {
        let page = "<html><head><title>Migración</title></head><body><article><h1>Niñez migrante en Honduras y México</h1>"
            + "<p>Tegucigalpa – La niñez migrante que regresa a Honduras recibirá atención en los centros de acogida del país.</p>"
            + String(repeating: "<p>Los centros ofrecen alimentación, salud y apoyo escolar a cada niño y niña.</p>", count: 2) + "</article></body></html>"
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "pagina.html").release
        #expect(release.title == "Niñez migrante en Honduras y México")
        #expect(release.paragraphs[0].contains("niñez"))
        #expect(throws: ImportError.invalidUTF8(offset: 3)) { try PageImporter.importPage(Array("Ni".utf8) + [0x20, 0xF1, 0x6F], fileName: "x.txt") }
    }

    @Test("a feed item without an article fails alone, with its number and title")
    func feedItemFailure() throws {
        let results = try PageImporter.importFile(ImportFixtures.bytes("f01_rss_news.xml"), fileName: "f01_rss_news.xml")
        #expect(results.count == 3)
        #expect(throws: ImportError.feedItem(number: 2, title: "Photo Gallery: Returning Home", reason: .noArticle)) { try results[1].get() }
        #expect(ImportError.feedItem(number: 2, title: "Photo Gallery: Returning Home", reason: .noArticle).description
            .hasPrefix("feed item 2 \"Photo Gallery: Returning Home\": no article"))
        #expect(results.filter { (try? $0.get()) != nil }.count == 2)
    }

    @Test("a feed without items, a script and a stylesheet are refused")
    func refusals() throws {
        #expect(throws: ImportError.emptyFeed) {
            try PageImporter.importFile(Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>".utf8), fileName: "x.xml")
        }
        for file in ["h01_browser_saved_en_files/css_a8dX2.css", "h01_browser_saved_en_files/js_Qw81p.js"] {
            #expect(throws: ImportError.notAPage) { try PageImporter.importFile(ImportFixtures.bytes(file), fileName: file) }
        }
    }

    @Test("a feed never reads a file an entity names")
    func noExternalEntities() throws {
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY file SYSTEM "file:///etc/hostname"> ]>
            <rss version="2.0"><channel><item><title>Guatemala Opens a Migrant Centre</title>
            <link>https://www.example.org/news/1</link>
            <description>Guatemala City – The Government of Guatemala opened a centre for returned migrants on Monday, with IOM. &file; It will receive families returned from Mexico and the United States.</description>
            </item></channel></rss>
            """
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        let release = try PageImporter.importPage(Array(feed.utf8), fileName: "feed.xml").release
        #expect(release.paragraphs[0].contains("with IOM. It will receive families"))
        if let hostname, !hostname.isEmpty { #expect(!release.paragraphs.joined().contains(hostname)) }
    }

    @Test("a feed's nested entities are not expanded (billion laughs)")
    func noEntityExpansion() throws {
        var declarations = "<!ENTITY l0 \"lol lol lol lol lol lol lol lol lol lol\">"
        for level in 1...9 { declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let feed = """
            <?xml version="1.0"?><!DOCTYPE rss [ \(declarations) ]>
            <rss version="2.0"><channel><item><title>Laughs &l9;</title><link>https://www.example.org/news/2</link>
            <description>Officials from Honduras and Guatemala met this week to review the return of migrants from Mexico. &l9;</description>
            </item></channel></rss>
            """
        // libxml2 refuses the amplification: the item is read without it, or not at all.
        let results = (try? PageImporter.importFile(Array(feed.utf8), fileName: "laughs.xml")) ?? []
        for case let .success(result) in results {
            #expect(!(result.release.title + result.release.paragraphs.joined()).contains("lol"))
        }
    }

    @Test("a generated feed of 50 items gives 50 releases with distinct ids, sources and confirmed dates")
    func fiftyItems() throws {
        let countries = ["Belize", "Canada", "Costa Rica", "El Salvador", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama"]
        let items = (1...50).map { number in
            let country = countries[number % countries.count]
            return """
                <item><title>Migration Officials of \(country) Meet for Consultation Number \(number)</title>
                <link>https://www.example.org/news/consultation-\(number)</link>
                <pubDate>\(["Mon", "Tue", "Wed"][number % 3]), \(String(format: "%02d", number % 28 + 1)) Jun 2016 09:00:00 GMT</pubDate>
                <description>&lt;p&gt;Officials from \(country) met this week for the consultation number \(number) of the year to review how migrants returned to the region are received, with IOM.&lt;/p&gt;</description></item>
                """
        }
        let feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Consultations</title>\n"
            + items.joined(separator: "\n") + "\n</channel></rss>"
        let releases = try PageImporter.importFile(Array(feed.utf8), fileName: "consultations.xml").map { try $0.get().release }
        #expect(releases.count == 50)
        #expect(Set(releases.map(\.id)).count == 50)
        #expect(Set(releases.compactMap(\.source?.url)).count == 50)
        #expect(releases.allSatisfy { $0.dateStatus == .confirmed && $0.date?.hasPrefix("2016-06-") == true && $0.source?.file == "consultations.xml" })
        #expect(releases[9].title == "Migration Officials of Canada Meet for Consultation Number 10")
    }

    @Test("a page cut anywhere imports or is refused, never crashes", arguments: ["h01_browser_saved_en.html", "h06_cut_off.html", "f01_rss_news.xml"])
    func truncations(_ file: String) throws {
        let bytes = try ImportFixtures.bytes(file)
        var generator = SeededGenerator(seed: UInt64(bytes.count))
        for _ in 0..<150 {
            let cut = Int.random(in: 0...bytes.count, using: &generator)
            let results = (try? PageImporter.importFile(Array(bytes[..<cut]), fileName: file)) ?? []
            for case let .success(result) in results {
                #expect(result.release.quotes.allSatisfy { result.release.paragraphs.indices.contains($0.paragraph) })
            }
        }
    }

    @Test("elements nested deeper than the tree is copied keep their text", arguments: [150, 240])
    func deepNesting(_ depth: Int) throws {
        let page = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Officials from Mexico and Guatemala met in Tapachula this week to discuss the return of migrant children.</p></body></html>"
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "deep.html").release
        #expect(release.paragraphs == ["Officials from Mexico and Guatemala met in Tapachula this week to discuss the return of migrant children."])
    }

    @Test("elements nested thousands deep do not exhaust the stack")
    func hostileNesting() {
        let page = "<html><body>" + String(repeating: "<div><span>", count: 50_000) + "<p>Officials met in Tapachula this week.</p></body></html>"
        // libxml2 stops at its own depth limit (256): the page has no article, and nothing crashes.
        #expect(throws: ImportError.noArticle) { try PageImporter.importPage(Array(page.utf8), fileName: "deep.html") }
    }

    @Test("a mailto link keeps its address in the contact block even when its words are a name")
    func mailtoName() throws {
        let page = """
            <!DOCTYPE html><html><body><article><h1>Panama Trains Consular Staff</h1>
            <p>Panama City – Thirty consular officials of Panama completed a course on assisting migrants in distress abroad this week, with IOM.</p>
            <p>For more information, please contact:<br>Ana Torres<br>IOM Panama<br>Email: <a href="mailto:atorres@iom.int">Ana Torres</a></p>
            </article></body></html>
            """
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "p.html").release
        #expect(release.contacts.first?.email == "atorres@iom.int")
        #expect(release.links.isEmpty)
    }
}

/// The same pseudo-random numbers every run (SplitMix64), so that a failing cut can be found again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// libxml2 is opened when a page is first read, not linked: a machine without it still browses.
@Suite("libxml2, opened when needed")
struct LibXML2LoadingTests {
    @Test("the library opens and parses; a library that is not there is a failure naming it, not a crash")
    func opening() throws {
        guard case .success = LibXML2.shared else { Issue.record("libxml2 did not open"); return }
        #expect(MarkupParser.html(Array("<p>Hola</p>".utf8)[...], encoding: "UTF-8")?.name == "html")
        guard case .failure(let missing) = LibXML2.open(names: ["libpuebla-absent.so.9"]) else {
            Issue.record("a library that does not exist opened")
            return
        }
        #expect(missing.reason.contains("libpuebla-absent.so.9"))
    }
}
