import Foundation

/// The site's name that pages put around a headline in `<title>` and `og:title`: "Title | IOM",
/// "IOM UN Migration - Title", "Title - International Organization for Migration".
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
                if let range = title.range(of: separator, options: .backwards),
                   names.contains(TextFolding.fold(String(title[range.upperBound...]))) {
                    title = String(title[..<range.lowerBound]).collapsingWhitespace()
                    changed = true
                }
                if let range = title.range(of: separator),
                   names.contains(TextFolding.fold(String(title[..<range.lowerBound]))) {
                    title = String(title[range.upperBound...]).collapsingWhitespace()
                    changed = true
                }
            }
        }
        return title
    }

    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : "]

    private static let knownNames: Set<String> = [
        "iom", "oim", "iom un migration", "oim onu migracion", "un migration", "onu migracion", "iom - un migration",
        "international organization for migration", "organizacion internacional para las migraciones",
        "iom - international organization for migration", "the un migration agency", "la agencia de la onu para la migracion",
    ]
}
