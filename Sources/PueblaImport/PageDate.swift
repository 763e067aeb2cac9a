import PueblaKit

/// Reads the dates pages give for themselves, in English or Spanish: "Date Publish: Viernes,
/// Mayo 21, 2010", "Friday, 21 May 2010", "21 de mayo de 2010", "2010-05-21", "Fri, 05/21/2010",
/// "Posted on Tuesday, 18-05-2010".
enum PageDate {
    /// `YYYY-MM-DD` of the first date in `text`, or nil when it holds none (or an impossible one).
    /// `language`: the page's, when known (a Spanish page writes 05/06/2020 day first).
    static func parse(_ text: String, language: PageLanguage? = nil) -> String? {
        let folded = TextFolding.fold(text)
        if let m = monthFirst.firstMatch(in: folded), let month = m[1].flatMap(monthNumber),
           let day = m[2].flatMap({ Int($0) }), let year = m[3].flatMap({ Int($0) }) {
            return format(year, month, day)
        }
        if let m = dayFirst.firstMatch(in: folded), let day = m[1].flatMap({ Int($0) }),
           let month = m[2].flatMap(monthNumber), let year = m[3].flatMap({ Int($0) }) {
            return format(year, month, day)
        }
        if let m = iso.firstMatch(in: folded), let year = m[1].flatMap({ Int($0) }),
           let month = m[2].flatMap({ Int($0) }), let day = m[3].flatMap({ Int($0) }) {
            return format(year, month, day)
        }
        if let m = numeric.firstMatch(in: folded), let first = m[1].flatMap({ Int($0) }),
           let second = m[3].flatMap({ Int($0) }), let year = m[4].flatMap({ Int($0) }) {
            // "Fri, 05/21/2010" is month first, as the English site writes it; "18-05-2010" and
            // "18.05.2010" are day first, as Geneva writes them; so are a Spanish weekday and a
            // first number over 12, and the dates of a Spanish page.
            let words = folded.split { !$0.isLetter }.map(String.init)
            let slashed = m[2] == "/"
            let dayFirst = first > 12 || (second <= 12 && (!slashed || language == .spanish || words.contains { spanishWeekdays.contains($0) }))
            return dayFirst ? format(year, second, first) : format(year, first, second)
        }
        return nil
    }

    /// A header line labelled as the page's date: "Date Publish: ...", "Fecha de publicación: ...".
    static func isLabelledDate(_ line: String) -> Bool {
        guard line.count <= 80, let m = label.firstMatch(in: TextFolding.fold(line)), let rest = m[1] else { return false }
        return parse(rest) != nil
    }

    /// A line that is a date and nothing else (a weekday may come first), or a labelled one.
    static func isDateLine(_ line: String) -> Bool {
        if isLabelledDate(line) { return true }
        guard line.count <= 50, parse(line) != nil else { return false }
        if isoTimestamp.matches(line.trimmingCharacters(in: .whitespaces)) { return true }
        let words = TextFolding.fold(line).split { !$0.isLetter }.map(String.init)
        return words.allSatisfy { monthNumber($0) != nil || weekdays.contains($0) || spanishWeekdays.contains($0) || $0 == "de" || $0 == "of" }
    }

    /// A date's label alone on its line, its value on the next: "Date Publish:", "Fecha:".
    static func isDateLabel(_ line: String) -> Bool {
        line.count <= 40 && labelAlone.matches(TextFolding.fold(line))
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    private static func monthNumber(_ name: String) -> Int? {
        months[name.lowercased()]
    }

    private static let monthNames = "january|february|march|april|may|june|july|august|september|october|november|december"
        + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
        + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic"
    private static let monthFirst = TextPattern("\\b(\(monthNames))\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", caseInsensitive: true)
    private static let dayFirst = TextPattern("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+de|\\s+of)?\\s+(\(monthNames))\\.?,?(?:\\s+de(?:l)?)?\\s+(\\d{4})\\b", caseInsensitive: true)
    private static let iso = TextPattern("\\b(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)")
    /// "2010-05-21T16:00:00Z", "2010-05-21 16:00".
    private static let isoTimestamp = TextPattern("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$", caseInsensitive: true)
    private static let numeric = TextPattern("\\b(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})\\b")
    private static let labelAlone = TextPattern("^(?:\(labelNames))\\s*:?\\s*$", caseInsensitive: true)
    private static let labelNames = "date publish(?:ed)?|date of publication|publication date|published(?: on)?|posted(?: on)?|date|fecha(?: de publicacion)?|publicado(?: el)?"
    private static let label = TextPattern("^(?:\(labelNames))\\s*:?\\s+(.+)$", caseInsensitive: true)

    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let spanish = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        for (index, name) in english.enumerated() { table[name] = index + 1; table[String(name.prefix(3))] = index + 1 }
        for (index, name) in spanish.enumerated() { table[name] = index + 1; table[String(name.prefix(3))] = index + 1 }
        table["sept"] = 9
        table["setiembre"] = 9
        return table
    }()

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    private static let spanishWeekdays: Set<String> = [
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "lun", "mie", "jue", "vie", "sab", "dom",
    ]
}
