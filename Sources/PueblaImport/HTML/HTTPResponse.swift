import PueblaKit

/// A page fetched with `curl -i` (or `-D -`, or `-iL` through redirects) starts with the HTTP
/// response's status line and headers: they are not the page, but their `Content-Type` names the
/// page's character set, which wins over the page's own declaration, as it does in a browser.
struct HTTPResponse {
    /// The page after the headers (all of `bytes` when there are none).
    let body: ArraySlice<UInt8>
    /// The character set the last response's `Content-Type` names.
    let charset: String?

    init(_ bytes: ArraySlice<UInt8>) {
        var rest = bytes
        var charset: String?
        // One header block a response: a redirect or "100 Continue" comes before the page's own.
        while HTTPResponse.startsWithStatusLine(rest), let end = HTTPResponse.endOfHeaders(in: rest) {
            let headers = String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
            charset = HTTPResponse.contentTypeCharset(in: headers)
            rest = rest[end...].drop { $0 == 0x0D || $0 == 0x0A }
        }
        body = rest
        self.charset = charset
    }

    /// "HTTP/1.1 200 OK", "HTTP/2 200".
    private static func startsWithStatusLine(_ bytes: ArraySlice<UInt8>) -> Bool {
        let prefix = Array("HTTP/".utf8)
        guard bytes.count > prefix.count + 1, bytes.starts(with: prefix) else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[bytes.startIndex + prefix.count])
    }

    /// Where the blank line that ends the headers starts.
    private static func endOfHeaders(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex - 1 {
            if bytes[index] == 0x0A, bytes[index + 1] == 0x0A { return index + 1 }
            if bytes[index] == 0x0A, bytes[index + 1] == 0x0D, index + 2 < bytes.endIndex, bytes[index + 2] == 0x0A { return index + 1 }
            index += 1
        }
        return nil
    }

    /// `Content-Type: text/html; charset=ISO-8859-1` gives `iso-8859-1`.
    private static func contentTypeCharset(in headers: String) -> String? {
        guard let line = headers.split(whereSeparator: \.isNewline).first(where: { $0.lowercased().hasPrefix("content-type:") })?.lowercased(),
              let range = line.range(of: "charset=") else { return nil }
        let value = line[range.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isLetter || $0.isNumber || "-_:.".contains($0) }
        return value.isEmpty ? nil : String(value)
    }
}
