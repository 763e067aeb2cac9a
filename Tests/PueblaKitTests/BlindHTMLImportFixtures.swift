import Foundation
@testable import PueblaImport
@testable import PueblaKit
import Testing

/// Saved pages written from outside the HTML reader, as browsers and curl save real IOM press
/// pages: the current site's chrome (mega-menu, skip link, language switcher, breadcrumb, region
/// label, share bar, related-news cards, cookie banner, scripts, inline SVG), a country office in
/// Spanish, the old table-laid site, a speech with labelled fields, a curl fetch cut off with CRLF
/// lines, a windows-1252 page, a page without `<h1>`, a body with `<h2>` sections and a
/// `<blockquote>`, a photo caption in the body and a related list inside the article. Each
/// expectation is what a careful reader takes from the page: the dateline is not part of the
/// first paragraph; contact blocks, captions, subheadings and related lists are no paragraphs.
enum BlindHTMLImportFixtures {
    static let expected: [MarkupExpected] = [
        MarkupExpected(
            file: "b01_iom_news_americas_en.html", title: "Guatemala and Honduras Launch Joint Registry to Track Returned Migrant Children",
            date: "2023-03-14", place: Place(name: "Guatemala City", country: "GT"), countries: ["GT", "HN", "MX", "US", "SV", "CA"],
            paragraphCount: 6, firstParagraphStart: "The governments of Guatemala and Honduras on Tuesday",
            speakers: ["Claudia Mendoza", "Claudia Mendoza", "Michele Klein"],
            links: ["https://www.example.org/rcm/child-registry-guide", "https://www.iom.int/children-on-the-move"],
            contacts: [Contact(name: "Jorge Ramírez", organization: "IOM Guatemala", email: "jramirez@iom.int", phone: "+502 2414 7400")],
            sourceURL: "https://www.iom.int/news/guatemala-and-honduras-launch-joint-registry-track-returned-migrant-children"),
        MarkupExpected(
            file: "b02_comunicado_rosanjose_es.html",
            title: "Costa Rica y Nicaragua capacitan a funcionarios fronterizos en la atención de personas migrantes extracontinentales",
            date: "2016-05-12", place: Place(name: "Peñas Blancas", country: "CR"), countries: ["CR", "NI", "HT", "CU", "US"],
            paragraphCount: 6, firstParagraphStart: "Cuarenta funcionarios de migración, salud y policía",
            speakers: ["Marcela Vargas Solís", "Roberto Cárdenas"],
            links: ["http://www.crmsv.example.org/capacitacion"],
            contacts: [Contact(name: "Tatiana Chacón", organization: "OIM Costa Rica", email: "tchacon@iom.int", phone: "+506 2212 5300")],
            sourceURL: "https://rosanjose.iom.int/es/news/costa-rica-y-nicaragua-capacitan-funcionarios-fronterizos"),
        MarkupExpected(
            file: "b03_jahia_old_table_en.html", title: "Honduras Hosts RCM Workshop on the Return and Reintegration of Migrants",
            date: "2009-03-20", place: Place(name: "Tegucigalpa", country: "HN"), countries: ["HN", "GT", "SV", "NI", "MX", "US"],
            paragraphCount: 5, firstParagraphStart: "Migration and labour officials from Honduras",
            speakers: ["Alejandro Funes", "Ana Lucía Torres", "Ana Lucía Torres"],
            links: ["http://www.iom.int/jahia/Jahia/americas/central-america"],
            contacts: [Contact(name: "Ana Lucía Torres", organization: "IOM Tegucigalpa", email: "atorres@iom.int", phone: "+504 220 1100")],
            // The address a browser notes in the saved page ("saved from url=").
            sourceURL: "http://www.iom.int/jahia/Jahia/media/press-briefing-notes/pbnAM/cache/offonce/lang/en?entryId=21877"),
        MarkupExpected(
            file: "b04_speech_fields_en.html", title: "Opening Remarks at the Regional Conference on Migration Vice-Ministerial Meeting",
            date: "2023-11-22", place: Place(name: "Panama City", country: "PA"), countries: ["PA", "BZ", "DO", "US", "CA"],
            paragraphCount: 5, firstParagraphStart: "Your Excellency the Vice Minister of Foreign Affairs of Panama",
            speakers: Array(repeating: "María Teresa Alvarado", count: 5),
            sourceURL: "https://www.iom.int/speeches/opening-remarks-regional-conference-migration-vice-ministerial-meeting"),
        MarkupExpected(
            file: "b05_curl_crlf_cut_off_en.html", title: "Belize and Mexico Train Officials at Northern Border to Identify Trafficking Victims",
            date: "2018-05-04", place: Place(name: "Corozal", country: "BZ"), countries: ["BZ", "MX", "GT", "US"],
            paragraphCount: 5, firstParagraphStart: "Thirty immigration, police and labour officers",
            speakers: ["Dwayne Castillo", "Kareen Lewis"],
            links: ["https://www.example.org/belize-mexico-trafficking-course"],
            contacts: [Contact(name: "Kareen Lewis", organization: "IOM Belize", email: "klewis@iom.int", phone: "+501 822 3591")],
            sourceURL: "https://www.iom.int/news/belize-and-mexico-train-officials-northern-border-identify-trafficking-victims"),
        MarkupExpected(
            file: "b06_windows1252_managua_es.html", title: "Nicaragua y Honduras fortalecen la atención a migrantes retornados",
            date: "2010-09-23", place: Place(name: "Managua", country: "NI"), countries: ["NI", "HN", "CR", "MX", "US"],
            paragraphCount: 5, firstParagraphStart: "Funcionarios de migración de Nicaragua y Honduras",
            speakers: ["Carlos Antonio Ruiz", "Isabel Medina"],
            links: ["http://www.crmsv.example.org"],
            contacts: [Contact(name: "Isabel Medina", organization: "OIM Managua", email: "imedina@iom.int", phone: "+505 2278 0500")]),
        MarkupExpected(
            file: "b07_no_h1_title_tag_only.html", title: "Dominican Republic Opens First Shelter for Women Survivors of Trafficking",
            date: "2022-07-18", place: Place(name: "Santo Domingo", country: "DO"), countries: ["DO", "AR", "PA", "CR"],
            paragraphCount: 5, firstParagraphStart: "The Government of the Dominican Republic opened",
            speakers: ["Rosa Elena Peña", "Josué Martínez"],
            links: ["https://www.example.org/manual-albergues"],
            contacts: [Contact(name: "Laura Peguero", organization: "IOM Dominican Republic", email: "lpeguero@iom.int", phone: "+1 809 688 8174 ext. 232")],
            sourceURL: "https://www.iom.int/news/dominican-republic-opens-first-shelter-migrant-women-survivors-trafficking"),
        MarkupExpected(
            file: "b08_h2_sections_blockquote.html", title: "Regional Conference on Migration Adopts Guidelines on Migrants Displaced by Disasters",
            date: "2016-06-30", place: Place(name: "San José", country: "CR"), countries: ["CR", "HT", "DO", "GT", "MX", "CA", "US"],
            paragraphCount: 6, firstParagraphStart: "Vice ministers of the eleven member countries",
            speakers: ["Carmen Muñoz Quesada", "Daniela Rovira"],
            links: ["http://www.rcmvs.example.org/guide-disasters.pdf", "https://www.example.org/disaster-displacement-central-america"],
            contacts: [Contact(name: "Pablo Durán", organization: "IOM San José", email: "pduran@iom.int", phone: "+506 2212 5300")],
            sourceURL: "https://www.iom.int/news/regional-conference-migration-adopts-guidelines-migrants-displaced-disasters"),
        MarkupExpected(
            file: "b09_pie_de_foto_mexico_es.html",
            title: "México y Guatemala abren una ventanilla conjunta de información para trabajadores agrícolas temporales",
            date: "2019-02-08", place: Place(name: "Tapachula", country: "MX"), countries: ["MX", "GT"],
            paragraphCount: 6, firstParagraphStart: "Los gobiernos de México y Guatemala inauguraron",
            speakers: ["Verónica Lara Ortiz", "Andrés Figueroa"],
            links: ["https://mexico.iom.int/sites/g/files/tmzbdl1686/files/documents/guia-trabajadores-temporales.pdf"],
            contacts: [Contact(name: "Mariana Solís", organization: "OIM México", email: "msolis@iom.int", phone: "+52 55 5536 3922")],
            sourceURL: "https://mexico.iom.int/es/news/mexico-y-guatemala-abren-ventanilla-conjunta-para-trabajadores-agricolas-temporales"),
        MarkupExpected(
            file: "b10_relacionadas_en_articulo_es.html", title: "Panamá y Colombia coordinan la asistencia a migrantes en la frontera del Darién",
            date: "2021-08-10", place: Place(name: "Ciudad de Panamá", country: "PA"),
            countries: ["PA", "CO", "HT", "CU", "VE", "BD", "CM", "CR"],
            paragraphCount: 5, firstParagraphStart: "Las autoridades migratorias de Panamá y Colombia acordaron",
            speakers: ["Samuel Aparicio Bravo", "Gabriela Ríos"],
            links: ["https://www.example.org/crm/presidencia-pro-tempore"],
            contacts: [Contact(name: "Diego Ledezma", organization: "OIM Panamá", email: "dledezma@iom.int", phone: "+507 305 3350")],
            sourceURL: "https://www.iom.int/es/news/panama-y-colombia-coordinan-la-asistencia-migrantes-en-la-frontera-del-darien"),
    ]
}

