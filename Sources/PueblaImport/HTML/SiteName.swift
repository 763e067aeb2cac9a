import Foundation
import PueblaKit

/// The site's name that pages put around a headline in `<title>` and `og:title`: "Title | IOM",
/// "IOM UN Migration - Title", "Title - International Organization for Migration", and the
/// site's section the old site put between them: "IOM - Press Briefing Notes - Title", and an
/// office's site: "Title | OIM Costa Rica".
enum SiteName {
    /// `title` without a separator-delimited site name at either end: the page's own
    /// `og:site_name`, or one of IOM's names in English or Spanish.
    static func strip(from title: String, siteName: String?) -> String {
        var names = knownNames
        if let siteName { names.insert(TextFolding.fold(siteName)) }
        var title = title.collapsingWhitespace()
        var changed = true
        while changed {
            changed = false
            for separator in separators {
                if let range = title.range(of: separator, options: .backwards), isSiteOrSection(String(title[range.upperBound...]), names: names) {
                    title = String(title[..<range.lowerBound]).collapsingWhitespace()
                    changed = true
                }
                if let range = title.range(of: separator), isSiteOrSection(String(title[..<range.lowerBound]), names: names) {
                    title = String(title[range.upperBound...]).collapsingWhitespace()
                    changed = true
                }
            }
        }
        return title
    }

    /// Whether `text` is the site's name and nothing more ("Organización Internacional para las
    /// Migraciones", "IOM Costa Rica"): a banner, not a headline.
    static func isSiteName(_ text: String, siteName: String?) -> Bool {
        var names = knownNames
        if let siteName { names.insert(TextFolding.fold(siteName)) }
        return names.contains(key(text)) || isOffice(text)
    }

    /// The site's name, or the section of it the page is in ("Press Briefing Notes", "Noticias").
    private static func isSiteOrSection(_ part: String, names: Set<String>) -> Bool {
        names.contains(key(part)) || SectionLabel.isKnown(part) || isOffice(part)
    }

    /// The name folded, without the acronym in brackets after it: "International Organization for
    /// Migration (IOM)" is "international organization for migration".
    private static func key(_ name: String) -> String {
        var folded = TextFolding.fold(name.collapsingWhitespace())
        for acronym in [" (iom)", " (oim)"] where folded.hasSuffix(acronym) { folded.removeLast(acronym.count) }
        return folded
    }

    /// An IOM office's site: "IOM Costa Rica", "OIM Panamá", "OIM Oficina Regional para ...",
    /// "Oficina Regional de la OIM para Centroamérica, Norteamérica y el Caribe".
    private static func isOffice(_ part: String) -> Bool {
        if NavigationFilter.isOfficeBanner(part) { return true }
        let folded = TextFolding.fold(part).split { !$0.isLetter }
        if let first = folded.first, ["oficina", "office", "mision", "mission"].contains(first), folded.contains(where: { $0 == "oim" || $0 == "iom" }) {
            return true
        }
        let words = part.split(separator: " ")
        guard words.count >= 2, ["iom", "oim"].contains(TextFolding.fold(String(words[0]))) else { return false }
        let place = words.dropFirst().joined(separator: " ")
        return PlaceFinder.countryCode(place) != nil || CityGazetteer.country(of: place) != nil
    }

    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : "]

    private static let knownNames: Set<String> = [
        "iom", "oim", "iom un migration", "oim onu migracion", "un migration", "onu migracion", "iom - un migration",
        "international organization for migration", "organizacion internacional para las migraciones",
        "iom - international organization for migration", "the un migration agency", "la agencia de la onu para la migracion",
    ]
}
