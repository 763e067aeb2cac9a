import Foundation
import PueblaCorpus
import Testing

/// What a Down costs on the wire: the real binary in a pseudo-terminal at 80x24, every byte it
/// writes counted. The counts depend on the library's text and on ncurses, not on timing.
@Suite("Bytes written per Down, end to end", .serialized)
struct ScrollingBytesEndToEndTests {
    let testHome = TestHome()

    /// The most a Down may write at 80x24 on this library: when it scrolls the releases list, the
    /// terminal's scroll region (24 bytes), the new bottom row (about 82 bytes of text), the row
    /// that loses the selection (42) and the status bar's position (25), 205 to 212 bytes. With the
    /// selection's fields drawn bold and dim under the reverse video, 218 to 225.
    static let downLimit = 215

    @Test("every Down through a list of 1,000 releases, top to bottom, writes at most the limit at 80x24")
    func bytesPerDown() throws {
        let folder = NSTemporaryDirectory() + "puebla-scroll-bytes-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let count = 1_000
        try CorpusFolder.write(count: count, seed: 1, from: PueblaBinary.shippedData, to: folder + "/Data")
        // Indexed first: the browser starts with its list, and no message of its own comes mid-way.
        #expect(try PueblaBinary.run(["index", "--data", folder + "/Data"], environment: testHome.environment).status == 0)
        let environment = PueblaBinary.environment.merging(testHome.environment) { $1 }
        let terminal = try PseudoTerminal(executable: PueblaBinary.path, arguments: ["--no-state", "--data", folder + "/Data"],
                                          environment: environment, rows: 24, columns: 80)
        try #require(terminal.read(until: { $0.firstRange(of: Array("   1/1000".utf8)) != nil && $0.firstRange(of: Array(" quit".utf8)) != nil }))
        var bytes: [Int: Int] = [:], scrolling = 0
        for ordinal in 2...count {
            let frame = try #require(Self.down(to: ordinal, in: terminal), "no whole frame for the Down to \(ordinal)")
            bytes[ordinal] = frame.count
            // ncurses scrolls with the scroll region below the tab bar and above the status bar.
            if frame.starts(with: Array("\u{1B}[2;23r".utf8)) { scrolling += 1 }
        }
        // Every Down after the first screenful scrolls: the top, middle and bottom of the list.
        #expect(scrolling == count - 22)
        let over = bytes.filter { $0.value > Self.downLimit }.count
        let most = bytes.max { $0.value < $1.value } ?? (key: 0, value: 0)
        #expect(over == 0, "\(over) Downs wrote more than \(Self.downLimit) bytes; the Down to \(most.key) wrote \(most.value)")
        terminal.send("q")
        #expect(terminal.waitForExit() == .exited(0))
    }

    /// Presses Down and returns the bytes of its frame, once whole: a frame ends with the status
    /// bar's position (the last row ncurses writes), its new last digit, then the attributes reset.
    static func down(to ordinal: Int, in terminal: PseudoTerminal) -> [UInt8]? {
        let start = terminal.output.count
        // Down as a terminal sends it in the keypad mode curses asks for.
        terminal.send("\u{1B}OB")
        let end = Array("\(ordinal % 10)\u{1B}(B\u{1B}[m".utf8)
        guard terminal.read(until: { $0.count - start >= end.count && $0.suffix(end.count).elementsEqual(end) }) else { return nil }
        return Array(terminal.output[start...])
    }
}
