import CNCurses
import Foundation
import Testing
@testable import PueblaKit
import PueblaViewModel
@testable import PueblaTerminal

/// The width table against the C library's `wcwidth`, which ncurses asks, and panes drawn with
/// text of every hostile width, measured as the terminal measures them.
@Suite("Widths agree with the terminal's")
struct WidthTests {
    /// `wcwidth` in C.UTF-8 on this thread only (the process's locale stays as it is).
    static func withUTF8Locale<T>(_ body: () -> T) -> T {
        let utf8 = newlocale(1 << LC_CTYPE, "C.UTF-8", nil)
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        return body()
    }

    @Test("every code point has glibc's wcwidth in the table; a differing C library gets a new table to review")
    func tableMatchesGlibc() throws {
        let runs: [UInt32] = Self.withUTF8Locale {
            var runs: [UInt32] = []
            var previous: UInt32 = .max
            for value in UInt32(0)...0x10FFFF {
                let width = (0xD800...0xDFFF).contains(value) ? -1 : wcwidth(wchar_t(bitPattern: value))
                let kind: UInt32 = width < 0 ? 3 : UInt32(width)
                if kind != previous { runs.append(value << 2 | kind) }
                previous = kind
            }
            return runs
        }
        if runs != DisplayWidth.runs {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("WidthTable.swift")
            try Self.source(of: runs).write(to: file, atomically: true, encoding: .utf8)
            Issue.record("the C library's widths differ from the table: the table it gives is in \(file.path)")
        }
    }

    /// WidthTable.swift for a list of runs.
    static func source(of runs: [UInt32]) -> String {
        var lines = [
            "// Generated from glibc's wcwidth in C.UTF-8 (the width ncurses gives each character) by",
            "// WidthTests (Tests/PueblaTerminalTests), which checks every code point against it and writes a new",
            "// table when they differ.",
            "",
            "extension DisplayWidth {",
            "    /// Runs of code points of one width, in order: the run's first code point shifted left by two,",
            "    /// or'd with its class (0: no column, 1: one, 2: two, 3: not printable, wcwidth -1).",
            "    static let runs: [UInt32] = [",
        ]
        for start in stride(from: 0, to: runs.count, by: 8) {
            lines.append("        " + runs[start..<min(runs.count, start + 8)].map { value in
                let hex = String(value, radix: 16, uppercase: true)
                return "0x" + String(repeating: "0", count: 8 - hex.count) + hex + ","
            }.joined(separator: " "))
        }
        return (lines + ["    ]", "}", ""]).joined(separator: "\n")
    }

    /// The column at which `text` puts `mark`, counting as ncurses does: each code point's wcwidth.
    static func terminalColumn(of mark: Character, in text: String) -> Int? {
        withUTF8Locale {
            var column = 0
            for character in text {
                if character == mark { return column }
                for scalar in character.unicodeScalars {
                    let width = wcwidth(wchar_t(bitPattern: scalar.value))
                    // ncurses draws nothing for what wcwidth refuses: the line would come up short.
                    guard width >= 0 else { return nil }
                    column += Int(width)
                }
            }
            return nil
        }
    }

    static let hostile = [
        "👨‍👩‍👧 family", "👍🏽 skin tone", "👩🏽‍💻 coder", "🇲🇽 flag", "\u{1FAE8} shaking", "\u{0378} unassigned",
        "❤️ heart", "1️⃣ keycap", "क्षत्रिय", "\u{1100}\u{1161}\u{11A8}", "e\u{301}", "東京", "tag\u{E0041}\u{E007F}",
        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "Z" + String(repeating: "\u{0301}", count: 30),
        String(repeating: "👨‍👩‍👧‍👦", count: 30), "x\u{1B}[31m\u{202E}y",
    ]

    @Test("a pane separator stays in its column on every row, whatever the text left of it", arguments: hostile)
    func separatorStays(_ text: String) {
        for width in [1, 2, 7, 40] {
            var canvas = TextCanvas(rows: 1, columns: width + 20)
            canvas.put(StyledLine([Span(text, .bold), Span(" " + text)]), row: 0, column: 0, width: width, fill: true)
            canvas.put("│", .border, row: 0, column: width)
            canvas.put(StyledLine(text), row: 0, column: width + 1, width: 19)
            #expect(Self.terminalColumn(of: "│", in: canvas.lines()[0]) == width, "\(canvas.lines()[0])")
        }
    }
}
