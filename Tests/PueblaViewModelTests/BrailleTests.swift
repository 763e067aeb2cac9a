import Testing
@testable import PueblaViewModel

@Suite struct BrailleTests {
    @Test func eachDotIsItsOwnBitInUnicodeOrder() {
        // Dots 1-3 down the left column, 4-6 down the right, then 7 and 8 along the bottom.
        let expected: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        for y in 0..<4 {
            for x in 0..<2 {
                #expect(Braille.bit(x: x, y: y) == expected[y][x], "dot (\(x), \(y))")
            }
        }
    }

    @Test func knownPatternsGiveKnownCharacters() {
        #expect(Braille.character(dots: 0) == "\u{2800}")
        #expect(Braille.character(dots: 0xFF) == "⣿")
        let leftColumn = (0..<4).reduce(UInt8(0)) { $0 | Braille.bit(x: 0, y: $1) }
        #expect(Braille.character(dots: leftColumn) == "⡇")
        #expect(Braille.character(dots: Braille.bit(x: 0, y: 0) | Braille.bit(x: 1, y: 0)) == "⠉")
        #expect(Braille.character(dots: Braille.bit(x: 1, y: 3)) == "⢀")
    }

    @Test func fillTexturesHaveTheirOwnCharacters() {
        #expect(Braille.character(dots: Braille.dots(of: .solid)) == "⣿")
        #expect(Braille.character(dots: Braille.dots(of: .checker)) == "⢕")
        #expect(Braille.character(dots: Braille.dots(of: .sparse)) == "⠅")
    }
}
