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
    /// Where the reader stopped in the releases left unfinished: the paragraph at the top of the
    /// screen, the most recently read last, at most `placeLimit` of them.
    public internal(set) var places: [Place]

    /// Where the reader stopped in one release.
    public struct Place: Codable, Sendable, Equatable {
        public let release: String
        public let paragraph: Int

        public init(release: String, paragraph: Int) {
            self.release = release
            self.paragraph = paragraph
        }
    }

    /// Enough for every release a reader has on the go; the file stays a few kilobytes.
    public static let placeLimit = 100

    public init(read: Set<String> = [], bookmarks: [String] = [], lastPane: String? = nil,
                selections: [String: String] = [:], countryFilter: String? = nil) {
        self.read = read
        self.bookmarks = bookmarks
        self.lastPane = lastPane
        self.selections = selections
        self.countryFilter = countryFilter
        places = []
    }

    /// The paragraph the reader stopped at in `releaseID`, if it did not stop at the top.
    public func place(of releaseID: String) -> Int? {
        places.last { $0.release == releaseID }?.paragraph
    }

    /// Remembers where the reader is in `releaseID` (nil or 0: at the top, nothing to remember),
    /// forgetting the places read longest ago beyond `placeLimit`.
    public mutating func remember(_ releaseID: String, paragraph: Int?) {
        places.removeAll { $0.release == releaseID }
        if let paragraph, paragraph > 0 { places.append(Place(release: releaseID, paragraph: paragraph)) }
        if places.count > Self.placeLimit { places.removeFirst(places.count - Self.placeLimit) }
    }

    /// One change of read marks or bookmarks: what a save records, and what two browsers saving
    /// the same file merge.
    public enum Change: Sendable, Equatable {
        case read(String)
        case unread(String)
        case bookmark(String)
        case unbookmark(String)
    }

    public func isRead(_ releaseID: String) -> Bool { read.contains(releaseID) }

    @discardableResult
    public mutating func markRead(_ releaseID: String) -> Change {
        apply(.read(releaseID))
        return .read(releaseID)
    }

    @discardableResult
    public mutating func toggleRead(_ releaseID: String) -> Change {
        let change: Change = isRead(releaseID) ? .unread(releaseID) : .read(releaseID)
        apply(change)
        return change
    }

    public func isBookmarked(_ id: String) -> Bool { bookmarks.contains(id) }

    /// Adds the bookmark at the end, or removes it when it is there.
    @discardableResult
    public mutating func toggleBookmark(_ id: String) -> Change {
        let change: Change = isBookmarked(id) ? .unbookmark(id) : .bookmark(id)
        apply(change)
        return change
    }

    /// Applying a change twice is applying it once, so a change replayed over a state that already
    /// has it does no harm.
    public mutating func apply(_ change: Change) {
        switch change {
        case .read(let id): read.insert(id)
        case .unread(let id): read.remove(id)
        case .bookmark(let id): if !bookmarks.contains(id) { bookmarks.append(id) }
        case .unbookmark(let id): bookmarks.removeAll { $0 == id }
        }
    }

    /// The changes that make `base`'s read marks and bookmarks this state's.
    func changes(since base: ReadingState) -> [Change] {
        var changes = read.subtracting(base.read).sorted().map(Change.read)
        changes += base.read.subtracting(read).sorted().map(Change.unread)
        let kept = Set(bookmarks), before = Set(base.bookmarks)
        changes += base.bookmarks.filter { !kept.contains($0) }.map(Change.unbookmark)
        changes += bookmarks.filter { !before.contains($0) }.map(Change.bookmark)
        return changes
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, read, bookmarks, lastPane, selections, countryFilter, places
    }

    /// The file's format; a later Puebla that changes it can tell old files apart, and this one
    /// does not rewrite a file of a later format.
    public static let version = 1

    /// Every key is optional, so a file from an older Puebla, or one edited by hand, still loads.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        read = Set(try container.decodeIfPresent([String].self, forKey: .read) ?? [])
        bookmarks = try container.decodeIfPresent([String].self, forKey: .bookmarks) ?? []
        lastPane = try container.decodeIfPresent(String.self, forKey: .lastPane)
        selections = try container.decodeIfPresent([String: String].self, forKey: .selections) ?? [:]
        countryFilter = try container.decodeIfPresent(String.self, forKey: .countryFilter)
        places = Array((try container.decodeIfPresent([Place].self, forKey: .places) ?? []).suffix(Self.placeLimit))
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
        try container.encode(places, forKey: .places)
    }
}
