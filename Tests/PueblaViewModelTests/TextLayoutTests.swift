import Testing
import PueblaKit
@testable import PueblaViewModel

@Suite("Styled wrapping and the reader document")
struct TextLayoutTests {
    @Test("wrapping keeps each word's role and never exceeds the width")
    func styledWrap() {
        let spans = [Span("He said \""), Span("a quoted sentence that runs on", .quote), Span("\" today.")]
        let lines = StyledWrap.lines(spans, width: 20)
        #expect(lines.map(\.plainText) == ["He said \"a quoted", "sentence that runs", "on\" today."])
        #expect(lines.allSatisfy { $0.width <= 20 })
        #expect(lines[0].spans.last == Span("a quoted", .quote))
    }

    @Test("quotes inside a paragraph are set off")
    func quoteMarking() {
        let spans = QuoteMarking.spans("X said \"hello there,\" and left.", quotes: ["hello there"])
        #expect(spans == [Span("X said \""), Span("hello there", .quote), Span(",\" and left.")])
    }

    @Test("the reader wraps the seed release at two widths, paragraphs separated, header and footer present")
    func readerDocument() throws {
        let store = try Fixtures.shippedStore()
        let release = try #require(store.releases.first { $0.id == "2010-05-18-xv-rcm-tapachula" })
        for width in [50, 100] {
            let document = ReaderDocument(release: release, store: store, width: width, words: English())
            #expect(document.lines.allSatisfy { $0.width <= width })
            #expect(document.paragraphStarts.count == release.paragraphs.count)
            for start in document.paragraphStarts { #expect(document.lines[start - 1] == .blank) }
            let text = document.lines.map(\.plainText).joined(separator: "\n")
            #expect(text.contains("May 18, 2010 (inferred)"))
            #expect(text.contains("XV RCM (2010, Tapachula)"))
            #expect(text.contains("jperaza@iom.int"))
            #expect(text.contains("http://www.rcmvs.org/"))
            #expect(document.lines.contains { $0.spans.contains { $0.role == .quote } })
        }
    }
}
