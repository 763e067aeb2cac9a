import Foundation
import PueblaKit

/// Finding the countries a text names, with the names of `CountryGazetteer`'s table.
extension CountryGazetteer {
    /// The codes of every country `text` names, in the order of their first mention. Longer names
    /// win ("Papua New Guinea" is not Guinea), and names inside other places do not count
    /// ("New Mexico" is not Mexico), but a capital named after its country does ("Guatemala City").
    public static func codes(in text: String) -> [String] {
        var found: [String] = []
        for code in mentions(in: text) where !found.contains(code) { found.append(code) }
        return found
    }

    /// Every mention, in order, repeats included.
    static func mentions(in text: String) -> [String] {
        let tokens = GazetteerWord.tokens(text)
        let words = tokens.map(\.word)
        var result: [String] = []
        var position = 0
        while position < words.count {
            if let match = longestPhrase(in: words, at: position) {
                // "US$ 2 million" is a currency.
                let isCurrency = match.length == 1 && tokens[position].separator.hasPrefix("$")
                if let code = match.code, !isCurrency, !isPersonName(tokens, at: position, length: match.length),
                   !namesAPlace(tokens, before: position) {
                    result.append(code)
                }
                position += match.length
            } else {
                position += 1
            }
        }
        return result
    }

    /// True when `word` names a country but is also a first name ("Chad Whitaker", "Mauricio
    /// Funes"): it names a person when a surname follows it.
    public static func isGivenName(_ word: String) -> Bool {
        givenNames.contains(GazetteerWord.split(word).first ?? "")
    }

    /// A country's name used as a person's: a given name followed by a capitalized word in the same
    /// phrase (no comma between), or any country name after an honorific ("Mr. Jordan").
    private static func isPersonName(_ tokens: [GazetteerWord.Token], at position: Int, length: Int) -> Bool {
        if position > 0, honorifics.contains(tokens[position - 1].word.lowercased()) { return true }
        guard length == 1, givenNames.contains(tokens[position].word) else { return false }
        let end = position + 1
        guard end < tokens.count, tokens[position].spaceAfter, let first = tokens[end].word.first, first.isUppercase else { return false }
        // "Chad and Niger", "Jordan, Lebanon": a country follows, not a surname.
        return longestPhrase(in: tokens.map(\.word), at: end)?.code == nil && !connectors.contains(tokens[end].word.lowercased())
    }

    /// "avenida Perú", "plaza Italia", "Hotel Guatemala", "Colegio México": a street, square or
    /// building named after a country is not the country.
    private static func namesAPlace(_ tokens: [GazetteerWord.Token], before position: Int) -> Bool {
        guard position > 0, tokens[position - 1].spaceAfter else { return false }
        return placeWords.contains(TextFolding.fold(tokens[position - 1].word))
    }

    private static let placeWords: Set<String> = [
        "avenida", "av", "calle", "plaza", "paseo", "boulevard", "bulevar", "colonia", "barrio", "parque", "hotel",
        "colegio", "escuela", "hospital", "estadio", "avenue", "street", "square", "park", "school", "stadium",
    ]

    private static func longestPhrase(in words: [String], at position: Int) -> Phrase? {
        guard let candidates = phrases[words[position]] else { return nil }
        return candidates.first { phrase in
            position + phrase.words.count <= words.count
                && zip(phrase.words, words[position...]).allSatisfy { $0 == $1 }
        }
    }

    /// A run of words naming a country, or (code nil) a place that only contains a country's name.
    private struct Phrase {
        let words: [String]
        let code: String?
        var length: Int { words.count }
    }

