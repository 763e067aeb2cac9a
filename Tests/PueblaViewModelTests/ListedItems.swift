import PueblaKit
@testable import PueblaViewModel

extension AppState {
    /// The releases the releases pane lists, in order.
    var releases: [ReleaseSummary] { releaseRows.map { library.summary(at: Int($0)) } }

    /// The quotes the quotes pane lists, in order.
    var quotes: [QuoteEntry] { quoteRows.compactMap { library.quoteEntry(Int($0)) } }
}
