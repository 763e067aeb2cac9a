import PueblaKit
import PueblaViewModel

/// Draws the whole screen for a state: a pure function of the state and the canvas size.
public enum ScreenRenderer {
    public static func draw(_ state: AppState, on canvas: inout TextCanvas) {
        Glyphs.$current.withValue(state.glyphs) { drawScreen(state, on: &canvas) }
    }

    private static func drawScreen(_ state: AppState, on canvas: inout TextCanvas) {
        let layout = state.layout
        canvas.fill(Layout.Rect(row: 0, column: 0, height: canvas.rows, width: canvas.columns))
        if layout.isTooSmall {
            drawTooSmall(words: state.words, on: &canvas)
            return
        }
        drawTabBar(state, on: &canvas)
        switch state.screen {
        case .panes:
            // A pane's picture (the timeline's) takes the bottom of the body, under the list and the detail.
            let picture = state.panePicture?.lines(width: layout.columns) ?? []
            var list = layout.list, detail = layout.detail
            list.height -= picture.count
            detail.height -= picture.count
            drawList(state, in: list, on: &canvas)
            if layout.isSplit {
                for row in detail.row..<(detail.row + detail.height) {
                    canvas.put(String(Glyphs.current.vertical), .border, row: row, column: detail.column - 1)
                }
                drawDetail(state, top: 0, in: detail, on: &canvas)
            }
            drawLines(picture, top: 0, in: Layout.Rect(row: list.row + list.height, column: 0, height: picture.count, width: layout.columns),
                      on: &canvas)
        case .detail(let top):
            drawDetail(state, top: top, in: layout.body, on: &canvas)
        case .reader(let reader):
            drawLines(reader.document.lines, top: reader.top, in: layout.body, on: &canvas)
            if state.overlay == nil { addHyperlinks(of: reader, in: layout.body, on: &canvas) }
        case .search:
            drawSearch(state, on: &canvas)
        case .bookmarks(let position):
            drawBookmarks(state, position: position, on: &canvas)
        }
        let words = state.words
        switch state.overlay {
        case .help?: drawHelp(state, on: &canvas)
        case .countryPicker(let picker)?: drawPicker(picker, state: state, on: &canvas)
        case .links(let selection)?: drawLinks(state, selection: selection, on: &canvas)
        case .exportPath(let path)?:
            drawBox([StyledLine([Span(words.pathPrompt, .dim), Span(path, .bold), Span("_", .accent)]), .blank,
                     StyledLine(words.pathHint, .dim)],
                    title: words.exportTitle, on: &canvas, layout: state.layout)
        case .confirmOverwrite(_, let path)?, .confirmListOverwrite(_, let path)?:
            drawBox([StyledLine([Span(SafeText.line(path), .bold)]), StyledLine(words.existsAndDiffers, .dim), .blank,
                     StyledLine([Span(words.replaceQuestion), Span(words.yesOrNo, .bold)])],
                    title: words.exportTitle, on: &canvas, layout: state.layout)
        case .confirmMarkAllRead(let count)?:
            drawBox([StyledLine(words.unreadInList(count)), .blank,
                     StyledLine([Span(words.markQuestion(count)), Span(words.yesOrNo, .bold)])],
                    title: words.markAllTitle, on: &canvas, layout: state.layout)
        case nil: break
        }
        drawStatusBar(state, on: &canvas)
    }

    /// The selected item's detail, and under it the map where the pane has one and there is room.
    static func drawDetail(_ state: AppState, top: Int, in rect: Layout.Rect, on canvas: inout TextCanvas) {
        let lines = DetailContent.lines(for: state, width: rect.width)
        drawLines(lines, top: top, in: rect, on: &canvas)
        let used = max(0, lines.count - top) + 1
        let height = rect.height - used
        // The widest map whose whole region fits the rows left, centred.
        var width = rect.width - 2
        while width > MapRenderer.minimumWidth && MapRenderer.fittingHeight(width: width, viewport: state.mapViewport) > height {
            width -= 1
        }
        let fitting = MapRenderer.fittingHeight(width: width, viewport: state.mapViewport)
        // No room for the whole region: no map, rather than a cropped corner of one.
        guard fitting <= height, let picture = state.mapPicture(width: width, height: fitting) else { return }
        let column = rect.column + 1 + (rect.width - 2 - width) / 2
        for row in 0..<picture.height {
            let spans = picture.rows[row].map { Span(String($0.character), $0.role.textRole) }
            canvas.put(StyledLine(spans), row: rect.row + used + row, column: column, width: width)
        }
    }

