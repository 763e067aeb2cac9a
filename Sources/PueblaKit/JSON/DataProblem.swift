/// One thing wrong in a file Puebla reads (`Data/`, `config.toml`), said the way compilers say it:
/// `file:line:column: field: problem`. What is wrong is kept as a value (`kind`), written in the
/// interface's language by `description(in:)`; `description` and `message` are the English.
public struct DataProblem: Error, Sendable, Equatable, Encodable, CustomStringConvertible {
    public let file: String
    public let location: SourceLocation?
    /// The field's path inside the file, such as `quotes[1].speaker`; nil for the file as a whole.
    public let field: String?
    public let kind: ProblemKind

    public init(file: String, location: SourceLocation?, field: String?, kind: ProblemKind) {
        self.file = file
        self.location = location
        self.field = field
        self.kind = kind
    }

    /// What is wrong, in English: the message `puebla validate --json` gives, whatever the language.
    public var message: String { English().problem(kind) }

    /// A value from the file as a message shows it: quoted, made safe to print, and cut short, so
    /// that a hostile or huge value can neither garble the report nor bury it.
    public static func quoted(_ value: String) -> String {
        "\"" + DisplayWidth.truncate(SafeText.line(value), to: 60) + "\""
    }

    public var description: String { description(in: .english) }

    /// `file:line:column: field: problem`, the problem in `language`; the file, place and field
    /// are the same in every language.
    public func description(in language: InterfaceLanguage) -> String {
        description(words: language.problemWords)
    }

    /// `file:line:column: field: problem`, the problem in the language of `words`.
    public func description(words: any ProblemWords) -> String {
        var text = file
        if let location { text += ":\(location.line):\(location.column)" }
        text += ": "
        if let field, !field.isEmpty { text += "\(field): " }
        return text + words.problem(kind)
    }
}

/// Flat, as `puebla validate --json` prints it: `{file, line, column, field, message}`, with
/// null where a problem has no place or field.
extension DataProblem {
    enum CodingKeys: String, CodingKey {
        case file, line, column, field, message
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(location?.line, forKey: .line)
        try container.encode(location?.column, forKey: .column)
        try container.encode(field, forKey: .field)
        try container.encode(message, forKey: .message)
    }
}

/// Collects every problem found while reading, so that all of them are reported at once.
final class ProblemLog {
    private(set) var problems: [DataProblem] = []

    func add(_ problem: DataProblem) {
        problems.append(problem)
    }

    func add(file: String, at location: SourceLocation?, field: String?, _ kind: ProblemKind) {
        problems.append(DataProblem(file: file, location: location, field: field, kind: kind))
    }
}
