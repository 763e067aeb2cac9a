import PueblaKit

/// Why a page could not become a release. Each says what is wrong with the page, so that the
/// command can print it after the file's name.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    /// A NUL or other control byte that text never has, at this byte offset.
    case binary(offset: Int)
    case invalidUTF8(offset: Int)
    case tooLarge(bytes: Int)
    /// Text, but no title and paragraphs of an article in it.
    case noArticle
    /// A script or stylesheet (a saved page's own files are beside it), not a page.
    case notAPage
    /// A feed without a single item.
    case emptyFeed
    /// One item of a feed that could not become a release (the others still can): its number
    /// from 1, its title when it has one.
    indirect case feedItem(number: Int, title: String?, reason: ImportError)
    /// A country the release names that is no ISO 3166-1 code: Data could not add it.
    case unknownCountry(code: String)
    /// Data would not load with the release in it, for these problems.
    case wouldNotValidate([DataProblem])
    /// libxml2, which reads HTML pages and feeds, cannot be loaded: the loader's own words.
    case markupLibraryUnavailable(reason: String)

    public static let maximumPageSize = 5 * 1024 * 1024

    /// In English: the `--json` report's words.
    public var description: String { description(in: English()) }

    /// Why the page was refused, in the interface's language.
    public func description(in words: any ImportWords) -> String {
        switch self {
        case .empty: words.emptyPage
        case let .binary(offset): words.binaryData(offset: offset)
        case let .invalidUTF8(offset): words.invalidUTF8(offset: offset)
        case let .tooLarge(bytes): words.pageTooLarge(bytes: bytes, megabytes: ImportError.maximumPageSize / 1_048_576)
        case .noArticle: words.noArticle
        case .notAPage: words.notAPage
        case .emptyFeed: words.emptyFeed
        case let .feedItem(number, title, reason): words.feedItem(number, title: title, reason: reason.description(in: words))
        case let .unknownCountry(code): words.unknownCountry(code)
        case let .wouldNotValidate(problems): words.wouldNotValidate(problems.map { $0.description(words: words) }.joined(separator: "; "))
        case let .markupLibraryUnavailable(reason): words.markupLibraryUnavailable(reason)
        }
    }

    /// EX_DATAERR: a problem with the page's content; EX_UNAVAILABLE where libxml2 is missing.
    public var exitCode: Int32 {
        if case .markupLibraryUnavailable = self { 69 } else { 65 }
    }
}

/// The page's bytes as text, or why they are not text.
enum PageDecoder {
    static func decode(_ bytes: [UInt8]) throws(ImportError) -> String {
        let body = try content(of: bytes)
        if let offset = firstInvalidUTF8(in: body) { throw .invalidUTF8(offset: offset) }
        return String(decoding: body, as: UTF8.self)
    }

    /// The bytes after a UTF-8 byte-order mark, when they are not too many, not blank and not
    /// binary: what every kind of page must be, whatever its character set.
    static func content(of bytes: [UInt8]) throws(ImportError) -> ArraySlice<UInt8> {
        if bytes.count > ImportError.maximumPageSize { throw .tooLarge(bytes: bytes.count) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
        // Text has no NUL and almost no C0 controls; a file with them is an image, an archive, a PDF.
        if let offset = body.firstIndex(where: { $0 == 0 || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C) }) {
            throw .binary(offset: offset)
        }
        return body
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        while true {
            let before = offset
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return before
            }
        }
    }
}
