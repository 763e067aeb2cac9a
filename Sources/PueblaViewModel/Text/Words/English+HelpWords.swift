import PueblaKit

extension English: HelpWords {
    public var helpTitle: String { "Help" }
    public var keysTitle: String { "Keys" }
    public var pressAnyKeyToClose: String { "Press any key to close." }
    public func heading(of group: HelpGroup) -> String {
        switch group {
        case .moving: "Moving"
        case .panes: "Panes"
        case .reading: "Search, export, copy"
        case .marks: "Read marks and bookmarks"
        case .map: "Map"
        case .filters: "Filters"
        case .other: "Other"
        }
    }
    public func meaning(of topic: HelpTopic, inReader: Bool) -> String {
        switch topic {
        case .line: inReader ? "scroll a line" : "move the selection"
        case .page: inReader ? "scroll a page" : "move a page"
        case .ends: inReader ? "top, end of the release" : "first, last"
        case .open: "open"
        case .back: inReader ? "back, to the same place" : "back; at the top only q quits"
        case .switchPane: "switch pane"
        case .detail: "hide or show the detail beside the list"
        case .search: inReader ? "search this release; next, previous match, wrapping" : "search everything; next, previous result"
        case .exportRelease: "export as Markdown to this folder; to a path you type"
        case .links: "links and contacts; Enter opens one (or copies it)"
        case .exportList: "export this list as one Markdown file"
        case .copy: "copy the quote with who said it"
        case .toggleRead: "mark read or unread"
        case .unreadOnly: "list unread releases only, or all"
        case .markAllRead: "mark the releases listed read"
        case .bookmark: inReader ? "bookmark this release" : "bookmark a release or quote"
        case .bookmarks: "list bookmarks"
        case .zoomMap: "zoom the map in, out; reset it"
        case .panMap: "pan the map"
        case .country: "filter every pane by country; clear it"
        case .language: "releases in Spanish, in English, in any language"
        case .reload: "reload Data"
        case .help: "this help"
        case .quit: "quit at once"
        case .mouse: "click selects, double-click opens, wheel scrolls"
        }
    }
    public func openMeaning(_ target: OpenTarget, short: Bool) -> String {
        switch target {
        case .result: short ? "open" : "open the result"
        case .bookmark: short ? "open" : "open the bookmark"
        case .detail: short ? "detail" : "show the detail"
        case .release: short ? "read" : "read the release"
        case .quote: short ? "read" : "read the release at this quote"
        case .meetingReleases: short ? "releases" : "list the releases about this meeting"
        case .countryFilter: short ? "filter" : "filter everything to this country"
        }
    }
    public func keyName(_ key: WordedKey) -> String {
        switch key {
        case .mouse: "mouse"
        case .anyKey: "any key"
        case .anyOtherKey: "any other key"
        case .type: "type"
        case .shiftArrows: "Shift-arrows"
        }
    }
    public func hint(_ hint: Hint) -> String {
        switch hint {
        case .scroll: "scroll"
        case .close: "close"
        case .narrow: "narrow"
        case .apply: "apply"
        case .cancel: "cancel"
        case .choose: "choose"
        case .open: "open"
        case .path: "a path"
        case .export: "export"
        case .replace: "replace it"
        case .keep: "keep it"
        case .markThemRead: "mark them read"
        case .leaveThem: "leave them"
        case .match: "match"
        case .page: "page"
        case .bookmark: "bookmark"
        case .back: "back"
        case .help: "help"
        case .search: "search"
        case .results: "results"
        case .leave: "leave"
        case .edit: "edit"
        case .remove: "remove"
        case .country: "country"
        case .clear: "clear"
        case .quit: "quit"
        }
    }
    public var yesKey: Character { "y" }
}