    /// Places and words that contain a country's name without meaning it, with the country they
    /// are in when that is certain ("Atlanta, Georgia" is in the United States, not in Georgia).
    private static let otherPlaces: [(name: String, code: String?)] = [
        ("New Mexico", nil), ("Nuevo México", nil), ("New Jersey", nil), ("New South Wales", nil),
        ("Gulf of Mexico", nil), ("Golfo de México", nil), ("Niger Delta", nil), ("Delta del Níger", nil),
        // Spanish names of countries that are also towns of the region, or common words.
        ("Granada", nil), ("Santa Elena", nil), ("San Martín", nil),
        // Towns of Guatemala named after a saint that is also a country's Spanish name.
        ("Santa Lucía Cotzumalguapa", "GT"), ("Santa Lucía Utatlán", "GT"), ("Santa Lucía Milpas Altas", "GT"),
        // "Reunión" is a meeting, "Guadalupe" a name and a shrine: only the island's full name counts.
        ("Reunión", nil), ("Guadalupe", nil), ("Virgen de Guadalupe", nil),
        // The American state, named with a city of it or as a state.
        ("Atlanta, Georgia", "US"), ("Savannah, Georgia", "US"), ("Augusta, Georgia", "US"), ("Athens, Georgia", "US"),
        ("Macon, Georgia", "US"), ("Columbus, Georgia", "US"), ("Albany, Georgia", "US"), ("Dalton, Georgia", "US"),
        ("Gainesville, Georgia", "US"), ("state of Georgia", "US"), ("State of Georgia", "US"), ("Georgia State", "US"),
        ("estado de Georgia", "US"), ("Georgia, USA", "US"), ("Georgia, U.S.", "US"), ("Georgia, EE.UU.", "US"),
    ]

    /// Country names that are also first names in the region's languages.
    private static let givenNames: Set<String> = ["Chad", "Jordan", "Georgia", "Israel", "India", "Mauricio", "Montserrat", "Guadalupe", "Dominica", "Kenya"]
    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "sr", "sra", "srta", "don", "dona", "senor", "senora", "doctor", "doctora"]
    private static let connectors: Set<String> = ["and", "y", "or", "o", "e", "de", "del", "of", "the", "la", "el"]

    /// Phrases by their first word, longest first; a place that only contains a country's name
    /// wins over the country's own phrase of the same words.
    private static let phrases: [String: [Phrase]] = {
        let others = otherPlaces.map { Phrase(words: GazetteerWord.split($0.name), code: $0.code) }
        let otherWords = Set(others.map(\.words))
        var all = others
        for entry in entries {
            for name in entry.names {
                let words = GazetteerWord.split(name)
                if !otherWords.contains(words) { all.append(Phrase(words: words, code: entry.code)) }
            }
        }
        var byFirst: [String: [Phrase]] = [:]
        for phrase in all where !phrase.words.isEmpty {
            byFirst[phrase.words[0], default: []].append(phrase)
        }
        // A stable sort keeps the other places ahead of a country's phrase of the same length.
        return byFirst.mapValues { phrases in
            phrases.enumerated().sorted { ($0.element.length, -$0.offset) > ($1.element.length, -$1.offset) }.map(\.element)
        }
    }()
}

/// Splits text into the words the gazetteer compares: runs of letters and digits, accents
/// removed, case kept (a country's name is capitalized; "turkey" and "chad" are not countries).
enum GazetteerWord {
    struct Token {
        let word: String
        /// What separates it from the next word ("" for the last).
        let separator: String
        /// Only spaces separate it from the next word (no comma, full stop or line of its own).
        var spaceAfter: Bool { !separator.isEmpty && separator.allSatisfy { $0 == " " } }
    }

    static func split(_ text: String) -> [String] {
        tokens(text).map(\.word)
    }

    static func tokens(_ text: String) -> [Token] {
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var tokens: [Token] = []
        var word = ""
        var separator = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                if word.isEmpty, !separator.isEmpty, let last = tokens.popLast() {
                    tokens.append(Token(word: last.word, separator: separator))
                }
                if word.isEmpty { separator = "" }
                word.append(character)
            } else {
                if !word.isEmpty {
                    tokens.append(Token(word: word, separator: ""))
                    word = ""
                }
                separator.append(character)
            }
        }
        if !word.isEmpty { tokens.append(Token(word: word, separator: "")) }
        return tokens
    }
}
