import PueblaKit

/// The one place the browser's state changes. Returns the effects the loop must run.
@discardableResult
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    state.apply(action)
}

extension AppState {
    mutating func apply(_ action: Action) -> [Effect] {
        message = nil
        switch action {
        case .moveSelection(let delta): move(by: delta)
        case .page(let direction): move(by: direction * max(1, pageSize - 1))
        case .moveToFirst: move(by: Int.min / 2)
        case .moveToLast: move(by: Int.max / 2)
        case .showPane(let target): show(target)
        case .nextPane: show(pane.next)
        case .previousPane: show(pane.previous)
        case .open: open()
        case .back: back()
        case .quit: wantsToQuit = true
        case .toggleHelp: overlay = overlay == .help ? nil : .help
        case .openCountryPicker: overlay = .countryPicker(CountryPicker(candidates: pickerCandidates(for: "")))
        case .clearCountryFilter: setCountryFilter(nil)
        case .pickerInput(let character): editPicker { $0.query.append(character) }
        case .pickerDeleteBackward: editPicker { if !$0.query.isEmpty { $0.query.removeLast() } }
        case .pickerMove(let delta):
            if case .countryPicker(var picker) = overlay {
                picker.selection = max(0, min(picker.candidates.count - 1, picker.selection + delta))
                overlay = .countryPicker(picker)
            }
        case .pickerApply:
            if case .countryPicker(let picker) = overlay, picker.candidates.indices.contains(picker.selection) {
                overlay = nil
                setCountryFilter(picker.candidates[picker.selection].code)
            }
        case .resize(let rows, let columns): resizeTo(rows: rows, columns: columns)
        case .click(let row, let column): click(row: row, column: column)
        case .doubleClick(let row, let column):
            if click(row: row, column: column) { open() }
        case .wheel(let delta, _): move(by: delta * 3)
        case .reload: return [.reloadData]
        case .dataLoaded(let newStore):
            replaceStore(newStore)
            if case .reader(let reader) = screen {
                if let release = store.release(id: reader.releaseID) {
                    var reader = reader
                    reader.relayout(release: release, store: store, width: layout.body.width)
                    screen = .reader(reader)
                } else {
                    screen = .panes
                }
            }
            message = "Reloaded \(store.directory): \(store.releases.count) releases"
        case .dataFailed(let reason): message = "Reload failed, still showing the data loaded before: \(reason)"
        }
        return []
    }

    /// How far a page moves in what has focus.
    private var pageSize: Int {
        switch screen {
        case .panes: return listHeight(pane)
        case .detail, .reader: return layout.body.height
        }
    }

    private mutating func move(by delta: Int) {
        switch screen {
        case .reader(var reader):
            reader.scroll(by: delta, height: layout.body.height)
            screen = .reader(reader)
        case .detail(let top):
            let length = DetailContent.lines(for: self, width: layout.body.width).count
            screen = .detail(top: max(0, min(top.addingReportingOverflow(delta).partialValue, length - layout.body.height)))
        case .panes:
            var position = self.position(of: pane)
            let (moved, overflow) = position.selection.addingReportingOverflow(delta)
            position.selection = overflow ? (delta < 0 ? 0 : Int.max / 2) : moved
            positions[pane] = position
            clampSelection(of: pane, direction: delta < 0 ? -1 : 1)
        }
    }

    private mutating func show(_ target: Pane) {
        overlay = nil
        screen = .panes
        pane = target
        clampSelection(of: target)
    }

    private mutating func open() {
        switch (screen, pane) {
        case (.reader, _):
            return
        case (.panes, .releases), (.detail, .releases):
            if let release = selectedRelease { openReader(release, paragraph: nil) }
        case (.panes, _) where !layout.isSplit:
            screen = .detail(top: 0)
        case (_, .quotes):
            if let entry = selectedQuote, let release = store.release(id: entry.releaseID) {
                openReader(release, paragraph: entry.quote.paragraph)
            }
        case (_, .timeline):
            guard let meeting = selectedMeeting else { return }
            meetingFilter = meeting.id
            recomputeLists()
            show(.releases)
            positions[.releases] = ListPosition()
            clampSelection(of: .releases)
        case (_, .members):
            if let country = selectedCountry { setCountryFilter(country.code) }
            screen = .panes
        }
    }

    private mutating func openReader(_ release: Release, paragraph: Int?) {
        var reader = ReaderState(release: release, store: store, width: layout.body.width, paragraph: paragraph)
        reader.scroll(by: 0, height: layout.body.height)
        screen = .reader(reader)
        readReleases.insert(release.id)
    }

    private mutating func back() {
        if overlay != nil {
            overlay = nil
        } else if screen != .panes {
            screen = .panes
        } else if pane == .releases, meetingFilter != nil {
            meetingFilter = nil
            recomputeLists()
            show(.timeline)
        } else {
            wantsToQuit = true
        }
    }

    private mutating func setCountryFilter(_ code: String?) {
        countryFilter = code
        recomputeLists()
        if let code {
            message = "Filtered to \(store.countryName(code)); C clears"
        }
    }

    private func pickerCandidates(for query: String) -> [Country] {
        CountryMatcher(countries: store.filterableCountries).candidates(for: query)
    }

    private mutating func editPicker(_ edit: (inout CountryPicker) -> Void) {
        guard case .countryPicker(var picker) = overlay else { return }
        edit(&picker)
        picker.candidates = pickerCandidates(for: picker.query)
        picker.selection = 0
        overlay = .countryPicker(picker)
    }

    private mutating func resizeTo(rows: Int, columns: Int) {
        resize(rows: rows, columns: columns)
        if case .reader(var reader) = screen, let release = store.release(id: reader.releaseID) {
            reader.relayout(release: release, store: store, width: layout.body.width)
            reader.scroll(by: 0, height: layout.body.height)
            screen = .reader(reader)
        }
        if case .detail = screen, layout.isSplit { screen = .panes }
        for pane in Pane.allCases { clampSelection(of: pane) }
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
        if pane == .members, case .heading = memberRows[index] { return false }
        positions[pane]?.selection = index
        clampSelection(of: pane)
        return true
    }
}
