/// Makes untrusted text (everything in Data and every imported page) harmless to print on a
/// terminal: no control character, escape sequence or bidirectional override reaches it, and no
/// pile-up of combining marks smears over the lines around it.
public enum SafeText {
    /// Combining marks kept on one base character. Real text needs two or three (Vietnamese stacks
    /// two, emoji sequences use up to four joiners and selectors); "zalgo" text uses dozens.
    public static let maximumMarksPerCharacter = 4

    /// One line of text for a terminal:
    /// - an escape sequence (CSI such as colours and cursor moves, OSC such as titles, clipboard
    ///   writes and links, DCS, and their 8-bit C1 forms) becomes one visible `␛`, its payload dropped;
    /// - other C0 controls become their visible pictures (`␀`, `␇`, `␈`, ...), DEL becomes `␡`,
    ///   other C1 controls become U+FFFD;
    /// - tabs, newlines, carriage returns and line or paragraph separators become spaces;
    /// - bidirectional controls and invisible zero-width characters are dropped;
    /// - combining marks past `maximumMarksPerCharacter` on one character are dropped.
    public static func line(_ text: String) -> String {
        guard needsCare(text) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        var marks = 0
        while let scalar = scalars.popFirst() {
            let value = scalar.value
            if isCombining(scalar) {
                marks += 1
                if marks <= maximumMarksPerCharacter { output.append(scalar) }
                continue
            }
            marks = 0
            switch value {
            case 0x1B, 0x90, 0x9B, 0x9D, 0x98, 0x9E, 0x9F:
                skipEscapeSequence(introducedBy: scalar, in: &scalars)
                output.append("\u{241B}")
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: output.append(" ")
            case 0x00..<0x20: output.append(Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}")
            case 0x7F: output.append("\u{2421}")
            case 0x80..<0xA0: output.append("\u{FFFD}")
            case _ where isInvisibleFormat(value): continue
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    /// JSON text made safe for a terminal without changing what it means: DEL, C1 controls, line
    /// and paragraph separators, bidirectional controls and invisible format characters, which JSON
    /// encoders leave raw (they escape C0 controls already), become `\\uXXXX` escapes. Only valid JSON (where such characters can
    /// stand only inside strings) may be given.
    public static func escapingJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsJSONEscape) else { return json }
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if needsJSONEscape(scalar) {
                // Past U+FFFF (tag characters), JSON escapes the UTF-16 surrogate pair.
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16, uppercase: true)
                    output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                }
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x7F..<0xA0).contains(value) || value == 0x2028 || value == 0x2029 || isInvisibleFormat(value)
    }

    /// Whether `line` would change `text`: a fast scan for the common, clean case.
    private static func needsCare(_ text: String) -> Bool {
        var marks = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F..<0xA0).contains(value) || value == 0x2028 || value == 0x2029 || isInvisibleFormat(value) {
                return true
            }
            if isCombining(scalar) {
                marks += 1
                if marks > maximumMarksPerCharacter { return true }
            } else {
                marks = 0
            }
        }
        return false
    }

    /// Bidirectional controls, which can reorder what follows them on screen, and zero-width
    /// characters that carry nothing but can hide words from a reader or a search (tag characters
    /// among them: outside a few flag emoji, they spell text nobody sees).
    private static func isInvisibleFormat(_ value: UInt32) -> Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi
        case 0x200B, 0x2060...0x2064, 0xFEFF, 0x180E: return true  // zero-width space, word joiner, BOM
        case 0xE0000...0xE007F: return true  // tags: invisible letters that can spell a hidden message
        default: return false
        }
    }

    /// Marks and joiners that attach to the character before them.
    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        if scalar.value == 0x200C || scalar.value == 0x200D { return true }  // zero-width (non-)joiner
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Consumes the rest of an escape sequence whose introducer was just read, as a terminal would
    /// parse it (ECMA-48), so that none of its payload is printed as if it were text.
    private static func skipEscapeSequence(introducedBy introducer: Unicode.Scalar, in scalars: inout ArraySlice<Unicode.Scalar>) {
        var kind = introducer.value
        if kind == 0x1B {
            guard let next = scalars.first else { return }
            switch next.value {
            case 0x5B: kind = 0x9B  // ESC [ : CSI
            case 0x5D: kind = 0x9D  // ESC ] : OSC
            case 0x50: kind = 0x90  // ESC P : DCS
            case 0x58, 0x5E, 0x5F: kind = 0x98  // ESC X, ESC ^, ESC _ : SOS, PM, APC
            case 0x20...0x2F:
                // ESC, intermediates, one final byte: charset designations such as ESC ( 0.
                while let byte = scalars.first, (0x20...0x2F).contains(byte.value) { scalars.removeFirst() }
                if let final = scalars.first, (0x30...0x7E).contains(final.value) { scalars.removeFirst() }
                return
            case 0x30...0x7E:
                scalars.removeFirst()  // a two-character sequence such as ESC c (reset) or ESC 7
                return
            default:
                return  // a lone ESC: only the ESC itself goes
            }
            scalars.removeFirst()
        }
        if kind == 0x9B {
            // Parameters and intermediates, then one final byte.
            while let next = scalars.first, (0x20...0x3F).contains(next.value) { scalars.removeFirst() }
            if let final = scalars.first, (0x40...0x7E).contains(final.value) { scalars.removeFirst() }
            return
        }
        // A control string (OSC, DCS, SOS, PM, APC) runs to BEL or ST (ESC \\ or U+009C); an ESC
        // inside it ends it and starts a new sequence. With no end in sight, only the introducer
        // goes: the rest is the text's own, and dropping it would lose what the data says.
        guard let end = scalars.firstIndex(where: { [0x07, 0x9C, 0x1B].contains($0.value) }) else { return }
        let terminator = scalars[end]
        scalars = scalars[(terminator.value == 0x1B ? end : end + 1)...]
        if terminator.value == 0x1B, scalars.dropFirst().first == "\\" { scalars = scalars.dropFirst(2) }
    }
}
