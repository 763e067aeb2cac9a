/// What a reader keeps between runs: which releases they have read, what they bookmarked, and
/// where they were. Keyed by release id (and `<release id>#<index>` for a quote), so it survives
/// releases being added or reordered.
public struct ReadingState: Codable, Sendable, Equatable {
    /// Ids of the releases read.
    public var read: Set<String>
    /// Release ids and quote ids (`<release id>#<index>`), oldest first.
    public var bookmarks: [String]
    /// The pane shown when Puebla was left ("releases", "quotes", ...).
    public var lastPane: String?
    /// For each pane, the id of the item selected in it.
    public var selections: [String: String]
    /// The ISO code of the country the lists were narrowed to, if any.
    public var countryFilter: String?

    public init(read: Set<String> = [], bookmarks: [String] = [], lastPane: String? = nil,
                selections: [String: String] = [:], countryFilter: String? = nil) {
        self.read = read
        self.bookmarks = bookmarks
        self.lastPane = lastPane
        self.selections = selections
        self.countryFilter = countryFilter
    }

    public func isRead(_ releaseID: String) -> Bool { read.contains(releaseID) }

    public mutating func markRead(_ releaseID: String) {
        read.insert(releaseID)
    }

    public mutating func toggleRead(_ releaseID: String) {
        if read.remove(releaseID) == nil { read.insert(releaseID) }
    }

    public func isBookmarked(_ id: String) -> Bool { bookmarks.contains(id) }

    /// Adds the bookmark at the end, or removes it when it is there.
    public mutating func toggleBookmark(_ id: String) {
        if let index = bookmarks.firstIndex(of: id) { bookmarks.remove(at: index) } else { bookmarks.append(id) }
    }

    enum CodingKeys: String, CodingKey {
        case version, read, bookmarks, lastPane, selections, countryFilter
    }

    /// The file's format; a later Puebla that changes it can tell old files apart.
    static let version = 1

    /// Every key is optional, so a file from an older Puebla, or one edited by hand, still loads.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        read = Set(try container.decodeIfPresent([String].self, forKey: .read) ?? [])
        bookmarks = try container.decodeIfPresent([String].self, forKey: .bookmarks) ?? []
        lastPane = try container.decodeIfPresent(String.self, forKey: .lastPane)
        selections = try container.decodeIfPresent([String: String].self, forKey: .selections) ?? [:]
        countryFilter = try container.decodeIfPresent(String.self, forKey: .countryFilter)
    }

    /// Read ids sorted, so the same state always writes the same bytes.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.version, forKey: .version)
        try container.encode(read.sorted(), forKey: .read)
        try container.encode(bookmarks, forKey: .bookmarks)
        try container.encode(lastPane, forKey: .lastPane)
        try container.encode(selections, forKey: .selections)
        try container.encode(countryFilter, forKey: .countryFilter)
    }
}
