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

    public static let maximumPageSize = 5 * 1024 * 1024

    public var description: String {
        switch self {
        case .empty: return "the page is empty"
        case let .binary(offset): return "binary data, not text (control byte at offset \(offset))"
        case let .invalidUTF8(offset): return "not valid UTF-8 (bad byte at offset \(offset))"
        case let .tooLarge(bytes):
            return "page is \(bytes) bytes, larger than the \(ImportError.maximumPageSize / 1_048_576) MB a page may be"
        case .noArticle: return "no article found (no paragraphs of text after the site navigation)"
        case .notAPage: return "a script or stylesheet, not a page"
        case .emptyFeed: return "a feed without items"
        case let .feedItem(number, title, reason):
            return "feed item \(number)\(title.map { " \"\($0)\"" } ?? ""): \(reason.description)"
        }
    }

    /// EX_DATAERR: every one of these is a problem with the page's content.
    public var exitCode: Int32 { 65 }
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
