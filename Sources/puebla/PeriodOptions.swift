import ArgumentParser
import Foundation

/// `--since` and `--until`: releases dated within a period, each bound a year or a day.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Words.current.sinceHelp, valueName: Words.current.dateValue))
    var since: String?
    @Option(name: .long, help: ArgumentHelp(Words.current.untilHelp, valueName: Words.current.dateValue))
    var until: String?

    func validate() throws {
        let first = try since.map { try Self.day($0, option: "--since", endOfYear: false) }
        let last = try until.map { try Self.day($0, option: "--until", endOfYear: true) }
        if let first, let last, first > last, let since, let until {
            throw ValidationError(Words.current.sinceAfterUntil(since, until))
        }
    }

    /// The first and last day of the period, each nil when open (the values were checked by `validate`).
    var period: Period {
        Period(first: since.flatMap { try? Self.day($0, option: "--since", endOfYear: false) },
               last: until.flatMap { try? Self.day($0, option: "--until", endOfYear: true) })
    }

    struct Period {
        let first: String?
        let last: String?

        var isOpen: Bool { first == nil && last == nil }

        /// Whether a release's date (`YYYY-MM-DD`, nil when unknown) is in the period: an undated
        /// release is in no period but the open one. Dates of that form compare as text.
        func contains(_ date: String?) -> Bool {
            guard !isOpen else { return true }
            guard let date else { return false }
            return (first.map { date >= $0 } ?? true) && (last.map { date <= $0 } ?? true)
        }
    }

    /// A bound as a `YYYY-MM-DD` day: a year stands for its first day, or its last one at the end of a period.
    static func day(_ text: String, option: String, endOfYear: Bool) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.map { $0.allSatisfy(\.isASCII) ? Int($0) : nil }
        let widths = parts.map(\.count)
        if widths == [4], let year = numbers[0] {
            return String(format: "%04d-%@", year, endOfYear ? "12-31" : "01-01")
        }
        if widths == [4, 2, 2], let year = numbers[0], let month = numbers[1], let day = numbers[2],
           DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: month, day: day).isValidDate {
            return text
        }
        throw ValidationError(Words.current.badDate(option, text))
    }
}
