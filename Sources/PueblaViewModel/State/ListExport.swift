import PueblaKit

/// A list exported as one Markdown file (`e` in the bookmarks and in the search results): what
/// heads it, its releases in the list's order, and the file's name when no path is given.
public struct ListExport: Sendable, Equatable {
    public let title: String
    public let releaseIDs: [String]
    public let fileName: String

    /// The releases of `ids` without repeats (a release and its quotes are one), in order.
    public init(title: String, releaseIDs ids: [String], fileName: String) {
        var seen = Set<String>()
        self.title = title
        releaseIDs = ids.filter { seen.insert($0).inserted }
        self.fileName = fileName
    }
}

extension AppState {
    /// What `e` exports where the user is: the bookmarks, or the releases the search lists (those
    /// found and those of the quotes found); nil elsewhere.
    var listExport: ListExport? {
        switch screen {
        case .bookmarks:
            return ListExport(title: words.bookmarksExportTitle, releaseIDs: bookmarks.map(\.releaseID), fileName: "puebla-bookmarks.md")
        case .search:
            guard let session = search else { return nil }
            let ids = session.rows.compactMap { row -> String? in
                switch row {
                case .release(let release): return release.id
                case .quote(let entry): return entry.releaseID
                default: return nil
                }
            }
            return ListExport(title: words.searchExportTitle(session.text), releaseIDs: ids, fileName: "puebla-search.md")
        default:
            return nil
        }
    }
}
