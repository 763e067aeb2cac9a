import PueblaKit
import Testing

@Suite("SafeLink")
struct SafeLinkTests {
    @Test("http, https and mailto pass, in any case; other schemes and text without one do not",
          arguments: [("http://a.org/x", true), ("HTTPS://a.org", true), ("mailto:a@b.org", true),
                      ("javascript:alert(1)", false), ("file:///etc/passwd", false), ("www.a.org", false), ("", false)])
    func schemes(_ url: String, _ allowed: Bool) {
        #expect((SafeLink.url(url) != nil) == allowed)
    }

    @Test("ESC, BEL, spaces, controls and non-ASCII letters are percent-encoded: only printable ASCII is left")
    func encoded() throws {
        let url = try #require(SafeLink.url("https://a.org/x\u{1B}]8;;\u{07}evil y/Perú\u{9C}"))
        #expect(url == "https://a.org/x%1B]8;;%07evil%20y/Per%C3%BA%C2%9C")
        #expect(url.utf8.allSatisfy { (0x21...0x7E).contains($0) })
    }

    @Test("a display opens with $BROWSER (its first entry, %s replaced) or xdg-open; none means copy")
    func command() {
        let url = "https://a.org"
        #expect(SafeLink.openCommand(for: url, environment: [:]) == nil)
        #expect(SafeLink.openCommand(for: url, environment: ["DISPLAY": "", "BROWSER": "firefox"]) == nil)
        #expect(SafeLink.openCommand(for: url, environment: ["DISPLAY": ":0"]) == ["xdg-open", url])
        #expect(SafeLink.openCommand(for: url, environment: ["WAYLAND_DISPLAY": "wayland-0", "BROWSER": "firefox --new-tab:lynx"])
                == ["firefox", "--new-tab", url])
        #expect(SafeLink.openCommand(for: url, environment: ["DISPLAY": ":0", "BROWSER": "open -u %s -x"]) == ["open", "-u", url, "-x"])
    }
}
