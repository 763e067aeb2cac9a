import Foundation
@testable import PueblaImport
@testable import PueblaIndex
@testable import PueblaKit
import Testing

/// The rules a careful reader follows on real pages, one at a time.
@Suite("Import rules for real pages")
struct ImportRuleTests {
    private func layout(_ lines: [String]) -> PageLayout {
        PageLayout(text: lines.joined(separator: "\n"))
    }

    private static let paragraph = "Officials from Honduras and Guatemala met this week to agree on a plan for returning migrants."

    @Test("a section label above the title is never the title", arguments: [
        ["Global", "Press Release"], ["Americas"], ["Noticias", "Comunicado de prensa"], ["Comunicado"], ["Press Briefing Notes"],
        ["Central America"], ["República Dominicana"], ["News - Press Briefing Notes"], ["Noticias | Comunicados de prensa", "Print Email this page"],
        ["Go back to Press Briefing Notes", "Posted on Tuesday, 18-05-2010"], ["Volver a Noticias", "Printer-friendly version", "Bookmark and Share"],
    ])
    func sectionLabel(_ labels: [String]) {
        let page = layout(labels + ["Regional Officials Agree on a Plan for Returning Migrants", Self.paragraph])
        #expect(page.title == "Regional Officials Agree on a Plan for Returning Migrants")
        #expect(page.body == [.text(Self.paragraph)])
    }

    @Test("menu entries nobody listed end at the heading above the page's date", arguments: [
        (["Migration Data Portal", "Global Compact for Migration", "Publications"], "Guatemala and Mexico Strengthen Cooperation on Border Health", "May 12, 2011"),
        (["Portal de datos sobre migración", "Publicaciones", "Recursos"], "Panamá acoge un taller sobre la protección de niños migrantes no acompañados", "Viernes, 21 de mayo de 2010"),
    ])
    func unknownMenuAboveDatedHeading(_ menu: [String], _ heading: String, _ date: String) {
        let page = layout(menu + [heading, date, Self.paragraph])
        #expect(page.title == heading)
        #expect(page.dateLine == date)
        #expect(page.body == [.text(Self.paragraph)])
    }

    @Test("a title with one line under it before the date stays the title")
    func subtitleAboveDate() {
        let page = layout(["Regional Officials Agree on a Plan for Returning Migrants", "A first step towards common procedures", "21 May 2010", Self.paragraph])
        #expect(page.title == "Regional Officials Agree on a Plan for Returning Migrants")
    }

    @Test("a title that starts like a way back is still the title")
    func titleLikeBackLink() {
        #expect(layout(["Back to School for Migrant Children in Honduras", Self.paragraph]).title == "Back to School for Migrant Children in Honduras")
        #expect(layout(["Return of Migrants to Guatemala Doubles", Self.paragraph]).title == "Return of Migrants to Guatemala Doubles")
    }

    @Test("a field giving the place and the date together gives both", arguments: [
        ["Lugar y fecha: Tegucigalpa, 28 de mayo de 2010"], ["Place and date:", "Tegucigalpa, 28 May 2010"],
    ])
    func placeAndDateField(_ field: [String]) {
        let page = layout(["Regional Officials Agree on a Plan for Returning Migrants"] + field + [Self.paragraph])
        #expect(page.dateLine.flatMap { PageDate.parse($0) } == "2010-05-28")
        #expect(page.headers.location.flatMap(PlaceFinder.place(named:)) == Place(name: "Tegucigalpa", country: "HN"))
        #expect(page.body == [.text(Self.paragraph)])
    }

    @Test("the site's metadata under the article is none of its text")
    func metadataUnderArticle() {
        let page = layout(["Regional Officials Agree on a Plan for Returning Migrants", Self.paragraph, "",
                           "Tags: Regional Conference on Migration, Belize", "Countries: Honduras, Canada", "Temas: Retorno"])
        #expect(page.body == [.text(Self.paragraph)])
    }

    @Test("a photograph's credit inside the article is not part of its text")
    func creditInBody() {
        let page = layout(["Regional Officials Agree on a Plan for Returning Migrants", Self.paragraph, "Photo: IOM Belize 2011", Self.paragraph])
        #expect(page.body == [.text(Self.paragraph), .text(Self.paragraph)])
    }

    @Test("a breadcrumb is navigation, though cleaning takes its arrows")
    func breadcrumb() {
        let page = layout(["Home > News > Press Releases", "Regional Officials Agree on a Plan for Returning Migrants", Self.paragraph])
        #expect(page.title == "Regional Officials Agree on a Plan for Returning Migrants")
    }

