import Foundation
import PueblaKit

/// A regular expression compiled once from a pattern written in this module. Every pattern is a
/// literal checked by the tests, so one that does not compile is a programming error.
struct TextPattern: @unchecked Sendable {
    // NSRegularExpression is immutable once made and safe to share between threads.
    private let expression: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = [.anchorsMatchLines]
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            expression = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            preconditionFailure("built-in pattern \(pattern) does not compile: \(error)")
        }
    }

    /// The first match's capture groups (index 0 is the whole match); a group that did not take
    /// part is nil.
    func firstMatch(in text: String) -> [String?]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range) else { return nil }
        return groups(of: match, in: text)
    }

    func allMatches(in text: String) -> [[String?]] {
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map { groups(of: $0, in: text) }
    }

    /// Every match with the range it covers in `text`.
    func matchRanges(in text: String) -> [(range: Range<String.Index>, groups: [String?])] {
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range, in: text).map { ($0, groups(of: match, in: text)) }
        }
    }

    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    func replacing(in text: String, with template: String) -> String {
        expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    private func groups(of match: NSTextCheckingResult, in text: String) -> [String?] {
        (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }
}
