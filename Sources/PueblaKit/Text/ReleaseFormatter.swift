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
    public func headerFields(_ release: Release) -> [(String, String)] {
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

    public static func contactLine(_ contact: Contact) -> String {
        ([contact.name, contact.organization, contact.email, contact.phone].compactMap { $0 }).joined(separator: ", ")
    }

    public func plainText(_ release: Release, width: Int? = nil) -> String {
        let wrap: (String) -> [String] = { text in width.map { WordWrap.lines(text, width: $0) } ?? [text] }
        var lines = wrap(SafeText.line(release.title))
        lines.append("")
        for (label, value) in headerFields(release) {
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
        for (label, value) in headerFields(release) {
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
}
