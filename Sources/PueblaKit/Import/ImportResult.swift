/// A page turned into a release, with what was found for each field and what was not.
public struct ImportResult: Sendable, Equatable {
    public var release: Release
    public var fields: [ExtractedField]
    /// Things a person should know about the page ("the page ends mid-sentence").
    public var notes: [String]

    /// One line a field: its value in short, or that it was not found.
    public var reportLines: [String] {
        fields.map { "\($0.name): \($0.summary ?? "not found")" } + notes.map { "note: \($0)" }
    }

    /// The fields that were not found.
    public var missing: [String] { fields.filter { $0.summary == nil }.map(\.name) }
}

public struct ExtractedField: Sendable, Equatable {
    public let name: String
    /// A one-line summary of the value, or nil when the page did not give it.
    public let summary: String?

    public init(_ name: String, _ summary: String?) {
        self.name = name
        self.summary = summary
    }
}
