import PueblaKit

/// The reader's header and footer, the overlays (country picker, links, export path, questions),
/// the search and bookmarks screens, and the headings of exported Markdown.
public protocol ReaderWords: Sendable {}
