import Foundation
import PueblaKit
@testable import PueblaViewModel

/// Stores for view-model and screen tests: the shipped Data, or shipped meetings and countries with
/// as many made-up releases as a test needs.
enum Fixtures {
    static let shippedData: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Data").path
    }()

    static func shippedStore() throws -> Store {
        try StoreLoader.load(from: shippedData)
    }

    /// `count` releases, one a month back from 2020-12, alternating between Mexico and Panama,
    /// each with one quote.
    static func store(releases count: Int) throws -> Store {
        let shipped = try shippedStore()
        let releases = (0..<count).map { index -> Release in
            let month = 12 - index % 12, year = 2020 - index / 12
            let country = index % 2 == 0 ? "MX" : "PA"
            return Release(id: "r\(index)", title: "Release number \(index)", date: String(format: "%04d-%02d-01", year, month),
                           dateStatus: .confirmed, place: Place(name: "City \(index)", country: country), countries: [country],
                           meeting: index == 0 ? "rcm-15" : nil,
                           paragraphs: ["First paragraph of \(index).", "Second paragraph, where \"words \(index)\" are said."],
                           quotes: [Quote(speaker: "Speaker \(index)", role: "Role", organization: "IOM", text: "words \(index)", paragraph: 1)],
                           links: [], contacts: [], source: nil)
        }
        return Store(directory: "fixture", releases: releases, meetings: shipped.meetings, countries: shipped.countries,
                     organizations: [])
    }

    static func state(releases count: Int = 50, rows: Int = 24, columns: Int = 80) throws -> AppState {
        AppState(store: try store(releases: count), rows: rows, columns: columns)
    }
}

extension AppState {
    /// Applies actions in order, as the loop would, the releases they ask for read at once.
    mutating func send(_ actions: Action...) {
        for action in actions { run(update(&self, action)) }
    }

    /// Presses keys in order through the keymap, as the loop would.
    mutating func press(_ keys: Key...) {
        for key in keys {
            if let action = Keymap.action(for: key, in: self) { run(update(&self, action)) }
        }
    }

    /// Reads the releases `effects` ask for and hands them to `update`; other effects are left undone.
    private mutating func run(_ effects: [Effect]) {
        for case .loadRelease(let request) in effects {
            run(update(&self, .releaseLoaded(request, library.release(at: request.position))))
        }
    }

    var selection: Int { position(of: pane).selection }

    var reader: ReaderState? {
        if case .reader(let reader) = screen { return reader }
        return nil
    }

    var picker: CountryPicker? {
        if case .countryPicker(let picker)? = overlay { return picker }
        return nil
    }
}
