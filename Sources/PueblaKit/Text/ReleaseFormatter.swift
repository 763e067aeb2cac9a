import Foundation

/// A release as plain text or Markdown: what `puebla show` prints and what export writes.
public struct ReleaseFormatter {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// "2010-05-18 (inferred)", or "no date" when the page gave none.
    public static func dateLabel(_ date: String?, _ status: FactStatus) -> String {
        guard let date else { return "no date" }
        return status.isCertain ? date : "\(date) (\(status.rawValue))"
    }

    public func placeLabel(_ place: Place?) -> String? {
        guard let place else { return nil }
        guard let code = place.country else { return place.name }
        return "\(place.name), \(store.countryName(code))"
    }

    public func meetingLabel(_ id: String?) -> String? {
        guard let id else { return nil }
        guard let meeting = store.meeting(id: id) else { return id }
        let details = [meeting.year.map(String.init), meeting.city].compactMap { $0 }.joined(separator: ", ")
        return "\(meeting.roman) RCM" + (details.isEmpty ? "" : " (\(details))")
    }

    /// Label, value pairs for a release's header, in reading order; absent values left out.
    public func headerFields(_ release: ReleaseSummary) -> [(String, String)] {
        var fields: [(String, String)] = [("Date", Self.dateLabel(release.date, release.dateStatus))]
        if let place = placeLabel(release.place) { fields.append(("Place", place)) }
        if !release.countries.isEmpty {
            fields.append(("Countries", release.countries.map(store.countryName).joined(separator: ", ")))
        }
        if let meeting = meetingLabel(release.meeting) { fields.append(("Meeting", meeting)) }
        return fields
    }

    /// "Laura Thompson, Deputy Director General (IOM)"; "Unattributed" when the page names no one.
    public static func attribution(_ quote: Quote) -> String {
        var text = quote.speaker ?? "Unattributed"
        if let role = quote.role { text += ", \(role)" }
        if let organization = quote.organization, !(quote.role ?? "").contains(organization) { text += " (\(organization))" }
        return text
    }

    /// A quote as it is copied: the words, who said them, and where, on one line:
    /// `"I am happy ..." — Laura Thompson, Deputy Director General (IOM), in "XV Annual ..." (2010-05-18 (inferred))`.
    public func citation(_ entry: QuoteEntry) -> String {
        let text = "\u{201C}\(entry.quote.text)\u{201D} \u{2014} \(Self.attribution(entry.quote)), in \u{201C}\(entry.releaseTitle)\u{201D} ("
            + Self.dateLabel(entry.releaseDate, entry.releaseDateStatus) + ")"
        return SafeText.line(text)
    }

    public static func contactLine(_ contact: Contact) -> String {
        ([contact.name, contact.organization, contact.email, contact.phone].compactMap { $0 }).joined(separator: ", ")
    }

    public func plainText(_ release: Release, width: Int? = nil) -> String {
        let wrap: (String) -> [String] = { text in width.map { WordWrap.lines(text, width: $0) } ?? [text] }
        var lines = wrap(SafeText.line(release.title))
        lines.append("")
        for (label, value) in headerFields(ReleaseSummary(release)) {
            lines += wrap(SafeText.line("\(label): \(value)"))
        }
        for paragraph in release.paragraphs {
            lines.append("")
            lines += wrap(SafeText.line(paragraph))
        }
        if !release.links.isEmpty {
            lines += ["", "Links:"]
            for link in release.links {
                lines += wrap(SafeText.line("  " + link.url + (link.title.map { " (\($0))" } ?? "")))
            }
        }
        if !release.contacts.isEmpty {
            lines += ["", "Contacts:"]
            for contact in release.contacts { lines += wrap(SafeText.line("  " + Self.contactLine(contact))) }
        }
        if let source = release.source, let url = source.url ?? source.file {
            lines += [""] + wrap(SafeText.line("Source: \(url)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown(_ release: Release) -> String {
        var out = "# \(SafeText.line(release.title))\n\n"
        for (label, value) in headerFields(ReleaseSummary(release)) {
            out += "- **\(label):** \(SafeText.line(value))\n"
        }
        for paragraph in release.paragraphs {
            out += "\n\(SafeText.line(paragraph))\n"
        }
        if !release.quotes.isEmpty {
            out += "\n## Quotes\n"
            for quote in release.quotes {
                out += "\n> \(SafeText.line(quote.text))\n>\n> — \(SafeText.line(Self.attribution(quote)))\n"
            }
        }
        if !release.links.isEmpty {
            out += "\n## Links\n\n"
            for link in release.links {
                let url = SafeText.line(link.url)
                out += "- [\(SafeText.line(link.title ?? url))](\(url))\n"
            }
        }
        if !release.contacts.isEmpty {
            out += "\n## Contacts\n\n"
            for contact in release.contacts { out += "- \(SafeText.line(Self.contactLine(contact)))\n" }
        }
        if let source = release.source, let url = source.url ?? source.file {
            out += "\nSource: \(SafeText.line(url))\n"
        }
        return out
    }

    /// Writes the release as Markdown, atomically, and returns the absolute path written. `path`
    /// may be a file, a folder (the file is `<id>.md` in it) or nil (`<id>.md` in `directory`);
    /// a relative path is taken from `directory`, and `~` is the home folder.
    public func writeMarkdown(_ release: Release, to path: String? = nil,
                              directory: String = FileManager.default.currentDirectoryPath) throws(AtomicFile.WriteError) -> String {
        let fileName = release.id.replacingOccurrences(of: "/", with: "-") + ".md"
        var target = (path.map { ($0 as NSString).expandingTildeInPath }) ?? fileName
        if !target.hasPrefix("/") { target = (directory as NSString).appendingPathComponent(target) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            target = (target as NSString).appendingPathComponent(fileName)
        }
        target = (target as NSString).standardizingPath
        try AtomicFile.write(Array(markdown(release).utf8), to: target)
        return target
    }
}
