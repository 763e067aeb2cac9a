// libFuzzer entry point for display widths: any bytes as text (the first byte a pane's width) drawn
// into a pane of a text canvas, as one line and wrapped, a separator right of the pane and more text
// right of that. Each row, counted code point by code point as ncurses counts it (wcwidth, whose
// table DisplayWidth holds), must put the separator in its column and fill exactly the canvas.
// Built by Tests/Fuzz/run into one module with PueblaKit, PueblaViewModel and the canvas (see sources).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCanvas(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let width = Int(start[0] % 60)
    let text = String(decoding: UnsafeBufferPointer(start: start + 1, count: count - 1), as: UTF8.self)
    // A "|" switches the role, so that clusters meet across spans too.
    let spans = text.split(separator: "|", omittingEmptySubsequences: false).enumerated()
        .map { Span(String($0.element), $0.offset % 2 == 0 ? .normal : .bold) }
    let lines = [StyledLine(spans)] + StyledWrap.lines(spans, width: width).prefix(3)
    let right = 12
    var canvas = TextCanvas(rows: lines.count, columns: width + 1 + right)
    for (row, line) in lines.enumerated() {
        canvas.put(line, row: row, column: 0, width: width, fill: true)
        canvas.put("│", .border, row: row, column: width)
        canvas.put(StyledLine(spans), row: row, column: width + 1, width: right, fill: true)
    }
    for row in 0..<canvas.rows {
        let pane = (0..<width).map { canvas[row, $0].text }.joined()
        let whole = (0..<canvas.columns).map { canvas[row, $0].text }.joined()
        precondition(terminalColumns(pane) == width, "the pane's text moves the separator: \(pane.unicodeScalars.map(\.value))")
        precondition(canvas[row, width].text == "│", "the separator was overwritten")
        precondition(terminalColumns(whole) == canvas.columns, "a row is not as wide as the canvas")
    }
    return 0
}

/// Columns as ncurses counts them; -1000 for a code point it would not draw, so that one shows.
private func terminalColumns(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + (DisplayWidth.of($1) ?? -1000) }
}
