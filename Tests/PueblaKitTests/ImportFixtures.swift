import Foundation
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

    static let expected: [Expected] = [
        Expected(file: "01_navigation.txt", title: "Costa Rica Hosts Regional Workshop on Labour Migration", date: "2010-03-09",
                 countries: ["CR", "PA", "NI"], paragraphCount: 3, firstParagraphStart: "Labour officials from Costa Rica",
                 speakers: ["Elena Vargas"]),
        Expected(file: "02_html_residue.txt", title: "IOM Opens Migrant Information Centre in Guatemala",
                 countries: ["GT", "CA"], paragraphCount: 3, firstParagraphStart: "The new centre in Quetzaltenango",
                 speakers: ["Carlos Mendoza"],
                 links: [Link(url: "http://www.iom.int/guatemala/returnees", title: "the returnees programme page")]),
        Expected(file: "03_long_lines.txt", title: "Belize and El Salvador Sign Agreement on Return of Unaccompanied Children",
                 countries: ["BZ", "SV"], paragraphCount: 4, firstParagraphStart: "Belize and El Salvador today signed",
                 speakers: ["Ana Lucía Ramos", "Ana Lucía Ramos"]),
        Expected(file: "04_attributions.txt", title: "Director General Calls for Shared Responsibility on Migration in the Americas",
                 countries: ["PA"], paragraphCount: 6, firstParagraphStart: "IOM Director General William Lacy Swing",
                 speakers: ["William Lacy Swing", "William Lacy Swing", "William Lacy Swing", nil]),
        Expected(file: "05_dateline.txt", title: "Regional Network Trains Consular Officials on Victims of Trafficking",
                 place: Place(name: "Honduras", country: "HN"), countries: ["HN", "MX", "GT"], paragraphCount: 3,
                 firstParagraphStart: "Representatives from the consulates"),
        Expected(file: "06_spanish.txt", title: "La Conferencia Regional sobre Migración analiza la protección de los migrantes en tránsito",
                 date: "2010-05-21", countries: ["MX", "BZ", "PA", "DO", "US", "CA"], paragraphCount: 3,
                 firstParagraphStart: "Los viceministros", speakers: ["María José Herrera", "María José Herrera"]),
        Expected(file: "07_cut_off.txt", title: "Nicaragua Hosts Meeting on Migrant Health", countries: ["NI", "CR"],
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
    ]
}
