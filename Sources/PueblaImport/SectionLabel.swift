import Foundation
import PueblaKit

/// The one- or two-word labels a site puts over an article: its region ("Global", "Americas"),
/// its kind ("Press Release", "Comunicado de prensa", "Noticias"), and a photograph's credit.
/// Never the title.
enum SectionLabel {
    /// A label the site is known to use, anywhere above the article.
    static func isKnown(_ line: String) -> Bool {
        // "News - Press Briefing Notes", "Noticias | Comunicados": labels one after the other.
        let marked = separators.reduce(line) { $0.replacingOccurrences(of: $1, with: "\n") }
        let parts = marked.split(separator: "\n").map { key(String($0)) }.filter { !$0.isEmpty }
        return labels.contains(key(line)) || (parts.count >= 2 && parts.allSatisfy(labels.contains))
    }

    /// A line about the article, not of it: a photograph's credit ("Photo: IOM Belize 2011"), a
    /// speech's delivery note ("Check against delivery", "Sólo vale lo pronunciado"), or a
    /// release's ("For immediate release", "Embargoed until 10:00 GMT").
    static func isCredit(_ line: String) -> Bool {
        (credit.matches(line) && !line.hasPrefix("©") && line.split(separator: " ").count <= 12) || note.matches(line)
    }

    private static let note = TextPattern(
        "^\\W*(?i:check against delivery|as delivered|as prepared for delivery|s[oó]lo (?:vale|cuenta) (?:el texto |lo )?pronunciado"
        + "|cotejar con (?:el )?(?:discurso|texto) pronunciado|v[eé]rifier au prononc[eé]"
        + "|for immediate release|para (?:su )?(?:publicaci[oó]n|difusi[oó]n|distribuci[oó]n) inmediata"
        + "|(?:embargoed|under embargo|embargo)(?: until| till|:)?[^.]{0,40}|embargad[oa] hasta[^.]{0,40})\\W*$")

    private static let separators = [" - ", " – ", " | ", " / ", " > ", " » "]

    /// A known label, or a line of one or two words (or a country's or region's name) standing
    /// above a longer heading.
    static func isLabel(_ line: String, next: String?) -> Bool {
        if isKnown(line) || credit.matches(line) { return true }
        guard let next, !line.contains(where: { ".,;:!?\"“”«»".contains($0) }) else { return false }
        let words = line.split(separator: " ")
        let nextWords = next.split(separator: " ")
        guard nextWords.count >= 4, nextWords.count > words.count, PageLayout.looksLikeTitle(next, next: nil) else { return false }
        if words.count <= 2 && words.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        // "Dominican Republic", "Central America and the Caribbean".
        return words.count <= 6 && !CountryGazetteer.codes(in: line).isEmpty && words.allSatisfy { word in
            word.first?.isUppercase == true || ["and", "the", "of", "y", "el", "la", "de"].contains(String(word))
        }
    }

    /// A photograph's caption credit: "Photo: IOM/Juan Pérez", "© IOM 2010", "Foto: OIM".
    private static let credit = TextPattern("^(?:©|\\(c\\)|(?i:photo|foto|credit|cr[eé]dito|image|imagen)\\s*(?:credit\\s*)?:)")

    private static func key(_ line: String) -> String {
        TextFolding.fold(line).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    }

    private static let labels: Set<String> = [
        // Regions.
        "global", "americas", "the americas", "central america", "north america", "south america", "caribbean",
        "central america, north america and the caribbean", "africa", "asia and the pacific", "asia pacific", "europe",
        "middle east and north africa", "european economic area", "east and horn of africa", "west and central africa",
        "southern africa", "south-eastern europe, eastern europe and central asia", "centroamerica", "norteamerica",
        "america central", "america del sur", "sudamerica", "el caribe", "las americas", "mundial",
        // Kinds of page.
        "news", "latest news", "press release", "press releases", "press briefing notes", "press briefing note",
        "news release", "media advisory", "feature", "features", "story", "stories", "news and stories", "speeches",
        "speech", "speeches and statements", "statements", "statement", "article", "update", "updates",
        "noticias", "noticia", "comunicado", "comunicados", "comunicado de prensa", "comunicados de prensa",
        "nota de prensa", "notas de prensa", "notas informativas", "nota informativa", "discursos", "discurso",
        "declaraciones", "declaracion", "historias", "historia", "articulo", "actualidad", "prensa", "sala de prensa",
    ]
}
