@preconcurrency import CNCurses
import Foundation
import PueblaKit
import PueblaViewModel

/// The ncurses session: starts and ends curses, reads keys, and writes canvases to the terminal.
/// The only code that talks to ncurses.
final class CursesScreen {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let hasColor: Bool
    /// True when the terminal's own locale is UTF-8 (else the map falls back to ASCII).
    let isUnicode: Bool
    /// Whether links are sent as OSC 8: not to terminals known to show such a sequence as text.
    private let hyperlinksAllowed = CursesScreen.understandsHyperlinks(ProcessInfo.processInfo.environment["TERM"] ?? "")
    /// The links the terminal shows as links now, and the size they were sent at (a resize redraws all).
    private var shownLinks: Set<TextCanvas.Hyperlink> = []
    private var shownSize = (rows: 0, columns: 0)
    private var styles: [TextRole: attr_t] = [:]
    private var colorPairs: [TextRole: Int16] = [:]

    /// Starts curses on the terminal; nil (with nothing printed) when it cannot.
    init?(theme: Theme) {
        isUnicode = CursesScreen.setUpLocale()
        guard let screen = newterm(nil, stdout, stdin) else { return nil }
        self.screen = screen
        set_term(screen)
        guard let window = puebla_stdscr() else { return nil }
        self.window = window
        cbreak()
        noecho()
        nonl()
        Self.turnOffFlowControl()
        keypad(window, true)
        // A signal may land on another thread and leave the read blocked: wake up now and then to
        // notice it (nothing is drawn on a wake-up without a key).
        wtimeout(window, Self.keyWait)
        set_escdelay(25)
        curs_set(0)
        // The cursor is hidden: leave it where drawing ends instead of sending it home each frame.
        leaveok(window, true)
        mousemask(puebla_BUTTON1_CLICKED | puebla_BUTTON1_DOUBLE_CLICKED | puebla_BUTTON4_PRESSED | puebla_BUTTON5_PRESSED, nil)
        mouseinterval(200)
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        hasColor = has_colors() && !noColor
        if hasColor {
            start_color()
            use_default_colors()
        }
        setUpStyles(theme)
    }

