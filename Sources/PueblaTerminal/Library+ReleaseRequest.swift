import PueblaIndex
import PueblaKit
import PueblaViewModel

extension Library {
    /// The answer to `Effect.loadRelease`: the release asked for, read from its file.
    func loaded(_ request: ReleaseRequest) -> Action {
        .releaseLoaded(request, release(at: request.position))
    }
}

extension AppState {
    /// Applies `action` and reads at once the releases it asks for, as the browser does before the
    /// next frame: for tests and benchmarks, which draw no frame with a release still being read.
    /// Returns the other effects, not run.
    @discardableResult
    public mutating func sendReadingReleases(_ action: Action) -> [Effect] {
        var effects = update(&self, action), others: [Effect] = []
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            if case .loadRelease(let request) = effect { effects += update(&self, library.loaded(request)) } else { others.append(effect) }
        }
        return others
    }
}
