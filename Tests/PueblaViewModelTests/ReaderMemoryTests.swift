import PueblaIndex
import PueblaKit
import Testing
@testable import PueblaViewModel

@Suite("The reader remembers where it stopped, and searches inside the release")
struct ReaderMemoryTests {
    static let id = "2010-05-18-xv-rcm-tapachula"

    func reading(_ reading: ReadingState = ReadingState()) throws -> AppState {
        var state = AppState(store: try Fixtures.shippedStore(), rows: 20, columns: 80, reading: reading)
        state.press(.enter)
        return state
    }

    @Test("leaving a release and opening it again returns to the paragraph at the top when it was left")
    func reopen() throws {
        var state = try reading()
        state.press(.pageDown, .pageDown)
        let reader = try #require(state.reader)
        let paragraph = try #require(reader.paragraph)
        #expect(paragraph > 0)
        state.press(.escape)
        #expect(state.reader == nil)
        state.press(.enter)
        #expect(state.reader?.top == reader.document.paragraphStarts[paragraph])
        #expect(state.readingToSave.place(of: Self.id) == paragraph)
    }

    @Test("a place saved in an earlier run opens the release there; back at the top, it is forgotten")
    func betweenRuns() throws {
        var saved = ReadingState()
        saved.remember(Self.id, paragraph: 3)
        var state = try reading(saved)
        let reader = try #require(state.reader)
        #expect(reader.top == reader.document.paragraphStarts[3])
        state.press(.home)
        #expect(state.readingToSave.place(of: Self.id) == nil)
    }

    @Test("places are capped: the ones read longest ago go first")
    func cap() {
        var state = ReadingState()
        for number in 0...ReadingState.placeLimit { state.remember("r\(number)", paragraph: 1) }
        state.remember("r1", paragraph: 2)
        #expect(state.places.count == ReadingState.placeLimit)
        #expect(state.place(of: "r0") == nil)
        #expect(state.places.last == ReadingState.Place(release: "r1", paragraph: 2))
    }

    @Test("/ types words on the status line; Enter highlights them and goes to the first match; n N wrap around with a message")
    func find() throws {
        var state = try reading()
        state.press(.character("/"), .character("c"), .character("o"), .character("u"))
        #expect(state.message == "/cou")
        state.press(.backspace, .character("u"), .character("n"), .character("t"), .character("r"), .character("i"),
                    .character("e"), .character("s"), .enter)
        let reader = try #require(state.reader)
        #expect(reader.finding == nil && reader.highlight == SearchQuery("countries"))
        let lines = reader.document.matchLines
        #expect(lines.count >= 3)
        #expect(state.message == "\(lines.count) lines match countries; n N next, previous")
        state.press(.character("N"))
        #expect(state.message == "Search wrapped to the last match")
        #expect(state.reader?.top == max(0, min(lines[lines.count - 1] - 2, reader.maxTop(height: state.layout.body.height))))
        state.press(.character("n"))
        #expect(state.message == "Search wrapped to the first match")
        state.press(.character("n"))
        #expect(state.message == nil)
        #expect(state.reader?.top == max(0, lines[1] - 2))
    }

    @Test("Esc while typing after / stops the search and stays in the release; words not there say so")
    func cancelAndMiss() throws {
        var state = try reading()
        state.press(.character("/"), .character("x"), .escape)
        #expect(state.reader != nil && state.reader?.finding == nil && state.reader?.highlight == nil)
        state.press(.character("/"), .character("q"), .character("z"), .character("x"), .enter)
        #expect(state.message == "Not found in this release: qzx")
    }
}
