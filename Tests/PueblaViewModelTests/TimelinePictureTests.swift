import PueblaIndex
import PueblaKit
import Testing
@testable import PueblaViewModel

@Suite("The timeline's picture")
struct TimelinePictureTests {
    @Test("releases are counted a year by bisection, undated ones and those outside the years apart")
    func releaseYears() throws {
        // One a month back from December 2020: 12 in each of 2020..2012, and the rest in 2011.
        let store = try Fixtures.store(releases: 110)
        let library = Library(store: store)
        let years = ReleaseYears(positions: library.positions(), library: library, years: 2012...2019)
        #expect(years.counts == Dictionary(uniqueKeysWithValues: (2012...2019).map { ($0, 12) }))
        #expect(years.outside == 12 + 2 && years.undated == 0 && years.total == 110)
        let mexico = ReleaseYears(positions: library.positions(mentioning: "MX"), library: library, years: 2012...2020)
        #expect(mexico.counts[2020] == 6 && mexico.outside == 1)
        #expect(ReleaseYears(positions: [], library: library, years: 2012...2020) == ReleaseYears())
    }

    @Test("every year in its own column where the width allows, grouped years where it does not, nothing where nothing fits")
    func layout() throws {
        let picture = try #require(ConferenceStrip.picture(store: try Fixtures.shippedStore(), releases: nil, unicode: true, language: .english))
        let axis = { (width: Int) in picture.lines(width: width).first { $0.plainText.hasPrefix(" Year") }?.plainText ?? "" }
        #expect(axis(200).contains("1996  1997  1998"))
        #expect(axis(80).contains("1996    2000"))
        #expect(picture.lines(width: 60).last?.plainText.contains("2 years a column") == true)
        #expect(picture.lines(width: 12).isEmpty && picture.height(width: 12) == 0)
        for width in [40, 60, 80, 100, 200] {
            let lines = picture.lines(width: width)
            #expect(lines.count == picture.height(width: width))
            #expect(lines.allSatisfy { $0.width <= width }, "wider than \(width)")
        }
    }
}
