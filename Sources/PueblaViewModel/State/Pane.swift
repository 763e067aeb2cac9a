/// A pane of the tab bar, named by its key: the name the reading state and the settings give it,
/// the same in every language. What a pane lists, shows and does is its `PaneView`; the browser's
/// panes and their order are `PaneRegistry.shipped`.
public struct Pane: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    public let key: String

    public init(key: String) {
        self.key = key
    }

    public static let releases = Pane(key: "releases")
    public static let quotes = Pane(key: "quotes")
    public static let timeline = Pane(key: "timeline")
    public static let members = Pane(key: "members")

    /// The shipped panes, in the tab bar's order (`1`..`4`).
    public static let allCases = [releases, quotes, timeline, members]

    /// Its place among the shipped panes from 0, its number key less one; a pane that is not
    /// shipped comes after them.
    public var rawValue: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    public var description: String { key }
}
