import Foundation
@testable import PueblaImport
@testable import PueblaKit
import Testing

/// A second set of pages written from outside the importer, after the first blind set was read:
/// all-capital and sentence-case titles, standfirsts, a date after the lead or as "Posted:",
/// datelines in capitals with the agency, labelled headers, a briefing note with section
/// headings, quotes over several paragraphs, in Spanish dashes and by a group, two speakers with
/// one surname, obfuscated e-mail addresses, bare and tagged links, leaked CSS and a cut-off page.
enum SecondBlindImportFixtures {
    static let expected: [ImportFixtures.Expected] = [
        .init(file: "60_all_caps_tegucigalpa.txt", title: "HONDURAS AND NICARAGUA AGREE ON SAFE RETURN OF STRANDED MIGRANTS",
              date: "2008-05-21", place: Place(name: "Tegucigalpa", country: "HN"), countries: ["HN", "NI", "US"],
              paragraphCount: 7, firstParagraphStart: "Migration authorities from Honduras",
              speakers: ["Ramón Aguilar", "Ramón Aguilar", "Daniel Reyes"],
              contacts: [Contact(name: "Daniel Reyes", organization: "IOM Tegucigalpa", email: "dreyes@iom.int", phone: "+504 2220 1100")]),
        .init(file: "61_comunicado_san_salvador.txt",
              title: "El Salvador y Guatemala acuerdan un protocolo para la repatriación de niños no acompañados",
              date: "2012-03-12", place: Place(name: "San Salvador", country: "SV"), countries: ["SV", "GT", "MX", "US", "PA"],
              paragraphCount: 8, firstParagraphStart: "Los gobiernos de El Salvador",
              speakers: ["Ernesto Quintanilla", "Lucía Barrios"],
              links: [Link(url: "http://www.crmsv.org/", title: "CRM")],
              contacts: [Contact(name: "Mauricio Escobar", organization: "OIM San Salvador", email: "mescobar@iom.int", phone: "+503 2521 0500")]),
        .init(file: "62_standfirst_liberia_guanacaste.txt", title: "Costa Rica Opens Migrant Service Centre Near the Northern Border",
              place: Place(name: "Liberia", country: "CR"), countries: ["CR", "NI"],
              paragraphCount: 7, firstParagraphStart: "Centre in Liberia, Guanacaste, will offer",
              speakers: ["Víctor Solano", "Carla Montero", "Carla Montero"],
              links: [Link(url: "http://www.trabajo.example.cr/migracion-laboral", title: "Ministry of Labour's labour migration page"),
                      Link(url: "http://www.iom.int/costarica", title: "IOM Costa Rica")],
              contacts: [Contact(name: "Carla Montero", organization: "IOM San José", email: "cmontero@iom.int", phone: "+506 2212 5300")]),
        .init(file: "63_date_after_lead_colon.txt", title: "Panama Trains Port Officials to Spot Victims of Trafficking Arriving by Sea",
              date: "2011-07-22", place: Place(name: "Colón", country: "PA"), countries: ["PA", "CO", "DO"],
              paragraphCount: 7, firstParagraphStart: "Immigration and port officials in Colón",
              speakers: ["Javier Castillo", "Javier Castillo", "Elena Castillo", "Elena Castillo", "Javier Castillo"],
              contacts: [Contact(name: "Elena Castillo", organization: "IOM Panama", email: "ecastillo@iom.int", phone: "+507 305 3350")]),
        .init(file: "64_vice_ministers_managua.txt", title: "RCM Vice Ministers Adopt Regional Guidelines on Migrant Children",
              date: "2013-06-27", place: Place(name: "Managua", country: "NI"), countries: ["NI", "GT", "MX", "US", "CA"],
              paragraphCount: 11, firstParagraphStart: "Vice ministers and senior officials",
              speakers: ["Karen Whitfield", "Karen Whitfield", "Karen Whitfield", "Rodrigo Estrada", "Vice Ministers"],
              links: [Link(url: "http://www.rcmvs.org/documentos/managua2013.pdf", title: nil)]),
        .init(file: "65_location_header_david.txt", title: "Panama and Costa Rica Coordinate Health Care for Indigenous Seasonal Workers",
              date: "2018-03-13", place: Place(name: "David", country: "PA"), countries: ["PA", "CR"],
              paragraphCount: 6, firstParagraphStart: "Thousands of Ngäbe-Buglé families",
              speakers: ["Ricardo Pinzón", "Ricardo Pinzón"],
              links: [Link(url: "http://www.minsa.example.pa/tarjeta-binacional", title: nil),
                      Link(url: "https://costarica.iom.int/salud-binacional", title: "the IOM Costa Rica website")],
              contacts: [Contact(name: "Adriana Ruiz", organization: "IOM San José", email: "aruiz@iom.int", phone: "+506 2212 5300 ext. 1203")]),
        .init(file: "66_briefing_note_guatemala.txt", title: "Regional Conference on Migration Meets in Guatemala City",
              place: Place(name: "Guatemala City", country: "GT"), countries: ["GT", "HN", "MX", "SV", "BZ", "US"],
              paragraphCount: 7, firstParagraphStart: "Vice ministers from the eleven member countries",
              speakers: ["Carlos Ramírez", "Carlos Ramírez", "Ana Belén Soto"],
              links: [Link(url: "http://www.rcmvs.org/informes/ninez2016.pdf", title: nil)],
              contacts: [Contact(name: "Ana Belén Soto", organization: "IOM Guatemala", email: "asoto@iom.int", phone: "+502 2414 7400 Ext. 105"),
                         Contact(name: "Paul Mercier", organization: "IOM Geneva", email: "pmercier@iom.int", phone: "+41 22 717 9111 Ext. 242")]),
        .init(file: "67_caps_leon_nicaragua.txt", title: "NICARAGUA CAPACITA A LÍDERES COMUNITARIOS PARA PREVENIR LA TRATA DE PERSONAS",
              date: "2009-10-14", place: Place(name: "León", country: "NI"), countries: ["NI", "CR", "SV"],
              paragraphCount: 7, firstParagraphStart: "Cincuenta líderes comunitarios",
              speakers: ["Julio Sandoval", "Mercedes Luna"],
              contacts: [Contact(name: "Mercedes Luna", organization: "OIM Managua", email: "mluna@iom.int", phone: "+505 2278 0500")]),
        .init(file: "68_cortada_ciudad_hidalgo.txt",
              title: "La OIM abre un punto de atención para migrantes heridos en la frontera sur de México",
              place: Place(name: "Ciudad Hidalgo", country: "MX"), countries: ["MX", "GT", "HN", "SV"],
              paragraphCount: 6, firstParagraphStart: "La Organización Internacional para las Migraciones (OIM) y la Secretaría",
              speakers: ["Rebeca Domínguez", nil]),
        .init(file: "69_remesas_santa_ana.txt", title: "Familias de migrantes de Santa Ana invierten remesas en pequeños negocios",
              place: Place(name: "Santa Ana", country: "SV"), countries: ["SV", "US", "CA"],
              paragraphCount: 8, firstParagraphStart: "Un programa piloto enseña",
              speakers: ["Marta Guillén", "Marta Guillén", "Rafael Menjívar"],
              links: [Link(url: "http://www.oim.org.sv", title: nil)],
              contacts: [Contact(name: "Rafael Menjívar", organization: "OIM El Salvador", email: "rmenjivar@iom.int", phone: nil)]),
        .init(file: "70_inline_css_belmopan.txt", title: "Belize Hosts Regional Seminar on Migrant Smuggling",
              date: "2007-11-09", place: Place(name: "Belmopan", country: "BZ"), countries: ["BZ", "GT", "MX", "CA"],
              paragraphCount: 5, firstParagraphStart: "Prosecutors, police officers and immigration officials",
              speakers: ["Kevin Arnold", "Kevin Arnold"],
              links: [Link(url: "http://www.iom.int/belize/seminar2007", title: nil),
                      Link(url: "http://www.rcmvs.org/guidelines_smuggling.htm", title: "Regional Conference on Migration website")],
              contacts: [Contact(name: "Patricia Gómez", organization: "IOM Guatemala", email: "pgomez@iom.int", phone: "+502 2414 7400")]),
        .init(file: "71_discurso_ciudad_de_panama.txt",
              title: "Palabras de la Directora Regional de la OIM en la inauguración de la XVI Conferencia Regional sobre Migración",
              date: "2011-06-16", place: Place(name: "Ciudad de Panamá", country: "PA"), countries: ["PA", "MX", "CU", "HT"],
              paragraphCount: 5, firstParagraphStart: "Señor Presidente de la República de Panamá",
              speakers: Array(repeating: "Marcela Rivas", count: 5)),
        .init(file: "72_dos_contactos_santo_domingo.txt", title: "Lanzan en República Dominicana una guía para migrantes que regresan al país",
              date: "2006-09-07", place: Place(name: "Santo Domingo", country: "DO"), countries: ["DO", "US", "VE", "HT"],
              paragraphCount: 7, firstParagraphStart: "El Gobierno de la República Dominicana",
              speakers: ["Francisco Peña", "Francisco Peña"],
              links: [Link(url: "http://www.migracion.example.gob.do/guia-retorno.pdf", title: "la página de la Dirección General de Migración"),
                      Link(url: "http://www.oim.org.do/retorno", title: nil)],
              contacts: [Contact(name: "Luisa Marte", organization: "OIM Santo Domingo", email: "lmarte@iom.int", phone: "(809) 688 8174 ext. 2203"),
                         Contact(name: "Héctor Jiménez", organization: "Dirección General de Migración",
                                 email: "hjimenez@migracion.example.gob.do", phone: "(809) 508 2555 ext. 340")]),
        .init(file: "73_retornados_san_pedro_sula.txt",
              title: "Honduras habilita centros de atención para migrantes retornados durante la pandemia",
              date: "2020-06-05", place: Place(name: "San Pedro Sula", country: "HN"), countries: ["HN", "US", "MX", "GT"],
              paragraphCount: 6, firstParagraphStart: "Los migrantes hondureños",
              speakers: ["Gloria Mejía", "Sandra Paz"],
              contacts: [Contact(name: "Sandra Paz", organization: "OIM Honduras", email: "spaz@iom.int", phone: "+504 2220 1100 ext. 1107")]),
    ]
}

