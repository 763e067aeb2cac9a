import Foundation
import PueblaKit
import Testing

/// Pages collected the way an outsider finds them on iom.int over the years (old and new site,
/// English and Spanish, speeches, leaked markup, a cut-off page), with what a careful reader
/// takes from each, written before the importer's heuristics were read.
enum BlindImportFixtures {
    static let expected: [ImportFixtures.Expected] = [
        ImportFixtures.Expected(file: "40_old_site_resort_town.txt",
                 title: "RCM Countries Review Recruitment of Seasonal Workers at Workshop in Honduras", date: "2012-06-22",
                 place: Place(name: "Tela", country: "HN"), countries: ["HN", "CA", "US", "GT", "SV", "NI", "MX"], paragraphCount: 6,
                 firstParagraphStart: "Labour and migration officials",
                 speakers: ["Marta Elena Quiñónez", "Marta Elena Quiñónez", "Andrés Villalobos"],
                 contacts: [Contact(name: "Andrés Villalobos", organization: "IOM Tegucigalpa", email: "avillalobos@iom.int", phone: "+504 2220 1100 Ext. 215")]),
        ImportFixtures.Expected(file: "41_sitio_antiguo_santo_domingo.txt",
                 title: "República Dominicana y Haití acuerdan mejorar la atención a migrantes en la frontera", date: "2011-11-14",
                 place: Place(name: "Santo Domingo", country: "DO"), countries: ["DO", "HT", "ES", "US", "CA"], paragraphCount: 6,
                 firstParagraphStart: "Autoridades migratorias de la República Dominicana",
                 speakers: ["José Ramón Peña Batista", "Carmen Lucía Ortega"],
                 contacts: [Contact(name: "Carmen Lucía Ortega", organization: "OIM República Dominicana", email: "cortega@iom.int", phone: "+1 809 688 8174 Ext. 2203")]),
        ImportFixtures.Expected(file: "42_global_label_tapachula.txt",
                 title: "Vice Ministers Review Protection of Migrants in Transit at Tapachula Meeting", date: "2010-05-21",
                 place: Place(name: "Tapachula", country: "MX"), countries: ["MX", "CO", "EC", "PE", "JM"], paragraphCount: 6,
                 firstParagraphStart: "Vice ministers and senior migration officials",
                 speakers: ["Alejandro Funes Cordero", "Alejandro Funes Cordero"],
                 links: [Link(url: "http://www.rcmvs.org/declaraciones/2010.pdf", title: "RCM website"),
                         Link(url: "http://www.iom.int/photos/tapachula2010", title: nil)]),
        ImportFixtures.Expected(file: "43_noticias_quetzaltenango.txt",
                 title: "Guatemala abre un centro de atención a migrantes retornados en Quetzaltenango", date: "2011-06-08",
                 place: Place(name: "Quetzaltenango", country: "GT"), countries: ["GT", "MX", "US", "HN", "SV"], paragraphCount: 5,
                 firstParagraphStart: "La Viceministra de Relaciones Exteriores de Guatemala",
                 speakers: ["Ana Beatriz Cifuentes", "Rodrigo Alvarado Lenz"],
                 contacts: [Contact(name: "Rodrigo Alvarado Lenz", organization: "OIM Guatemala", email: "ralvarado@iom.int", phone: "+502 2414 7400 Ext. 112"),
                            Contact(name: "Lucía Menchú Sac", organization: "Ministerio de Relaciones Exteriores de Guatemala",
                                    email: "lmenchu@minex.example.gt", phone: "+502 5512 3344")]),
        ImportFixtures.Expected(file: "44_speech_fields.txt",
                 title: "Opening Remarks at the RCM Seminar on the Rights of Migrant Workers", date: "2011-06-10",
                 place: Place(name: "Santa Ana", country: "SV"), countries: ["SV", "GT", "CR", "CA"], paragraphCount: 4,
                 firstParagraphStart: "Mr. Vice Minister, distinguished delegates",
                 speakers: Array(repeating: "Sofía Delgado Brenes", count: 4)),
        ImportFixtures.Expected(file: "45_discurso_lugar.txt",
                 title: "Palabras de clausura de la reunión viceministerial de la Conferencia Regional sobre Migración", date: "2011-02-24",
                 place: Place(name: "Liberia", country: "CR"), countries: ["CR", "NI", "PA", "US"], paragraphCount: 4,
                 firstParagraphStart: "Señoras y señores viceministros",
                 speakers: Array(repeating: "Esteban Murillo Vargas", count: 4)),
        ImportFixtures.Expected(file: "46_leaked_style_window_open.txt",
                 title: "Guatemala Hosts Regional Training on Identifying Victims of Trafficking", date: "2012-03-15",
                 place: Place(name: "Guatemala City", country: "GT"), countries: ["GT", "BZ", "HN", "SV", "US"], paragraphCount: 5,
                 firstParagraphStart: "Border and police officials",
                 speakers: ["Marcela Ibarra", "Héctor Alfredo Sandoval"],
                 links: [Link(url: "http://www.iom.int/cms/publications/victim_identification_es.pdf", title: "Victim Identification Handbook")],
                 contacts: [Contact(name: "Marcela Ibarra", organization: "IOM San José", email: "mibarra@iom.int", phone: "+506 8812 4455")]),
        ImportFixtures.Expected(file: "47_cortada.txt",
                 title: "Jóvenes nicaragüenses y costarricenses debaten sobre migración segura", date: "2011-08-03",
                 place: Place(name: "León", country: "NI"), countries: ["NI", "CR", "ES"], paragraphCount: 3,
                 firstParagraphStart: "Más de 150 jóvenes", speakers: ["Guadalupe Rivas"]),
        ImportFixtures.Expected(file: "48_long_lines_david.txt",
                 title: "Panama and Costa Rica Open Joint Border Centre for Seasonal Workers", date: "2012-09-14",
                 place: Place(name: "David", country: "PA"), countries: ["PA", "CR", "CA", "US", "MX", "GT", "CO"], paragraphCount: 5,
                 firstParagraphStart: "Migration authorities of Panama and Costa Rica",
                 speakers: ["Jordan Castillo Méndez", "Jordan Castillo Méndez"],
                 contacts: [Contact(name: "Chad Whitman", organization: "IOM Panama", email: "cwhitman@iom.int", phone: "+507 305 3350"),
                            Contact(name: "Yaneth Pitti", organization: "National Migration Service",
                                    email: "ypitti@migracion.example.gob.pa", phone: "+507 507 1800")]),
        ImportFixtures.Expected(file: "49_comunicado_republica_dominicana.txt",
                 title: "La OIM y el Gobierno dominicano lanzan una campaña contra los viajes irregulares por mar", date: "2010-05-21",
                 place: Place(name: "República Dominicana", country: "DO"), countries: ["DO", "US", "ES", "PA"], paragraphCount: 5,
                 firstParagraphStart: "La Organización Internacional para las Migraciones (OIM) y la Dirección",
                 speakers: ["Yokasta Ferreras", "Yokasta Ferreras", "Yokasta Ferreras"],
                 contacts: [Contact(name: "Yokasta Ferreras", organization: "Dirección General de Migración",
                                    email: "yferreras@migracion.example.gob.do", phone: "+1 809 508 2555")]),
        ImportFixtures.Expected(file: "50_press_release_chetumal.txt",
                 title: "Mexico and Belize Agree on Safe Return Procedures for Migrant Children",
                 place: Place(name: "Chetumal", country: "MX"), countries: ["MX", "BZ", "GT"], paragraphCount: 5,
                 firstParagraphStart: "Child protection and migration officials",
                 speakers: ["Vice Ministers", "Roberta Cal Tillett"],
                 links: [Link(url: "http://www.rcmvs.org/ninez.htm", title: nil)],
                 contacts: [Contact(name: "Felipe Canul", organization: "IOM Mexico", email: "fcanul@iom.int", phone: "+52 55 5536 3922")]),
        ImportFixtures.Expected(file: "51_sitio_antiguo_ciudad_juarez.txt",
                 title: "Ciudad Juárez acoge un seminario sobre la repatriación de migrantes", date: "2010-10-27",
                 place: Place(name: "Ciudad Juárez", country: "MX"), countries: ["MX", "US"], paragraphCount: 4,
                 firstParagraphStart: "Funcionarios de migración de México",
                 speakers: ["Rocío Aranda Salcido", "Tomás Weiler"],
                 contacts: [Contact(name: "Tomás Weiler", organization: "OIM México", email: "tweiler@iom.int", phone: "+52 55 5536 3922 ext. 104")]),
        ImportFixtures.Expected(file: "52_americas_managua.txt",
                 title: "Nicaragua Trains Consuls on Assistance to Migrants in Distress", date: "2009-12-03",
                 place: Place(name: "Managua", country: "NI"), countries: ["NI", "CR", "SV", "GT", "HN", "MX"], paragraphCount: 5,
                 firstParagraphStart: "Consuls of Nicaragua posted",
                 speakers: ["María Auxiliadora Zelaya", "María Auxiliadora Zelaya", "María Auxiliadora Zelaya"],
                 links: [Link(url: "http://www.iom.int/nicaragua/consular-course", title: nil),
                         Link(url: "http://www.cancilleria.example.gob.ni", title: nil)],
                 contacts: [Contact(name: "José Ignacio Pérez", organization: "IOM Managua", email: "jiperez@iom.int", phone: "+505 2278 0531")]),
        ImportFixtures.Expected(file: "53_americas_colon.txt",
                 title: "Panamá y Colombia coordinan la atención a migrantes extracontinentales en Colón", date: "2012-07-17",
                 place: Place(name: "Colón", country: "PA"), countries: ["PA", "CO", "SO", "ER", "NP"], paragraphCount: 5,
                 firstParagraphStart: "Autoridades migratorias de Panamá y Colombia",
                 speakers: ["Raúl Méndez Castrellón", "Raúl Méndez Castrellón"],
                 links: [Link(url: "http://www.crmsv.org/documentos/declaracion_extrarregional.pdf", title: "el sitio de la CRM")],
                 contacts: [Contact(name: "Alicia Durán", organization: "OIM Panamá", email: "aduran@iom.int", phone: "+507 305 3350 Ext. 2110")]),
    ]

