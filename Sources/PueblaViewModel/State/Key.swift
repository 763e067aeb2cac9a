/// A key or mouse event, decoded by the front end from the terminal.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case shiftUp, shiftDown, shiftLeft, shiftRight
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    /// The terminal changed size; the loop reads the new size.
    case resize
    case mouse(MouseEvent)
}

public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Equatable {
        case click, doubleClick, wheelUp, wheelDown
    }

    public let kind: Kind
    public let row: Int
    public let column: Int

    public init(_ kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}
