import PueblaKit

/// Whether an article is written in Spanish or English, from its commonest short words: a
/// Spanish page writes its numeric dates day first (05/06/2020 is the fifth of June).
enum PageLanguage {
    case english, spanish

    init(text: String) {
        var spanishWords = 0
        var englishWords = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(2000) {
            if PageLanguage.spanishMarkers.contains(String(word)) { spanishWords += 1 }
            if PageLanguage.englishMarkers.contains(String(word)) { englishWords += 1 }
        }
        self = spanishWords > englishWords ? .spanish : .english
    }

    /// The language a release written in it records.
    var releaseLanguage: InterfaceLanguage { self == .spanish ? .spanish : .english }

    private static let spanishMarkers: Set<String> = ["el", "la", "los", "las", "de", "del", "que", "y", "en", "para", "por", "con", "una", "se"]
    private static let englishMarkers: Set<String> = ["the", "and", "of", "to", "in", "for", "with", "that", "is", "on", "from", "by", "was", "a"]
}
