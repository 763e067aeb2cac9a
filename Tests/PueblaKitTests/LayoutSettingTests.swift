import Testing
@testable import PueblaKit
@testable import PueblaSettings

/// `[layout] list-width`: the share of the width the list takes beside the detail.
@Suite("The split setting")
struct LayoutSettingTests {
    func parse(_ text: String) -> ConfigFile.Loaded {
        ConfigFile.parse(text, file: "config.toml", vocabulary: ConfigVocabulary(actions: [], keyNames: [], isKey: { _ in false },
                                                                                  colorElements: []))
    }

    @Test("list-width is read, and the printed default sets it to the default")
    func read() {
        #expect(parse("[layout]\nlist-width = 40\n").config.listWidth == 40)
        #expect(parse("").config.listWidth == 55)
        #expect(ConfigFile.defaultText(ConfigVocabulary(actions: [], keyNames: [], isKey: { _ in false }, colorElements: []))
            .contains("[layout]\n# Percent of the width"))
    }

    @Test("a share out of range, not an integer, or an unknown layout key is a problem at its line; the default stays")
    func problems() {
        let loaded = parse("[layout]\nlist-width = 90\n")
        #expect(loaded.config.listWidth == 55)
        #expect(loaded.problems.map(\.description) == ["config.toml:2:1: layout.list-width: 90 is out of range; expected 25 to 75"])
        #expect(parse("[layout]\nlist-width = \"wide\"\n").problems.map(\.message) == ["expected an integer"])
        #expect(parse("[layout]\nsplit = 50\n").problems.map(\.message) == ["unknown setting; expected list-width or arrow-cursor"])
    }

    @Test("arrow-cursor is read, on by default, and the printed default sets it to true")
    func arrowCursor() {
        #expect(parse("[layout]\narrow-cursor = true\n").config.arrowCursor)
        #expect(!parse("[layout]\narrow-cursor = false\n").config.arrowCursor)
        #expect(parse("").config.arrowCursor)
        let printed = ConfigFile.defaultText(ConfigVocabulary(actions: [], keyNames: [], isKey: { _ in false }, colorElements: []))
        #expect(printed.contains("\narrow-cursor = true\n"))
        #expect(parse(printed).config == .default)
        // Beside the list width, in the same section.
        let both = parse("[layout]\nlist-width = 40\narrow-cursor = false\n")
        #expect(both.config.listWidth == 40 && !both.config.arrowCursor && both.problems.isEmpty)
    }

    @Test("arrow-cursor of another type is a problem naming the file, line and key; it stays on, the rest applies")
    func arrowCursorProblems() {
        let loaded = parse("[layout]\nlist-width = 40\narrow-cursor = \"no\"\n")
        #expect(loaded.config.arrowCursor)
        #expect(loaded.config.listWidth == 40)
        #expect(loaded.problems.map(\.description) == ["config.toml:3:1: layout.arrow-cursor: expected true or false"])
        #expect(parse("[layout]\narrow-cursor = 1\n").problems.map(\.message) == ["expected true or false"])
        #expect(parse("layout.arrow-cursor = [true]\n").problems.map(\.description)
            == ["config.toml:1:1: layout.arrow-cursor: expected true or false"])
    }
}
