import Foundation
import PueblaIndex
import PueblaKit

/// The one place the browser's state changes. Returns the effects the loop must run.
@discardableResult
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    // The reader's document is laid out here, with the glyphs of the terminal.
    Glyphs.$current.withValue(state.glyphs) { state.apply(action) + state.loadDetailRelease() }
}

extension AppState {
    mutating func apply(_ action: Action) -> [Effect] {
        // A resize is not the user's doing: the status line keeps what it says (a warning at start
        // would otherwise vanish under the resize a terminal often sends right away).
        // Nor is a release read from its file, or a search done in the background: they come after what asked for them.
        let isResize = switch action { case .resize, .releaseLoaded, .searchFound, .searchPrepared: true; default: false }
        if !isResize { message = nil }
        switch action {
        case .moveSelection(let delta): move(by: delta)
        case .page(let direction): move(by: direction * max(1, pageSize - 1))
        case .moveToFirst: move(by: Int.min / 2)
        case .moveToLast: move(by: Int.max / 2)
        case .showPane(let target): show(target)
        case .nextPane: show(neighbour(by: 1))
        case .previousPane: show(neighbour(by: -1))
        case .open: return open()
        case .back: back()
        case .close: if isAtTopLevel { wantsToQuit = true } else { back() }
        case .quit: wantsToQuit = true
        case .toggleHelp:
            overlay = overlay == .help ? nil : .help
            helpTop = 0
        case .openCountryPicker: overlay = .countryPicker(CountryPicker(candidates: pickerCandidates(for: "")))
        case .clearCountryFilter: setCountryFilter(nil)
        case .pickerInput(let text): editPicker { $0.query += text }
        case .pickerDeleteBackward(let count): editPicker { $0.query.removeLast(min(count, $0.query.count)) }
        case .pickerMove(let delta): movePicker(by: delta)
        case .pickerApply: return applyPicker()
        case .openSearch: if !editFind(starting: true, { $0 = "" }) { openSearch() }
        case .searchInput(let text): if !editFind({ $0 += text }) { return editSearch { $0 += text } }
        case .searchDeleteBackward(let count):
            let erase = { (text: inout String) in text.removeLast(min(count, text.count)) }
            if !editFind(erase) { return editSearch(erase) }
        case .searchFound(let request, let results): receive(results, for: request)
        case .searchPrepared(let index): if searchIndex == nil { searchIndex = index }
        case .searchFocusResults: if !applyFind() { search?.isEditing = false }
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .toggleRead: return toggleRead()
        case .toggleUnreadOnly:
            unreadOnly.toggle()
            recomputeLists()
            message = words.unreadOnly(unreadOnly)
        case .cycleReleaseLanguage:
            releaseLanguage = switch releaseLanguage { case nil: .spanish; case .spanish?: .english; case .english?: nil }
            recomputeLists()
            message = words.releasesListed(in: releaseLanguage)
        case .markAllRead: askToMarkAllRead()
        case .toggleDetail: toggleDetail()
        case .toggleBookmark: return toggleBookmark()
        case .showBookmarks: screen = .bookmarks(ListPosition())
        case .exportRelease:
            if case .reader(let reader) = screen { return [.exportMarkdown(releaseID: reader.releaseID, path: nil)] }
        case .askExportPath:
            if case .reader(let reader) = screen { overlay = .exportPath(reader.releaseID + ".md") }
        case .promptInput(let text):
            if case .exportPath(let path) = overlay { overlay = .exportPath(path + text) }
        case .promptDeleteBackward(let count):
            if case .exportPath(let path) = overlay { overlay = .exportPath(String(path.dropLast(count))) }
        case .exportList:
            guard let export = listExport else { break }
            if export.releaseIDs.isEmpty { message = words.nothingToExport } else { return [.exportList(export)] }
        case .askOverwrite(let id, let path): overlay = .confirmOverwrite(releaseID: id, path: path)
        case .askListOverwrite(let export, let path): overlay = .confirmListOverwrite(export, path: path)
        case .answer(let yes):
            if case .confirmListOverwrite(let export, let path)? = overlay {
                overlay = nil
                if yes { return [.exportList(export, path: path, overwrite: true)] }
                message = words.notExported(path)
                break
            }
            switch overlay {
            case .confirmOverwrite(let id, let path)?:
                overlay = nil
                if yes { return [.exportMarkdown(releaseID: id, path: path, overwrite: true)] }
                message = words.notExported(path)
            case .confirmMarkAllRead?:
                overlay = nil
                if yes { return markAllRead() }
                message = words.nothingMarked
            default:
                break
            }
        case .copyQuote:
            if let entry = focusedQuote { return [.copyToClipboard(ReleaseFormatter(store: store, words: words).citation(entry))] }
        case .showLinks:
            if case .reader = screen { overlay = .links(selection: 0) }
        case .zoomMap(let zoomIn):
            if zoomIn { mapViewport.zoomIn() } else { mapViewport.zoomOut() }
        case .panMap(let direction): mapViewport.pan(direction)
        case .resetMap: mapViewport.reset()
        case .resize(let rows, let columns): resizeTo(rows: rows, columns: columns)
        case .click(let row, let column): click(row: row, column: column)
        case .doubleClick(let row, let column):
            if click(row: row, column: column) { return open() }
        case .wheel(let delta, _): move(by: delta * 3)
        case .reload: return [.reloadData]
        case .indexing(let progress): indexing = progress
        case .dataLoaded(let newStore, let newLibrary, let newMapData):
            indexing = nil
            replaceData(newStore, library: newLibrary, mapData: newMapData)
            var reopen: [Effect] = []
            if case .reader(let reader) = screen {
                if let position = library.position(ofID: reader.releaseID) {
                    reopen = [.loadRelease(ReleaseRequest(position: position, purpose: .reopen(reader)))]
                } else {
                    screen = .panes
                }
            }
            message = words.reloaded(store.directory, releases: library.count)
            return reopen
        case .notice(let text): message = text
        case .start: detailRelease = .none
        case .releaseLoaded(let request, let release): return receive(release, for: request)
        case .dataFailed(let reason):
            indexing = nil
            message = words.dataFailed(reason, keptBefore: library.count > 0)
        }
        return []
    }

