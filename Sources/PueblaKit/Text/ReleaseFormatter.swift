import Foundation

/// A release as plain text or Markdown: what `puebla show` prints and what export writes, in the
/// interface's language. A text that shows one date writes it the language's way ("May 18, 2010");
/// lists and CSV keep ISO dates, compact and sortable.
public struct ReleaseFormatter {
    public let store: Store
    public let words: any FormatterWords

    public init(store: Store, words: any FormatterWords) {
        self.store = store
        self.words = words
    }

    /// "2010-05-18 (inferred)", or "May 18, 2010 (inferred)" when `long`; "no date" when the page gave none.
    public func dateLabel(_ date: String?, _ status: FactStatus, long: Bool = false) -> String {
        guard let date else { return words.noDate }
        let shown = long ? words.longDate(date) : date
        return status.isCertain ? shown : "\(shown) (\(words.status(status)))"
    }

    public func placeLabel(_ place: Place?) -> String? {
        guard let place else { return nil }
        guard let code = place.country else { return place.name }
        return "\(place.name), \(store.countryName(code, in: words.language))"
    }

    /// "XV RCM (2010, Tegucigalpa)", "XV CRM (2010, Tegucigalpa)".
    public func meetingLabel(_ id: String?) -> String? {
        guard let id else { return nil }
        guard let meeting = store.meeting(id: id) else { return id }
        let details = [meeting.year.map(String.init), meeting.city].compactMap { $0 }.joined(separator: ", ")
        return words.language.meetingName(meeting) + (details.isEmpty ? "" : " (\(details))")
    }

    /// Label, value pairs for a release's header, in reading order; absent values left out.
    public func headerFields(_ release: ReleaseSummary) -> [(String, String)] {
        var fields: [(String, String)] = [(words.dateLabel, dateLabel(release.date, release.dateStatus, long: true))]
        if let place = placeLabel(release.place) { fields.append((words.placeLabel, place)) }
        if !release.countries.isEmpty {
            fields.append((words.countriesLabel, release.countries.map { store.countryName($0, in: words.language) }.joined(separator: ", ")))
        }
        if let meeting = meetingLabel(release.meeting) { fields.append((words.meetingLabel, meeting)) }
        return fields
    }

    /// "Laura Thompson, Deputy Director General (IOM)"; "Unattributed" when the page names no one.
    public func attribution(_ quote: Quote) -> String {
        var text = quote.speaker ?? words.unattributed
        if let role = quote.role { text += ", \(role)" }
        if let organization = quote.organization, !(quote.role ?? "").contains(organization) { text += " (\(organization))" }
        return text
    }

