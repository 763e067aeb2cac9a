import PueblaKit
import Testing
import PueblaViewModel

@Suite struct MapRendererTests {
    static let members: Set<String> = ["BZ", "CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"]
    static let observers: Set<String> = ["AR", "CO", "EC", "JM", "PE"]
    static let mexicoCity = GeoPoint(longitude: -99.1329, latitude: 19.4444)

    private func shippedMap() throws -> MapRenderer {
        MapRenderer(mapData: try MapDataLoader.load(fromDataFolder: Fixtures.shippedData))
    }

    private func square(_ code: String, half: Double) -> CountryOutline? {
        CountryOutline(code: code, rings: [[GeoPoint(longitude: -half, latitude: -half), GeoPoint(longitude: half, latitude: -half),
                                            GeoPoint(longitude: half, latitude: half), GeoPoint(longitude: -half, latitude: half)]])
    }

    /// One square country, 20 degrees a side, on the equator; the view fits it exactly.
    private func squareWorld(half: Double = 10) -> (MapRenderer, MapViewport) {
        let data = MapData(bounds: GeoBox(west: -20, south: -20, east: 20, north: 20), outlines: [square("AA", half: half)].compactMap { $0 })
        return (MapRenderer(mapData: data), MapViewport(home: GeoBox(west: -10, south: -10, east: 10, north: 10)))
    }

    @Test func aSelectedCountryFillingTheViewIsSolid() throws {
        let (renderer, viewport) = squareWorld()
        let picture = try #require(renderer.render(width: 16, height: 8, viewport: viewport, selected: "AA"))
        #expect(picture.lines == Array(repeating: String(repeating: "⣿", count: 16), count: 8))
        #expect(picture.cells.allSatisfy { $0.role == .selected })
    }

