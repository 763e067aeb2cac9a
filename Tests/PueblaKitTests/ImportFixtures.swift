import Foundation
import PueblaImport
import PueblaKit

/// The pages written for the importer's tests, in Fixtures/Import beside this file.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Import")
    static let seedName = "000_4feff46c4f8d57b3.txt"

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func result(_ name: String) throws -> ImportResult {
        try PageImporter.importPage(bytes(name), fileName: name)
    }

    /// The curated release of the seed, as shipped in Data/.
    static func curatedSeed() throws -> Release {
        let file = folder.appendingPathComponent("../../../../Data/releases/2010-05-18-xv-rcm-tapachula.json").standardized
        return try JSONDecoder().decode(Release.self, from: Data(contentsOf: file))
    }

    /// What a careful reader takes from each page, field by field.
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var title: String
        var date: String? = nil
        var place: Place? = nil
        var countries: Set<String>
        var paragraphCount: Int
        var firstParagraphStart: String
        var speakers: [String?] = []
        var links: [Link] = []
        var contacts: [Contact] = []

        var description: String { file }
    }

    /// Every scrape with its expectations: the pages written with the rules, and the two sets
    /// written by outsiders before they read the importer.
    static let all = expected + BlindImportFixtures.expected + SecondBlindImportFixtures.expected

    /// The fields imports of real pages are scored on, each right or wrong for one page.
    static let scoredFields = ["title", "date", "place", "countries", "quote speakers", "quote count", "links", "contacts"]

    static func scores(_ release: Release, _ expected: Expected) -> [String: Bool] {
        [
            "title": release.title == expected.title, "date": release.date == expected.date,
            "place": release.place == expected.place, "countries": Set(release.countries) == expected.countries,
            "quote speakers": release.quotes.map(\.speaker) == expected.speakers,
            "quote count": release.quotes.count == expected.speakers.count,
            "links": release.links == expected.links, "contacts": release.contacts == expected.contacts,
        ]
    }

    /// A page's scored fields, each right or wrong, under the page's name.
    typealias ScoredPage = (page: String, scores: [String: Bool])

    /// Prints, for each named set of scored pages, how many are right in each field and the mean of
    /// each page's share of right fields (as real pages are scored); returns every "page: field"
    /// that is wrong.
    static func reportAccuracy(_ sets: [(name: String, pages: [ScoredPage])]) -> Set<String> {
        var wrong: Set<String> = []
        for (name, pages) in sets {
            var right: [String: Int] = [:]
            var pageScores: [Double] = []
            for (page, scores) in pages {
                let missed = scoredFields.filter { scores[$0] != true }
                for field in scoredFields where !missed.contains(field) { right[field, default: 0] += 1 }
                for field in missed { wrong.insert("\(page): \(field)") }
                pageScores.append(Double(scoredFields.count - missed.count) / Double(scoredFields.count))
            }
            let figures = scoredFields.map { "\($0) \(right[$0, default: 0])/\(pages.count)" }
            let mean = pageScores.reduce(0, +) / Double(pages.count)
            print("accuracy, \(name) (\(pages.count) pages): \(figures.joined(separator: ", ")); mean \(String(format: "%.3f", mean))")
        }
        return wrong
    }

    /// Paragraph breaks a scrape does not show: the wrapped line before the break is as long as the
    /// page's width, and the next paragraph starts like any sentence. (Not a scored field.)
    static let unseenParagraphBreaks = [
        "50_press_release_chetumal.txt": "the line ending 'protection officer.\"' fills the wrap width, so nothing marks the paragraph after it",
    ]

    static let expected: [Expected] = [
        Expected(file: "01_navigation.txt", title: "Costa Rica Hosts Regional Workshop on Labour Migration", date: "2010-03-09",
                 place: Place(name: "San José", country: "CR"), countries: ["CR", "PA", "NI"], paragraphCount: 3, firstParagraphStart: "Labour officials from Costa Rica",
                 speakers: ["Elena Vargas"]),
        Expected(file: "02_html_residue.txt", title: "IOM Opens Migrant Information Centre in Guatemala",
                 place: Place(name: "Quetzaltenango", country: "GT"), countries: ["GT", "CA"], paragraphCount: 3, firstParagraphStart: "The new centre in Quetzaltenango",
                 speakers: ["Carlos Mendoza"],
                 links: [Link(url: "http://www.iom.int/guatemala/returnees", title: "the returnees programme page")]),
        Expected(file: "03_long_lines.txt", title: "Belize and El Salvador Sign Agreement on Return of Unaccompanied Children",
                 countries: ["BZ", "SV"], paragraphCount: 4, firstParagraphStart: "Belize and El Salvador today signed",
                 speakers: ["Ana Lucía Ramos", "Ana Lucía Ramos"]),
        Expected(file: "04_attributions.txt", title: "Director General Calls for Shared Responsibility on Migration in the Americas",
                 place: Place(name: "Panama City", country: "PA"), countries: ["PA"], paragraphCount: 6,
                 firstParagraphStart: "IOM Director General William Lacy Swing",
                 speakers: ["William Lacy Swing", "William Lacy Swing", "William Lacy Swing"]),
        Expected(file: "05_dateline.txt", title: "Regional Network Trains Consular Officials on Victims of Trafficking",
                 place: Place(name: "Tegucigalpa", country: "HN"), countries: ["HN", "MX", "GT"], paragraphCount: 3,
                 firstParagraphStart: "Representatives from the consulates"),
        Expected(file: "06_spanish.txt", title: "La Conferencia Regional sobre Migración analiza la protección de los migrantes en tránsito",
                 date: "2010-05-21", countries: ["MX", "BZ", "PA", "DO", "US", "CA"], paragraphCount: 3,
                 firstParagraphStart: "Los viceministros", speakers: ["María José Herrera", "María José Herrera"]),
        Expected(file: "07_cut_off.txt", title: "Nicaragua Hosts Meeting on Migrant Health",
                 place: Place(name: "Managua", country: "NI"), countries: ["NI", "CR"],
                 paragraphCount: 2, firstParagraphStart: "Health and migration officials", speakers: [nil]),
        Expected(file: "08_contacts.txt", title: "Dominican Republic Launches Campaign Against Migrant Smuggling",
                 countries: ["DO"], paragraphCount: 3, firstParagraphStart: "The Dominican Republic today",
                 speakers: ["Rosa Almonte", "Rosa Almonte"],
                 contacts: [Contact(name: "Rosa Almonte", organization: "National Migration Institute", email: "ralmonte@inm.gob.do", phone: "+1 809 555 0142"),
                            Contact(name: "Pedro Castillo", organization: "IOM Santo Domingo", email: "pcastillo@iom.int", phone: "+1 809 555 0199")]),
        Expected(file: "09_broken_contact.txt", title: "IOM Supports Return of Stranded Migrants from Panama",
                 countries: ["PA", "EC"], paragraphCount: 2, firstParagraphStart: "Forty-two migrants stranded",
                 speakers: ["Luis Ortega"], contacts: [Contact(name: "Luis Ortega", organization: "IOM Panama", email: nil, phone: nil)]),
        Expected(file: "10_countries.txt", title: "Caribbean and Central American States Review Migration Data",
                 place: Place(name: "Guatemala City", country: "GT"), countries: ["GT", "US", "DO", "HT", "JM", "ES"],
                 paragraphCount: 3, firstParagraphStart: "Statisticians from the USA"),
        Expected(file: "11_links.txt", title: "New Online Guide for Migrants Travelling Through Mexico", date: "2010-05-21",
                 countries: ["MX"], paragraphCount: 2, firstParagraphStart: "A new online guide",
                 links: [Link(url: "http://www.migrantguide.example.org", title: nil),
                         Link(url: "http://www.migrationforum.example.mx/guide", title: "Mexican Migration Forum")]),
        Expected(file: "13_section_labels.txt",
                 title: "Central American Vice Ministers Agree on Joint Protocol for Returning Migrant Children", date: "2010-05-21",
                 place: Place(name: "San José", country: "CR"), countries: ["CR", "NI", "HN", "GT", "MX", "US"], paragraphCount: 5,
                 firstParagraphStart: "Vice ministers responsible for migration", speakers: ["Mariela Solís Araya", "Roberto Quiroga"]),
        Expected(file: "14_etiquetas_seccion.txt",
                 title: "Honduras y El Salvador fortalecen la atención consular a migrantes retornados", date: "2010-05-28",
                 place: Place(name: "Tegucigalpa", country: "HN"), countries: ["HN", "SV", "MX", "US", "CA"], paragraphCount: 5,
                 firstParagraphStart: "Funcionarios consulares de Honduras",
                 speakers: ["Óscar Mejía Zúniga", "Patricia Lozano", "Julio Erazo"]),
        Expected(file: "15_speech.txt", title: "Opening Remarks at the Regional Seminar on Migrant Workers in Central America",
                 date: "2010-09-14", place: Place(name: "Managua", country: "NI"), countries: ["NI", "CR", "GT", "MX"],
                 paragraphCount: 5, firstParagraphStart: "Excellencies, distinguished delegates",
                 speakers: Array(repeating: "William Lacy Swing", count: 5)),
        Expected(file: "16_discurso.txt", title: "Palabras de la Directora Regional en la inauguración de la Reunión Viceministerial",
                 date: "2010-06-07", place: Place(name: "Ciudad de Guatemala", country: "GT"), countries: ["GT", "PA", "MX"],
                 paragraphCount: 4, firstParagraphStart: "Señoras y señores viceministros",
                 speakers: Array(repeating: "Laura Benítez", count: 4)),
        Expected(file: "17_resort_town.txt", title: "Police and Migration Officers Learn to Spot Trafficking at Caribbean Resorts",
                 date: "2010-04-12", place: Place(name: "Tela", country: "HN"), countries: ["HN", "GT", "BZ", "US"],
                 paragraphCount: 4, firstParagraphStart: "Thirty police and migration officers", speakers: ["Karla Murillo"],
                 contacts: [Contact(name: "Ana Gómez", organization: "IOM Tegucigalpa", email: "agomez@iom.int", phone: "+504 2220 1100 ext. 214")]),
        Expected(file: "18_republica_dominicana.txt",
                 title: "Más de mil migrantes reciben documentos de identidad en una jornada binacional", date: "2011-03-03",
                 place: Place(name: "República Dominicana", country: "DO"), countries: ["DO", "HT"], paragraphCount: 4,
                 firstParagraphStart: "Más de mil migrantes haitianos", speakers: ["Mercedes Pimentel"],
                 contacts: [Contact(name: "Mercedes Pimentel", organization: "OIM Santo Domingo", email: "mpimentel@iom.int",
                                    phone: "+1 809 555 0170 ext. 12")]),
        Expected(file: "19_leaked_markup.txt", title: "Mexico and Guatemala Open Joint Centre for Border Workers", date: "2010-07-08",
                 place: Place(name: "Tecun Uman", country: "GT"), countries: ["MX", "GT"], paragraphCount: 6,
                 firstParagraphStart: "Guatemalan and Mexican authorities on Wednesday opened a joint centre", speakers: ["Gerardo Funes"],
                 links: [Link(url: "http://www.borderworkers.example.org/card", title: nil),
                         Link(url: "http://www.example.org/sweden-fund", title: "Migration Fund of the Swedish International Development Agency")]),
        Expected(file: "20_marcado_residual.txt", title: "Panamá y Costa Rica coordinan la atención a migrantes extracontinentales",
                 date: "2010-10-15", place: Place(name: "Ciudad de Panamá", country: "PA"), countries: ["PA", "CR"], paragraphCount: 5,
                 firstParagraphStart: "Las autoridades migratorias de Panamá", speakers: ["Rogelio Castrellón"],
                 links: [Link(url: "http://www.migracion.example.pa/albergues", title: "la lista de albergues")]),
        Expected(file: "21_attribution_forms.txt", title: "Vice Ministers Adopt Regional Guidelines on Migrant Children at Annual Meeting",
                 date: "2010-06-18", place: Place(name: "San Salvador", country: "SV"), countries: ["SV", "DO"], paragraphCount: 6,
                 firstParagraphStart: "Vice ministers from the eleven member countries",
                 speakers: ["Vice Ministers", "Laura Thompson", "Juan José García", "Laura Thompson"]),
        Expected(file: "22_formas_de_atribucion.txt",
                 title: "La Conferencia Regional sobre Migración dedica su reunión anual a las familias migrantes", date: "2010-05-20",
                 place: Place(name: "Tapachula", country: "MX"), countries: ["MX"], paragraphCount: 5,
                 firstParagraphStart: "Bajo el lema \"Migración y Familia\"",
                 speakers: ["Rafael Ortiz Zamora", "Marta Salgado", "Marta Salgado", "Marta Salgado"],
                 contacts: [Contact(name: "Marta Salgado", organization: "OIM San José", email: "msalgado@iom.int", phone: "+506 2212 5300 ext. 105")]),
        Expected(file: "23_false_countries.txt", title: "Migrant Health Experts Meet in Atlanta to Share Data on Tuberculosis",
                 date: "2010-11-03", place: Place(name: "Atlanta", country: "US"), countries: ["MX", "GT", "CA", "US"], paragraphCount: 5,
                 firstParagraphStart: "Public health officials from Mexico", speakers: ["Chad Whitaker"]),
        Expected(file: "24_paises_falsos.txt", title: "Reunión de expertos en salud y migración concluye en Ciudad de México",
                 date: "2010-11-09", place: Place(name: "Ciudad de México", country: "MX"), countries: ["MX", "US", "CA", "CR", "GT"],
                 paragraphCount: 4, firstParagraphStart: "La Reunión Regional de Expertos", speakers: ["Mauricio Chacón Villalobos"]),
        Expected(file: "25_contacts_roles.txt", title: "Regional Conference Welcomes New Observer Organizations", date: "2010-05-25",
                 place: Place(name: "Belize City", country: "BZ"), countries: ["BZ"], paragraphCount: 3,
                 firstParagraphStart: "The Regional Conference on Migration has admitted", speakers: ["William Lacy Swing"],
                 contacts: [Contact(name: "Julia Martínez", organization: "IOM Regional Office for Central America, North America and the Caribbean",
                                    email: "jmartinez@iom.int", phone: "+506 2212 5300 Ext. 105")]),
        Expected(file: "26_contactos_pie.txt", title: "Guatemala inaugura albergue para niñez migrante retornada", date: "2010-06-15",
                 place: Place(name: "Quetzaltenango", country: "GT"), countries: ["GT", "MX"], paragraphCount: 3,
                 firstParagraphStart: "La Secretaría de Bienestar Social", speakers: ["Lucía Monterroso"],
                 contacts: [Contact(name: "Andrés Villagrán", organization: "OIM Guatemala", email: "avillagran@iom.int",
                                    phone: "(502) 2414 7400, extensión 118")]),
        Expected(file: "27_date_before_title.txt", title: "IOM and Guatemala Launch Registry of Missing Migrants", date: "2010-05-21",
                 place: Place(name: "Guatemala City", country: "GT"), countries: ["GT", "US", "MX"], paragraphCount: 5,
                 firstParagraphStart: "Authorities and relatives of missing migrants",
                 speakers: ["Hilda Choc", "Hilda Choc", "Delbert Field"]),
        Expected(file: "28_fecha_en_entradilla.txt",
                 title: "Funcionarios de migración de Belice y Guatemala estudian la gestión de la frontera común", date: "2010-05-12",
                 place: Place(name: "Flores", country: "GT"), countries: ["BZ", "GT", "US"], paragraphCount: 4,
                 firstParagraphStart: "Funcionarios de migración de Belice", speakers: ["Enrique Ovalle", "Enrique Ovalle"]),
        Expected(file: "29_location_header.txt", title: "Canada Funds New Labour Migration Programme for Central America",
                 date: "2010-12-10", place: Place(name: "San Salvador", country: "SV"), countries: ["CA", "SV", "HN", "NI"],
                 paragraphCount: 4, firstParagraphStart: "The Government of Canada has approved", speakers: ["Sofía Linares"],
                 contacts: [Contact(name: "Sofía Linares", organization: "IOM San Salvador", email: "slinares@iom.int", phone: "+503 2521 0500")]),
        Expected(file: "30_title_bar_and_breadcrumb.txt", title: "Returning Migrants Get Help to Start Small Businesses in Honduras",
                 date: "2010-05-18", place: Place(name: "San Pedro Sula", country: "HN"), countries: ["HN", "MX", "US"], paragraphCount: 5,
                 firstParagraphStart: "Two hundred Hondurans returned", speakers: ["Rosa Elena Bográn"],
                 links: [Link(url: "http://www.returnees-hn.example.org", title: nil)],
                 contacts: [Contact(name: "Carlos Zelaya", organization: "IOM Honduras", email: "czelaya@iom.int", phone: "+504 2235 5600")]),
        Expected(file: "31_titulo_en_dos_lineas.txt",
                 title: "Más de cien funcionarios de Nicaragua y Costa Rica se capacitan en la atención a víctimas de trata",
                 date: "2010-09-22", place: Place(name: "Managua", country: "NI"), countries: ["NI", "CR", "US"], paragraphCount: 3,
                 firstParagraphStart: "Más de cien funcionarios de migración", speakers: ["María Guadalupe Sandino"],
                 contacts: [Contact(name: "Ernesto Rodríguez", organization: "OIM Managua", email: "erodriguez@iom.int",
                                    phone: "+505 2278 0060 ext. 21")]),
    ]
}

extension PageImporter {
    /// The release of a file that holds one page (a scrape or a saved HTML page); of a feed, its
    /// first item's: what most tests of the importer look at.
    static func importPage(_ bytes: [UInt8], fileName: String) throws(ImportError) -> ImportResult {
        guard let first = try importFile(bytes, fileName: fileName).first else { throw .emptyFeed }
        return try first.get()
    }
}
