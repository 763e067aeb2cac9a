import PueblaKit

/// The words of the importer: why a page is refused, and its notes on a page it took. The
/// `--json` report keeps the English ones (`ImportRefusal.reason`, `ImportNote.rawValue`), so
/// that scripts do not depend on the locale. A file that cannot be read, and the problems Data
/// would have with a release, are said in the problem words of the same language.
public protocol ImportWords: ProblemWords {
    var emptyPage: String { get }
    func binaryData(offset: Int) -> String
    func invalidUTF8(offset: Int) -> String
    func pageTooLarge(bytes: Int, megabytes: Int) -> String
    var noArticle: String { get }
    var notAPage: String { get }
    var emptyFeed: String { get }
    func markupLibraryUnavailable(_ reason: String) -> String
    /// "feed item 3 "Title": reason", the title when the item has one.
    func feedItem(_ number: Int, title: String?, reason: String) -> String
    /// "country XQ is not an ISO 3166-1 code".
    func unknownCountry(_ code: String) -> String
    /// The loader's problems after the words that introduce them.
    func wouldNotValidate(_ problems: String) -> String
    var noSuchFile: String { get }
    var noPagesInFolder: String { get }
    func cannotListFolder(_ reason: String) -> String
    /// A release file that could not be written, the system's reason after.
    func notWritten(_ reason: String) -> String
    func notWrittenAfterFailure(_ reason: String) -> String
    /// Why a page is the release it is, or has the id it has.
    func planReason(_ reason: ImportPlan.Reason) -> String
    func note(_ note: ImportNote) -> String
}