    /// How far a page moves in what has focus.
    private var pageSize: Int {
        switch screen {
        case .panes: return listHeight(pane)
        case .detail, .reader: return layout.body.height
        case .search, .bookmarks: return max(1, layout.body.height - 2)
        }
    }

    private mutating func move(by delta: Int) {
        if overlay == .help {
            let hidden = max(0, HelpContent.lines(for: self).count - (layout.body.height - 2))
            helpTop = max(0, min(hidden, helpTop.addingReportingOverflow(delta).partialValue))
            return
        }
        if case .links(let selection)? = overlay {
            let count = linkItems.count
            overlay = .links(selection: max(0, min(count - 1, selection.addingReportingOverflow(delta).partialValue)))
            return
        }
        switch screen {
        case .reader(var reader):
            reader.scroll(by: delta, height: layout.body.height)
            screen = .reader(reader)
            reading.remember(reader.releaseID, paragraph: reader.paragraph)
        case .detail(let top):
            let length = DetailContent.lines(for: self, width: layout.body.width).count
            screen = .detail(top: max(0, min(top.addingReportingOverflow(delta).partialValue, length - layout.body.height)))
        case .panes:
            var position = self.position(of: pane)
            position.selection = Self.moved(position.selection, by: delta)
            positions[pane] = position
            clampSelection(of: pane, direction: delta < 0 ? -1 : 1)
        case .search:
            guard var session = search else { return }
            session.position = moved(session.position, by: delta, count: session.rows.count, height: pageSize) {
                session.rows.isSelectable(at: $0)
            }
            search = session
        case .bookmarks(let position):
            let marks = bookmarks
            screen = .bookmarks(moved(position, by: delta, count: marks.count, height: pageSize) { _ in true })
        }
    }

    private static func moved(_ selection: Int, by delta: Int) -> Int {
        let (result, overflow) = selection.addingReportingOverflow(delta)
        return overflow ? (delta < 0 ? 0 : Int.max / 2) : result
    }

    /// A list position moved and kept on a selectable row, the list scrolled to show it.
    private func moved(_ position: ListPosition, by delta: Int, count: Int, height: Int,
                       isSelectable: (Int) -> Bool) -> ListPosition {
        var position = position
        position.selection = min(max(0, Self.moved(position.selection, by: delta)), max(0, count - 1))
        position.selection = SelectableRows.nearest(from: position.selection, count: count,
                                                    direction: delta < 0 ? -1 : 1, isSelectable: isSelectable)
        position.scrollToShow(height: height, count: count)
        return position
    }