/// Rules found while reading the blind saved pages, each on a page of its own.
@Suite("Saved pages: what around the article's paragraphs is not the article")
struct SavedPageImportRuleTests {
    private func release(body: String) throws -> Release {
        let page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Panama Trains Border Officials | IOM</title>
        <link rel="canonical" href="https://www.iom.int/news/panama-trains-border-officials"></head>
        <body><main><article><h1>Panama Trains Border Officials</h1>
        <div class="date"><time datetime="2019-04-02">2 April 2019</time></div>
        <div class="field--name-body">\(body)</div></article></main></body></html>
        """
        return try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
    }

    private let lead = "<p>David, Chiriquí – Forty border officials of Panama and Costa Rica finished a course on the rights of migrants this week.</p>"
        + "<p>The course, given by IOM, covered identification, referral and the care of children travelling alone across the border.</p>"

    @Test("a labelled metadata field inside the article (Themes, Country, SDGs) gives no links and no paragraphs")
    func metadataFields() throws {
        let release = try release(body: lead + """
            <div class="field field--name-field-sdgs"><h2 class="field__label">SDGs</h2><div class="field__item"><a href="/sdg/10">10 - Reduced Inequalities</a></div></div>
            <div class="field"><div class="field__label">Country</div><div class="field__item"><a href="/countries/colombia">Colombia</a></div></div>
            <p>The manual is <a href="https://www.example.org/manual.pdf">available online</a>.</p>
            """)
        #expect(release.links.map(\.url) == ["https://www.example.org/manual.pdf"])
        #expect(release.paragraphs.count == 3)
        #expect(!release.countries.contains("CO"))
    }

    @Test("share buttons and the page's tools inside the article are no links; a link alone in its paragraph is")
    func toolsAndShareButtons() throws {
        let tools = """
            <div class="node-links"><a href="/print/node/123">Print</a> | <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a>
            <a href="https://twitter.com/intent/tweet?url=x">Post</a> <a href="https://wa.me/?text=x">WhatsApp</a> | <a href="/news">Back to News</a></div>
            """
        let release = try release(body: tools + lead + """
            <p><a href="https://www.rcmvs.example.org/">Regional Conference on Migration</a></p>
            """ + tools)
        #expect(release.links.map(\.url) == ["https://www.rcmvs.example.org/"])
    }

    @Test("a line break inside a sentence of prose is a soft one; after a full stop it parts paragraphs; a contact's lines keep theirs")
    func softBreaks() throws {
        let release = try release(body: """
            <p>David, Chiriquí – Forty border officials of Panama and Costa Rica finished a course on the rights of migrants,<br>organized by IOM.</p>
            <p>"We now speak the same language at the border," said Ana Ruiz, IOM Chief of Mission in Panama.<br>"The next step is a joint office."</p>
            <p><strong>For more information, please contact:</strong><br>Ana Ruiz<br>IOM Panama<br>Email: aruiz@iom.int<br>Tel: +507 305 3350</p>
            """)
        #expect(release.paragraphs.count == 3)
        #expect(release.paragraphs.first?.hasSuffix("rights of migrants, organized by IOM.") == true)
        #expect(release.quotes.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz"])
        #expect(release.contacts == [Contact(name: "Ana Ruiz", organization: "IOM Panama", email: "aruiz@iom.int", phone: "+507 305 3350")])
    }

    @Test("a contact named by a mail link keeps the organization written after it, for each person on the line")
    func mailLinkContacts() throws {
        let release = try release(body: lead + """
            <p>For more information please contact <a href="mailto:aruiz@iom.int">Ana Ruiz</a> at IOM Panama, Tel: +507 305 3350
            or <a href="mailto:jperez@iom.int">Juan Pérez</a>, IOM San José, Tel: +506 2212 5300</p>
            """)
        #expect(release.contacts == [
            Contact(name: "Ana Ruiz", organization: "IOM Panama", email: "aruiz@iom.int", phone: "+507 305 3350"),
            Contact(name: "Juan Pérez", organization: "IOM San José", email: "jperez@iom.int", phone: "+506 2212 5300"),
        ])
    }

    @Test("the date a <time> shows is the page's, though its datetime in UTC is the next day; a numeric one shown day first is read by its datetime",
          arguments: [("2019-04-03T04:00:00Z", "2 April 2019", "2019-04-02"), ("2016-05-12T10:00:00Z", "Thu, 12/05/2016 - 10:00", "2016-05-12")])
    func shownDate(datetime: String, shown: String, date: String) throws {
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Panama Trains Border Officials</title></head>
            <body><article><h1>Panama Trains Border Officials</h1><time datetime="\(datetime)">\(shown)</time>\(lead)</article></body></html>
            """
        #expect(try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release.date == date)
    }

