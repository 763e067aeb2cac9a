/// One thing wrong in a file Puebla reads (`Data/`, `config.toml`), said the way compilers say it:
/// `file:line:column: field: problem`.
public struct DataProblem: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public let file: String
    public let location: SourceLocation?
    /// The field's path inside the file, such as `quotes[1].speaker`; nil for the file as a whole.
    public let field: String?
    public let message: String

    public init(file: String, location: SourceLocation?, field: String?, message: String) {
        self.file = file
        self.location = location
        self.field = field
        self.message = message
    }

    public var description: String {
        var text = file
        if let location { text += ":\(location.line):\(location.column)" }
        text += ": "
        if let field, !field.isEmpty { text += "\(field): " }
        return text + message
    }
}

/// Collects every problem found while reading, so that all of them are reported at once.
final class ProblemLog {
    private(set) var problems: [DataProblem] = []

    func add(_ problem: DataProblem) {
        problems.append(problem)
    }

    func add(file: String, at location: SourceLocation?, field: String?, _ message: String) {
        problems.append(DataProblem(file: file, location: location, field: field, message: message))
    }
}