    /// The pane `step` tabs after the one shown, round the tab bar.
    private func neighbour(by step: Int) -> Pane {
        let index = panes.firstIndex { $0.pane == pane } ?? 0
        return panes[(index + step + panes.count) % panes.count].pane
    }

    mutating func show(_ target: Pane) {
        guard panes.contains(where: { $0.pane == target }) else { return }
        overlay = nil
        screen = .panes
        pane = target
        clampSelection(of: target)
    }

    private mutating func open() -> [Effect] {
        if case .exportPath(let path)? = overlay, case .reader(let reader) = screen {
            overlay = nil
            let trimmed = path.trimmingCharacters(in: .whitespaces)
            return [.exportMarkdown(releaseID: reader.releaseID, path: trimmed.isEmpty ? nil : trimmed)]
        }
        if case .links(let selection)? = overlay, case .reader(let reader) = screen {
            overlay = nil
            return openLink(selection, of: reader.release)
        }
        switch screen {
        case .reader:
            return []
        case .search:
            return openSearchResult()
        case .bookmarks(let position):
            let marks = bookmarks
            guard marks.indices.contains(position.selection) else { return [] }
            switch marks[position.selection] {
            case .release(let release): return openReader(id: release.id, paragraph: nil, origin: .bookmarks(position))
            case .quote(let entry):
                return openReader(id: entry.releaseID, paragraph: entry.quote.paragraph, origin: .bookmarks(position))
            }
        case .panes where !layout.isSplit && currentView.showsDetailFirst:
            screen = .detail(top: 0)
            return []
        case .panes, .detail:
            return currentView.enter(&self)
        }
    }

    mutating func openReader(id: String, paragraph: Int?, origin: ReaderState.Origin = .panes,
                                     highlight: SearchQuery? = nil) -> [Effect] {
        guard let position = library.position(ofID: id) else { return [] }
        return openReader(position: position, paragraph: paragraph, origin: origin, highlight: highlight)
    }

    /// Asks for the release at `position` of the library, read whole from its file, for the reader.
    func openReader(position: Int, paragraph: Int?, origin: ReaderState.Origin = .panes,
                            highlight: SearchQuery? = nil) -> [Effect] {
        [.loadRelease(ReleaseRequest(position: position, purpose: .reader(paragraph: paragraph, origin: origin, highlight: highlight)))]
    }

    /// Takes in a release read from its file for what asked for it.
    private mutating func receive(_ release: Release?, for request: ReleaseRequest) -> [Effect] {
        switch request.purpose {
        case .detail:
            // A release read for a selection since left is not the detail's.
            if detailRelease == .loading(position: request.position) { detailRelease = .loaded(position: request.position, release) }
            return []
        case .reader(let paragraph, let origin, let highlight):
            guard let release else {
                // Its file is gone, broken or swapped for another release's since it was indexed.
                message = words.releaseFileChanged
                return [.reloadData]
            }
            return openReader(release, paragraph: paragraph, origin: origin, highlight: highlight)
        case .reopen(let reader):
            guard let release else {
                screen = .panes
                return []
            }
            var reopened = ReaderState(release: release, store: store, width: layout.body.width, textWidth: readerWidth,
                                       origin: reader.origin, highlight: reader.highlight, language: language)
            reopened.top = reader.top
            reopened.scroll(by: 0, height: layout.body.height)
            screen = .reader(reopened)
            return []
        }
    }

    /// Asks for the release the detail on screen shows, when it has not got it or asked for it.
    mutating func loadDetailRelease() -> [Effect] {
        guard let wanted = releaseForDetail, detailRelease.position != wanted else { return [] }
        detailRelease = .loading(position: wanted)
        return [.loadRelease(ReleaseRequest(position: wanted, purpose: .detail))]
    }

    /// Opens `release` in the reader.
    private mutating func openReader(_ release: Release, paragraph: Int?, origin: ReaderState.Origin,
                                     highlight: SearchQuery?) -> [Effect] {
        // Without a paragraph or a search to show, the reader opens where it was left.
        let place = paragraph ?? (highlight == nil ? reading.place(of: release.id) : nil)
        var reader = ReaderState(release: release, store: store, width: layout.body.width, textWidth: readerWidth,
                                 paragraph: place, origin: origin, highlight: highlight, language: language)
        reader.scroll(by: 0, height: layout.body.height)
        screen = .reader(reader)
        guard !reading.isRead(release.id) else { return [] }
        let change = reading.markRead(release.id)
        if unreadOnly { recomputeLists() } else { countUnread() }
        return [.saveState([change])]
    }