/// What the second blind pages showed, held whatever the page's wrap width and line breaks.
@Suite("Reading pages however they were wrapped")
struct WrapIndependenceTests {
    /// A Spanish page with a standfirst, a dateline in capitals, a quote over two paragraphs
    /// (» going on) and dialogue, its text wrapped at `width` (0: a line a paragraph), each line
    /// followed by a blank one when `doubled`, a blank line between paragraphs when `spaced`.
    static func page(width: Int, doubled: Bool = false, spaced: Bool = false) -> String {
        let paragraphs = [
            "SANTA ANA, El Salvador (OIM) – Trescientas familias que reciben remesas de parientes en Estados Unidos terminaron esta semana un programa de educación financiera.",
            "«Antes el dinero llegaba el viernes y el lunes ya no quedaba nada, porque nunca nos habían enseñado a pensar en el mes siguiente.",
            "»Ahora tengo una cuenta y una pupusería», relató Marta Guillén, una de las participantes.",
            "—Las remesas son dinero de las familias y nadie debe decirles cómo gastarlo —dijo Rafael Menjívar, de la OIM—. Les damos herramientas.",
        ]
        let body = paragraphs.flatMap { (width == 0 ? [$0] : wrapped($0, width: width)) + (spaced ? [""] : []) }
        let lines = ["Inicio", "Sala de prensa", "Comunicados", "Familias de migrantes invierten remesas en pequeños negocios",
                     "Un programa piloto enseña a 300 familias a ahorrar y a planificar el uso del dinero que reciben del exterior"] + body
        return lines.joined(separator: doubled ? "\n\n" : "\n")
    }

    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }

    @Test("title, place and speakers do not depend on the wrap width or doubled line breaks",
          arguments: [(0, false, false), (52, false, false), (60, false, false), (68, false, false), (76, false, false), (84, false, false),
                      (95, false, false), (60, true, false), (76, true, false), (68, false, true), (68, true, true)])
    func wrapWidth(_ width: Int, _ doubled: Bool, _ spaced: Bool) throws {
        let page = Self.page(width: width, doubled: doubled, spaced: spaced)
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "remesas.txt").release
        #expect(release.title == "Familias de migrantes invierten remesas en pequeños negocios")
        #expect(release.place == Place(name: "Santa Ana", country: "SV"))
        #expect(release.quotes.map(\.speaker) == ["Marta Guillén", "Marta Guillén", "Rafael Menjívar"])
        #expect(release.paragraphs.first?.hasPrefix("Un programa piloto") == true)
    }

    @Test("a breadcrumb whose last step is the title, however long, is the site's: the title is the heading under it")
    func breadcrumbEndingInTitle() {
        let title = "IOM, Mexico Launch Information Campaign for Migrants in Transit Through the Country"
        let layout = PageLayout(text: ["Media", "Home > News > \(title)", title, "Date Publish: Friday, February 15, 2019",
                                       "Mexico City – IOM and Mexico's National Migration Institute launched a campaign for migrants in transit."].joined(separator: "\n"))
        #expect(layout.title == title)
    }

    @Test("a menu entry nobody listed is read past above a title in title case with a comma")
    func menuEntryAboveTitleWithComma() {
        let layout = PageLayout(text: ["Skip to main content", "Media", "Press Room",
                                       "IOM, UNHCR Call for Regional Response to Venezuelan Outflows",
                                       "Geneva – IOM and UNHCR today called on countries in Latin America to coordinate their response."].joined(separator: "\n"))
        #expect(layout.title == "IOM, UNHCR Call for Regional Response to Venezuelan Outflows")
    }

    @Test("a sentence-case heading above the page's date is the title, a blank line between them or not", arguments: ["\n", "\n\n"])
    func headingAboveDate(_ breakBetween: String) {
        let title = "Panamá y Colombia coordinan la atención a migrantes extracontinentales en Colón"
        let layout = PageLayout(text: ["Medios", "Américas", title].joined(separator: "\n") + breakBetween + "martes, 17 de julio de 2012\n"
            + "Colón, Panamá (OIM) – Autoridades migratorias de Panamá y Colombia se reunieron en esta ciudad caribeña.")
        #expect(layout.title == title)
    }

    @Test("an author's line under the heading is neither the title's nor the article's")
    func byline() {
        let layout = PageLayout(text: ["News", "Guatemala: IOM Supports Returnee Reception Centre", "By Jane Doe",
                                       "Officials from Guatemala and Mexico met this week to discuss the return of nationals."].joined(separator: "\n"))
        #expect(layout.title == "Guatemala: IOM Supports Returnee Reception Centre")
        #expect(layout.body == [.text("Officials from Guatemala and Mexico met this week to discuss the return of nationals.")])
    }

    @Test("a written-out address is named by its sentence up to a bracket, and the footer's addresses are the site's")
    func linksOfTheArticleOnly() throws {
        let page = ["News", "IOM Publishes Study on Remittances in Central America",
                    "Guatemala City – IOM today published a study on remittances, also on the website of the Central Bank (http://www.banguat.example.gt/remesas).",
                    "For more information, please contact Ana Ruiz at IOM Guatemala, Tel: +502 2414 7400, Email: aruiz@iom.int",
                    "Privacy policy: http://www.iom.int/privacy-policy", "© IOM 2012"].joined(separator: "\n")
        let release = try PageImporter.importPage(Array(page.utf8), fileName: "study.txt").release
        #expect(release.links == [Link(url: "http://www.banguat.example.gt/remesas", title: "Central Bank")])
    }

    @Test("a title of four words or fewer stays the title above its date, its labelled fields or share buttons",
          arguments: ["Posted on Friday, 21-05-2010", "Date Publish:\nFriday, May 21, 2010", "Location:\nTapachula, Mexico",
                      "Share\nFacebook\nTwitter", "Language\nEnglish\nSpeaker:\nWilliam Lacy Swing, IOM Director General"])
    func shortTitle(_ header: String) {
        let layout = PageLayout(text: "Home\nMedia\nPress Room\nMigrants Stranded in Chiapas\n\(header)\n"
            + "Tapachula, Mexico – More than 300 migrants have been stranded in the city this week, IOM said.")
        #expect(layout.title == "Migrants Stranded in Chiapas")
    }

    @Test("dialogue is speech when a dash opens its attribution; a list item after a dash is not")
    func dialogueAndListItems() throws {
        let page = ["Noticias", "Guatemala y México revisan la atención a migrantes en la frontera sur",
                    "Tapachula, México – Las autoridades acordaron tres medidas para la atención de los migrantes en la frontera:",
                    "–Capacitación de cuarenta funcionarios de migración en la frontera sur del país.",
                    "–Un albergue nuevo en Ciudad Hidalgo para familias con niños pequeños.",
                    "—Nadie debe cruzar esta frontera sin saber cuáles son sus derechos —afirmó la delegada, Rosa Méndez."].joined(separator: "\n")
        let quotes = try PageImporter.importPage(Array(page.utf8), fileName: "medidas.txt").release.quotes
        #expect(quotes.map(\.speaker) == ["Rosa Méndez"])
        #expect(quotes.first?.text.hasPrefix("Nadie debe cruzar") == true)
    }

    @Test("a group in lower case opening the sentence before a quote is no one's surname")
    func groupInLowerCase() throws {
        let page = ["News", "Regional Conference Closes in Panama City", "Panama City – The Regional Conference on Migration closed today in Panama City.",
                    "Participating countries stated in the final declaration that \"migration is a shared responsibility of all the countries of the region.\"",
                    "In their final declaration, the Vice Ministers stated that \"no child should be detained because of his or her migration status.\""]
        let quotes = try PageImporter.importPage(Array(page.joined(separator: "\n").utf8), fileName: "closing.txt").release.quotes
        #expect(quotes.count == 2 && quotes[0].speaker != "Participating" && quotes[1].speaker == "Vice Ministers")
    }

    @Test("a timestamp line under the heading is the page's date")
    func timestamp() {
        #expect(PageDate.isDateLine("2010-05-21T16:00:00Z") && PageDate.parse("2010-05-21T16:00:00Z") == "2010-05-21")
        #expect(!PageDate.isDateLine("2010-05-21 meeting notes"))
    }

    @Test("a contact line under the opening names the person, then 'at' the organization, then the fields")
    func contactAtOrganization() {
        let contacts = ContactBlock.contacts(lines: ["For more information, please contact:", "Joel Millman at IOM HQ, Tel: + 41 79 103 8720, Email: jmillman@iom.int"],
                                             rawLines: [])
        #expect(contacts == [Contact(name: "Joel Millman", organization: "IOM HQ", email: "jmillman@iom.int", phone: "+41 79 103 8720")])
    }

    @Test("a contact line with the organization in brackets after the name, then the fields")
    func contactWithOrganizationInBrackets() {
        let contacts = ContactBlock.contacts(lines: ["Contacts:", "Jorge Gallo (IOM Guatemala), +502 2414 7410, jgallo@iom.int",
                                                     "Ana Ruiz (IOM Honduras), +504 2220 1100, aruiz@iom.int"], rawLines: [])
        #expect(contacts == [Contact(name: "Jorge Gallo", organization: "IOM Guatemala", email: "jgallo@iom.int", phone: "+502 2414 7410"),
                             Contact(name: "Ana Ruiz", organization: "IOM Honduras", email: "aruiz@iom.int", phone: "+504 2220 1100")])
    }
}
