import Foundation
import PueblaKit

/// The place (and sometimes date) a release opens with: `Honduras - Representatives ...`,
/// `GUATEMALA CITY, 12 May 2010 – ...`, `Tapachula, México – ...`.
struct Dateline: Equatable {
    var place: Place?
    var date: String?
    /// The paragraph without the dateline.
    var paragraph: String

    init(paragraph: String) {
        self.paragraph = paragraph
        guard let match = Dateline.leading.firstMatch(in: paragraph), let whole = match[0], let text = match[1],
              Dateline.isPlace(text) || PageDate.parse(text) != nil else { return }
        self.paragraph = String(paragraph.dropFirst(whole.count))
        date = PageDate.parse(text)
        // "Americas - Officials from ...": a region's label, not where the release was written.
        place = SectionLabel.isKnown(text) ? nil : PlaceFinder.place(named: Dateline.newsPlace(text))
    }

    /// Of the places a dateline joins with slashes ("Panama City/Geneva", "GENEVA/SAN JOSÉ"), the
    /// first that is not Geneva: headquarters, where releases are issued, not where the news is.
    private static func newsPlace(_ text: String) -> String {
        let places = text.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard places.count > 1 else { return text }
        return places.first { !["geneva", "ginebra", "geneve"].contains(TextFolding.fold($0)) } ?? places[0]
    }

    /// Capitals only, or a few capitalized words: a place, not the start of a sentence.
    private static func isPlace(_ text: String) -> Bool {
        let words = text.split { $0 == " " || $0 == "," }
        return (1...6).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0.allSatisfy(\.isNumber) || $0 == "de" }
    }

    /// `PLACE[/PLACE][, Country][, date]` then a dash; the agency's name may stand before it: `(IOM) –`,
    /// and a full stop may join the dash: `(OIM).-`.
    private static let leading = TextPattern("^([\\p{Lu}][\\p{L}.'’ /]{1,40}(?:,\\s*[\\p{L}\\d.'’ ]{2,40}){0,3})(?:\\s+\\((?:IOM|OIM)\\))?(?:\\s+|\\.)[-–—]{1,2}\\s+(?=[\\p{Lu}\"“«])")
}
