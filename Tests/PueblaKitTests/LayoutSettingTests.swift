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
        #expect(parse("[layout]\nsplit = 50\n").problems.map(\.message) == ["unknown setting; expected list-width"])
    }
}