    @Test("a tweet embedded in the article gives no paragraph, link or date")
    func embeddedTweet() throws {
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Panama Trains Border Officials</title></head><body><article>
            <h1>Panama Trains Border Officials</h1>\(lead)
            <blockquote class="twitter-tweet"><p lang="en">Border officials trained on migrants' rights this week. <a href="https://t.co/abc123">pic.twitter.com/abc123</a></p>
            &mdash; IOM Panama (@OIMPanama) <a href="https://twitter.com/OIMPanama/status/1234567890">April 2, 2019</a></blockquote>
            <p>A second course will be held in Paso Canoas in June, the organizers said.</p></article></body></html>
            """
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
        #expect(release.paragraphs.count == 3)
        #expect(release.links.isEmpty)
        #expect(release.date == nil)
    }

    @Test("a release's note (For immediate release, Para publicación inmediata, Embargoed until ...) is no paragraph",
          arguments: ["FOR IMMEDIATE RELEASE", "Para publicación inmediata", "Embargoed until 10:00 GMT, 2 April 2019"])
    func releaseNote(note: String) throws {
        let release = try release(body: "<p><strong>\(note)</strong></p>" + lead)
        #expect(release.paragraphs.count == 2)
        #expect(release.paragraphs.first?.hasPrefix("Forty border officials") == true)
    }

    @Test("a list of other stories inside the article under its heading gives no links, paragraphs or countries",
          arguments: ["Related news", "Últimas noticias", "See also"])
    func otherStories(heading: String) throws {
        let release = try release(body: lead + """
            <h3>\(heading)</h3><ul><li><a href="/news/honduras-returns">Honduras receives returned migrants</a> (2 March 2019)</li>
            <li><a href="/news/ecuador-floods">Ecuador: IOM helps families after the floods</a></li></ul>
            """)
        #expect(release.links.isEmpty)
        #expect(release.paragraphs.count == 2)
        #expect(Set(release.countries) == ["PA", "CR"])
    }

    @Test("a standfirst ending with a full stop leaves the dateline under it a dateline")
    func standfirstWithFullStop() throws {
        let release = try release(body: "<p><strong>Officials from two countries learned to spot the needs of migrants at the border.</strong></p>" + lead)
        #expect(release.place == Place(name: "David", country: "PA"))
        #expect(release.paragraphs.count == 3)
        #expect(release.paragraphs[1].hasPrefix("Forty border officials"))
    }

    @Test("text the site's stylesheet hides (for screen readers only) is not the article's; text shown on large screens is")
    func hiddenText() throws {
        let release = try release(body: "<h2 class=\"visually-hidden\">Main content of the press release</h2>" + lead
            + "<p class=\"sr-only\">This page was printed from the website of the International Organization for Migration.</p>"
            + "<p class=\"d-none d-lg-block\">A second course will be held in Paso Canoas in June, the organizers said.</p>")
        #expect(release.paragraphs.count == 3)
        #expect(release.paragraphs.first?.hasPrefix("Forty border officials") == true)
    }

    @Test("a heading between paragraphs (in <p> or <div>) is no paragraph, and one that opens the contacts still opens them",
          arguments: [("p", "For more information, please contact:"), ("div", "Media contacts"), ("p", "Contacts")])
    func headings(paragraph tag: String, contactHeading: String) throws {
        let body = lead.replacingOccurrences(of: "<p>", with: "<\(tag)>").replacingOccurrences(of: "</p>", with: "</\(tag)>")
        let release = try release(body: body + """
            <h2>What comes next</h2><p>A second course will be held in Paso Canoas in June.</p>
            <h3>\(contactHeading)</h3><p>Ana Ruiz, IOM Panama, Tel: +507 305 3350, Email: aruiz@iom.int</p>
            """)
        #expect(release.paragraphs.count == 3)
        #expect(release.contacts == [Contact(name: "Ana Ruiz", organization: "IOM Panama", email: "aruiz@iom.int", phone: "+507 305 3350")])
    }

    @Test("an IOM office's site around the headline is the site's; a dateline of places joined by slashes is the news's place, not Geneva's",
          arguments: [
              ("Panama Trains Border Officials | IOM Costa Rica", "Paso Canoas, Panama", "Panama Trains Border Officials", Place(name: "Paso Canoas", country: "PA")),
              ("OIM Panamá | Panamá capacita a funcionarios", "David/Panama City", "Panamá capacita a funcionarios", Place(name: "David", country: "PA")),
              ("IOM Director General Visits Panama | IOM", "GENEVA/PANAMA CITY", "IOM Director General Visits Panama", Place(name: "Panama City", country: "PA")),
              ("Panama Trains Border Officials | International Organization for Migration (IOM)", "David, Chiriquí",
               "Panama Trains Border Officials", Place(name: "David", country: "PA")),
              ("Panamá capacita a funcionarios | Oficina Regional de la OIM para Centroamérica, Norteamérica y el Caribe", "David, Chiriquí",
               "Panamá capacita a funcionarios", Place(name: "David", country: "PA")),
          ])
    func officeSiteAndSlashedDateline(titleTag: String, dateline: String, title: String, place: Place) throws {
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(titleTag)</title></head><body><main><article>
            <p>\(dateline) – Forty border officials of Panama and Costa Rica finished a course on the rights of migrants this week.</p>
            <p>The course covered identification, referral and the care of children travelling alone across the border.</p>
            </article></main></body></html>
            """
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
        #expect(release.title == title)
        #expect(release.place == place)
        #expect(release.paragraphs.first?.hasPrefix("Forty border officials") == true)
    }

