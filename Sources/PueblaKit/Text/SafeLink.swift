import Foundation

/// A link from Data made fit to hand to a terminal (OSC 8) or a browser: only http, https and
/// mailto, and only printable ASCII, so no byte of it can end an escape sequence or start another.
public enum SafeLink {
    static let schemes: Set<String> = ["http", "https", "mailto"]

    /// The URL with every byte outside printable ASCII (spaces, controls, ESC, BEL, non-ASCII
    /// letters) percent-encoded, or nil when its scheme is not http, https or mailto.
    public static func url(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let colon = trimmed.firstIndex(of: ":"),
              schemes.contains(trimmed[..<colon].lowercased()) else { return nil }
        var result = ""
        for byte in trimmed.utf8 {
            if (0x21...0x7E).contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    /// The command that opens `url` where there is a display ($DISPLAY or $WAYLAND_DISPLAY):
    /// $BROWSER (its first entry, `%s` replaced by the URL, else the URL added), else xdg-open.
    /// Nil without a display: over SSH the link is copied instead.
    public static func openCommand(for url: String, environment: [String: String]) -> [String]? {
        let display = [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].contains { !($0 ?? "").isEmpty }
        guard display else { return nil }
        let browser = (environment["BROWSER"] ?? "").split(separator: ":").first
            .map { $0.split(separator: " ").map(String.init) } ?? []
        guard let program = browser.first, !program.isEmpty else { return ["xdg-open", url] }
        let arguments = browser.dropFirst().map { $0.replacingOccurrences(of: "%s", with: url) }
        return [program] + arguments + (browser.contains { $0.contains("%s") } ? [] : [url])
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