    /// Paragraph breaks the scrape does not show: the wrapped line before the break is as long
    /// as the page's width, and the next paragraph starts like any sentence.
    static let unseenParagraphBreaks = [
        "50_press_release_chetumal.txt": "the line ending 'protection officer.\"' fills the wrap width, so nothing marks the paragraph after it",
    ]

    /// The fields the held-back pages are scored on, each right or wrong for one page.
    static let scoredFields = ["title", "date", "place", "countries", "quote speakers", "quote count", "links", "contacts"]

    static func scores(_ release: Release, _ expected: ImportFixtures.Expected) -> [String: Bool] {
        [
            "title": release.title == expected.title, "date": release.date == expected.date,
            "place": release.place == expected.place, "countries": Set(release.countries) == expected.countries,
            "quote speakers": release.quotes.map(\.speaker) == expected.speakers,
            "quote count": release.quotes.count == expected.speakers.count,
            "links": release.links == expected.links, "contacts": release.contacts == expected.contacts,
        ]
    }
}

@Suite("Importing pages collected without looking at the importer")
struct BlindImportFixtureTests {
    @Test("blind fixtures", arguments: BlindImportFixtures.expected)
    func fields(_ expected: ImportFixtures.Expected) throws {
        let release = try ImportFixtures.result(expected.file).release
        #expect(release.title == expected.title)
        #expect(release.date == expected.date)
        #expect(release.dateStatus == (expected.date == nil ? .unconfirmed : .confirmed))
        #expect(release.place == expected.place)
        #expect(Set(release.countries) == expected.countries)
        if let reason = BlindImportFixtures.unseenParagraphBreaks[expected.file] {
            withKnownIssue(Comment(rawValue: reason)) { #expect(release.paragraphs.count == expected.paragraphCount) }
        } else {
            #expect(release.paragraphs.count == expected.paragraphCount)
        }
        #expect(release.paragraphs.first?.hasPrefix(expected.firstParagraphStart) == true)
        #expect(release.quotes.map(\.speaker) == expected.speakers)
        #expect(release.links == expected.links)
        #expect(release.contacts == expected.contacts)
        for paragraph in release.paragraphs {
            for residue in ["href=", "\">", "window.open", "PADDING", "MsoNormal", "Who we are", "Share this", "<", "©"] {
                #expect(!paragraph.contains(residue), "\(residue) in \(paragraph)")
            }
        }
    }

    /// The score the held-back real pages are measured by: the mean over pages and fields must
    /// reach 0.95 and no page may fall under 0.8. The figures are printed so a change shows what it moved.
    @Test("blind per-field accuracy reaches the target")
    func accuracy() throws {
        let fields = BlindImportFixtures.scoredFields
        var right: [String: Int] = [:]
        var weakPages: [String] = []
        for expected in BlindImportFixtures.expected {
            let scores = BlindImportFixtures.scores(try ImportFixtures.result(expected.file).release, expected)
            let wrong = fields.filter { scores[$0] != true }
            for field in fields where scores[field] == true { right[field, default: 0] += 1 }
            let pageScore = Double(fields.count - wrong.count) / Double(fields.count)
            if !wrong.isEmpty { print("blind \(expected.file): \(String(format: "%.3f", pageScore)) wrong: \(wrong.joined(separator: ", "))") }
            if pageScore < 0.8 { weakPages.append(expected.file) }
        }
        let total = BlindImportFixtures.expected.count
        for field in fields {
            print("blind accuracy \(field): \(right[field, default: 0])/\(total)")
        }
        let mean = Double(right.values.reduce(0, +)) / Double(total * fields.count)
        print("blind accuracy mean: \(String(format: "%.3f", mean)) over \(total) pages")
        #expect(mean >= 0.95)
        #expect(weakPages.isEmpty, "pages under 0.8: \(weakPages)")
    }
}
