import PueblaKit
import Testing
import PueblaViewModel

@Suite struct MapViewportTests {
    let home = GeoBox(west: -100, south: 0, east: -60, north: 20)

    @Test func zoomingInAndOutComesBack() {
        var viewport = MapViewport(home: home)
        viewport.zoomIn()
        #expect(viewport.zoom == MapViewport.zoomStep)
        viewport.zoomOut()
        #expect(viewport.zoom == 1)
    }

    @Test func zoomStaysWithinItsRange() {
        var viewport = MapViewport(home: home)
        for _ in 0..<50 { viewport.zoomIn() }
        #expect(viewport.zoom == MapViewport.zoomRange.upperBound)
        for _ in 0..<50 { viewport.zoomOut() }
        #expect(viewport.zoom == MapViewport.zoomRange.lowerBound)
    }

    @Test func panMovesByAShareOfTheVisibleSpan() {
        var viewport = MapViewport(home: home)
        viewport.pan(.right)
        #expect(viewport.center == GeoPoint(longitude: -80 + 40 * MapViewport.panShare, latitude: 10))
        viewport.zoomIn()
        viewport.zoomIn()
        viewport.pan(.up)
        #expect(viewport.center.latitude == 10 + 20 * MapViewport.panShare / (MapViewport.zoomStep * MapViewport.zoomStep))
        viewport.pan(.left)
        viewport.pan(.down)
        #expect(abs(viewport.center.longitude - (-80 + 40 * MapViewport.panShare * (1 - 1 / 2.25))) < 1e-9)
        #expect(abs(viewport.center.latitude - 10) < 1e-9)
    }

    @Test func theCentreStaysWithinTheLimits() {
        var viewport = MapViewport(home: home, limits: home)
        for _ in 0..<10 { viewport.pan(.left) }
        #expect(viewport.center.longitude == -100)
        viewport.move(to: GeoPoint(longitude: 0, latitude: 90))
        #expect(viewport.center == GeoPoint(longitude: -60, latitude: 20))
    }

    @Test func resetGoesHome() {
        var viewport = MapViewport(home: home)
        viewport.zoomIn()
        viewport.pan(.down)
        viewport.reset()
        #expect(viewport == MapViewport(home: home))
    }
}
