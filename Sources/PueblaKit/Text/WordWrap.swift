/// Word wrapping by display columns. Words longer than the width are broken, never overflow.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let wordWidth = DisplayWidth.of(word)
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
            }
            var pieces = wordWidth > width ? pieces(of: word, width: width) : [(String(word), wordWidth)]
            let last = pieces.removeLast()
            lines += pieces.map(\.text)
            (current, currentWidth) = last
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// A word too long for the width cut into pieces that fit, in one pass (a 10,000-character
    /// word must not cost a rescan per piece).
    private static func pieces(of word: Substring, width: Int) -> [(text: String, width: Int)] {
        var pieces: [(text: String, width: Int)] = []
        var piece = ""
        var used = 0
        for character in word {
            let w = DisplayWidth.of(character)
            // A character wider than the whole width still has to go somewhere: alone on its line.
            if used + w > width && !piece.isEmpty {
                pieces.append((piece, used))
                piece = ""
                used = 0
            }
            piece.append(character)
            used += w
        }
        pieces.append((piece, used))
        return pieces
    }
}
