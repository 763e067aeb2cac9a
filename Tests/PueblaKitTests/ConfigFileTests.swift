import Foundation
import Testing
@testable import PueblaKit
@testable import PueblaSettings

@Suite("ConfigFile")
struct ConfigFileTests {
    /// A few names of each kind, as the browser would give them.
    static let vocabulary = ConfigVocabulary(actions: ["down", "up", "quit", "search"], keyNames: ["Up", "Down", "Enter"],
                                             isKey: { $0.count == 1 || ["Up", "Down", "Enter"].contains($0) },
                                             colorElements: ["border", "title"])

    func parse(_ text: String) -> ConfigFile.Loaded {
        ConfigFile.parse(text, file: "config.toml", vocabulary: Self.vocabulary)
    }

    @Test("the printed default file parses back to exactly the defaults, with no problems")
    func defaultFileRoundTrip() {
        let text = ConfigFile.defaultText(Self.vocabulary)
        let loaded = parse(text)
        #expect(loaded.problems == [])
        #expect(loaded.config == Config.default)
        #expect(text.contains("# "))
    }

    @Test("every setting is read: keys (one or several), theme, colours, default pane, reader width")
    func readsEverything() {
        let loaded = parse("""
            default-pane = "quotes"
            [reader]
            width = 100
            [theme]
            name = "mono"
            [theme.colors]
            title = "bright-yellow"
            [keys]
            down = ["j", "Down"]
            search = "/"
            """)
        #expect(loaded.problems == [])
        #expect(loaded.config == Config(keys: ["down": ["j", "Down"], "search": ["/"]], theme: "mono",
                                        colors: ["title": .brightYellow], defaultPane: .quotes, readerWidth: 100))
    }

    @Test("a wrong value names its line, column and key, keeps that key's default, and the rest still applies")
    func wrongValueFallsBack() {
        let loaded = parse("""
            # comment
            default-pane = "timeline"

            [theme]
            name = "light"

            [reader]
                width = "wide"
            """)
        #expect(loaded.problems.map(\.description) == ["config.toml:8:5: reader.width: expected an integer"])
        #expect(loaded.config.readerWidth == Config.default.readerWidth)
        #expect(loaded.config.defaultPane == .timeline)
        #expect(loaded.config.theme == "light")
    }

    @Test("out-of-range, unknown and mistyped values are each reported on their own line")
    func manyProblems() {
        let loaded = parse("""
            default-pane = "map"
            colour = "red"
            [reader]
            width = 5
            [theme]
            name = "neon"
            colors = { title = "blu", border = "red" }
            [keys]
            quit = 3
            down = ["j", 4]
            up = "k"
            """)
        #expect(loaded.problems.map(\.description) == [
            "config.toml:1:1: default-pane: \"map\" is not a pane; expected one of \"releases\", \"quotes\", \"timeline\", \"members\"",
            "config.toml:2:1: colour: unknown setting; expected default-pane, language, [reader], [layout], [theme] or [keys]",
            "config.toml:4:1: reader.width: 5 is out of range; expected 20 to 400",
            "config.toml:6:1: theme.name: no theme \"neon\"; expected one of \"default\", \"mono\", \"light\"",
            "config.toml:7:12: theme.colors.title: \"blu\" is not a colour; expected one of " + TerminalColor.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "),
            "config.toml:9:1: keys.quit: expected a key name or a list of key names",
            "config.toml:10:1: keys.down: expected a key name or a list of key names",
        ])
        #expect(loaded.config == Config(keys: ["up": ["k"]], colors: ["border": .red]))
    }

    @Test("a TOML syntax error names line and column, and every setting keeps its default")
    func syntaxError() throws {
        let loaded = parse("default-pane = \"quotes\"\n[reader]\nwidth = = 3\n")
        #expect(loaded.config == Config.default)
        let problem = try #require(loaded.problems.first)
        #expect(loaded.problems.count == 1)
        #expect(problem.location?.line == 3)
        #expect(problem.description.hasPrefix("config.toml:3:"))
        #expect(problem.description.hasSuffix("; using the defaults"))
    }

    @Test("dotted and quoted keys are found on their lines")
    func dottedKeys() {
        let loaded = parse("""
            reader.width = 10
            [theme]
            "name" = "x"
            """)
        #expect(loaded.problems.map(\.description) == [
            "config.toml:1:1: reader.width: 10 is out of range; expected 20 to 400",
            "config.toml:3:1: theme.name: no theme \"x\"; expected one of \"default\", \"mono\", \"light\"",
        ])
    }

    @Test("unknown sections, keys, actions, key names and colour elements are each reported at their line and column")
    func unknownNames() {
        let loaded = parse("""
            [display]
            width = 3
            [reader]
            wdith = 80
            [theme]
            name = "mono"
            [theme.colors]
            titel = "red"
            border = "blue"
            [keys]
            fly = "f"
            down = ["j", "Dwn", "x"]
              up = [
                "k",
                "PgUp",
              ]
            search = ""
            """)
        let keys = "expected one character or one of Up, Down, Enter"
        #expect(loaded.problems.first?.description.hasPrefix("config.toml:1:1: display: unknown setting; expected default-pane, language, [reader]") == true)
        #expect(loaded.problems.dropFirst().map(\.description) == [
            "config.toml:4:1: reader.wdith: unknown setting; expected width",
            "config.toml:8:1: theme.colors.titel: no such element; expected one of \"border\", \"title\"",
            "config.toml:11:1: keys.fly: no such action; expected one of \"down\", \"up\", \"quit\", \"search\"",
            "config.toml:12:14: keys.down: \"Dwn\" is not a key; \(keys)",
            "config.toml:15:5: keys.up: \"PgUp\" is not a key; \(keys)",
            "config.toml:17:10: keys.search: \"\" is not a key; \(keys)",
        ])
        // The rest applies: the right keys of a list are bound, the rest keep their defaults.
        #expect(loaded.config == Config(keys: ["down": ["j", "x"], "up": ["k"]], theme: "mono", colors: ["border": .blue]))
    }

    @Test("default-pane is unset by default (the remembered pane then wins) and set when the file says so")
    func defaultPane() {
        #expect(Config.default.defaultPane == nil)
        #expect(parse("default-pane = \"members\"").config.defaultPane == .members)
    }

    @Test("the path follows $XDG_CONFIG_HOME, else ~/.config; no file means the defaults")
    func pathsAndMissingFile() {
        #expect(XDGDirectory.config.file("config.toml", environment: ["XDG_CONFIG_HOME": "/x/config", "HOME": "/home/a"], home: "/h")
                == "/x/config/puebla/config.toml")
        #expect(XDGDirectory.config.file("config.toml", environment: ["HOME": "/home/a"], home: "/h") == "/home/a/.config/puebla/config.toml")
        let missing = ConfigFile(path: NSTemporaryDirectory() + "puebla-no-such-\(UUID().uuidString)/config.toml").load(Self.vocabulary)
        #expect(missing == ConfigFile.Loaded(config: .default, problems: []))
    }

    @Test("a file on disk is read, and problems name its path")
    func fileOnDisk() throws {
        let path = NSTemporaryDirectory() + "puebla-config-\(UUID().uuidString).toml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("[reader]\nwidth = 80\n[keys]\nquit = true\n".utf8).write(to: URL(fileURLWithPath: path))
        let loaded = ConfigFile(path: path).load(Self.vocabulary)
        #expect(loaded.config.readerWidth == 80)
        #expect(loaded.problems.map(\.description) == ["\(path):4:1: keys.quit: expected a key name or a list of key names"])
    }
}