    @Test("the site's name is neither the title nor part of it")
    func siteName() {
        let page = layout(["International Organization for Migration", "Regional Officials Agree on a Plan | IOM",
                           "Regional Officials Agree on a Plan", Self.paragraph])
        #expect(page.title == "Regional Officials Agree on a Plan")
        #expect(page.body == [.text(Self.paragraph)])
        #expect(PageLayout.withoutSiteName("Migrantes retornan - OIM - ONU Migración") == "Migrantes retornan")
        #expect(PageLayout.withoutSiteName("Talks Advance - IOM Says More Is Needed") == "Talks Advance - IOM Says More Is Needed")
    }

    @Test("a heading wrapped over two lines is one title", arguments: [
        ["XV Annual Meeting of the Regional Conference on Migration Addresses", "Migration and its Impact on the Family"],
        ["La Conferencia Regional sobre Migración analiza la protección de los", "migrantes en tránsito"],
    ])
    func wrappedTitle(_ heading: [String]) {
        let page = layout(heading + ["Officials from the eleven countries of the Regional", "Conference on Migration met this week."])
        #expect(page.title == heading.joined(separator: " "))
        #expect(page.body.count == 2)
    }

    @Test("short lines that each end a sentence are a paragraph each")
    func linePerParagraph() {
        let lines = ["Mr. Chairman, Excellencies, ladies and gentlemen,", "It is an honour to address this meeting of the Conference.",
                     "The members have shown for fifteen years that dialogue works.", "Thank you."]
        #expect(ParagraphFlow.paragraphs(from: lines.map(PageLayout.BodyLine.text)).count == 4)
        let wrapped = ["Officials from the eleven countries of the Regional", "Conference on Migration met this week in the city of",
                       "Tapachula, Mexico, to review the plan of action."]
        #expect(ParagraphFlow.paragraphs(from: wrapped.map(PageLayout.BodyLine.text)).count == 1)
    }

    @Test("the place's country is among the release's countries")
    func placeCountry() throws {
        let text = ["Statement to the Regional Conference on Migration", "Location: Tapachula",
                    "It is an honour for me to address this fifteenth meeting of the Regional Conference."]
        let release = try PageImporter.importText(text.joined(separator: "\n"), hints: PageHints(), fileName: "x.txt").release
        #expect(release.place == Place(name: "Tapachula", country: "MX") && release.countries == ["MX"])
    }

    @Test("a dateline after the labels and the title is still a dateline")
    func datelineAfterLabels() throws {
        let result = try PageImporter.importText(
            ["Americas", "News", "Regional Officials Agree on a Plan for Returning Migrants", "SAN JOSÉ, Costa Rica - " + Self.paragraph]
                .joined(separator: "\n"), hints: PageHints(), fileName: "x.txt")
        #expect(result.release.place == Place(name: "San José", country: "CR"))
        #expect(result.release.paragraphs.first?.hasPrefix("Officials from Honduras") == true)
    }

    @Test("datelines in the forms pages write them", arguments: [
        ("Ciudad de Guatemala, 15 de junio de 2010 (OIM) – ", Place(name: "Ciudad de Guatemala", country: "GT"), "2010-06-15"),
        ("GUATEMALA CITY, Guatemala, May 12, 2010 - ", Place(name: "Guatemala City", country: "GT"), "2010-05-12"),
        ("Tapachula, México – ", Place(name: "Tapachula", country: "MX"), nil),
        ("Washington, D.C. - ", Place(name: "Washington", country: "US"), nil),
        ("Guatemala, 12 de mayo de 2011 (OIM).- ", Place(name: "Guatemala", country: "GT"), "2011-05-12"),
    ] as [(String, Place, String?)])
    func datelines(_ dateline: String, _ place: Place, _ date: String?) {
        let parsed = Dateline(paragraph: dateline + Self.paragraph)
        #expect(parsed.place == place && parsed.date == date && parsed.paragraph == Self.paragraph)
    }

    @Test("a dateline on a line of its own gives the place and the date", arguments: [
        ("Tegucigalpa, 28 May 2010", Place(name: "Tegucigalpa", country: "HN"), "2010-05-28"),
        ("SAN JOSÉ, Costa Rica", Place(name: "San José", country: "CR"), nil),
        ("Managua, 22 de septiembre de 2010", Place(name: "Managua", country: "NI"), "2010-09-22"),
    ] as [(String, Place, String?)])
    func datelineAlone(_ line: String, _ place: Place, _ date: String?) throws {
        let text = ["Regional Officials Agree on a Plan for Returning Migrants", line, Self.paragraph].joined(separator: "\n")
        let release = try PageImporter.importText(text, hints: PageHints(), fileName: "x.txt").release
        #expect(release.place == place && release.date == date && release.paragraphs == [Self.paragraph])
    }