    @Test func aCountryOutsideTheConferenceIsOnlyOutlined() throws {
        let (renderer, viewport) = squareWorld(half: 5)
        let picture = try #require(renderer.render(width: 16, height: 8, viewport: viewport))
        // The square spans dots 8 to 24 each way; a line at 24.0 falls in dot 24, the first of cell 12 and row 6.
        #expect(picture.lines == [
            "                ",
            "                ",
            "    ⡏⠉⠉⠉⠉⠉⠉⠉⡇   ",
            "    ⡇       ⡇   ",
            "    ⡇       ⡇   ",
            "    ⡇       ⡇   ",
            "    ⠉⠉⠉⠉⠉⠉⠉⠉⠁   ",
            "                ",
        ])
        #expect(picture.cell(column: 8, row: 4).role == .water)
        #expect(picture.cell(column: 4, row: 2).role == .land)
    }

    @Test func edgesAlongTheDataBoundsAreCutsNotCoasts() throws {
        // A country cut by the region's edge on all four sides draws nothing of its outline.
        let data = MapData(bounds: GeoBox(west: -10, south: -10, east: 10, north: 10), outlines: [square("AA", half: 10)].compactMap { $0 })
        let viewport = MapViewport(home: GeoBox(west: -20, south: -20, east: 20, north: 20))
        let picture = try #require(MapRenderer(mapData: data).render(width: 16, height: 8, viewport: viewport))
        #expect(picture.cells.allSatisfy { $0.role == .water && $0.character == " " })
    }

    @Test func mexicoCityLandsInItsCell() throws {
        // Home view: centre (-110, 38.5), cos 38.5° = 0.78261; 60x30 cells are 120x120 dots, so
        // 1.32184 dots a degree (the 116° x 0.78261 width fills the grid). Mexico City is at
        // x = 60 + 10.8671 * 0.78261 * 1.32184 = 71.24 (column 35), y = 60 + 19.0556 * 1.32184 = 85.19 (row 21).
        let picture = try #require(try shippedMap().render(width: 60, height: 30, viewport: MapViewport(), selected: "MX",
                                                           members: Self.members, marker: Self.mexicoCity))
        #expect(picture.cell(column: 35, row: 21) == MapCell(character: MapRenderer.markerCharacter, role: .marker))
        // The projected point and the projected outline agree: Mexico surrounds its capital.
        for (column, row) in [(34, 21), (36, 21), (35, 20)] {
            #expect(picture.cell(column: column, row: row).role == .selected)
        }
    }

    @Test func aViewCentredOnAPointPutsItInTheMiddleCell() throws {
        var viewport = MapViewport()
        viewport.move(to: Self.mexicoCity)
        viewport.setZoom(4)
        let picture = try #require(try shippedMap().render(width: 60, height: 30, viewport: viewport, marker: Self.mexicoCity))
        #expect(picture.cell(column: 30, row: 15).role == .marker)
        #expect(picture.cells.filter { $0.role == .marker }.count == 1)
    }

    @Test func belowTheMinimumSizeThereIsNoMap() throws {
        let renderer = try shippedMap()
        for (width, height) in [(15, 20), (80, 5), (0, 0), (-4, 10), (10, -1)] {
            #expect(renderer.render(width: width, height: height, viewport: MapViewport()) == nil, "\(width)x\(height)")
        }
        let smallest = try #require(renderer.render(width: MapRenderer.minimumWidth, height: MapRenderer.minimumHeight,
                                                    viewport: MapViewport()))
        #expect(smallest.lines.count == MapRenderer.minimumHeight)
        #expect(smallest.lines.allSatisfy { DisplayWidth.of($0) == MapRenderer.minimumWidth })
    }

    @Test func aHomeRegionThatIsAPointDrawsNothingRatherThanTrapping() {
        let (renderer, _) = squareWorld()
        let point = MapViewport(home: GeoBox(west: 0, south: 0, east: 0, north: 0))
        let picture = renderer.render(width: 40, height: 20, viewport: point, selected: "AA", marker: GeoPoint(longitude: 0, latitude: 0))
        #expect(picture?.lines == nil)
    }

    @Test func everySizeAndViewGivesCleanCells() throws {
        let renderer = try shippedMap()
        var views = [MapViewport()]
        var zoomed = MapViewport(limits: renderer.mapData.bounds)
        for _ in 0..<12 { zoomed.zoomIn() }
        views.append(zoomed)
        for _ in 0..<40 { zoomed.pan(.left) }
        views.append(zoomed)
        var wide = MapViewport()
        for _ in 0..<3 { wide.zoomOut() }
        views.append(wide)
        for viewport in views {
            for (width, height) in [(16, 6), (17, 7), (33, 9), (120, 40), (200, 12)] {
                for unicode in [true, false] {
                    let picture = try #require(renderer.render(width: width, height: height, viewport: viewport, selected: "MX",
                                                               members: Self.members, observers: Self.observers,
                                                               marker: Self.mexicoCity, unicode: unicode))
                    #expect(picture.lines.count == height)
                    #expect(picture.lines.allSatisfy { $0.count == width && DisplayWidth.of($0) == width })
                    let allowed: (Character) -> Bool = unicode
                        ? { $0 == " " || $0 == MapRenderer.markerCharacter || ("\u{2801}"..."\u{28FF}").contains($0) }
                        : { $0.isASCII && ($0 == " " || $0.isPunctuation || $0.isSymbol || $0.isLetter) }
                    #expect(picture.cells.allSatisfy { allowed($0.character) }, "\(width)x\(height) zoom \(viewport.zoom)")
                }
            }
        }
    }

    @Test func goldenMapWithMexicoSelected() throws {
        let picture = try #require(try shippedMap().render(width: 48, height: 16, viewport: MapViewport(), selected: "MX",
                                                           members: Self.members, observers: Self.observers,
                                                           marker: Self.mexicoCity))
        let expected = [
            "  ⢠⣤⢔⢖⢞⢗⢖⢖⢖⢦⣤⢤⢤⢔⢶⢦⢽⢷⢽⢿⣷⣗⣝⣽⣵⠯⣯⣿⢵⣽⣓⣷⣵⠵⣵⣝⢕⣖⣄   ⠹⣷⠆",
            " ⠐⠴⣞⣷⣕⢕⢕⢕⢕⢕⢕⣗⢕⢕⢕⢕⢕⢕⢕⢕⢕⢝⢝⢕⢕⢕⢝⢕⢕⢕⢕⣵⣷⣋⣠⣭⣿⣕⣵⢷⠝  ⠈⢣",
            " ⠈⢁⣟⣝⢕⢕⢕⣵⣵⢕⣕⣗⣕⣕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢵⠋⠁⠈⠙⠋⠒⣖⢖⢭⡟⢋    ⠈⠂",
            "    ⣈⣭⠷⠿⠋    ⠈⠛⢷⣕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢝⢧⢤⣄⡀ ⠈⣷⢕⢕⢝⢕⢕⢄",
            "   ⠉⠉          ⠲⠵⣕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢝⢧⣹⢕⢕⢕⢕⢕⢕⢝⢝⡆",
            "                 ⠛⢷⣗⢗⢗⢗⢗⢗⢗⢗⢗⢗⢷⢵⢵⢵⣕⢕⢕⢕⢕⢕⣕⢿⡟⣫⣟⣗⡆",
            "                  ⢸⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢝⣗⢕⣵⢗⢟⡽⣗⠿⠋ ⠈⠁",
            "                  ⢸⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢝⢕⢕⡗⠛",
            "                   ⢳⣕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⢕⣽⠁",
            "                    ⠈⣷⣷⣵⣵⣕⢕⢕⢕⢕⢕⢕⣕⣕⢵⠛",
            "                     ⠈⢿⡿⣿⣿⣿⣷⣵⠋⠉⠉ ⠉⣟⣆⡄",
            "     ⣀                 ⠻⠝⣿⣿⣿⣿    ⣠⣬⣙⠇",
            "     ⠈⠹⠆                 ⠸⣿⣿*⣆⣠⣿⡏  ⢉⣛⣶⣶⣤⣀",
            "                           ⠉⠛⠛⢻⣿⣗⣶⡄",
            "                               ⠈⠹⣽⡀⣀⢠⢦⣗⠢⢄⢤⡄",
            "                                 ⠈⠛⠛⡇⠍⠧⢤  ⣯⢆⣀⣀",
        ]
        #expect(picture.lines == expected.map { $0.padding(toLength: 48, withPad: " ", startingAt: 0) })
    }

    @Test func asciiFallbackShowsRolesWithPlainCharacters() throws {
        let picture = try #require(try shippedMap().render(width: 48, height: 16, viewport: MapViewport(), selected: "MX",
                                                           members: Self.members, observers: Self.observers,
                                                           marker: Self.mexicoCity, unicode: false))
        let expected = [
            "  +++++++++++++++++++++++++++++++++++++++   :::",
            " '++++++++++++++++++++++++++++++++++++++++  ':",
            " ++++++++++++++++++++++++++++++++++++++++    ''",
            "    +++++    +++++++++++++++++++++ ++++++++",
            "   ++          ++++++++++++++++++++++++++++++",
            "                 +++++++++++++++++++++++++++++",
            "                  +++++++++++++++++++++++++ ++",
            "                  +++++++++++++++++++++",
            "                   +++++++++++++++++++",
            "                    +#####++++++++++",
            "                     ########+++ +++.",
            "     +                 ######    .++:",
            "     +++                 ###*####  oo:++.",
            "                           #####+++",
            "                               +++++ooo:...",
            "                                 ++++ooo  ::..",
        ]
        #expect(picture.lines == expected.map { $0.padding(toLength: 48, withPad: " ", startingAt: 0) })
        #expect(picture.cells.allSatisfy { $0.character.isASCII })
        #expect(picture.cell(column: 28, row: 12).role == .marker)
    }

    @Test func legendSymbolsMatchTheDrawing() {
        #expect(MapRenderer.symbol(for: .selected, unicode: true) == "⣿")
        #expect(MapRenderer.symbol(for: .member, unicode: true) == "⢕")
        #expect(MapRenderer.symbol(for: .observer, unicode: true) == "⠅")
        #expect(MapRenderer.symbol(for: .selected, unicode: false) == "#")
        #expect(MapRenderer.symbol(for: .observer, unicode: false) == "o")
    }
}
