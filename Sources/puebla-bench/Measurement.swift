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
    var loadCold: Double
    var loadWarm: Double
    /// Building the browser's state from the loaded store and drawing it at 80x24.
    var firstFrame: Double
    var move: Spread
    var page: Spread
    var switchPane: Spread
    var filter: Spread
    var searchIndexBuild: Double
    var search: Spread
    var peakRSSKiB: Int
    /// Building the library index with no index file, then opening it again unchanged, and the
    /// peak memory of that alone; nil when not asked for.
    var indexCold: Double?
    var indexWarm: Double?
    var indexPeakRSSKiB: Int?
}

/// What the real binary does in a pseudo-terminal, from the probe's report.
struct TerminalMeasurement: Codable {
    var firstFrame: Double
    var bytesPerDownMedian: Double
    var bytesPerDownWorst: Double
    var downLatencyMedian: Double
    var peakRSSKiB: Int
}
