import PueblaIndex
import PueblaKit

/// A release `update` wants read from its file, and what for. The state never reads a file: the
/// loop reads the release (`Effect.loadRelease`) and brings it back (`Action.releaseLoaded`).
public struct ReleaseRequest: Sendable, Equatable {
    /// The release's list position in the library.
    public let position: Int
    let purpose: Purpose

    enum Purpose: Sendable, Equatable {
        /// The detail of the selected release or quote.
        case detail
        /// The reader, at a paragraph (else where it was left), with a search's matches highlighted.
        case reader(paragraph: Int?, origin: ReaderState.Origin, highlight: SearchQuery?)
        /// The reader that was open when Data was read again, kept at its place over the new file.
        case reopen(ReaderState)
    }
}

extension AppState {
    /// The read the detail waits for, while it waits: the loop may leave it until its next frame.
    public var detailRequest: ReleaseRequest? {
        guard case .loading(let position) = detailRelease else { return nil }
        return ReleaseRequest(position: position, purpose: .detail)
    }
}

/// What the detail has of the release it shows: the index keeps no paragraphs, so its first
/// paragraph (or a quote's) comes from the release's file.
public enum DetailRelease: Sendable, Equatable {
    case none
    /// Asked for, not read yet: the detail shows a placeholder where the text goes.
    case loading(position: Int)
    /// Read; nil when its file cannot be read (gone, broken, or now another release's).
    case loaded(position: Int, Release?)

    var position: Int? {
        switch self {
        case .none: return nil
        case .loading(let position), .loaded(let position, _): return position
        }
    }
}
