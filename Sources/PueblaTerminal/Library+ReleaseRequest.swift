import PueblaKit
import PueblaViewModel

extension Library {
    /// The answer to `Effect.loadRelease`: the release asked for, read from its file.
    func loaded(_ request: ReleaseRequest) -> Action {
        .releaseLoaded(request, release(at: request.position))
    }
}
