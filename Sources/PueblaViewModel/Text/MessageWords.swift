import PueblaKit

/// What the status line says after an action: a mark, a filter, an export, a reload, a mistake.
public protocol MessageWords: Sendable {}
