import PueblaKit
import Testing
@testable import PueblaViewModel

@Suite("The reader's hyperlinks")
struct ReaderHyperlinkTests {
    @Test("each http, https or mailto URL drawn is a hyperlink over exactly its columns; other schemes are not")
    func columns() throws {
        let store = try Fixtures.shippedStore()
        var release = try #require(store.releases.first)
        release.links.append(Link(url: "javascript:alert(1)", title: nil))
        let document = ReaderDocument(release: release, store: store, width: 80, words: English())
        let urls = document.hyperlinks.map(\.url)
        #expect(urls.first == "http://www.rcmvs.org/")
        #expect(urls.allSatisfy { $0.hasPrefix("http") })
        for link in document.hyperlinks {
            let text = document.lines[link.line].spans.map(\.text).joined()
            let drawn = String(text.dropFirst(link.column).prefix(link.width))
            #expect(link.url.hasPrefix(drawn) || link.url.contains(drawn))
        }
    }
}
