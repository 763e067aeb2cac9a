import ArgumentParser
import Foundation
import PueblaKit

/// What a shell offers when Tab is pressed on a release id or a country: read from the Data folder
/// the command would read (`--data` on the line so far, else where `puebla` looks), quickly, and
/// nothing at all when it cannot be read.
enum Completions {
    static let releaseIDs = CompletionKind.custom { arguments, _, prefix in
        guard let folder = dataFolder(arguments),
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder + "/releases") else { return [] }
        return files.filter { $0.hasSuffix(".json") && $0.hasPrefix(prefix) }.map { String($0.dropLast(5)) }.sorted()
    }

    static let countryCodes = CompletionKind.custom { arguments, _, prefix in
        guard let folder = dataFolder(arguments), let store = try? StoreLoader.load(from: folder, releases: false) else { return [] }
        return store.countries.map(\.code).filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
    }

    /// The Data folder named by `--data DIR` or `--data=DIR` in the words typed, else the one found.
    private static func dataFolder(_ arguments: [String]) -> String? {
        var explicit: String?
        for (index, word) in arguments.enumerated() {
            if word == "--data", index + 1 < arguments.count { explicit = arguments[index + 1] }
            if word.hasPrefix("--data=") { explicit = String(word.dropFirst("--data=".count)) }
        }
        return try? DataLocator(explicit: explicit).locate()
    }
}