    private mutating func back() {
        if overlay != nil {
            overlay = nil
            return
        }
        switch screen {
        case .reader(var reader) where reader.finding != nil:
            reader.finding = nil
            screen = .reader(reader)
        case .reader(let reader):
            switch reader.origin {
            case .panes: screen = .panes
            case .search: screen = search == nil ? .panes : .search
            case .bookmarks(let position): screen = .bookmarks(position)
            }
        case .search:
            search = nil
            screen = .panes
        case .detail, .bookmarks:
            screen = .panes
        case .panes:
            if currentView.canGoBack(in: self) { currentView.goBack(&self) } else { message = words.nothingToGoBack }
        }
    }

    /// A pane with nothing over it and nothing to go back to: where q quits.
    var isAtTopLevel: Bool {
        overlay == nil && screen == .panes && !currentView.canGoBack(in: self)
    }

    private mutating func toggleDetail() {
        guard layout.columns >= Layout.splitColumns else {
            message = words.detailNeedsColumns(Layout.splitColumns)
            return
        }
        showsDetail.toggle()
        if case .detail = screen { screen = .panes }
        for view in panes { clampSelection(of: view.pane) }
        message = words.detailShown(layout.showsDetail)
    }

    mutating func setCountryFilter(_ code: String?) {
        countryFilter = code
        recomputeLists()
        if let code {
            message = words.filtered(to: store.countryName(code, in: language))
        }
    }

    private func pickerCandidates(for query: String) -> [Country] {
        CountryMatcher(countries: store.filterableCountries(mentions: library.mentions)).candidates(for: query)
    }

    private mutating func editPicker(_ edit: (inout CountryPicker) -> Void) {
        guard case .countryPicker(var picker) = overlay else { return }
        edit(&picker)
        picker.candidates = pickerCandidates(for: picker.query)
        picker.selection = 0
        overlay = .countryPicker(picker)
    }

    private mutating func movePicker(by delta: Int) {
        guard case .countryPicker(var picker) = overlay else { return }
        picker.selection = max(0, min(picker.candidates.count - 1, picker.selection + delta))
        overlay = .countryPicker(picker)
    }

    private mutating func applyPicker() -> [Effect] {
        guard case .countryPicker(let picker) = overlay, picker.candidates.indices.contains(picker.selection) else { return [] }
        overlay = nil
        setCountryFilter(picker.candidates[picker.selection].code)
        return []
    }

    // MARK: Search

    private mutating func openSearch() {
        overlay = nil
        if searchIndex == nil { searchIndex = library.search(with: store) }
        if search == nil { search = SearchSession(library: library) }
        search?.isEditing = true
        screen = .search
    }

    /// A search that reads more postings than `SearchSession.backgroundCost` answers the key with
    /// the first releases it ranks first (every word in the title) and runs whole in the background.
    private mutating func editSearch(_ edit: (inout String) -> Void) -> [Effect] {
        guard var session = search, let index = searchIndex else { return [] }
        edit(&session.text)
        session.query = SearchQuery(session.text)
        var effects: [Effect] = []
        session.isCounting = !session.query.isEmpty && index.cost(of: session.query) > session.backgroundCost
        if session.isCounting {
            let passes = library.mentionTest(for: countryFilter)
            session.rows = SearchSession.firstRows(index.titleMatches(session.query, first: SearchSession.firstRowCount, including: passes),
                                                   in: self)
            effects = [.search(SearchRequest(query: session.query, index: index))]
        } else {
            session.rows = session.query.isEmpty ? SearchRows([], library: library) : SearchSession.rows(for: index.search(session.query), in: self)
        }
        session.position = ListPosition()
        session.position.selection = SelectableRows.nearest(from: 0, count: session.rows.count, direction: 1) {
            session.rows.isSelectable(at: $0)
        }
        search = session
        return effects
    }

