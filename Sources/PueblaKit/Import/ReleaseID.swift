import Foundation

/// The id of an imported release: `<date or undated>-<slug of the title>`, the same for the
/// same page every time.
enum ReleaseID {
    static let maximumSlugLength = 60

    static func make(date: String?, title: String) -> String {
        (date ?? "undated") + "-" + slug(title)
    }

    /// Lower-case ASCII words joined by hyphens, cut at a word boundary.
    static func slug(_ title: String) -> String {
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? String(word) : slug + "-" + word
            if next.count > maximumSlugLength { break }
            slug = next
        }
        if slug.isEmpty { slug = String(words.first?.prefix(maximumSlugLength) ?? "release") }
        return slug
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