    static func drawTooSmall(words: any BrowserWords, on canvas: inout TextCanvas) {
        guard canvas.rows > 0, canvas.columns > 0 else { return }
        let text = words.tooSmall(columns: Layout.minimumColumns, rows: Layout.minimumRows)
        // Wrapped at spaces where there are rows for it (the Spanish notice is longer), so that no
        // word is cut; a single cut line only in a window of one or two rows.
        let wrapped = WordWrap.lines(text, width: canvas.columns)
        let lines = wrapped.count > 1 && wrapped.count + 2 <= canvas.rows && wrapped.allSatisfy { DisplayWidth.of($0) <= canvas.columns }
            ? wrapped : [DisplayWidth.truncate(text, to: canvas.columns, ellipsis: Glyphs.current.ellipsis)]
        for (index, line) in lines.enumerated() {
            let column = max(0, (canvas.columns - DisplayWidth.of(line)) / 2)
            canvas.put(line, .warning, row: canvas.rows / 2 - lines.count / 2 + index, column: column)
        }
    }

    static func drawTabBar(_ state: AppState, on canvas: inout TextCanvas) {
        canvas.fill(state.layout.tabBar, role: .tab)
        for tab in state.layout.tabs {
            canvas.put(tab.label, tab.pane == state.pane ? .activeTab : .tab, row: 0, column: tab.columns.lowerBound)
        }
        let unread = state.unreadCount
        // While only unread releases, or those of one language, are listed, the tab bar says so: an
        // empty list is not a bare library. Where the row is short, the name goes first, then the
        // count, so that what narrows the list stays.
        let words = state.words
        var parts = [state.releaseLanguage.map { words.releasesIn($0) },
                     state.unreadOnly ? words.unreadOnlyCount(unread) : unread > 0 ? words.unreadCount(unread) : nil,
                     "Puebla"].compactMap { $0 }
        let free = state.layout.columns - (state.layout.tabs.last?.columns.upperBound ?? 0) - 2
        while !parts.isEmpty, DisplayWidth.of(parts.joined(separator: "  ") + " ") > free { parts.removeLast() }
        guard !parts.isEmpty else { return }
        let right = parts.joined(separator: "  ") + " "
        canvas.put(right, .tab, row: 0, column: state.layout.columns - DisplayWidth.of(right))
    }

    static func drawList(_ state: AppState, in rect: Layout.Rect, on canvas: inout TextCanvas) {
        let pane = state.pane
        let position = state.position(of: pane)
        let count = state.rowCount(pane)
        if count == 0 {
            drawLines(StyledWrap.lines([Span(state.emptyMessage, .dim)], width: rect.width, indent: " "), top: 0,
                      in: Layout.Rect(row: rect.row + 1, column: rect.column, height: rect.height - 1, width: rect.width), on: &canvas)
            return
        }
        let height = state.listHeight(pane)
        for offset in 0..<height {
            let index = position.top + offset
            guard index < count else { break }
            drawRow(state, selected: index == position.selection, row: rect.row + offset, column: rect.column, width: rect.width,
                    pointerInRow: state.leavesPointerColumn(pane), on: &canvas) { ListContent.row(index, of: pane, in: state, width: $0) }
        }
        if let legend = state.listLegend(width: rect.width) {
            canvas.put(legend, row: rect.row + rect.height - 1, column: rect.column, width: rect.width)
        }
    }