    @Test("a country's name above the title is a label, not the place")
    func countryLabel() throws {
        let text = ["Guatemala", "Regional Officials Agree on a Plan for Returning Migrants", "SAN JOSÉ, Costa Rica - " + Self.paragraph]
        let release = try PageImporter.importText(text.joined(separator: "\n"), hints: PageHints(), fileName: "x.txt").release
        #expect(release.place == Place(name: "San José", country: "CR") && release.title.hasPrefix("Regional"))
    }

    @Test("a region's name as a dateline is no place")
    func regionDateline() {
        let dateline = Dateline(paragraph: "Americas - " + Self.paragraph)
        #expect(dateline.place == nil && dateline.paragraph == Self.paragraph)
    }

    @Test("labelled headers give their value from the next line")
    func labelledHeaders() {
        let page = layout(["Opening Remarks at the Regional Seminar on Migrant Workers", "Date Publish:", "Tuesday, 14 September 2010",
                           "Speaker:", "William Lacy Swing, IOM Director General", "Location:", "Managua, Nicaragua",
                           "Region:", "Americas", Self.paragraph])
        #expect(page.headers == LabelledHeaders(date: "Tuesday, 14 September 2010", speaker: "William Lacy Swing, IOM Director General",
                                                location: "Managua, Nicaragua"))
        #expect(page.body == [.text(Self.paragraph)])
    }

    @Test("page dates in the forms sites print them", arguments: [
        ("Fri, 05/21/2010", "2010-05-21"), ("Vie, 21/05/2010", "2010-05-21"), ("Posted on Tuesday, 18-05-2010", "2010-05-18"),
        ("21 May 2010", "2010-05-21"), ("Date Publish: Viernes, Mayo 21, 2010", "2010-05-21"), ("03/04/2010", "2010-03-04"),
    ])
    func dates(_ text: String, _ date: String) {
        #expect(PageDate.parse(text) == date)
        #expect(PageDate.isDateLine(text))
    }

    @Test("a speech is its speaker's words, a quote a paragraph, with the role the header gives")
    func speech() {
        let quotes = QuoteFinder.speech(by: "William Lacy Swing, IOM Director General", paragraphs: ["Excellencies, welcome.", "Thank you."])
        #expect(quotes.map(\.paragraph) == [0, 1])
        #expect(quotes.allSatisfy { $0.speaker == "William Lacy Swing" && $0.role == "Director General" && $0.organization == "IOM" })
        #expect(QuoteFinder.speech(by: "Director General William Lacy Swing", paragraphs: ["Thank you."]).first?.role == "Director General")
    }

    @Test("a speech's title names its speaker when no field does", arguments: [
        ("Remarks by IOM Deputy Director General Laura Thompson at the XV Regional Conference on Migration", "Laura Thompson"),
        ("Discurso del Director General de la OIM, Embajador William Lacy Swing, en la clausura de la XVII Conferencia", "William Lacy Swing"),
        ("Statement by the Vice Ministers at the Close of the Conference", nil),
        ("IOM Welcomes Statement by Vice Ministers on Migrant Children", nil),
        ("Palabras de clausura de la reunión viceministerial de la Conferencia Regional sobre Migración", nil),
    ] as [(String, String?)])
    func speakerInTitle(_ title: String, _ speaker: String?) {
        let named = QuoteFinder.speaker(ofSpeechTitled: title)
        #expect(named.map { QuoteFinder.speech(by: $0, paragraphs: ["Thank you."]).first?.speaker } ?? nil == speaker)
    }

    // MARK: - Place

    @Test("the place is the most specific one the page gives", arguments: [
        ("Delegates met last week in the resort town of Tela, Honduras, for a course.", nil, Place(name: "Tela", country: "HN")),
        ("Delegates gathered on Thursday in Guatemala City.", nil, Place(name: "Guatemala City", country: "GT")),
        ("Más de mil migrantes nacidos en la República Dominicana recibieron documentos.", nil,
         Place(name: "República Dominicana", country: "DO")),
        ("Delegates spent three days in Tegucigalpa.", Place(name: "Honduras", country: "HN"), Place(name: "Tegucigalpa", country: "HN")),
        ("Delegates spent three days in Managua.", Place(name: "Honduras", country: "HN"), Place(name: "Honduras", country: "HN")),
        ("El curso se realizó en la ciudad de Flores, Petén.", nil, Place(name: "Flores", country: "GT")),
        ("Officials met in Atlanta, Georgia, with colleagues.", nil, Place(name: "Atlanta", country: "US")),
        ("Officials met in San Jose, California, with colleagues.", nil, Place(name: "San Jose", country: "US")),
        ("Los talleres se realizaron en Santa Lucía Cotzumalguapa y en Escuintla.", nil, Place(name: "Santa Lucía Cotzumalguapa", country: "GT")),
        ("Officials opened a help desk at the border post of El Ceibo, between Guatemala and Mexico.", nil, Place(name: "El Ceibo", country: "GT")),
        ("Migrants travelling through Mexico need information.", nil, nil),
        ("Funcionarios de seis países se reunieron en la ciudad fronteriza de Tecún Umán, Guatemala, esta semana.", nil,
         Place(name: "Tecún Umán", country: "GT")),
        ("Consuls posted in Costa Rica and Mexico gathered this week in Managua, Nicaragua, for a course.", nil, Place(name: "Managua", country: "NI")),
        ("IOM in Panama assisted migrants who had arrived in Tapachula before they were sent back south.", nil, Place(name: "Panama", country: "PA")),
    ] as [(String, Place?, Place?)])
    func place(_ paragraph: String, _ dateline: Place?, _ place: Place?) {
        #expect(PlaceFinder.place(header: nil, dateline: dateline, paragraphs: [paragraph]) == place)
    }

    @Test("a Location header wins over the text")
    func locationHeader() {
        let place = PlaceFinder.place(header: "San Salvador, El Salvador", dateline: nil, paragraphs: ["They met in Managua."])
        #expect(place == Place(name: "San Salvador", country: "SV"))
    }

    // MARK: - Countries

    @Test("a word that names a country only in another language or sense adds no country", arguments: [
        ("La Reunión Regional concluyó hoy", [String]()), ("the Family Reunion Programme", []),
        ("met in Atlanta, Georgia, last week", ["US"]), ("Georgia and Armenia", ["GE", "AM"]),
        ("chaired by Chad Whitaker", []), ("Chad and Niger", ["TD", "NE"]), ("dijo Mauricio Chacón", []),
        ("Mr. Jordan said", []), ("Jordan, Lebanon and Syria", ["JO", "LB", "SY"]), ("la Virgen de Guadalupe", []),
        ("migrants from the Niger Delta", []), ("a guinea pig", []), ("Isla de la Reunión", ["RE"]),
        ("US$ 2 million for the US", ["US"]), ("receive US$ 2 million", []),
        ("frente a la plaza Italia y la avenida Perú", []), ("at the Hotel Guatemala in Mexico", ["MX"]),
        ("en Santa Lucía Cotzumalguapa", ["GT"]), ("Santa Lucía y Dominica", ["LC", "DM"]),
    ] as [(String, [String])])
    func falseCountries(_ text: String, _ codes: [String]) {
        #expect(CountryGazetteer.codes(in: text) == codes)
    }

    @Test("an import never lists such a country")
    func importAddsNoFalseCountry() throws {
        let text = ["Reunión de expertos concluye en Ciudad de México",
                    "La Reunión Regional, presidida por Mauricio Chacón, se celebró en Atlanta, Georgia, y reunió a expertos de México."]
        let countries = try PageImporter.importText(text.joined(separator: "\n"), hints: PageHints(), fileName: "x.txt").release.countries
        #expect(Set(countries) == ["MX", "US"])
    }

    // MARK: - Markup

    @Test("the address a script opens is a link, with its words")
    func windowOpenLink() {
        let raw = ["Consulte \"javascript:window.open('http://www.example.org/shelters','s','width=600');return false;\">la lista</a> hoy."]
        let links = LinkFinder.links(rawLines: raw, cleanedText: HTMLResidue.clean(raw[0]))
        #expect(links == [Link(url: "http://www.example.org/shelters", title: "la lista")])
        #expect(HTMLResidue.clean(raw[0]) == "Consulte la lista hoy.")
    }

    @Test("an address keeps its query, its escaped ampersands read as written")
    func escapedAmpersand() {
        let raw = ["The report is at href=\"http://www.iom.int/jahia/Jahia/pid/1674?entryId=27565&amp;lang=es\" target=\"_blank\">the publications page</a>."]
        #expect(LinkFinder.links(rawLines: raw, cleanedText: HTMLResidue.clean(raw[0]))
            == [Link(url: "http://www.iom.int/jahia/Jahia/pid/1674?entryId=27565&lang=es", title: "the publications page")])
    }

    @Test("share buttons are not the article's links")
    func shareLinks() {
        let raw = ["href=\"http://www.facebook.com/sharer.php?u=http://www.iom.int/x\">Share</a>",
                   "href=\"https://twitter.com/intent/tweet?url=x\">Tweet</a> See www.rcmvs.org for more."]
        #expect(LinkFinder.links(rawLines: raw, cleanedText: "See www.rcmvs.org for more.").map(\.url) == ["http://www.rcmvs.org"])
    }

    @Test("leaked style sheets and settings are dropped without ending the article")
    func residueLines() {
        let lines = HTMLResidue.cleanLines([
            "First line.", "<style>", "p.MsoNormal { margin: 0cm; }", "</style>", "Normal 0 false false false EN-US X-NONE X-NONE",
            "\"MARGIN: 0cm; FONT-SIZE: 10pt\">Second line.", "Tel: +1 809 555 0142; Email: x@example.org", "",
        ])
        #expect(lines == ["First line.", "", "", "", "", "Second line.", "Tel: +1 809 555 0142; Email: x@example.org", nil])
    }

    @Test("a sentence ending in 'contact' does not open the contact block")
    func contactInProse() {
        #expect(!ContactBlock.startsBlock("families who had lost all contact"))
        #expect(ContactBlock.startsBlock("http://www.rcmvs.org/ or contact:"))
        #expect(ContactBlock.startsBlock("For more information please contact:"))
        #expect(!ContactBlock.startsBlock("more information to migrants on their rights and on the services"))
        #expect(!ContactBlock.startsBlock("For more information on the risks, migrants can now call a free line that"))
        #expect(ContactBlock.startsBlock("Para más información:") && ContactBlock.startsBlock("Media contact"))
    }

    @Test("a comment whose end the scrape lost ends at the first line of prose")
    func unclosedComment() {
        let lines = HTMLResidue.cleanLines(["<!--[if gte mso 9]><xml>", "<w:WordDocument>",
                                            "Officials from eleven countries met this week in the city of Tapachula."])
        #expect(lines == ["", "", "Officials from eleven countries met this week in the city of Tapachula."])
    }

    @Test("a photograph's credit above the title is not the title")
    func photoCredit() {
        #expect(layout(["Photo: IOM/Juan Pérez", "Regional Officials Agree on a Plan for Returning Migrants", Self.paragraph]).title
            == "Regional Officials Agree on a Plan for Returning Migrants")
    }

    // MARK: - Contacts and roles

    @Test("a phone keeps its extension", arguments: [
        ("Tel: +506 2212 5300 ext. 105", "+506 2212 5300 ext. 105"), ("Tel: +506 2212 5300 Ext. 105", "+506 2212 5300 Ext. 105"),
        ("Teléfono: (502) 2414 7400, extensión 118", "(502) 2414 7400, extensión 118"), ("Tel. +1 809 555 0199", "+1 809 555 0199"),
        ("Tel. (+502) 2414-7400", "(+502) 2414-7400"), ("(+502) 2414-7400", "(+502) 2414-7400"),
    ])
    func phoneExtension(_ line: String, _ phone: String) {
        let contacts = ContactBlock.contacts(lines: ["For more information please contact:", "Ana Gómez", line], rawLines: [])
        #expect(contacts.map(\.phone) == [phone])
    }

    @Test("a whole contact on one line")
    func oneLineContact() {
        let contacts = ContactBlock.contacts(lines: ["Para más información:", "Melissa Vega, OIM Guatemala, Tel. (502) 2414 7400 Ext. 113, mvega@iom.int"],
                                             rawLines: [])
        #expect(contacts == [Contact(name: "Melissa Vega", organization: "OIM Guatemala", email: "mvega@iom.int", phone: "(502) 2414 7400 Ext. 113")])
    }

    @Test("a contact on the line that opens the block, and one with no opening line")
    func contactWithoutOpening() throws {
        let opened = ContactBlock.contacts(
            lines: ["For more information, please contact: Jorge Peraza, IOM Regional Office, Tel: +506 2212 5300, E-mail: jperaza@iom.int"],
            rawLines: [])
        #expect(opened == [Contact(name: "Jorge Peraza", organization: "IOM Regional Office", email: "jperaza@iom.int", phone: "+506 2212 5300")])
        let page = layout(["Shelters Receive Funds for Health Care", Self.paragraph, "", "Thomas Weiss", "IOM Mexico", "Tel: +52 55 5536 3954"])
        #expect(page.body == [.text(Self.paragraph)])
        #expect(page.contactLines == ["Thomas Weiss", "IOM Mexico", "Tel: +52 55 5536 3954"])
    }

    @Test("contacts as press releases end: two people on one line, an unlabelled number, a mobile, an honorific, a post, a masked address")
    func contactForms() {
        #expect(ContactBlock.contacts(lines: [
            "For more information please contact Jorge Gallo at IOM Guatemala, Tel: +502 2414 7410, Email: jgallo@iom.int or Ana Ruiz at IOM Honduras, Tel: +504 2220 1100, Email: aruiz@iom.int",
        ], rawLines: []) == [Contact(name: "Jorge Gallo", organization: "IOM Guatemala", email: "jgallo@iom.int", phone: "+502 2414 7410"),
                             Contact(name: "Ana Ruiz", organization: "IOM Honduras", email: "aruiz@iom.int", phone: "+504 2220 1100")])
        #expect(ContactBlock.contacts(lines: ["Media contact: Jorge Gallo, IOM Guatemala, +502 2414 7410, jgallo@iom.int"], rawLines: [])
            == [Contact(name: "Jorge Gallo", organization: "IOM Guatemala", email: "jgallo@iom.int", phone: "+502 2414 7410")])
        #expect(ContactBlock.contacts(lines: ["Contact:", "Jorge Gallo", "Tel. +502 2414 7410", "Mobile +502 5555 0101", "Ana Ruiz", "Tel. +504 2220 1100"], rawLines: [])
            .map(\.phone) == ["+502 2414 7410", "+504 2220 1100"])
        #expect(ContactBlock.contacts(lines: ["Contacto de prensa:", "Lic. Jorge Gallo", "Vocero, Dirección General de Migración",
                                              "Correo: jgallo [at] migracion.example.gob.hn"], rawLines: [])
            == [Contact(name: "Jorge Gallo", organization: "Dirección General de Migración", email: "jgallo@migracion.example.gob.hn", phone: nil)])
    }

    @Test("a social-media footer is not a contact")
    func socialFooter() throws {
        #expect(ContactBlock.contacts(lines: ["Contact:", "Ana Gómez", "Facebook Twitter"], rawLines: []).map(\.name) == ["Ana Gómez"])
        #expect(NavigationFilter.isFooter("Related Links") && NavigationFilter.isFooter("Enlaces relacionados"))
        #expect(NavigationFilter.isFooter("Facebook Twitter") && NavigationFilter.isFooter("Síguenos en Facebook y Twitter"))
        #expect(NavigationFilter.isFooter("Síguenos:") && !NavigationFilter.isFooter("Twitter users reported the delays."))
    }

    @Test("a role is the post, not the words before it")
    func role() throws {
        let quotes = QuoteFinder.quotes(in: [
            "Addressing the Conference IOM's Director General William Lacy Swing welcomed the decision. \"The Conference has always known it,\" said Swing.",
        ])
        #expect(quotes.map(\.speaker) == ["William Lacy Swing"])
        #expect(quotes.first?.role == "Director General" && quotes.first?.organization == "IOM")
    }

    @Test("roles as pages write them, in English and Spanish", arguments: [
        ("\"La salud del migrante es la salud de todos\", dijo el doctor Mauricio Chacón, viceministro de Salud de Costa Rica.",
         "viceministro de Salud de Costa Rica", nil),
        ("\"Es un honor estar aquí con todos ustedes\", dijo la Directora Regional de la OIM para Centroamérica, Norteamérica y el Caribe, Laura Benítez.",
         "Directora Regional de la OIM para Centroamérica, Norteamérica y el Caribe", "OIM"),
        ("\"But this does not mean it must be negative for the family,\" explains Jorge Peraza, Coordinator of the RCM Technical Secretariat.",
         "Coordinator of the RCM Technical Secretariat", "RCM Technical Secretariat"),
    ] as [(String, String, String?)])
    func roles(_ paragraph: String, _ role: String, _ organization: String?) {
        let quote = QuoteFinder.quotes(in: [paragraph]).first
        #expect(quote?.role == role && quote?.organization == organization)
    }

    // MARK: - Quotes

    @Test("quotes attributed before or after them, in English and Spanish", arguments: [
        ("IOM Deputy Director General Laura Thompson highlighted how far the region had come since 1996: \"Fifteen years ago the word child did not appear once.\"",
         ["Laura Thompson"]),
        ("El Salvador's Vice Minister for Salvadorans Abroad, Juan José García, commended the Secretariat and added: \"These guidelines are a floor, not a ceiling.\"",
         ["Juan José García"]),
        ("In their final declaration, the Vice Ministers stated that \"no child should be detained for the sole reason of his or her status.\"",
         ["Vice Ministers"]),
        ("El Viceministro de Gobernación, Carlos Rivera Paz, declaró al inaugurar el encuentro: «Ninguna política está completa sin las familias».",
         ["Carlos Rivera Paz"]),
        ("La Jefa de Misión de la OIM, Patricia Lozano, señaló que \"la coordinación entre consulados vecinos evita que una familia quede sin atención\".",
         ["Patricia Lozano"]),
        ("\"Lo que aprendimos aquí lo vamos a aplicar desde el lunes\", afirmó el cónsul salvadoreño Julio Erazo.", ["Julio Erazo"]),
        ("\"Este año hemos escuchado a las madres y a los abuelos\", afirmó Marta Salgado. \"Sus voces están en cada página\", agregó.",
         ["Marta Salgado", "Marta Salgado"]),
        ("\"Ningún país puede hacerlo solo\", según explicó la ministra Ana Ruiz Soto.", ["Ana Ruiz Soto"]),
        ("\"No country can manage migration alone,\" according to Director General William Lacy Swing.", ["William Lacy Swing"]),
        ("En palabras de la ministra Ana Ruiz Soto, \"ningún país puede hacerlo solo\".", ["Ana Ruiz Soto"]),
        ("La jefa de misión de la OIM, Carmen Ibáñez, señaló que la ventanilla es “un primer paso para que el retorno sea un comienzo” y recordó el proyecto.",
         ["Carmen Ibáñez"]),
        ("Delbert Field, IOM Chief of Mission, spoke after Ana Ruiz. \"They told us what they needed, and we listened,\" he said.",
         ["Delbert Field"]),
        ("\"A worker who falls ill on one side should be treated on the other,\" the Director of the Health Area of San Marcos, Dr. Elmer Pineda, told reporters.",
         ["Elmer Pineda"]),
        ("Mexico's delegate, Laura Sánchez Ruiz, agreed with him. \"We share the river, and we share the patients,\" Sánchez said.",
         ["Laura Sánchez Ruiz"]),
        ("IOM's Chief of Mission, Delbert Field, and the Vice Minister, Ana Lucía Morales, opened the meeting. \"We have come a long way since 1996,\" the IOM official said.",
         ["Delbert Field"]),
        ("La viceministra de Relaciones Exteriores, Ana Lucía Morales, abrió la reunión. «Ningún país puede gestionar la migración solo», aseguró a la prensa la viceministra Morales.",
         ["Ana Lucía Morales"]),
        ("IOM's Chief of Mission, Delbert Field, said the meeting was a success. \"We have come a long way since 1996, and we will go further.\"",
         ["Delbert Field"]),
        ("IOM's Chief of Mission, Delbert Field, opened the meeting. \"Every migrant deserves dignity,\" IOM's Field added.", ["Delbert Field"]),
        ("The Vice Minister, Ana Lucía Morales, opened the meeting. As Morales put it, \"no country can manage migration alone, and no country should try.\"",
         ["Ana Lucía Morales"]),
        ("«La frontera une a dos países que comparten una responsabilidad», externó la viceministra Ana Lucía Morales.", ["Ana Lucía Morales"]),
        ("Para la jefa de misión de la OIM en Panamá, Gabriela Ríos, “este acuerdo salva vidas, porque la selva no perdona”.", ["Gabriela Ríos"]),
        ("«Nuestro deber es atenderlas con dignidad», afirmó la directora general de Migración y Extranjería de Costa Rica, Marcela Vargas Solís.",
         ["Marcela Vargas Solís"]),
        ("\"No migrant should be left without assistance on the route north,\" IOM said in a statement.", ["IOM"]),
        ("IOM Deputy Director General Amb. Laura Thompson opened the meeting. \"This Conference has shown the way,\" said Amb. Thompson.",
         ["Laura Thompson"]),
        ("«Los migrantes son parte de la solución», dijo la Licda. María Elena Paz, directora de Migración. «Nadie migra por gusto», afirmó la Licda. Paz.",
         ["María Elena Paz", "María Elena Paz"]),
        ("«Ningún migrante debe quedar sin asistencia en la ruta hacia el norte», indicó la OIM en un comunicado.", ["OIM"]),
        ("El canciller Hugo Martínez recibió a los retornados. «Ningún país puede hacerlo solo», afirmó el canciller.", ["Hugo Martínez"]),
        ("\"Every worker should know his contract before he leaves,\" cautioned Ana Lucía Morales, the Vice Minister.", ["Ana Lucía Morales"]),
        ("‘We have come a long way since 1996, and IOM’s partners will go further,’ said Delbert Field, IOM Chief of Mission.", ["Delbert Field"]),
        ("El jefe de misión de la OIM, Mario Chávez, abrió el taller. Para Chávez, “ningún país puede gestionar la migración solo”.", ["Mario Chávez"]),
        ("La ministra de Trabajo, Rosa Bonilla, abrió el taller. La ministra Bonilla fue clara: “Ningún país puede gestionar la migración solo”.",
         ["Rosa Bonilla"]),
        ("El jefe de misión de la OIM en Honduras, Mario Chávez, abrió el taller. “Ningún país puede gestionar la migración solo”, concluyó el representante de la OIM.",
         ["Mario Chávez"]),
    ])
    func attribution(_ paragraph: String, _ speakers: [String]) {
        #expect(QuoteFinder.quotes(in: [paragraph]).map(\.speaker) == speakers)
    }

    @Test("a quote of its own paragraph after the sentence that introduces it")
    func quoteAfterColonParagraph() {
        let quotes = QuoteFinder.quotes(in: ["IOM's Chief of Mission in Mexico, Thomas Weiss, told the shelter directors:",
                                             "\"You have done for years, with almost nothing, what governments should have done.\""])
        #expect(quotes.map(\.speaker) == ["Thomas Weiss"] && quotes.map(\.paragraph) == [1])
    }

    @Test("a quote opening the paragraph after an attributed one goes on its speaker's")
    func quoteGoesOn() {
        let quotes = QuoteFinder.quotes(in: ["\"Registration protects the worker and the employer alike,\" said the Director of Immigration, Paul Westby.",
                                             "\"It is also how we know who is in the country and who may need help.\"",
                                             "Officials said the plan would be reviewed. \"Nobody has asked us about the plan so far at all,\" a worker added."])
        #expect(quotes.map(\.speaker) == ["Paul Westby", "Paul Westby", nil])
    }

    @Test("a post written in lower case before the name is the role, and 'la funcionaria' is the person just named")
    func lowerCasePostAndBackReference() {
        let quotes = QuoteFinder.quotes(in: ["«Cada niño tiene derecho a ser escuchado», expresó la directora de la Secretaría Nacional de Niñez, Marta Quintero.",
                                             "La funcionaria agregó: «No podemos devolver a un niño sin saber qué le espera»."])
        #expect(quotes.map(\.speaker) == ["Marta Quintero", "Marta Quintero"])
        #expect(quotes.first?.role == "directora de la Secretaría Nacional de Niñez")
    }

    @Test("a bare verb after a quote is said by the person the paragraph names, and by no one when it names no one")
    func bareVerb() {
        let quotes = QuoteFinder.quotes(in: ["La coordinadora de la campaña, Yokasta Ferreras, habló con la prensa.",
                                             "Ferreras indicó que la campaña irá a las escuelas. \"Estamos en las escuelas y en las iglesias\", dijo.",
                                             "Un migrante que pidió no ser identificado relató su viaje. «Caminamos doce días por el monte», dijo."])
        #expect(quotes.map(\.speaker) == ["Yokasta Ferreras", nil])
    }

    @Test("a quote opening its paragraph after a named person's reported words is theirs")
    func quoteAfterReportedSpeech() {
        let quotes = QuoteFinder.quotes(in: ["IOM's Chief of Mission, Delbert Field, also noted the role of the shelters along the route.",
                                             "\"Shelters save lives every day, and they do it with almost nothing.\""])
        #expect(quotes.map(\.speaker) == ["Delbert Field"])
    }

    @Test("names with particles are whole (María de los Ángeles Fernández, Juan van der Berg)")
    func nameParticles() {
        let quotes = QuoteFinder.quotes(in: ["La viceministra de Trabajo, María de los Ángeles Fernández, abrió el taller con el director de la OIM, Juan van der Berg.",
                                             "«Los trabajadores temporales merecen un contrato justo», afirmó Fernández.",
                                             "\"We will support every step,\" said van der Berg."])
        #expect(quotes.map(\.speaker) == ["María de los Ángeles Fernández", "Juan van der Berg"])
    }

    @Test("two surnames name the person named before in full")
    func doubleSurname() {
        let quotes = QuoteFinder.quotes(in: ["El Subsecretario de Población, Rafael Ortiz Zamora, inauguró el encuentro.",
                                             "\"Ninguna política migratoria está completa sin las familias\", dijo Ortiz Zamora."])
        #expect(quotes.map(\.speaker) == ["Rafael Ortiz Zamora"] && quotes.first?.role == "Subsecretario de Población")
    }

    @Test("a quotation inside a quote is part of it", arguments: [
        "«Los llamados “coyotes” cobran hasta siete mil dólares por persona», afirmó Ana Ruiz Soto.",
        "\"The so-called \"coyotes\" charge up to seven thousand dollars a person,\" said Ana Ruiz Soto.",
        "“The so-called \"coyotes\" charge up to seven thousand dollars a person,” said Ana Ruiz Soto.",
    ])
    func nestedQuotation(_ paragraph: String) {
        let quotes = QuoteFinder.quotes(in: [paragraph])
        #expect(quotes.map(\.speaker) == ["Ana Ruiz Soto"])
        let text = quotes.first?.text ?? ""
        #expect(text.contains("coyotes") && (text.hasSuffix("por persona") || text.hasSuffix("a person")))
    }

    @Test("a quoted name, theme, motto or slogan is not a quote", arguments: [
        "Bajo el lema \"Migración y Familia\", los viceministros iniciaron hoy su reunión anual en la ciudad.",
        "The meeting adopted the \"Regional Guidelines for the Protection of Migrant Children\" on Thursday.",
        "A banner at the entrance read \"Migration with dignity for everyone in the region\" in two languages.",
        "Los países presentarán el estudio \"Familias en Movimiento\", dijo la ministra Ana Ruiz.",
    ])
    func nameIsNoQuote(_ paragraph: String) {
        #expect(QuoteFinder.quotes(in: [paragraph]).isEmpty)
    }
}
