import PueblaKit

extension English: CommandHelpWords {
    var rootAbstract: String { "An offline terminal browser for IOM press releases on the Regional Conference on Migration." }
    var rootDiscussion: String {
        """
        With no command, opens the browser. Data is read from --data DIR, else $PUEBLA_DATA, \
        else your library ($XDG_DATA_HOME/puebla/Data, by default ~/.local/share/puebla/Data) \
        when it exists, else the Data shipped with Puebla (<prefix>/share/puebla/Data beside \
        <prefix>/bin/puebla, else the Data folder Puebla was built from). import and edit \
        write to --data or $PUEBLA_DATA, else to your library, which the first of them makes \
        from the shipped Data. Every command writes in the language --lang en|es names, else \
        language in config.toml, else the locale's (LC_ALL, LC_MESSAGES, LANG); --json output \
        is the same in both.
        """
    }
    var dataHelp: String { "The Data folder to read." }
    var countryHelp: String { "Only what concerns this country: an ISO code or an English or Spanish name." }
    var jsonHelp: String { "Print JSON (the canonical shapes) instead of text." }
    var languageHelp: String { "Write in this language: en or es (default: language in config.toml, else the locale)." }
    var releaseLanguageHelp: String { "Only releases written in this language: en or es." }
    var browseAbstract: String { "Open the terminal browser (the default)." }
    var noStateHelp: String { "Neither read nor write the reading state (read marks, bookmarks, last place)." }
    var releasesAbstract: String { "List releases, newest first." }
    var meetingHelp: String { "Only releases about this meeting: its number in roman (XV) or arabic (15) numerals, or its id (rcm-15)." }
    var showAbstract: String { "Print one release." }
    var releaseIDHelp: String { "The release's id (see `puebla releases`)." }
    var formatHelp: String { "text, markdown or json." }
    var showJSONHelp: String { "Print the release's canonical JSON, as --format json does." }
    var quotesAbstract: String { "Print quotes: who said what, in which role, in which release." }
    var speakerHelp: String { "Only quotes by speakers whose name contains this." }
    var timelineAbstract: String { "The conference's annual meetings, by number, and its presidencies." }
    var chartHelp: String { "Draw the years as a picture: meetings, hosts, presidencies and the library's releases a year." }
    var chartWidthHelp: String { "With --chart: columns (default: the terminal's width, else 80)." }
    var membersAbstract: String { "Member states and observer countries." }
    var validateAbstract: String { "Check every file in Data; exit 65 with every problem listed when any is wrong." }
    var searchAbstract: String { "Find releases, quotes, meetings and countries that contain every word given." }
    var searchDiscussion: String {
        """
        Case and accents are ignored ("peru" finds "Perú"), and the last word also matches the \
        beginning of longer words ("tapa" finds "Tapachula"). Releases whose title holds every word \
        come first, then the rest, each newest first; likewise quotes by speaker and meetings by place.
        """
    }
    var searchWordsHelp: String { "The words to look for." }
    var importAbstract: String { "Import press pages (files or folders of them) into Data as releases." }
    var importDiscussion: String {
        """
        Each page becomes Data/releases/<id>.json; countries it mentions that Data lacks are \
        added to countries.json. A folder is imported whole, recursively. A page from the same \
        source as a release in Data (the same source url, or else the same file name and the \
        same article) is already there: --replace takes the page's version, under the same id. \
        A different article whose id is taken gets a numbered id (-2, -3, ...). A page that \
        cannot be imported is reported (exit 65; 66 when the file is missing) and the others are \
        still imported. --dry-run predicts all of it exactly.
        """
    }
    var importFilesHelp: String { "Pages (text, HTML, feeds) or folders of them; - reads standard input." }
    var dryRunHelp: String { "Show what would be done, exactly; write nothing." }
    var replaceHelp: String { "Replace the release from the same source as a page with the page's version." }
    var editAbstract: String { "Correct a release in your editor." }
    var editDiscussion: String {
        """
        Opens a copy of the release's JSON file in $VISUAL, else $EDITOR, else vi. When the \
        editor exits 0 with the release changed, it is checked as `puebla validate` checks a \
        release (syntax, fields, meeting, countries, quote paragraphs, an id and a source no \
        other release has); with a problem, each is shown at its line and column and you are \
        asked whether to edit again (with no terminal on standard input: exit 65). A valid \
        release is written atomically, in the canonical layout, to --data, $PUEBLA_DATA or your \
        library (made from the shipped Data on the first write), under the lock imports take. \
        A new id renames the file. If the release changed while you edited it, nothing is \
        written (exit 75) and your edit is kept. \
        Countries are not added to countries.json: `puebla import` adds them. Nothing changes \
        when the editor fails (exit 1), the release is unchanged (exit 0) or you stop (exit 65).
        """
    }
    var configAbstract: String { "Check the settings file, or print a commented default one." }
    var configDiscussion: String {
        """
        Settings are read from $XDG_CONFIG_HOME/puebla/config.toml (by default \
        ~/.config/puebla/config.toml). With no option, says where the file is and lists each \
        mistake in it with its line and column (exit 65 when there is one).
        """
    }
    var printDefaultHelp: String { "Print a config file holding every default, with comments." }
    var exportAbstract: String { "Write several releases to one file: your bookmarks, those about a country, or a search's." }
    var exportDiscussion: String {
        """
        Prints to standard output unless --output names a file. A file that is there already is \
        not replaced unless --force (one that holds this very export is left as it is); a \
        symbolic link, a folder or a device in its place is refused. A bookmarked quote exports \
        its release.
        """
    }
    var bookmarksHelp: String { "The releases you bookmarked (and those of the quotes you bookmarked)." }
    var queryHelp: String { "The releases a search finds (in their text or their quotes)." }
    var exportFormatHelp: String { "md (Markdown), csv (a header row, RFC 4180) or json (the canonical release shape)." }
    var outputHelp: String { "Write to this file instead of standard output." }
    var forceHelp: String { "Replace a file that is there already." }
    var indexAbstract: String { "Bring the library index of Data up to date, with progress on stderr." }
    var indexDiscussion: String {
        """
        The browser reads releases from an index kept in $XDG_CACHE_HOME/puebla/ (by default \
        ~/.cache/puebla/), one file per Data folder. It is brought up to date on every start: \
        release files that are new or changed (by size, times and inode) are read again, \
        the others are not. This command does the same ahead of time, which is worth it before \
        the first start on a large library. The index is a cache: deleting it is always safe.
        """
    }
    var rebuildHelp: String { "Read every release again, as if there were no index." }
    var sinceHelp: String { "Only releases dated on or after this year (2005) or day (2005-05-18)." }
    var untilHelp: String { "Only releases dated on or before this year (2010) or day (2010-05-21)." }
    var wideHelp: String { "Never cut a column or wrap a line, whatever the terminal's width." }
    var columnsHelp: String { "Fit the lines to this many columns (default: the terminal's width; whole lines when the output is not a terminal)." }
    var mapHelp: String { "Print a map of the member states and observers instead of the list." }
    var mapWidthHelp: String { "With --map: columns (default: the terminal's width, else 80)." }
    var mapHeightHelp: String { "With --map: rows (default: what fits the region at that width)." }
    var selectHelp: String { "With --map: highlight this country and mark its capital (an ISO code or a name)." }
    var asciiHelp: String { "With --map: draw with ASCII, as when the locale is not UTF-8." }
    var directoryValue: String { "dir" }
    var countryValue: String { "country" }
    var meetingValue: String { "meeting" }
    var nameValue: String { "name" }
    var columnsValue: String { "columns" }
    var rowsValue: String { "rows" }
    var fileValue: String { "file" }
    var wordsValue: String { "words" }
    var dateValue: String { "date" }
    var numberValue: String { "n" }
}
