import Foundation
import PueblaCorpus
import Testing

/// What a Down costs on the wire: the real binary in a pseudo-terminal at 80x24, every byte it
/// writes counted. The counts depend on the library's text and on ncurses, not on timing.
@Suite("Bytes written per Down, end to end", .serialized)
struct ScrollingBytesEndToEndTests {
    let testHome = TestHome()

    /// The most a Down may write at 80x24 on this library, as it looks by default (the arrow
    /// cursor): the scroll region (22 bytes), the pointer rubbed out on the row above and the move
    /// to the new row (13), the new row's text after its pointer (about 88) and the position, not
    /// reversed (9 to 13): 130 to 136 bytes.
    static let downLimit = 150

    /// With `layout.arrow-cursor = false` (the selection in reverse video): the scroll region (24
    /// bytes), the new bottom row (about 82 bytes of text), the row that loses the selection (42)
    /// and the status bar's position (25), 205 to 212 bytes. With the selection's fields drawn bold
    /// and dim under the reverse video, 218 to 225.
    static let reverseSelectionDownLimit = 215

    @Test("every Down through a list of 1,000 releases, top to bottom, writes at most 150 bytes at 80x24")
    func bytesPerDown() throws {
        try walk(limit: Self.downLimit)
    }

    @Test("with the selection in reverse video, every Down through a list of 1,000 releases writes at most 215 bytes at 80x24")
    func bytesPerDownWithReverseSelection() throws {
        let folder = testHome.path + "/config/puebla"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("[layout]\narrow-cursor = false\n".utf8).write(to: URL(fileURLWithPath: folder + "/config.toml"))
        try walk(limit: Self.reverseSelectionDownLimit)
    }

    /// Presses Down from the first release to the last, and expects each frame to write at most `limit` bytes.
    private func walk(limit: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let folder = NSTemporaryDirectory() + "puebla-scroll-bytes-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let count = 1_000
        try CorpusFolder.write(count: count, seed: 1, from: PueblaBinary.shippedData, to: folder + "/Data")
        // Indexed first: the browser starts with its list, and no message of its own comes mid-way.
        #expect(try PueblaBinary.run(["index", "--data", folder + "/Data"], environment: testHome.environment).status == 0,
                sourceLocation: sourceLocation)
        let environment = PueblaBinary.environment.merging(testHome.environment) { $1 }
        let terminal = try PseudoTerminal(executable: PueblaBinary.path, arguments: ["--no-state", "--data", folder + "/Data"],
                                          environment: environment, rows: 24, columns: 80)
        try #require(terminal.read(until: { $0.firstRange(of: Array("   1/1000".utf8)) != nil && $0.firstRange(of: Array(" quit".utf8)) != nil }),
                     sourceLocation: sourceLocation)
        var bytes: [Int: Int] = [:], scrolling = 0
        for ordinal in 2...count {
            let frame = try #require(Self.down(to: ordinal, in: terminal), "no whole frame for the Down to \(ordinal)",
                                     sourceLocation: sourceLocation)
            bytes[ordinal] = frame.count
            // ncurses scrolls with the scroll region below the tab bar and above the status bar.
            if frame.starts(with: Array("\u{1B}[2;23r".utf8)) { scrolling += 1 }
        }
        // Every Down after the first screenful scrolls: the top, middle and bottom of the list.
        #expect(scrolling == count - 22, sourceLocation: sourceLocation)
        let over = bytes.filter { $0.value > limit }.count
        let most = bytes.max { $0.value < $1.value } ?? (key: 0, value: 0)
        #expect(over == 0, "\(over) Downs wrote more than \(limit) bytes; the Down to \(most.key) wrote \(most.value)",
                sourceLocation: sourceLocation)
        terminal.send("q")
        #expect(terminal.waitForExit() == .exited(0), sourceLocation: sourceLocation)
    }

    /// Presses Down and returns the bytes of its frame, once whole: a frame ends with the status
    /// bar's position (the last row ncurses writes), its new last digit, then the attributes reset
    /// where the position is reversed (the selection in reverse video); by default, a move to the
    /// status bar and the digits.
    static func down(to ordinal: Int, in terminal: PseudoTerminal) -> [UInt8]? {
        let start = terminal.output.count
        // Down as a terminal sends it in the keypad mode curses asks for.
        terminal.send("\u{1B}OB")
        guard terminal.read(until: { endsFrame(Array($0[start...]), digit: ordinal % 10) }) else { return nil }
        return Array(terminal.output[start...])
    }

    private static func endsFrame(_ bytes: [UInt8], digit: Int) -> Bool {
        let last = UInt8(ascii: "0") + UInt8(digit)
        if bytes.last == UInt8(ascii: "m") { return bytes.suffix(7).elementsEqual([last] + Array("\u{1B}(B\u{1B}[m".utf8)) }
        guard bytes.last == last, let move = bytes.ranges(of: Array("\u{1B}[24;".utf8)).last else { return false }
        // ESC [ 24 ; column H, then only digits.
        let after = bytes[move.upperBound...]
        guard let letter = after.firstIndex(of: UInt8(ascii: "H")) else { return false }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        return after[..<letter].allSatisfy(isDigit) && bytes[(letter + 1)...].allSatisfy(isDigit)
    }
}
