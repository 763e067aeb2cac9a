import PueblaIndex
import PueblaKit

/// How many of a list of releases fall in each year, and how many have no date: what the
/// timeline's bars show. Counted when the list changes, not on every frame.
public struct ReleaseYears: Sendable, Equatable {
    public private(set) var counts: [Int: Int] = [:]
    public private(set) var undated = 0
    public private(set) var total = 0

    public init() {}

    /// `positions` in list order (newest first, undated last), as `Library.positions` gives them:
    /// each year's releases stand together, so two bisections a year count them, whatever the
    /// size of the library.
    public init(positions: [Int32], library: Library, years: ClosedRange<Int>) {
        total = positions.count
        let dates = { (index: Int) in library.summary(at: Int(positions[index])).date }
        // The first index at or after which every release is older than `bound` (or undated).
        func start(before bound: String) -> Int {
            var low = 0, high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if let date = dates(middle), date >= bound { low = middle + 1 } else { high = middle }
            }
            return low
        }
        var previous = start(before: String(years.upperBound + 1))
        for year in years.reversed() {
            let next = start(before: String(year))
            if next > previous { counts[year] = next - previous }
            previous = next
        }
        undated = positions.count - start(before: "")
    }

    /// Dated releases outside the years counted.
    public var outside: Int { total - undated - counts.values.reduce(0, +) }
}
