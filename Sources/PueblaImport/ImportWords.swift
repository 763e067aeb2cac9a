import PueblaKit

/// The words of the importer: why a page is refused, and its notes on a page it took. The
/// `--json` report keeps the English ones (`ImportError.description`, `ImportNote.rawValue`), so
/// that scripts do not depend on the locale.
public protocol ImportWords: Sendable {
    var emptyPage: String { get }
    func binaryData(offset: Int) -> String
    func invalidUTF8(offset: Int) -> String
    func pageTooLarge(bytes: Int, megabytes: Int) -> String
    var noArticle: String { get }
    var notAPage: String { get }
    var emptyFeed: String { get }
    /// "feed item 3 "Title": reason", the title when the item has one.
    func feedItem(_ number: Int, title: String?, reason: String) -> String
    /// "country XQ is not an ISO 3166-1 code".
    func unknownCountry(_ code: String) -> String
    /// The loader's problems, which stay in English, after the words that introduce them.
    func wouldNotValidate(_ problems: String) -> String
    func note(_ note: ImportNote) -> String
}