    @Test("a page in UTF-8 that declares ISO-8859-1 is read as UTF-8; one in windows-1252, declared or not, as windows-1252")
    func mislabelledCharset() throws {
        let page = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Capacitación en Peñas Blancas</title></head>
            <body><article><h1>Capacitación en Peñas Blancas</h1>
            <p>Peñas Blancas, Costa Rica – Cuarenta funcionarios de migración de Costa Rica y Nicaragua participaron en un taller binacional.</p>
            <p>El taller abordó la identificación de necesidades de protección y la prevención de la trata de personas.</p></article></body></html>
            """
        let utf8 = try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
        #expect(utf8.title == "Capacitación en Peñas Blancas")
        #expect(utf8.place == Place(name: "Peñas Blancas", country: "CR"))
        let latin = try #require(page.data(using: .windowsCP1252))
        #expect(try PageImporter.importPage([UInt8](latin), fileName: "page.html").release.title == "Capacitación en Peñas Blancas")
        // Not declared at all, and not UTF-8: windows-1252, as browsers read an old page.
        let undeclared = page.replacingOccurrences(of: #"<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">"#, with: "")
        let undeclaredBytes = try #require(undeclared.data(using: .windowsCP1252))
        #expect(try PageImporter.importPage([UInt8](undeclaredBytes), fileName: "page.html").release.title == "Capacitación en Peñas Blancas")
    }

    @Test("related stories' <article> cards are not the article when its paragraphs are outside every <article>")
    func teaserArticles() throws {
        let summary = "Officials from Honduras and Guatemala met in Tegucigalpa this week to agree on the reception of returned migrants, "
            + "with support from IOM and the national child protection agencies, and set up a joint working group on data."
        let teasers = ["a", "b"].map { "<article class=\"teaser\"><h3><a href=\"/news/\($0)\">Story \($0)</a></h3><p>\(summary)</p></article>" }.joined()
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Panama Trains Border Officials | IOM</title></head><body>
            <div class="node"><h1>Panama Trains Border Officials</h1><div class="body">\(lead)</div></div><div class="more">\(teasers)</div></body></html>
            """
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
        #expect(release.paragraphs.count == 2)
        #expect(release.place == Place(name: "David", country: "PA"))
        #expect(!release.countries.contains("HN"))
    }

