/// What one run measures on one Data folder; travels from the measuring child to the parent as JSON.
struct Measurement: Codable {
    /// Median and worst of repeated timings, in milliseconds.
    struct Spread: Codable {
        var median: Double
        var worst: Double

        init(_ samples: [Double]) {
            let sorted = samples.sorted()
            median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
            worst = sorted.last ?? 0
        }
    }

    var releases: Int
    /// Building the library index with no index file (the first start), in its own process, and
    /// that process's peak memory.
    var indexBuild: Double
    var indexBuildPeakRSSKiB: Int
    /// The index brought up to date after one release was imported (by the import, which names the
    /// file), and opened after one changed and one removed (every file compared with the index).
    var indexAfterAdd: Double
    var indexAfterChange: Double
    var indexAfterRemove: Double
    /// Reading meetings and countries and mapping the index: what a later start does before its first frame.
    var loadWarm: Double
    /// Comparing the index with the release files (a stat of each), which the browser does in the
    /// background after its first frame.
    var backgroundCheck: Double
    /// Building the browser's state from the library and drawing it at 80x24.
    var firstFrame: Double
    var move: Spread
    /// A move at 120x40, the detail beside the list: update, the selected release read from its
    /// file (the load effect, as the browser runs it) and a frame.
    var moveBesideDetail: Spread
    var page: Spread
    var switchPane: Spread
    var filter: Spread
    /// Reading the search postings out of the index (on the first search).
    var searchOpen: Double
    var search: Spread
    /// Peak memory of the process that opened the index and did all of the above.
    var peakRSSKiB: Int
}

/// What the real binary does in a pseudo-terminal, from the probe's report.
struct TerminalMeasurement: Codable {
    var firstFrame: Double
    var bytesPerDownMedian: Double
    var bytesPerDownWorst: Double
    var downLatencyMedian: Double
    var peakRSSKiB: Int
}
