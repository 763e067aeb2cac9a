import PueblaKit

/// The detail of the selected item of the current pane: beside the list, or full screen when narrow.
public enum DetailContent {
    public static func lines(for state: AppState, width: Int) -> [StyledLine] {
        let inner = max(1, width - 2)
        var builder = DetailBuilder(width: inner)
        state.currentView.detail(in: state, into: &builder)
        return builder.lines
    }

    /// A text of a release the detail shows, which the state has once the release is read from its file.
    enum ReleaseText {
        case loading
        case read(String)
    }

    /// The part of the release at `position` the detail shows (the index keeps no paragraphs): read,
    /// being read, or nil when the release's file cannot be read or has no such part.
    static func text(of position: Int, in state: AppState, _ part: (Release) -> String?) -> ReleaseText? {
        switch state.detailRelease {
        case .loaded(position, let release?): return part(release).map(ReleaseText.read)
        case .loading(position): return .loading
        default: return nil
        }
    }

    /// Where a release's text will stand once read: a line that says no more than that.
    static var placeholder: [Span] { [Span(String(Glyphs.current.ellipsis), .dim)] }
}

/// Accumulates wrapped detail lines with a one-column margin.
struct DetailBuilder {
    let width: Int
    private(set) var lines: [StyledLine] = []

    init(width: Int) {
        self.width = width
    }

    mutating func paragraph(_ spans: [Span], indent: String = "") {
        lines += StyledWrap.lines(spans, width: width + 1, indent: " " + indent)
    }

    mutating func field(_ label: String, _ value: String, uncertain: Bool = false) {
        field(label, [Span(value, uncertain ? .warning : .normal)])
    }

    /// A label in a column of its own, the value wrapped beside it.
    mutating func field(_ label: String, _ value: [Span]) {
        let labelWidth = 13
        let wrapped = StyledWrap.lines(value, width: max(1, width - labelWidth), indent: "")
        for (index, line) in wrapped.enumerated() {
            let head = index == 0 ? DisplayWidth.pad(label, to: labelWidth, ellipsis: Glyphs.current.ellipsis) : String(repeating: " ", count: labelWidth)
            lines.append(StyledLine([Span(" "), Span(head, .dim)] + line.spans))
        }
    }

    /// Lines already laid out for the width, such as a picture.
    mutating func picture(_ lines: [StyledLine]) {
        self.lines += lines
    }

    /// A blank line and a text of a release as `read` lays it out, or the placeholder while the
    /// release is read; nothing where its file cannot be read.
    mutating func releaseText(_ text: DetailContent.ReleaseText?, _ read: (inout DetailBuilder, String) -> Void) {
        guard let text else { return }
        blank()
        switch text {
        case .read(let string): read(&self, string)
        case .loading: paragraph(DetailContent.placeholder)
        }
    }

    mutating func blank() {
        lines.append(.blank)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
