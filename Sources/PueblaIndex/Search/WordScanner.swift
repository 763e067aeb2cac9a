import Foundation
import PueblaKit

/// Splits text into the words search works on: runs of letters and digits, folded (case, accents
/// and width ignored: "Perú" and "PERU" are both `peru`). The index, the query and highlighting all
/// use it, so what is found is exactly what is highlighted.
///
/// Works on UTF-8 bytes with an ASCII fast path: indexing reads every word of every release.
enum WordScanner {
    /// What one scalar becomes in a word.
    enum Piece: Sendable {
        /// Ends a word (spaces, punctuation).
        case separator
        /// Belongs to the word around it but adds nothing: combining accents, soft hyphens.
        case transparent
        /// Folded UTF-8 bytes, every one part of a word.
        case letters([UInt8])
    }

    /// Calls `body` with each word's folded UTF-8 bytes and its byte range in `utf8`.
    static func scan(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var start = -1
        var end = 0
        func finish() {
            guard start >= 0 else { return }
            word.withUnsafeBufferPointer { body($0, start..<end) }
            word.removeAll(keepingCapacity: true)
            start = -1
        }
        var offset = 0
        let count = utf8.count
        while offset < count {
            let byte = utf8[offset]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if start < 0 { start = offset }
                    word.append(byte)
                    end = offset + 1
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if start < 0 { start = offset }
                    word.append(byte | 0x20)
                    end = offset + 1
                default:
                    finish()
                }
                offset += 1
                continue
            }
            let length = scalarLength(byte)
            let next = min(offset + length, count)
            switch piece(decode(utf8, at: offset, length: next - offset)) {
            case .separator:
                finish()
            case .transparent:
                if start >= 0 { end = next }
            case .letters(let bytes):
                if start < 0 { start = offset }
                word.append(contentsOf: bytes)
                end = next
            }
            offset = next
        }
        finish()
    }

    /// The words of `text`, folded, in order.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        withUTF8(text) { bytes in
            scan(bytes) { word, _ in words.append(String(decoding: word, as: UTF8.self)) }
        }
        return words
    }

    static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }

    /// The byte offset in `utf8` where the first `prefixLength` folded bytes of the word at
    /// `start..<end` end: where a highlight of a prefix stops in the middle of a word.
    static func foldedEnd(of prefixLength: Int, in utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var folded = 0
        var offset = start
        while offset < end && folded < prefixLength {
            let length = utf8[offset] < 0x80 ? 1 : scalarLength(utf8[offset])
            let next = min(offset + length, end)
            if length == 1 {
                folded += 1
            } else if case .letters(let bytes) = piece(decode(utf8, at: offset, length: next - offset)) {
                folded += bytes.count
            }
            offset = next
        }
        // Accents that follow belong to the last letter highlighted.
        while offset < end, utf8[offset] >= 0x80 {
            let next = min(offset + scalarLength(utf8[offset]), end)
            guard case .transparent = piece(decode(utf8, at: offset, length: next - offset)) else { break }
            offset = next
        }
        return offset
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int, length: Int) -> Unicode.Scalar {
        var value = UInt32(utf8[offset]) & (0xFF >> (length + 1))
        for index in (offset + 1)..<(offset + length) {
            value = value << 6 | (UInt32(utf8[index]) & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Scalars below U+0800 (Latin, Greek, Cyrillic, combining accents...) are looked up; the rest
    /// are folded one by one.
    private static let table: [Piece] = (0..<0x800).map { value in
        Unicode.Scalar(UInt32(value)).map(fold) ?? .separator
    }

    static func piece(_ scalar: Unicode.Scalar) -> Piece {
        scalar.value < 0x800 ? table[Int(scalar.value)] : fold(scalar)
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Piece {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return .transparent
        default: break
        }
        let folded = TextFolding.fold(String(Character(scalar)))
        var bytes: [UInt8] = []
        for part in folded.unicodeScalars where part.properties.isAlphabetic || part.properties.numericType != nil {
            bytes.append(contentsOf: String(part).utf8)
        }
        return bytes.isEmpty ? .separator : .letters(bytes)
    }
}