    /// A list's row, made by `make` for the columns it gets. By default the selection is reverse
    /// video over the row's leading fields. With the arrow cursor the row comes after a column of
    /// its own that holds the pointer where it is selected, and drops its bold and dim (headings and
    /// a search's matches keep theirs): each change of attributes is a whole `sgr` on the wire, so
    /// a Down that scrolls then writes the new row's text, the pointer's two cells and the position.
    /// A list whose rows all start with a blank (`pointerInRow`) has the pointer there instead.
    static func drawRow(_ state: AppState, selected: Bool, row: Int, column: Int, width: Int, pointerInRow: Bool = false,
                        on canvas: inout TextCanvas, _ make: (Int) -> StyledLine) {
        guard state.arrowCursor else {
            canvas.put(make(width), row: row, column: column, width: width, selected: selected)
            return
        }
        var spans = make(max(0, width - (pointerInRow ? 0 : 2))).spans.map { span in
            [.heading, .highlight].contains(span.role) ? span : Span(span.text, .normal)
        }
        if !pointerInRow {
            spans.insert(Span(selected ? "\(Glyphs.current.pointer) " : "  "), at: 0)
        } else if selected, let first = spans.first {
            spans[0] = Span(String(first.text.dropFirst()), first.role)
            spans.insert(Span(String(Glyphs.current.pointer)), at: 0)
        }
        canvas.put(StyledLine(spans), row: row, column: column, width: width)
    }

    /// The reader's URLs on the screen, cut at the edge of `rect`.
    static func addHyperlinks(of reader: ReaderState, in rect: Layout.Rect, on canvas: inout TextCanvas) {
        for link in reader.document.hyperlinks where (reader.top..<(reader.top + rect.height)).contains(link.line) {
            let width = min(link.width, rect.width - link.column)
            guard width > 0 else { continue }
            canvas.hyperlinks.append(TextCanvas.Hyperlink(row: rect.row + link.line - reader.top, column: rect.column + link.column,
                                                          width: width, url: link.url))
        }
    }

    static func drawLines(_ lines: [StyledLine], top: Int, in rect: Layout.Rect, on canvas: inout TextCanvas) {
        guard rect.height > 0 else { return }
        for offset in 0..<rect.height {
            let index = top + offset
            guard index >= 0, index < lines.count else { break }
            canvas.put(lines[index], row: rect.row + offset, column: rect.column, width: rect.width)
        }
    }

    static func drawStatusBar(_ state: AppState, on canvas: inout TextCanvas) {
        let words = state.words
        let bar = state.layout.statusBar
        canvas.fill(bar, role: .status)
        var left = " " + state.title(of: state.pane) + " "
        // The list's position, apart: it changes with every Down.
        var position = ""
        switch state.screen {
        case .reader(let reader):
            let height = state.layout.body.height
            let total = reader.document.lines.count
            let percent = total <= height ? 100 : min(100, (reader.top + height) * 100 / total)
            left = " " + words.readerPosition(percent)
            if reader.highlight != nil { left += "  " + words.linesMatching(reader.document.matchLines.count) }
        case .search:
            let session = state.search
            let ordinal = session.map { $0.rows.ordinal(of: $0.position.selection) } ?? 0
            // While the search still counts, its total is not known yet: say so rather than a number.
            let total = session.map { $0.isCounting ? String(Glyphs.current.ellipsis) : String($0.resultCount) } ?? "0"
            left = " \(words.searchName) "
            position = "\(ordinal)/\(total)"
        case .bookmarks(let selection):
            left = " \(words.bookmarksName) "
            position = "\(state.bookmarks.isEmpty ? 0 : selection.selection + 1)/\(state.bookmarks.count)"
        case .panes, .detail:
            let total = String(state.selectableCount)
            // The position keeps its width so that the hints after it do not move with every key.
            let ordinal = String(state.selectionOrdinal)
            position = String(repeating: " ", count: max(0, total.count - ordinal.count)) + ordinal + "/" + total
        }
        var filters = ""
        if let meeting = state.meetingFilter.flatMap(state.store.meeting(id:)) { filters += "  \(words.meetingFilterLabel): \(meeting.roman)" }
        if let code = state.countryFilter { filters += "  \(words.countryFilterLabel): \(state.store.countryName(code, in: state.language))" }
        // With the arrow cursor the position is not reversed: a reversed digit costs a Down two
        // whole `sgr`s (15 bytes), which the 150 a scrolling Down may write at 80x24 has no room for.
        var spans = [Span(left, .status), Span(position, state.arrowCursor ? .normal : .status), Span(filters + "  ", .status)]
        left += position + filters
        if let message = state.message ?? state.indexing {
            // Cut after its last whole word that fits, with an ellipsis, not where the bar ends.
            spans.append(Span(ListContent.wordsFitting(message, max(0, bar.width - DisplayWidth.of(left) - 2)), .statusKey))
        } else {
            // Only whole hints: one that does not fit is left out rather than cut in a word.
            var used = DisplayWidth.of(left) + 2
            for hint in Keymap.hints(for: state) {
                used += DisplayWidth.of(" \(hint.key) \(hint.meaning)")
                guard used <= bar.width else { break }
                spans += [Span(" " + hint.key, .statusKey), Span(" " + hint.meaning + " ", .status)]
                used += 1
            }
        }
        canvas.put(StyledLine(spans), row: bar.row, column: 0, width: bar.width)
    }

