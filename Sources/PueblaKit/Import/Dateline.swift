import Foundation

/// The place (and sometimes date) a release was written from: `Honduras - Representatives ...`,
/// `GUATEMALA CITY, 12 May 2010 – ...`, or failing that the first "in Tapachula, Mexico".
struct Dateline: Equatable {
    var place: Place?
    var date: String?
    /// The paragraph without the dateline.
    var paragraph: String

    init(paragraph: String) {
        self.paragraph = paragraph
        if let match = Dateline.leading.firstMatch(in: paragraph), let whole = match[0], let text = match[1],
           Dateline.isPlace(text) || PageDate.parse(text) != nil {
            self.paragraph = String(paragraph.dropFirst(whole.count))
            date = PageDate.parse(text)
            let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { PageDate.parse($0) == nil && !$0.isEmpty && !$0.allSatisfy(\.isNumber) }
            place = Dateline.place(from: parts)
        } else if let match = Dateline.cityOfCountry.firstMatch(in: paragraph), let city = match[1], let country = match[2],
                  let code = Dateline.countryCode(country), CountryGazetteer.codes(in: city).isEmpty {
            place = Place(name: city, country: code)
        }
    }

    private static func place(from parts: [String]) -> Place? {
        guard let first = parts.first else { return nil }
        let name = titleCased(first)
        if parts.count >= 2, let code = countryCode(parts[parts.count - 1]) { return Place(name: name, country: code) }
        let codes = CountryGazetteer.codes(in: name)
        return Place(name: name, country: codes.count == 1 ? codes[0] : nil)
    }

    /// The code when `text` is a country's name and nothing more.
    private static func countryCode(_ text: String) -> String? {
        let name = titleCased(text)
        let codes = CountryGazetteer.codes(in: name)
        guard codes.count == 1, let entry = CountryGazetteer.entry(code: codes[0]),
              entry.names.contains(where: { GazetteerWord.split($0) == GazetteerWord.split(name) }) else { return nil }
        return codes[0]
    }

    /// Capitals only, or a few capitalized words: a place, not the start of a sentence.
    private static func isPlace(_ text: String) -> Bool {
        let words = text.split { $0 == " " || $0 == "," }
        return (1...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0.allSatisfy(\.isNumber) || $0 == "de" }
    }

    /// "GUATEMALA CITY" reads "Guatemala City"; "Tapachula" stays as it is.
    private static func titleCased(_ text: String) -> String {
        guard text.count > 3, text == text.uppercased() else { return text }
        return text.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    private static let leading = TextPattern("^([\\p{Lu}][\\p{L}.'’ ]{1,40}(?:,\\s*[\\p{L}\\d.'’ ]{2,40}){0,2})\\s+[-–—]{1,2}\\s+(?=[\\p{Lu}\"“«])")
    private static let cityOfCountry = TextPattern("\\b(?:city of|in|en la ciudad de|en)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*),\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)")
}
