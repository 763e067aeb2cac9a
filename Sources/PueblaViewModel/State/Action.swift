import PueblaKit

/// Everything that can happen to the browser. `update(_:_:)` is the only place that applies them.
public enum Action: Sendable {
    case moveSelection(Int)
    case page(Int)
    case moveToFirst
    case moveToLast
    case showPane(Pane)
    case nextPane
    case previousPane
    /// Enter: the pane's main action on the selected item.
    case open
    /// Esc, q or Left: leave the reader, a full-screen detail or an overlay; from a pane, quit.
    case back
    case quit
    case toggleHelp
    case openCountryPicker
    case clearCountryFilter
    case pickerInput(Character)
    case pickerDeleteBackward
    case pickerMove(Int)
    case pickerApply
    case resize(rows: Int, columns: Int)
    case click(row: Int, column: Int)
    case doubleClick(row: Int, column: Int)
    case wheel(Int, row: Int)
    /// R: read Data again (the loop does it and answers with `dataLoaded` or `dataFailed`).
    case reload
    case dataLoaded(Store)
    case dataFailed(String)
}

/// Work `update` asks the loop to do, because it touches the world outside the state.
public enum Effect: Sendable, Equatable {
    case reloadData
}
