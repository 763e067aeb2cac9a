import PueblaIndex
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
    /// Esc or Left: leave the reader, a full-screen detail, the search or an overlay; at the top
    /// level (a pane, unfiltered by meeting) nothing, so that no Esc too many quits.
    case back
    /// q: back, and at the top level quit (as in newsboat and tig).
    case close
    case quit
    case toggleHelp
    case openCountryPicker
    case clearCountryFilter
    /// Text typed into the country picker: a key, or several typed ahead of the screen.
    case pickerInput(String)
    /// Backspace in the country picker: erases that many characters (more than one when typed ahead).
    case pickerDeleteBackward(Int)
    case pickerMove(Int)
    case pickerApply
    case resize(rows: Int, columns: Int)
    case click(row: Int, column: Int)
    case doubleClick(row: Int, column: Int)
    case wheel(Int, row: Int)
    /// R: read Data again (the loop does it and answers with `dataLoaded` or `dataFailed`).
    case reload
    case dataLoaded(Store, Library, MapData?)
    /// What indexing in the background has done so far (shown on the status line until data comes).
    case indexing(String)
    case openSearch
    /// Text typed into the search: a key, or several typed ahead of the screen (searched once).
    case searchInput(String)
    /// Backspace in the search: erases that many characters (more than one when typed ahead).
    case searchDeleteBackward(Int)
    /// Enter on the search line: stop typing and move among the results.
    case searchFocusResults
    case nextMatch
    case previousMatch
    case toggleRead
    case toggleUnreadOnly
    /// i: list the releases in Spanish only, then in English only, then in every language.
    case cycleReleaseLanguage
    /// A: ask whether to mark every release of the list shown read.
    case markAllRead
    /// d: hide or show the detail beside the list.
    case toggleDetail
    case toggleBookmark
    case showBookmarks
    case exportRelease
    /// e in the bookmarks or the search results: the list as one Markdown file.
    case exportList
    /// E: ask where to export, then export there.
    case askExportPath
    /// Text typed into the export prompt: a key, or several typed ahead of the screen.
    case promptInput(String)
    /// Backspace in the export prompt: erases that many characters (more than one when typed ahead).
    case promptDeleteBackward(Int)
    /// The export found a different file where it was to write: ask whether to replace it.
    case askOverwrite(releaseID: String, path: String)
    case askListOverwrite(ListExport, path: String)
    /// y (true) or anything else (false) to a question.
    case answer(Bool)
    case copyQuote
    case showLinks
    case zoomMap(in: Bool)
    case panMap(MapViewport.Direction)
    case resetMap
    case dataFailed(String)
    /// Something the user should know, for the status line.
    case notice(String)
    /// The browser is open: asks for what its first screen shows.
    case start
    /// The loop's answer to `Effect.loadRelease`: the release read from its file, or nil when the
    /// file is gone, broken or now holds another release.
    case releaseLoaded(ReleaseRequest, Release?)
    /// The loop's answer to `Effect.search`: the whole search, done in the background.
    case searchFound(SearchRequest, SearchResults)
    /// The search tables of the library shown, read out in the background before any search: the
    /// first search need not read them.
    case searchPrepared(LibrarySearch)
}

extension Action {
    /// A line the user types into.
    public enum Line: Sendable, Equatable {
        case search, countryPicker, exportPath
    }

    /// For an action that edits a line: the line, the characters it erases from its end, then
    /// the text it types. Keys typed ahead into one line are gathered into one edit, so that the
    /// line is searched, matched and drawn once, not once a key.
    public var lineEdit: (line: Line, erased: Int, typed: String)? {
        switch self {
        case .searchInput(let text): return (.search, 0, text)
        case .pickerInput(let text): return (.countryPicker, 0, text)
        case .promptInput(let text): return (.exportPath, 0, text)
        case .searchDeleteBackward(let count): return (.search, count, "")
        case .pickerDeleteBackward(let count): return (.countryPicker, count, "")
        case .promptDeleteBackward(let count): return (.exportPath, count, "")
        default: return nil
        }
    }

    /// Typing `text` into `line`.
    public static func typing(_ text: String, into line: Line) -> Action {
        switch line {
        case .search: return .searchInput(text)
        case .countryPicker: return .pickerInput(text)
        case .exportPath: return .promptInput(text)
        }
    }

    /// Erasing `count` characters from the end of `line`.
    public static func erasing(_ count: Int, from line: Line) -> Action {
        switch line {
        case .search: return .searchDeleteBackward(count)
        case .countryPicker: return .pickerDeleteBackward(count)
        case .exportPath: return .promptDeleteBackward(count)
        }
    }
}

/// Work `update` asks the loop to do, because it touches the world outside the state.
public enum Effect: Sendable, Equatable {
    case reloadData
    /// Save changes of the reading state (read marks, a bookmark), recorded together.
    case saveState([ReadingState.Change])
    /// Write a release as Markdown (to `path`, else `<id>.md` in the current folder) and say where.
    case exportMarkdown(releaseID: String, path: String?, overwrite: Bool = false)
    /// Put text on the terminal's clipboard (OSC 52).
    case copyToClipboard(String)
    /// Write a list's releases as one Markdown file (to `path`, else its file name in the current folder).
    case exportList(ListExport, path: String? = nil, overwrite: Bool = false)
    /// Open a link with the desktop's browser where there is a display, else copy it (OSC 52).
    case openLink(String)
    /// Read a release from its file and answer with `Action.releaseLoaded`.
    case loadRelease(ReleaseRequest)
    /// Run a search too large to answer a key with, off the loop, and answer with `Action.searchFound`.
    case search(SearchRequest)
}
