/// Unicode braille patterns (U+2800..U+28FF) as 2x4 dot cells, the way mapscii draws maps: each
/// of the eight dots is one bit of the character's offset from U+2800.
public enum Braille {
    public static let cellWidth = 2
    public static let cellHeight = 4

    /// The bit of dot (x, y) in a cell, x in 0...1 from the left, y in 0...3 from the top.
    /// Dots 1-3 and 4-6 run down the columns; dots 7 and 8 were added below them later.
    public static func bit(x: Int, y: Int) -> UInt8 {
        let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
        let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
        return (x == 0 ? left : right)[y]
    }

    public static func character(dots: UInt8) -> Character {
        Character(Unicode.Scalar(0x2800 + UInt32(dots)) ?? " ")
    }

    /// The dots a pattern sets in a cell whose top-left dot is at an even column and row.
    static func dots(of pattern: DotPattern) -> UInt8 {
        var dots: UInt8 = 0
        for y in 0..<cellHeight {
            for x in 0..<cellWidth where pattern.includes(x: x, y: y) {
                dots |= bit(x: x, y: y)
            }
        }
        return dots
    }
}