    /// The whole search, back from the background: its rows replace the first ones, the selection
    /// and the scroll kept (the first rows are the same). A search since typed over is dropped.
    private mutating func receive(_ results: SearchResults, for request: SearchRequest) {
        guard var session = search, session.isCounting, session.query == request.query else { return }
        session.rows = SearchSession.rows(for: results, in: self)
        session.isCounting = false
        if !session.rows.indices.contains(session.position.selection) {
            session.position = ListPosition()
            session.position.selection = SelectableRows.nearest(from: 0, count: session.rows.count, direction: 1) {
                session.rows.isSelectable(at: $0)
            }
        }
        search = session
    }

    private mutating func openSearchResult() -> [Effect] {
        guard let session = search, session.rows.indices.contains(session.position.selection) else { return [] }
        switch session.rows[session.position.selection] {
        case .heading:
            return []
        case .release(let release):
            return openReader(id: release.id, paragraph: nil, origin: .search, highlight: session.query)
        case .quote(let entry):
            return openReader(id: entry.releaseID, paragraph: entry.quote.paragraph, origin: .search, highlight: session.query)
        case .meeting(let meeting):
            search = nil
            show(.timeline)
            if let index = meetings.firstIndex(of: meeting) { positions[.timeline]?.selection = index }
            clampSelection(of: .timeline)
        case .country(let country):
            search = nil
            show(.members)
            if let index = memberRows.firstIndex(of: .country(country)) { positions[.members]?.selection = index }
            clampSelection(of: .members)
        }
        return []
    }

    /// Edits the words typed after `/` in the reader (`/` itself starts them); false when the
    /// reader is not where the keys go. The status line shows them as they are typed.
    private mutating func editFind(starting: Bool = false, _ edit: (inout String) -> Void) -> Bool {
        guard case .reader(var reader) = screen, overlay == nil, starting || reader.finding != nil else { return false }
        var text = reader.finding ?? ""
        edit(&text)
        reader.finding = text
        screen = .reader(reader)
        message = "/" + text
        return true
    }

    /// Enter after `/` in the reader: highlights the words in the release and goes to the first
    /// match from where the reader is; false when the reader is not searching.
    private mutating func applyFind() -> Bool {
        guard case .reader(var reader) = screen, let text = reader.finding else { return false }
        reader.finding = nil
        let query = SearchQuery(text)
        if query.isEmpty {
            screen = .reader(reader)
            return true
        }
        if reader.find(query, store: store, textWidth: readerWidth, height: layout.body.height) {
            let count = reader.document.matchLines.count
            message = words.linesMatch(count, text)
            reading.remember(reader.releaseID, paragraph: reader.paragraph)
        } else {
            message = words.notFoundInRelease(text)
        }
        screen = .reader(reader)
        return true
    }

    /// n/N: the next match in the reader, or the next result in the search list.
    private mutating func jumpToMatch(forward: Bool) {
        switch screen {
        case .reader(var reader):
            guard reader.highlight != nil else {
                message = words.noSearchToRepeat
                return
            }
            switch reader.jumpToMatch(forward: forward, height: layout.body.height) {
            case .moved: break
            case .wrapped: message = words.searchWrapped(forward: forward)
            case .none: message = words.noMatchesInRelease
            }
            screen = .reader(reader)
            reading.remember(reader.releaseID, paragraph: reader.paragraph)
        case .search:
            move(by: forward ? 1 : -1)
        default:
            break
        }
    }

    // MARK: Read marks and bookmarks

    /// The release the user is on: in the reader, or selected in the releases pane.
    private var focusedReleaseID: String? {
        switch screen {
        case .reader(let reader): return reader.releaseID
        case .panes, .detail: return currentView.focusedReleaseID(in: self)
        case .search:
            guard let session = search, session.rows.indices.contains(session.position.selection),
                  case .release(let release) = session.rows[session.position.selection] else { return nil }
            return release.id
        case .bookmarks: return nil
        }
    }

    /// The quote the user is on: selected in the quotes pane or in the search results.
    private var focusedQuote: QuoteEntry? {
        switch screen {
        case .panes, .detail: return currentView.focusedQuote(in: self)
        case .search:
            guard let session = search, session.rows.indices.contains(session.position.selection),
                  case .quote(let entry) = session.rows[session.position.selection] else { return nil }
            return entry
        default: return nil
        }
    }