    /// A quote as it is copied: the words, who said them, and where, on one line:
    /// `"I am happy ..." — Laura Thompson, Deputy Director General (IOM), in "XV Annual ..." (May 18, 2010 (inferred))`.
    public func citation(_ entry: QuoteEntry) -> String {
        let text = "\u{201C}\(entry.quote.text)\u{201D} \u{2014} \(attribution(entry.quote)), "
            + words.inRelease("\u{201C}\(entry.releaseTitle)\u{201D}") + " (" + dateLabel(entry.releaseDate, entry.releaseDateStatus, long: true) + ")"
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
            lines += ["", words.linksHeading + ":"]
            for link in release.links {
                lines += wrap(SafeText.line("  " + link.url + (link.title.map { " (\($0))" } ?? "")))
            }
        }
        if !release.contacts.isEmpty {
            lines += ["", words.contactsHeading + ":"]
            for contact in release.contacts { lines += wrap(SafeText.line("  " + Self.contactLine(contact))) }
        }
        if let source = release.source, let url = source.url ?? source.file {
            lines += [""] + wrap(SafeText.line("\(words.sourceLabel): \(url)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A release in Markdown, its title a heading of `level` (1 alone, 2 inside a collection).
    public func markdown(_ release: Release, level: Int = 1) -> String {
        let heading = String(repeating: "#", count: level)
        var out = "\(heading) \(SafeText.line(release.title))\n\n"
        for (label, value) in headerFields(ReleaseSummary(release)) {
            out += "- **\(label):** \(SafeText.line(value))\n"
        }
        for paragraph in release.paragraphs {
            out += "\n\(SafeText.line(paragraph))\n"
        }
        if !release.quotes.isEmpty {
            out += "\n\(heading)# \(words.quotesHeading)\n"
            for quote in release.quotes {
                out += "\n> \(SafeText.line(quote.text))\n>\n> — \(SafeText.line(attribution(quote)))\n"
            }
        }
        if !release.links.isEmpty {
            out += "\n\(heading)# \(words.linksHeading)\n\n"
            for link in release.links {
                let url = SafeText.line(link.url)
                out += "- [\(SafeText.line(link.title ?? url))](\(url))\n"
            }
        }
        if !release.contacts.isEmpty {
            out += "\n\(heading)# \(words.contactsHeading)\n\n"
            for contact in release.contacts { out += "- \(SafeText.line(Self.contactLine(contact)))\n" }
        }
        if let source = release.source, let url = source.url ?? source.file {
            out += "\n\(words.sourceLabel): \(SafeText.line(url))\n"
        }
        return out
    }

    /// Several releases as one Markdown document: `title` above them, each release a section.
    public func markdown(_ releases: [Release], title: String) -> String {
        var out = "# \(SafeText.line(title))\n\n\(words.releases(releases.count))\n"
        for release in releases { out += "\n---\n\n" + markdown(release, level: 2) }
        return out
    }

    /// The columns of `csv(_:)`, in order.
    public static let csvHeader = ["id", "date", "dateStatus", "title", "place", "countries", "meeting", "quotes", "url"]

    /// Several releases as CSV (RFC 4180): a header row, one row a release, CRLF line ends, a
    /// field quoted when it holds a comma, a quote or a line end, its quotes doubled. A field that
    /// starts as a spreadsheet formula does (`=`, `+`, `-`, `@`) gets an apostrophe first, so a
    /// title taken from a hostile page opens as text, not as a formula.
    public func csv(_ releases: [Release]) -> String {
        var rows = [Self.csvHeader]
        for release in releases {
            rows.append([release.id, release.date ?? "", release.dateStatus.rawValue, release.title,
                         placeLabel(release.place) ?? "", release.countries.joined(separator: " "),
                         meetingLabel(release.meeting) ?? "", String(release.quotes.count), release.source?.url ?? ""])
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    static func csvField(_ value: String) -> String {
        var safe = SafeText.line(value)
        if let first = safe.first, "=+-@\t\r".contains(first) { safe = "'" + safe }
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// What an export did: the absolute path of the file, and whether it was written (a file that
    /// already held exactly this Markdown is left untouched).
    public struct Export: Sendable, Equatable {
        public let path: String
        public let wrote: Bool
    }

    /// Why an export wrote nothing.
    public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
        /// A regular file with other contents is there: replaced only when the user says so.
        case exists(path: String)
        /// Something that is not a regular file is there (a symbolic link, a folder, a device, a FIFO).
        case refused(path: String, reason: String)
        case notWritten(AtomicFile.WriteError)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) exists and differs from what would be written"
            case .refused(let path, let reason): return "\(path) \(reason); not touched"
            case .notWritten(let error): return error.description
            }
        }
    }

    /// Writes the release as Markdown, atomically (a temporary file beside it, renamed), and says
    /// where. `path` may be a file, a folder (the file is `<id>.md` in it) or nil (`<id>.md` in
    /// `directory`); a relative path is taken from `directory`, and `~` is the home folder.
    ///
    /// Never replaces a file silently: a file that is there already is `.exists` unless
    /// `overwrite` (a file that holds this very Markdown is left as it is), and a symbolic link or
    /// anything but a regular file (a device such as /dev/null, a FIFO, a folder) is refused, so
    /// an export never writes through a link nor turns a device into a file.
    public func writeMarkdown(_ release: Release, to path: String? = nil, directory: String = FileManager.default.currentDirectoryPath,
                              overwrite: Bool = false) throws(ExportError) -> Export {
        try Self.write(Array(markdown(release).utf8), to: path, fileName: release.id.replacingOccurrences(of: "/", with: "-") + ".md",
                       directory: directory, overwrite: overwrite)
    }

    /// Writes `bytes` as `writeMarkdown(_:to:directory:overwrite:)` writes a release, with the same
    /// care: `fileName` is the name taken when `path` is nil or a folder.
    public static func write(_ bytes: [UInt8], to path: String?, fileName: String,
                             directory: String = FileManager.default.currentDirectoryPath,
                             overwrite: Bool = false) throws(ExportError) -> Export {
        var target = (path.map { ($0 as NSString).expandingTildeInPath }) ?? fileName
        if !target.hasPrefix("/") { target = (directory as NSString).appendingPathComponent(target) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            target = (target as NSString).appendingPathComponent(fileName)
        }
        target = lexicallyNormalized(target)
        var status = stat()
        do {
            guard lstat(target, &status) == 0 else {
                try AtomicFile.create(bytes, at: target)
                return Export(path: target, wrote: true)
            }
            if let kind = notRegular(status.st_mode) { throw ExportError.refused(path: target, reason: "is \(kind)") }
            if FileManager.default.contents(atPath: target).map(Array.init) == bytes { return Export(path: target, wrote: false) }
            guard overwrite else { throw ExportError.exists(path: target) }
            try AtomicFile.write(bytes, to: target)
            return Export(path: target, wrote: true)
        } catch let error as ExportError {
            throw error
        } catch let error as AtomicFile.WriteError {
            // Something appeared at the path between the look and the write.
            if error.failure == .exists { throw .exists(path: target) }
            throw .notWritten(error)
        } catch {
            throw .notWritten(AtomicFile.WriteError(path: target, reason: "\(error)"))
        }
    }

    /// The absolute `path` without `.`, `..` and doubled slashes, by its letters alone: Foundation's
    /// standardizing follows symbolic links, and the link itself is what must be looked at.
    private static func lexicallyNormalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// What a file of this mode is, when it is not a regular file: "a symbolic link", "a FIFO", ...
    private static func notRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK: return "a symbolic link"
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }
}
