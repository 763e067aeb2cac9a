import PueblaKit

/// What a structured page (a saved HTML page, a feed item) says of itself in its markup: its title,
/// date and address, and the links of its article. Each, when given, wins over what the importer
/// would read from the page's text.
struct PageHints: Sendable, Equatable {
    var title: String?
    /// `YYYY-MM-DD`.
    var date: String?
    var sourceURL: String?
    /// The article's links, from its anchors, with the words that name them.
    var links: [Link]?
}
