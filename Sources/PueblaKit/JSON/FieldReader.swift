import Foundation

/// Reads the fields of one JSON object into model values, logging each problem with its place
/// and carrying on, so that one pass over a file finds everything wrong in it.
struct FieldReader {
    /// The longest text one field may hold, in UTF-8 bytes. A paragraph runs to a few kilobytes;
    /// anything near this is a mistake (a whole page pasted, a runaway generator), and every screen
    /// and line wrapper downstream would pay for it.
    static let maximumTextSize = 1 << 20

    let node: JSONNode
    let path: String
    let file: String
    let log: ProblemLog
    private let asked = AskedKeys()

    /// A reader for `node`, or nil (with a problem logged) when it is not an object.
    init?(_ node: JSONNode, path: String, file: String, log: ProblemLog) {
        guard case .object = node.value else {
            log.add(file: file, at: node.location, field: path.isEmpty ? nil : path, .wrongType(expected: .object, found: node.kind))
            return nil
        }
        self.node = node
        self.path = path
        self.file = file
        self.log = log
    }

    func fieldPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func problem(_ key: String, _ kind: ProblemKind) {
        log.add(file: file, at: (node.member(key) ?? node).location, field: fieldPath(key), kind)
    }

    /// Whether the member is missing or null.
    func isAbsent(_ key: String) -> Bool {
        guard let value = node.member(key) else { return true }
        if case .null = value.value { return true }
        return false
    }

    /// The member's node; logs a missing required field.
    private func member(_ key: String, required: Bool) -> JSONNode? {
        asked.keys.insert(key)
        guard let value = node.member(key) else {
            if required { log.add(file: file, at: node.location, field: fieldPath(key), .missingField) }
            return nil
        }
        if case .null = value.value {
            if required { log.add(file: file, at: value.location, field: fieldPath(key), .mustNotBeNull) }
            return nil
        }
        return value
    }

    private func typeProblem(_ key: String, _ value: JSONNode, _ expected: JSONValueKind) {
        log.add(file: file, at: value.location, field: fieldPath(key), .wrongType(expected: expected, found: value.kind))
    }

    func string(_ key: String) -> String? { string(key, required: true) }
    func optionalString(_ key: String) -> String? { string(key, required: false) }

    /// Characters that show nothing: spaces, format and control characters (zero-width spaces,
    /// joiners, bidirectional marks, tags), marks with no base, fillers that only hold a place.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .format, .control, .nonspacingMark, .enclosingMark, .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return [0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0].contains(scalar.value)
        }
    }

    private func string(_ key: String, required: Bool) -> String? {
        guard let value = member(key, required: required) else { return nil }
        guard case .string(let text) = value.value else {
            typeProblem(key, value, .string)
            return nil
        }
        guard isWithinSizeLimit(text, at: value.location, field: fieldPath(key)) else { return nil }
        if required && text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
            log.add(file: file, at: value.location, field: fieldPath(key), .mustNotBeEmpty)
        } else if required && text.unicodeScalars.allSatisfy(Self.isInvisible) {
            log.add(file: file, at: value.location, field: fieldPath(key), .noVisibleCharacter)
        }
        return text
    }

    private func isWithinSizeLimit(_ text: String, at location: SourceLocation, field: String) -> Bool {
        let size = text.utf8.count
        guard size > Self.maximumTextSize else { return true }
        log.add(file: file, at: location, field: field, .textTooLarge(bytes: size, limit: Self.maximumTextSize))
        return false
    }

    func int(_ key: String) -> Int? { int(key, required: true) }
    func optionalInt(_ key: String) -> Int? { int(key, required: false) }

    private func int(_ key: String, required: Bool) -> Int? {
        guard let value = member(key, required: required) else { return nil }
        guard case .number(let number) = value.value, number.rounded() == number, abs(number) < 1e15 else {
            typeProblem(key, value, .wholeNumber)
            return nil
        }
        return Int(number)
    }

    func optionalDouble(_ key: String) -> Double? {
        guard let value = member(key, required: false) else { return nil }
        guard case .number(let number) = value.value else {
            typeProblem(key, value, .number)
            return nil
        }
        return number
    }

    /// A string that must be one of an enumeration's raw values.
    func enumeration<Value: RawRepresentable & CaseIterable>(_ key: String, required: Bool = true) -> Value? where Value.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Value(rawValue: text) else {
            problem(key, .notOneOf(text, allowed: Value.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }

    /// A `YYYY-MM-DD` date (or, with `allowPartial`, `YYYY` or `YYYY-MM`).
    func date(_ key: String, required: Bool = false, allowPartial: Bool = false) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard IsoDate.isValid(text, allowPartial: allowPartial) else {
            problem(key, .notADate(text, allowsPartial: allowPartial))
            return nil
        }
        return text
    }

    func stringArray(_ key: String, required: Bool = true) -> [String] {
        array(key, required: required).compactMap { index, element in
            guard case .string(let text) = element.value else {
                log.add(file: file, at: element.location, field: "\(fieldPath(key))[\(index)]", .wrongType(expected: .string, found: element.kind))
                return nil
            }
            guard isWithinSizeLimit(text, at: element.location, field: "\(fieldPath(key))[\(index)]") else { return nil }
            return text
        }
    }

    /// The elements of an array member with their indices; logs a wrong type.
    func array(_ key: String, required: Bool = true) -> [(Int, JSONNode)] {
        guard let value = member(key, required: required) else { return [] }
        guard case .array(let elements) = value.value else {
            typeProblem(key, value, .array)
            return []
        }
        return Array(elements.enumerated())
    }

    /// Readers for each object in an array member.
    func objects(_ key: String, required: Bool = false) -> [(Int, FieldReader)] {
        array(key, required: required).compactMap { index, element in
            FieldReader(element, path: "\(fieldPath(key))[\(index)]", file: file, log: log).map { (index, $0) }
        }
    }

    /// A reader for an object member, nil when absent or null.
    func object(_ key: String, required: Bool = false) -> FieldReader? {
        guard let value = member(key, required: required) else { return nil }
        return FieldReader(value, path: fieldPath(key), file: file, log: log)
    }

    /// Logs every member no reader asked for. Called once a model has read all its fields: a
    /// misspelt optional field ("meetng") would otherwise be dropped without a word.
    func reportUnknownFields() {
        guard case .object(let members) = node.value else { return }
        for member in members where !asked.keys.contains(member.key) {
            log.add(file: file, at: member.value.location, field: fieldPath(member.key), .unknownField)
        }
    }

    func isAbsentOrNull(_ key: String) -> Bool {
        guard let value = node.member(key) else { return true }
        if case .null = value.value { return true }
        return false
    }

    func location(of key: String) -> SourceLocation {
        (node.member(key) ?? node).location
    }
}

/// The keys a reader has asked for, shared by its copies.
private final class AskedKeys {
    var keys: Set<String> = []
}

/// Checks dates written as text, the way Data stores them.
public enum IsoDate {
    public static func isValid(_ text: String, allowPartial: Bool = false) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (allowPartial ? 1...3 : 3...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), year > 0 else { return false }
        guard parts.count > 1 else { return true }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false }
        guard parts.count > 2 else { return true }
        guard parts[2].count == 2, let day = Int(parts[2]) else { return false }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
