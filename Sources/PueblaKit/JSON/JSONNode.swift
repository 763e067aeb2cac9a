/// A JSON value that remembers where it stood in its file, so that a problem found while reading
/// it can be reported as `file:line:column: field: problem`.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    public struct Member: Sendable {
        public let key: String
        public let value: JSONNode
    }

    public let value: Value
    public let location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// What a reader expecting another type is told it found instead.
    var kind: JSONValueKind {
        switch value {
        case .object: return .object
        case .array: return .array
        case .string: return .string
        case .number: return .number
        case .bool: return .boolean
        case .null: return .null
        }
    }

    func member(_ key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// 1-based line and column (in characters) of a place in a file.
public struct SourceLocation: Sendable, Equatable, Codable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