    /// The search line, then the results under their headings, matches highlighted.
    static func drawSearch(_ state: AppState, on canvas: inout TextCanvas) {
        guard let session = state.search else { return }
        let words = state.words
        let body = state.layout.body
        let cursor = session.isEditing ? Span("_", .accent) : Span("")
        canvas.put(StyledLine([Span(" " + words.searchPrompt, .heading), Span(session.text, .bold), cursor]), row: body.row, column: 0, width: body.width)
        let list = Layout.Rect(row: body.row + 2, column: 0, height: body.height - 2, width: body.width)
        if session.rows.isEmpty {
            let hint = session.query.isEmpty ? words.searchHint
                : words.nothingMatches(session.text, about: state.countryFilter.map { state.store.countryName($0, in: state.language) })
            drawLines(StyledWrap.lines([Span(hint, .dim)], width: list.width, indent: " "), top: 0, in: list, on: &canvas)
            return
        }
        let query = session.query
        for offset in 0..<list.height {
            let index = session.position.top + offset
            guard index < session.rows.count else { break }
            let selected = index == session.position.selection && !session.isEditing
            drawRow(state, selected: selected, row: list.row + offset, column: 0, width: list.width, on: &canvas) { width in
                switch session.rows[index] {
                case .heading(let text): return StyledLine(" " + text, .heading)
                case .release(let release):
                    return ListContent.releaseRow(release, read: state.reading.isRead(release.id),
                                                  bookmarked: state.reading.isBookmarked(release.id), words: state.words, width: width, highlight: query)
                case .quote(let entry):
                    return ListContent.quoteRow(entry, bookmarked: state.reading.isBookmarked(entry.id), words: state.words, width: width, highlight: query)
                case .meeting(let meeting):
                    return StyledLine([Span("   " + meeting.roman + "  ", .bold)] + Highlighting.overlay(query, on: MeetingText.place(meeting, store: state.store, words: state.words) + "  " + (meeting.theme ?? ""),
                        spans: [Span(MeetingText.place(meeting, store: state.store, words: state.words) + "  " + (meeting.theme ?? ""))]))
                case .country(let country):
                    // Both names, the interface language's first: search finds either.
                    let text = state.language == .spanish ? "\(country.nameEs) (\(country.name))" : "\(country.name) (\(country.nameEs))"
                    return StyledLine([Span("   " + country.code + "  ", .dim)] + Highlighting.overlay(query, on: text, spans: [Span(text)]))
                }
            }
        }
    }

    static func drawBookmarks(_ state: AppState, position: ListPosition, on canvas: inout TextCanvas) {
        let body = state.layout.body
        let marks = state.bookmarks
        canvas.put(StyledLine(" " + state.words.bookmarksHeading(marks.count), .heading), row: body.row, column: 0, width: body.width)
        let list = Layout.Rect(row: body.row + 2, column: 0, height: body.height - 2, width: body.width)
        if marks.isEmpty {
            drawLines([StyledLine(" " + state.words.noBookmarks, .dim)], top: 0, in: list, on: &canvas)
            return
        }
        for offset in 0..<list.height {
            let index = position.top + offset
            guard index < marks.count else { break }
            drawRow(state, selected: index == position.selection, row: list.row + offset, column: 0, width: list.width, on: &canvas) { width in
                switch marks[index] {
                case .release(let release):
                    return ListContent.releaseRow(release, read: state.reading.isRead(release.id), bookmarked: true, words: state.words, width: width)
                case .quote(let entry):
                    return ListContent.quoteRow(entry, bookmarked: true, words: state.words, width: width)
                }
            }
        }
    }

