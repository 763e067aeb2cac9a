import ArgumentParser
import Foundation
import PueblaKit
import PueblaViewModel

/// `puebla members --map`: the member-state map as text, for scripts and documentation.
struct MapOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(Words.current.mapHelp))
    var map = false

    @Option(name: .long, help: ArgumentHelp(Words.current.mapWidthHelp, valueName: Words.current.columnsValue))
    var width: Int?

    @Option(name: .long, help: ArgumentHelp(Words.current.mapHeightHelp, valueName: Words.current.rowsValue))
    var height: Int?

    @Option(name: .long, help: ArgumentHelp(Words.current.selectHelp, valueName: Words.current.countryValue))
    var select: String?

    @Flag(name: .long, help: ArgumentHelp(Words.current.asciiHelp))
    var ascii = false

    /// The largest map drawn, in columns and in rows. Wider than any terminal (a 4K screen in a
    /// small font shows some 500 columns) and longer than any page, yet drawn in about a second:
    /// the cost grows with the area, and 3000 x 3000 took 20 s and 391 MB.
    static let maximumSize = 1000

    func validate() throws {
        if !map && (width != nil || height != nil || select != nil || ascii) {
            throw ValidationError(Words.current.mapOptionsNeedMap)
        }
        if let width, width > Self.maximumSize { throw ValidationError(Words.current.mapWidthAtMost(Self.maximumSize)) }
        if let height, height > Self.maximumSize { throw ValidationError(Words.current.mapHeightAtMost(Self.maximumSize)) }
    }

    func printMap(store: Store, dataDirectory: String) {
        let mapData: MapData
        do {
            mapData = try MapDataLoader.load(fromDataFolder: dataDirectory)
        } catch {
            Terminal.fail(error.description(in: CommandLanguage.current), code: error.exitCode)
        }
        var selected: Country?
        if let select {
            do {
                selected = try CountryMatcher(countries: store.countries).resolve(select)
            } catch {
                Terminal.fail(error.description, code: 64)
            }
        }
        let viewport = MapViewport(limits: mapData.bounds)
        let columns = width ?? min(Terminal.width ?? 80, Self.maximumSize)
        let rows = height ?? min(MapRenderer.fittingHeight(width: columns, viewport: viewport), Self.maximumSize)
        let unicode = !ascii && Terminal.supportsUnicode
        guard let picture = MapRenderer(mapData: mapData).render(
            width: columns, height: rows, viewport: viewport, selected: selected?.code,
            members: Set(store.members.map(\.code)), observers: Set(store.observers.map(\.code)),
            marker: selected?.capitalLocation, unicode: unicode) else {
            Terminal.fail(Words.current.mapNeedsAtLeast(columns: MapRenderer.minimumWidth, rows: MapRenderer.minimumHeight), code: 64)
        }
        Terminal.printLines(picture.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) })
        Terminal.printLines(legend(store: store, mapData: mapData, selected: selected, unicode: unicode))
    }

    private func legend(store: Store, mapData: MapData, selected: Country?, unicode: Bool) -> [String] {
        let words = Words.current
        let symbol = { (role: MapCellRole) in String(MapRenderer.symbol(for: role, unicode: unicode)) }
        var keys: [String] = []
        if let selected {
            keys.append("\(symbol(.selected)) \(SafeText.line(selected.name(in: words.language)))")
            if let capital = selected.capital, selected.capitalLocation != nil {
                keys.append("\(symbol(.marker)) \(SafeText.line(capital))")
            }
        }
        keys += ["\(symbol(.member)) \(words.memberState)", "\(symbol(.observer)) \(words.observer)", "\(symbol(.land)) \(words.otherCountry)"]
        var lines = [keys.joined(separator: "   ")]
        let offMap = (store.members + store.observers).filter { mapData.outline(code: $0.code) == nil }
        if !offMap.isEmpty {
            lines.append(words.offTheMap(offMap.map { SafeText.line($0.name(in: words.language)) }))
        }
        return lines
    }
}
