import Testing
@testable import PueblaViewModel

@Suite struct DotGridTests {
    private func picture(_ grid: DotGrid) -> [String] {
        (0..<grid.height).map { y in
            String((0..<grid.width).map { x in grid.role(x: x, y: y) == .water ? "." : "#" })
        }
    }

    @Test func aLineSetsTheDotsBetweenItsEnds() {
        var grid = DotGrid(width: 6, height: 4)
        grid.drawLine(from: DotPoint(x: 0.5, y: 0.5), to: DotPoint(x: 5.5, y: 3.5), .land)
        #expect(picture(grid) == ["#.....", ".##...", "...##.", ".....#"])
    }

    @Test func aLineFromFarOutsideIsCutToTheGrid() {
        var grid = DotGrid(width: 5, height: 3)
        grid.drawLine(from: DotPoint(x: -1e12, y: 1.5), to: DotPoint(x: 1e12, y: 1.5), .land)
        grid.drawLine(from: DotPoint(x: -10, y: -10), to: DotPoint(x: -1, y: 20), .land)
        #expect(picture(grid) == [".....", "#####", "....."])
    }

    @Test func fillUsesTheEvenOddRuleSoHolesStayOpen() {
        var grid = DotGrid(width: 6, height: 6)
        let outer = [DotPoint(x: 0, y: 0), DotPoint(x: 6, y: 0), DotPoint(x: 6, y: 6), DotPoint(x: 0, y: 6)]
        let hole = [DotPoint(x: 2, y: 2), DotPoint(x: 4, y: 2), DotPoint(x: 4, y: 4), DotPoint(x: 2, y: 4)]
        grid.fill([outer, hole], .member, pattern: .solid)
        #expect(picture(grid) == ["######", "######", "##..##", "##..##", "######", "######"])
    }

    @Test func fillTexturesSkipDots() {
        var grid = DotGrid(width: 4, height: 4)
        let square = [DotPoint(x: 0, y: 0), DotPoint(x: 4, y: 0), DotPoint(x: 4, y: 4), DotPoint(x: 0, y: 4)]
        grid.fill([square], .member, pattern: .checker)
        #expect(picture(grid) == ["#.#.", ".#.#", "#.#.", ".#.#"])
    }

    @Test func aDotKeepsTheStrongestRoleDrawnOnIt() {
        var grid = DotGrid(width: 1, height: 1)
        grid.set(x: 0, y: 0, .selected)
        grid.set(x: 0, y: 0, .land)
        #expect(grid.role(x: 0, y: 0) == .selected)
    }
}
