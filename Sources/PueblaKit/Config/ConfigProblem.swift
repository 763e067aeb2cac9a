/// A mistake in `config.toml`, said the way compilers say it: `config.toml:7: reader.width: expected
/// an integer`. The key it names keeps its default.
public struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// Nil when the line cannot be told (the file as a whole).
    public let line: Int?
    public let column: Int?
    /// The dotted key, such as `reader.width`; nil for the file as a whole.
    public let key: String?
    public let message: String

    public init(file: String, line: Int?, column: Int? = nil, key: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        text += ": "
        if let key { text += "\(key): " }
        return text + message
    }
}
