/// Makes untrusted text (everything in Data and every imported page) harmless to print on a
/// terminal: control characters and bidirectional overrides never reach it.
public enum SafeText {
    /// One line of text: controls become visible placeholders (U+241B for ESC, U+FFFD for the rest),
    /// tabs and newlines become spaces, bidi controls are dropped.
    public static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCare) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: scalars.append(" ")
            case 0x1B: scalars.append("\u{241B}")
            case 0x00..<0x20, 0x7F..<0xA0: scalars.append("\u{FFFD}")
            case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
