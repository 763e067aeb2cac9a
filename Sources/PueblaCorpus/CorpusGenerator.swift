import Foundation
import PueblaKit

/// Makes releases shaped like real ones, for measuring Puebla on archives larger than any at hand:
/// a title of about 11 words, 6 to 12 paragraphs of 40 to 80 words, 0 to 4 quotes taken from their
/// paragraph, 1 to 6 countries, a date in 1996...2025 and, for some, a meeting of the timeline.
///
/// Release `n` depends only on the seed, `n` and the shipped countries, meetings and organizations,
/// so that any number of releases can be made in any order, in parallel, with the same bytes.
/// Every text is synthetic and says so in its source: none of it is a fact about the conference.
public struct CorpusGenerator: Sendable {
    public let seed: UInt64
    private let countries: [Country]
    private let meetings: [Meeting]
    private let organizations: [Organization]
    private let vocabulary: [String]

    public static let firstYear = 1996
    public static let lastYear = 2025

    public init(seed: UInt64, countries: [Country], meetings: [Meeting], organizations: [Organization]) {
        self.seed = seed
        self.countries = countries
        self.meetings = meetings
        self.organizations = organizations
        vocabulary = CorpusVocabulary.words
    }

    /// The generator for the Data a store was loaded from.
    public init(seed: UInt64, store: Store) {
        self.init(seed: seed, countries: store.countries, meetings: store.meetings, organizations: store.organizations)
    }

    /// Release number `number` (from 0) of the corpus.
    public func release(number: Int) -> Release {
        var random = SplitMix64(seed: seed ^ (UInt64(number) &* 0xD1B5_4A32_D192_ED03))
        let meeting = meetings.isEmpty || !random.chance(0.1) ? nil : meetings[random.int(in: 0...(meetings.count - 1))]
        let date = date(near: meeting, random: &random)
        let id = "\(date)-bench-\(String(number, radix: 10).leftPadded(to: 7))"

        var codes: [String] = []
        if let host = meeting?.country { codes.append(host) }
        let wanted = random.int(in: 1...6)
        while codes.count < min(wanted, countries.count) {
            let code = countries[random.int(in: 0...(countries.count - 1))].code
            if !codes.contains(code) { codes.append(code) }
        }
        let place = place(for: meeting, countries: codes, random: &random)

        let paragraphs = (0..<random.int(in: 6...12)).map { _ in paragraph(random: &random) }
        let quotes = (0..<random.int(in: 0...4)).map { _ in quote(from: paragraphs, random: &random) }
        let links = (0..<random.int(in: 0...2)).map { index in
            Link(url: "https://example.org/bench/\(id)/link-\(index)", title: random.chance(0.5) ? sentence(words: 4...8, random: &random) : nil)
        }
        let contacts = random.chance(0.6) ? [contact(random: &random)] : []
        return Release(
            id: id, title: sentence(words: 8...14, random: &random, period: false), date: date,
            dateStatus: random.chance(0.8) ? .confirmed : .inferred, place: place, countries: codes,
            meeting: meeting?.id, paragraphs: paragraphs, quotes: quotes, links: links, contacts: contacts,
            source: Source(url: "https://example.org/bench/\(id)", file: nil), language: .english)
    }

    /// A date in the meeting's year when it has one, else anywhere in the thirty years.
    private func date(near meeting: Meeting?, random: inout SplitMix64) -> String {
        let year = meeting?.year ?? random.int(in: Self.firstYear...Self.lastYear)
        let month = random.int(in: 1...12)
        let day = random.int(in: 1...28)
        return "\(year)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
    }

    private func place(for meeting: Meeting?, countries codes: [String], random: inout SplitMix64) -> Place? {
        if let meeting, let city = meeting.city { return Place(name: city, country: meeting.country) }
        guard random.chance(0.7), let code = codes.first,
              let capital = countries.first(where: { $0.code == code })?.capital else { return nil }
        return Place(name: capital, country: code)
    }

    /// 40 to 80 words in sentences of 6 to 20.
    private func paragraph(random: inout SplitMix64) -> String {
        var sentences: [String] = []
        var remaining = random.int(in: 40...80)
        while remaining > 0 {
            let length = min(remaining, random.int(in: 6...20))
            sentences.append(sentence(words: length...length, random: &random))
            remaining -= length
        }
        return sentences.joined(separator: " ")
    }

    private func sentence(words count: ClosedRange<Int>, random: inout SplitMix64, period: Bool = true) -> String {
        let words = (0..<random.int(in: count)).map { _ in word(random: &random) }
        let text = words.joined(separator: " ")
        let capitalized = text.prefix(1).uppercased() + text.dropFirst()
        return period ? capitalized + "." : capitalized
    }

    /// Words by a Zipf-like law, as in real text: a few very common, a long tail of rare ones.
    private func word(random: inout SplitMix64) -> String {
        let rank = Int(pow(Double(vocabulary.count), random.unit())) - 1
        return vocabulary[min(max(0, rank), vocabulary.count - 1)]
    }

    /// A sentence of one of the paragraphs, so that the quote's text stands in its paragraph.
    private func quote(from paragraphs: [String], random: inout SplitMix64) -> Quote {
        let index = random.int(in: 0...(paragraphs.count - 1))
        let sentences = paragraphs[index].split(separator: ". ", omittingEmptySubsequences: true)
        let chosen = sentences[random.int(in: 0...(sentences.count - 1))]
        let text = chosen.hasSuffix(".") ? String(chosen) : chosen + "."
        let organization = organizations.isEmpty || random.chance(0.3)
            ? nil : organizations[random.int(in: 0...(organizations.count - 1))]
        return Quote(speaker: random.chance(0.9) ? personName(random: &random) : nil,
                     role: random.chance(0.7) ? CorpusVocabulary.roles[random.int(in: 0...(CorpusVocabulary.roles.count - 1))] : nil,
                     organization: organization.map { $0.acronym ?? $0.name }, text: text, paragraph: index)
    }

    private func contact(random: inout SplitMix64) -> Contact {
        let name = personName(random: &random)
        let address = name.lowercased().replacingOccurrences(of: " ", with: ".")
        return Contact(name: name, organization: nil, email: "\(address)@example.org", phone: nil)
    }

    /// Two made-up name parts built from syllables.
    private func personName(random: inout SplitMix64) -> String {
        func part() -> String {
            let syllables = (0..<random.int(in: 2...3)).map { _ in
                CorpusVocabulary.syllables[random.int(in: 0...(CorpusVocabulary.syllables.count - 1))]
            }
            let joined = syllables.joined()
            return joined.prefix(1).uppercased() + joined.dropFirst()
        }
        return part() + " " + part()
    }
}

extension String {
    /// The text with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
