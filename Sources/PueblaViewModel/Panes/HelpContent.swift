import PueblaKit

/// The help overlay's lines: under each group's heading, each key beside what it does, or, on a
/// screen too narrow for both on one line, the meaning wrapped under its key. The count of these
/// lines is how far the help scrolls.
public enum HelpContent {
    /// The columns inside the help's box: the body less the box's margins and borders.
    static func width(for layout: Layout) -> Int { max(1, layout.body.width - 8) }

    public static func lines(for state: AppState) -> [StyledLine] {
        let groups = Keymap.help(for: state)
        let words = state.words
        let width = width(for: state.layout)
        let bindings = groups.flatMap(\.bindings)
        let keyWidth = bindings.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let sideBySide = bindings.allSatisfy { keyWidth + 2 + DisplayWidth.of($0.meaning) <= width }
        var lines = [StyledLine(words.keysTitle, .title)]
        for (group, bindings) in groups {
            lines += [.blank, StyledLine(words.heading(of: group), .heading)]
            for binding in bindings {
                if sideBySide {
                    lines.append(StyledLine([Span(DisplayWidth.pad(binding.keys, to: keyWidth + 2), .bold), Span(binding.meaning)]))
                } else {
                    lines.append(StyledLine(binding.keys, .bold))
                    lines += StyledWrap.lines([Span(binding.meaning)], width: width, indent: "  ")
                }
            }
        }
        return lines + [.blank, StyledLine(words.pressAnyKeyToClose, .dim)]
    }
}