    /// Ctrl-S and Ctrl-Q become keys instead of XOFF and XON: with flow control on, Ctrl-S stops
    /// the terminal's output and the browser with it, blocked in a write, deaf to signals, until
    /// Ctrl-Q. Curses keeps this as the program's mode (after Ctrl-Z and `fg` too); `endwin` gives
    /// back the terminal's own.
    private static func turnOffFlowControl() {
        // On the heap, a full stride long: `tcgetattr` writes past Swift's size of `termios`.
        let settings = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        settings.initialize(to: termios())
        defer { settings.deallocate() }
        guard tcgetattr(STDIN_FILENO, settings) == 0 else { return }
        settings.pointee.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, settings)
        def_prog_mode()
    }

    /// Sets the locale from the environment, falling back to C.UTF-8 so accents survive. A locale
    /// the environment names but this machine lacks (`es_MX.UTF-8` sent over SSH to a server that
    /// has only C.UTF-8) still says what the terminal speaks: its name decides.
    private static func setUpLocale(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let installed = setlocale(LC_ALL, "").map { String(cString: $0) }
        let named = installed ?? ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        let isUTF8 = named.uppercased().contains("UTF-8") || named.uppercased().contains("UTF8")
        if installed == nil || !isUTF8 { setlocale(LC_ALL, "C.UTF-8") }
        return isUTF8
    }

    private func setUpStyles(_ theme: Theme) {
        let bold = puebla_A_BOLD, reverse = puebla_A_REVERSE, dim = puebla_A_DIM, underline = puebla_A_UNDERLINE
        styles = [
            .normal: 0, .dim: dim, .bold: bold, .heading: bold, .title: bold, .quote: 0, .warning: bold,
            .accent: bold, .selected: reverse, .unread: bold, .tab: reverse, .activeTab: bold,
            .status: reverse, .statusKey: reverse | bold, .highlight: reverse | underline, .border: dim,
            .mapLand: dim, .mapMember: bold, .mapObserver: 0, .mapSelected: bold | reverse, .mapMarker: bold,
        ]
        guard hasColor else { return }
        for (index, (role, color)) in theme.colors.sorted(by: { "\($0.key)" < "\($1.key)" }).enumerated() {
            let pair = Int16(index + 1)
            init_pair(pair, Self.cursesColor(color), -1)
            colorPairs[role] = pair
        }
    }

    /// The curses number of a named colour; bright ones are the upper eight where the terminal has them.
    private static func cursesColor(_ color: TerminalColor) -> Int16 {
        let base: [TerminalColor: Int32] = [
            .black: COLOR_BLACK, .red: COLOR_RED, .green: COLOR_GREEN, .yellow: COLOR_YELLOW, .blue: COLOR_BLUE,
            .magenta: COLOR_MAGENTA, .cyan: COLOR_CYAN, .white: COLOR_WHITE,
        ]
        if let value = base[color] { return Int16(value) }
        let bright: [TerminalColor: TerminalColor] = [
            .brightBlack: .black, .brightRed: .red, .brightGreen: .green, .brightYellow: .yellow, .brightBlue: .blue,
            .brightMagenta: .magenta, .brightCyan: .cyan, .brightWhite: .white,
        ]
        if let plain = bright[color], let value = base[plain] { return Int16(COLORS >= 16 ? value + 8 : value) }
        return -1
    }

    /// Puts text on the clipboard of the terminal (and of tmux, where it allows) with OSC 52.
    func copyToClipboard(_ text: String) {
        writeDirectly("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}")
    }

    var size: (rows: Int, columns: Int) {
        (Int(getmaxy(window)), Int(getmaxx(window)))
    }

    /// Writes the canvas; ncurses sends only the cells that changed since the last frame.
    ///
    /// Hyperlinks (OSC 8) go through ncurses too, so that its idea of the cursor and of the
    /// attributes stays true: a link not on the screen yet is first drawn blank, then, between an
    /// OSC 8 that opens the URL and one that closes it, drawn and refreshed alone, so that the
    /// cells ncurses sends then are the link's and nothing else. A link already shown is left alone.
    func present(_ canvas: TextCanvas) {
        let rows = min(canvas.rows, size.rows), columns = min(canvas.columns, size.columns)
        if size != shownSize { shownLinks = [] }
        let links = hyperlinksAllowed ? canvas.hyperlinks.filter { !shownLinks.contains($0) && $0.row < rows && $0.column < columns } : []
        draw(canvas, rows: 0..<rows, columns: 0..<columns)
        for link in links { mvwaddstr(window, Int32(link.row), Int32(link.column), String(repeating: " ", count: link.width)) }
        wattr_set(window, 0, 0, nil)
        wrefresh(window)
        for link in links {
            writeDirectly("\u{1B}]8;;\(link.url)\u{1B}\\")
            draw(canvas, rows: link.row..<(link.row + 1), columns: link.column..<min(columns, link.column + link.width))
            wattr_set(window, 0, 0, nil)
            wrefresh(window)
            writeDirectly("\u{1B}]8;;\u{1B}\\")
        }
        shownLinks = hyperlinksAllowed ? Set(canvas.hyperlinks) : []
        shownSize = size
    }

    /// False for dumb terminals and consoles (the Linux console, old VTs) that would print an
    /// OSC 8 or act on it wrongly; terminal emulators ignore an OSC they do not know.
    static func understandsHyperlinks(_ term: String) -> Bool {
        let name = term.lowercased()
        return !name.isEmpty && name != "dumb" && !["linux", "vt", "cons", "sun", "pcansi", "ansi"].contains { name.hasPrefix($0) }
    }

    /// Bytes for the terminal itself, after what ncurses has sent (wrefresh flushes its output).
    private func writeDirectly(_ sequence: String) {
        fflush(stdout)
        _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    /// Puts the canvas's cells in `rows` and `columns` into the window, a run of one look at a time.
    private func draw(_ canvas: TextCanvas, rows: Range<Int>, columns: Range<Int>) {
        for row in rows {
            var column = columns.lowerBound
            while column < columns.upperBound {
                let first = look(of: canvas[row, column])
                var run = ""
                var end = column
                while end < columns.upperBound, look(of: canvas[row, end]) == first {
                    run += canvas[row, end].text
                    end += 1
                }
                wattr_set(window, first.attributes, first.pair, nil)
                var wide = run.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                wide.append(0)
                mvwaddwstr(window, Int32(row), Int32(column), wide)
                column = end
            }
        }
    }

    /// How a cell is drawn: its role's attributes and colour; the selection in reverse video over
    /// the colour (and the underline that marks a match), without bold or dim. Dim under reverse
    /// video blurs, and one look makes a selected row's leading fields one run: each change of
    /// attributes costs a whole `sgr` on xterm (9 to 11 bytes), on every Down.
    private func look(of cell: TextCanvas.Cell) -> (attributes: attr_t, pair: Int16) {
        let attributes = styles[cell.role] ?? 0, pair = colorPairs[cell.role] ?? 0
        return cell.isSelected ? (puebla_A_REVERSE | (attributes & puebla_A_UNDERLINE), pair) : (attributes, pair)
    }

    /// True when the terminal is gone (the window closed, the SSH link dropped): reads then fail at
    /// once, and a loop that kept asking would spin forever.
    var hasHungUp: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Milliseconds a read waits for a key before it gives the loop a turn.
    private static let keyWait: Int32 = 200

    /// The next key if one is already waiting (typed ahead of the screen); does not wait.
    func readKeyIfWaiting() -> Key? {
        readKey(within: 0)
    }

    /// The next key if one comes within `milliseconds`.
    func readKey(within milliseconds: Int32) -> Key? {
        wtimeout(window, milliseconds)
        defer { wtimeout(window, Self.keyWait) }
        return readKey()
    }

    /// Waits for the next key; nil when interrupted, timed out or nothing was read.
    func readKey() -> Key? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return decodeFunctionKey(Int32(character)) }
        return decodeCharacter(UInt32(character))
    }

    private func decodeFunctionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_SR: return .shiftUp
        case KEY_SF: return .shiftDown
        case KEY_SLEFT: return .shiftLeft
        case KEY_SRIGHT: return .shiftRight
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return readMouse()
        default: return nil
        }
    }

    private func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        default:
            guard value >= 32, let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func readMouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let row = Int(event.y), column = Int(event.x)
        let state = event.bstate
        if state & puebla_BUTTON1_DOUBLE_CLICKED != 0 { return .mouse(MouseEvent(.doubleClick, row: row, column: column)) }
        if state & puebla_BUTTON1_CLICKED != 0 { return .mouse(MouseEvent(.click, row: row, column: column)) }
        if state & puebla_BUTTON4_PRESSED != 0 { return .mouse(MouseEvent(.wheelUp, row: row, column: column)) }
        if state & puebla_BUTTON5_PRESSED != 0 { return .mouse(MouseEvent(.wheelDown, row: row, column: column)) }
        return nil
    }

    /// Ends curses and gives the terminal back as it was.
    func end() {
        curs_set(1)
        endwin()
        delscreen(screen)
    }
}
