import Foundation
import PueblaKit

/// The id of an imported release: `<date or undated>-<slug of the title>`, the same for the
/// same page every time.
enum ReleaseID {
    static let maximumSlugLength = 60

    static func make(date: String?, title: String) -> String {
        (date ?? "undated") + "-" + slug(title)
    }

    /// Lower-case ASCII words joined by hyphens, cut at a word boundary. A title in another script
    /// is transliterated first (国际移民组织 gives guo-ji-yi-min-zu-zhi); one with no letter or digit
    /// at all (emoji, punctuation) gets `release-` and a hash of its text, so that it is unique too.
    static func slug(_ title: String) -> String {
        var folded = fold(title)
        if folded.contains(where: { $0.isLetter && !$0.isASCII }), let latin = title.applyingTransform(.toLatin, reverse: false) {
            folded = fold(latin)
        }
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? String(word) : slug + "-" + word
            if next.count > maximumSlugLength { break }
            slug = next
        }
        if slug.isEmpty { slug = words.first.map { String($0.prefix(maximumSlugLength)) } ?? "release-" + hash(title) }
        return slug
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// Eight hex digits of the FNV-1a hash of the text's NFC bytes: the same on every machine and run.
    private static func hash(_ text: String) -> String {
        let value = text.precomposedStringWithCanonicalMapping.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

extension ReleaseID {
    /// `id` with `-number` after it, its slug (the part after `<date or undated>-`) cut back at a
    /// word boundary so that slug and number stay within the slug limit.
    static func numbered(_ id: String, date: String?, number: Int) -> String {
        let prefix = (date ?? "undated") + "-", suffix = "-\(number)"
        guard id.hasPrefix(prefix) else { return id + suffix }
        var slug = Substring(id.dropFirst(prefix.count))
        while slug.count + suffix.count > maximumSlugLength, let cut = slug.lastIndex(of: "-") { slug = slug[..<cut] }
        if slug.count + suffix.count > maximumSlugLength { slug = slug.prefix(maximumSlugLength - suffix.count) }
        return prefix + slug + suffix
    }
}
