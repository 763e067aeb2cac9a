import PueblaKit

/// A page turned into a release, with what was found for each field and what was not.
public struct ImportResult: Sendable, Equatable {
    public var release: Release
    public var fields: [ExtractedField]
    /// Things a person should know about the page ("the page ends mid-sentence").
    public var notes: [ImportNote]

    /// One line a field: its value in short, or that it was not found.
    public var reportLines: [String] {
        fields.map { "\($0.name): \($0.summary ?? "not found")" } + notes.map { "note: \($0)" }
    }

    /// The fields that were not found.
    public var missing: [String] { fields.filter { $0.summary == nil }.map(\.name) }
}

/// Something a person should know about a page the importer took. Its raw value is the
/// English note the `--json` report gives; `ImportWords.note` says it in a language.
public enum ImportNote: String, Sendable, Equatable, Encodable, CustomStringConvertible {
    case untitled = "no title line: the first sentence is used as the title"
    case cutOff = "the page ends mid-sentence: it was cut off"

    public var description: String { rawValue }
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