    private mutating func toggleRead() -> [Effect] {
        guard let id = focusedReleaseID else { return [] }
        let change = reading.toggleRead(id)
        message = words.marked(read: reading.isRead(id))
        if unreadOnly, case .panes = screen { recomputeLists() } else { countUnread() }
        return [.saveState([change])]
    }

    /// The releases of the list shown: the releases pane's, or those among the search results.
    private var listedReleaseIDs: [String]? {
        switch screen {
        case .panes, .detail:
            return currentView.listedReleaseIDs(in: self)
        case .search:
            return search?.rows.releaseIDs
        case .reader, .bookmarks:
            return nil
        }
    }

    private mutating func askToMarkAllRead() {
        guard let ids = listedReleaseIDs else {
            message = words.markAllWhere
            return
        }
        let unread = ids.count { !reading.isRead($0) }
        if unread == 0 {
            message = words.allReadAlready
        } else {
            overlay = .confirmMarkAllRead(count: unread)
        }
    }

    /// Every unread release of the list shown marked read, saved as one batch.
    private mutating func markAllRead() -> [Effect] {
        let changes = (listedReleaseIDs ?? []).filter { !reading.isRead($0) }.map(ReadingState.Change.read)
        for change in changes { reading.apply(change) }
        if unreadOnly, case .panes = screen { recomputeLists() } else { countUnread() }
        message = words.markedAllRead(changes.count)
        return changes.isEmpty ? [] : [.saveState(changes)]
    }

    private mutating func toggleBookmark() -> [Effect] {
        let id: String?
        if case .bookmarks(let position) = screen {
            let marks = bookmarks
            id = marks.indices.contains(position.selection) ? Self.id(of: marks[position.selection]) : nil
        } else {
            id = focusedQuote?.id ?? focusedReleaseID
        }
        guard let id else {
            message = words.bookmarkWhere
            return []
        }
        let change = reading.toggleBookmark(id)
        message = words.bookmarked(reading.isBookmarked(id))
        if case .bookmarks(var position) = screen {
            position.selection = min(position.selection, max(0, bookmarks.count - 1))
            screen = .bookmarks(position)
        }
        return [.saveState([change])]
    }

    static func id(of bookmark: Bookmark) -> String {
        switch bookmark {
        case .release(let release): return release.id
        case .quote(let entry): return entry.id
        }
    }

    /// Enter on the `selection`-th item of the links overlay: a link, or a contact's address, is
    /// opened (or copied, where nothing can open it); a contact without one is shown.
    private mutating func openLink(_ selection: Int, of release: Release) -> [Effect] {
        if release.links.indices.contains(selection) { return [.openLink(release.links[selection].url)] }
        let contact = selection - release.links.count
        guard release.contacts.indices.contains(contact) else { return [] }
        if let email = release.contacts[contact].email { return [.openLink("mailto:" + email)] }
        message = linkItems[selection]
        return []
    }

    /// The reader's links and contacts, as the links overlay numbers them.
    public var linkItems: [String] {
        guard case .reader(let reader) = screen else { return [] }
        let release = reader.release
        return release.links.map(\.url) + release.contacts.map(ReleaseFormatter.contactLine)
    }

    private mutating func resizeTo(rows: Int, columns: Int) {
        resize(rows: rows, columns: columns)
        if case .reader(var reader) = screen {
            reader.relayout(store: store, width: layout.body.width, textWidth: readerWidth)
            reader.scroll(by: 0, height: layout.body.height)
            screen = .reader(reader)
        }
        if case .detail = screen, layout.isSplit { screen = .panes }
        for view in panes { clampSelection(of: view.pane) }
    }

    /// Handles a click; true when it selected a list row (so a double click can open it).
    @discardableResult
    private mutating func click(row: Int, column: Int) -> Bool {
        guard !layout.isTooSmall else { return false }
        if overlay != nil { overlay = nil; return false }
        if layout.tabBar.contains(row: row, column: column) {
            if let tab = layout.tabs.first(where: { $0.columns.contains(column) }) { show(tab.pane) }
            return false
        }
        guard screen == .panes, layout.list.contains(row: row, column: column) else { return false }
        let index = position(of: pane).top + (row - layout.list.row)
        guard index < rowCount(pane), index < position(of: pane).top + listHeight(pane) else { return false }
        let view = currentView
        if view.hasHeadings, !view.isSelectable(index, in: self) { return false }
        positions[pane]?.selection = index
        clampSelection(of: pane)
        return true
    }
}