    @Test("an old page's banner <h1> naming the site is not the title; the article's own heading is")
    func bannerHeading() throws {
        let page = """
            <html><head><meta charset="utf-8"><title>OIM - Organización Internacional para las Migraciones</title></head><body>
            <div id="header"><h1>Organización Internacional para las Migraciones</h1></div>
            <div id="contenido"><h2 class="titulo">Panamá capacita a funcionarios fronterizos</h2>
            <p>David, Chiriquí – Cuarenta funcionarios fronterizos de Panamá y Costa Rica terminaron esta semana un curso sobre los derechos de las personas migrantes.</p>
            <p>El curso abordó la identificación, la referencia y la atención de niños que viajan solos.</p></div></body></html>
            """
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
        #expect(release.title == "Panamá capacita a funcionarios fronterizos")
        #expect(release.paragraphs.count == 2)
    }

    @Test("a speech's fields, under or above its heading, give its speaker but no links, and its delivery note is no paragraph", arguments: [
        ("Speaker", "Check against delivery", false), ("Orador", "Sólo vale lo pronunciado", false), ("Speaker", "As delivered", true),
    ])
    func speechFields(label: String, note: String, fieldsFirst: Bool) throws {
        let heading = "<h1>Opening Remarks at the Regional Seminar</h1>"
        let fields = """
            <div class="field"><div class="field__label">\(label)</div><div class="field__item"><a href="/people/ana-ruiz">Ana Ruiz</a>, IOM Chief of Mission in Panama</div></div>
            <div class="field"><div class="field__label">Location</div><div class="field__item">Panama City</div></div>
            """
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Opening Remarks at the Regional Seminar | IOM</title></head><body><article>
            <div class="label">Speeches</div>\(fieldsFirst ? fields + heading : heading + fields)
            <div class="body"><p><em>\(note)</em></p>
            <p>Distinguished delegates of the member countries of the Regional Conference on Migration, welcome to Panama.</p>
            <p>This seminar is the first held on labour migration by the conference, and it will not be the last one.</p></div>
            </article></body></html>
            """
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
        #expect(release.quotes.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz"])
        #expect(release.paragraphs.count == 2)
        #expect(release.links.isEmpty)
        #expect(release.place == Place(name: "Panama City", country: "PA"))
    }

    @Test("an old page's body repeating its title in capitals under the date line does not give it as a paragraph")
    func titleRepeatedInCapitals() throws {
        let page = """
            <html><head><meta charset="utf-8"><title>IOM - International Organization for Migration - Press Briefing Notes - Panama Trains Border Officials</title></head>
            <body><table><tr><td class="bodytext"><p>Posted on Friday, 20 March 2009</p><p><b>PANAMA TRAINS BORDER OFFICIALS</b></p>\(lead)</td></tr></table></body></html>
            """
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
        #expect(release.title == "Panama Trains Border Officials")
        #expect(release.date == "2009-03-20")
        #expect(release.paragraphs.count == 2)
    }

    @Test("a page fetched with curl -i (through a redirect) is read after its HTTP headers, in the character set they name")
    func curlWithHeaders() throws {
        let page = """
            <!DOCTYPE html><html><head><title>Capacitación en Peñas Blancas | OIM</title></head><body><article><h1>Capacitación en Peñas Blancas</h1>
            <p>Peñas Blancas, Costa Rica – Cuarenta funcionarios de migración de Costa Rica y Nicaragua participaron en un taller binacional.</p>
            <p>El taller abordó la identificación de necesidades de protección y la prevención de la trata de personas.</p></article></body></html>
            """
        let headers = "HTTP/1.1 301 Moved Permanently\r\nLocation: https://www.iom.int/es/news/x\r\nContent-Type: text/html\r\n\r\n"
            + "HTTP/2 200 \r\ncontent-type: text/html; charset=windows-1252\r\nx-drupal-cache: HIT\r\n\r\n"
        let bytes = try #require((headers + page).data(using: .windowsCP1252))
        let release = try PageImporter.importPage([UInt8](bytes), fileName: "page.html").release
        #expect(release.title == "Capacitación en Peñas Blancas")
        #expect(release.place == Place(name: "Peñas Blancas", country: "CR"))
        #expect(release.paragraphs.count == 2)
    }

    @Test("invisible characters a browser hides (a soft hyphen, a zero-width space) do not split words; a <q> is a quotation")
    func invisibleCharactersAndQ() throws {
        let release = try release(body: lead + """
            <p>Officials of Guate&shy;mala and Hon\u{200B}duras joined the course. <q>We now speak the same language at the border</q>, said Ana Ruiz, IOM Chief of Mission in Panama.</p>
            """)
        #expect(Set(release.countries) == ["PA", "CR", "GT", "HN"])
        #expect(release.quotes.map(\.speaker) == ["Ana Ruiz"])
        #expect(release.quotes.first?.text == "We now speak the same language at the border")
    }

    @Test("relative links resolve against the page's <base href> when it has one")
    func baseHref() throws {
        let page = """
            <html><head><meta charset="utf-8"><base href="http://www.iom.int/jahia/Jahia/"><title>Panama Trains Border Officials</title></head>
            <body><div id="content"><h1>Panama Trains Border Officials</h1>\(lead)
            <p>The course's report is on the page of <a href="americas/central-america">IOM's office for Central America</a>.</p></div></body></html>
            """
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
        #expect(release.links.map(\.url) == ["http://www.iom.int/jahia/Jahia/americas/central-america"])
        #expect(release.source?.url == nil)
    }

    @Test("an e-mail address a CDN hid from harvesters (a page saved as HTML only) is the contact's address, and no link")
    func cloudflareProtectedAddress() throws {
        let release = try release(body: lead + """
            <p>For more information, please contact Ana Ruiz at IOM Panama, Tel: +507 305 3350, Email: <a href="/cdn-cgi/l/email-protection#4f2e3d3a26350f2620226126213b"
            class="__cf_email__" data-cfemail="4f2e3d3a26350f2620226126213b">[email&#160;protected]</a></p>
            """)
        #expect(release.contacts == [Contact(name: "Ana Ruiz", organization: "IOM Panama", email: "aruiz@iom.int", phone: "+507 305 3350")])
        #expect(release.links.isEmpty)
    }

    @Test("an old page without <h1>, whose <title> is only the site's, is titled by the element its class calls the title")
    func titledCell() throws {
        let page = """
            <html><head><meta charset="utf-8"><title>OIM - Noticias</title></head><body><table>
            <tr><td class="menu"><a href="index.php">Inicio</a><br><a href="noticias.php">Noticias</a></td>
            <td><table><tr><td class="titulo">Panamá capacita a funcionarios fronterizos</td></tr><tr><td class="fecha">Fecha: 02/04/2019</td></tr>
            <tr><td class="texto"><p>David, Chiriquí – Cuarenta funcionarios fronterizos de Panamá y Costa Rica terminaron esta semana un curso sobre los derechos de las personas migrantes.</p>
            <p>El curso abordó la identificación, la referencia y la atención de niños que viajan solos.</p></td></tr></table></td></tr></table></body></html>
            """
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "page.html").release
        #expect(release.title == "Panamá capacita a funcionarios fronterizos")
        #expect(release.date == "2019-04-02")
        #expect(release.paragraphs.count == 2)
    }
}