    static func drawLinks(_ state: AppState, selection: Int, on canvas: inout TextCanvas) {
        let items = state.linkItems
        let words = state.words
        var lines = items.isEmpty ? [StyledLine(words.noLinks, .dim)] : []
        for (index, item) in items.enumerated() {
            let marker = index == selection ? Span("\(Glyphs.current.pointer) ", .accent) : Span("  ")
            lines.append(StyledLine([marker, Span("[\(index + 1)] ", .dim), Span(item, index == selection ? .bold : .normal)]))
        }
        lines += [.blank, StyledLine(words.linksFooter, .dim)]
        drawBox(lines, title: words.linksTitle, on: &canvas, layout: state.layout)
    }

    static func drawHelp(_ state: AppState, on canvas: inout TextCanvas) {
        drawBox(HelpContent.lines(for: state), title: state.words.helpTitle, top: state.helpTop, on: &canvas, layout: state.layout)
    }

    static func drawPicker(_ picker: CountryPicker, state: AppState, on canvas: inout TextCanvas) {
        let visible = max(1, min(picker.candidates.count, state.layout.body.height - 6))
        let top = max(0, min(picker.selection - visible + 1, picker.candidates.count - visible))
        let words = state.words
        var lines = [StyledLine([Span(words.countryPrompt, .dim), Span(picker.query, .bold), Span("_", .accent)]), .blank]
        if picker.candidates.isEmpty {
            lines.append(StyledLine(words.noCountryMatches(picker.query), .warning))
        }
        for index in top..<min(picker.candidates.count, top + visible) {
            let country = picker.candidates[index]
            let (name, other) = state.language == .spanish ? (country.nameEs, country.name) : (country.name, country.nameEs)
            var line = StyledLine([Span(country.code + "  ", .dim), Span(name), Span("  " + other, .dim)])
            if index == picker.selection { line = StyledLine([Span("\(Glyphs.current.pointer) ", .accent)] + line.spans) } else { line.spans.insert(Span("  "), at: 0) }
            lines.append(line)
        }
        drawBox(lines, title: words.pickerTitle, on: &canvas, layout: state.layout)
    }

    /// A bordered box centred over the body, its lines from `top` on when they do not all fit.
    static func drawBox(_ lines: [StyledLine], title: String, top: Int = 0, on canvas: inout TextCanvas, layout: Layout) {
        let body = layout.body
        let width = min(body.width - 4, max(40, (lines.map(\.width).max() ?? 0) + 4))
        let height = min(body.height, lines.count + 2)
        let rect = Layout.Rect(row: body.row + max(0, (body.height - height) / 2), column: max(0, (body.width - width) / 2),
                               height: height, width: width)
        canvas.fill(rect)
        let glyphs = Glyphs.current
        let horizontal = String(repeating: glyphs.horizontal, count: max(0, width - 2))
        canvas.put("\(glyphs.topLeft)\(horizontal)\(glyphs.topRight)", .border, row: rect.row, column: rect.column)
        canvas.put(" \(title) ", .heading, row: rect.row, column: rect.column + 2)
        for offset in 1..<max(1, height - 1) {
            canvas.put(String(glyphs.vertical), .border, row: rect.row + offset, column: rect.column)
            canvas.put(String(glyphs.vertical), .border, row: rect.row + offset, column: rect.column + width - 1)
            if top + offset - 1 < lines.count {
                canvas.put(lines[top + offset - 1], row: rect.row + offset, column: rect.column + 2, width: width - 4)
            }
        }
        canvas.put("\(glyphs.bottomLeft)\(horizontal)\(glyphs.bottomRight)", .border, row: rect.row + height - 1, column: rect.column)
    }
}
