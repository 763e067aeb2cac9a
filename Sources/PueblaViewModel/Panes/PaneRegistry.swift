/// The browser's panes in the tab bar's order: their number keys, Tab's order and the help follow
/// it. A new pane is added here.
enum PaneRegistry {
    static let shipped: [any PaneView] = [ReleasesPane(), QuotesPane(), TimelinePane(), MembersPane()]
}
