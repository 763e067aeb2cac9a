import Foundation
import PueblaKit

/// Equirectangular projection onto a grid of square dots, y growing downwards. Longitudes shrink
/// by the cosine of the centre's latitude, so shapes near the centre keep their proportions, and
/// the viewport's span at its zoom is fitted whole into the grid, centred.
///
/// Braille cells hold 2x4 dots and terminal cells are about twice as tall as wide, so a dot is
/// square on screen and the grid needs no further aspect correction.
struct MapProjection: Sendable {
    let center: GeoPoint
    /// cos(centre latitude): how much shorter a degree of longitude is than one of latitude.
    let parallelScale: Double
    /// Dots per degree of latitude.
    let scale: Double
    let width: Int
    let height: Int

    init(viewport: MapViewport, width: Int, height: Int) {
        center = viewport.center
        parallelScale = Self.parallelScale(at: viewport.center.latitude)
        let spanX = viewport.home.width * parallelScale / viewport.zoom
        let spanY = viewport.home.height / viewport.zoom
        scale = min(Double(width) / spanX, Double(height) / spanY)
        self.width = width
        self.height = height
    }

    /// How many dots high the viewport's span is when it is `width` dots wide.
    static func fittingHeight(width: Int, viewport: MapViewport) -> Double {
        Double(width) * viewport.home.height / (viewport.home.width * parallelScale(at: viewport.center.latitude))
    }

    private static func parallelScale(at latitude: Double) -> Double {
        // Kept away from zero so that a view centred near a pole still has a width.
        max(cos(latitude * .pi / 180), 0.05)
    }

    /// Where `point` falls, in dots from the grid's top-left corner (possibly outside the grid).
    func project(_ point: GeoPoint) -> DotPoint {
        DotPoint(x: Double(width) / 2 + (point.longitude - center.longitude) * parallelScale * scale,
                 y: Double(height) / 2 - (point.latitude - center.latitude) * scale)
    }

    /// The part of the globe the grid shows.
    var visibleBox: GeoBox {
        let halfWidth = Double(width) / 2 / (parallelScale * scale)
        let halfHeight = Double(height) / 2 / scale
        return GeoBox(west: center.longitude - halfWidth, south: center.latitude - halfHeight,
                      east: center.longitude + halfWidth, north: center.latitude + halfHeight)
    }
}

/// A position on the dot grid; dot (i, j) covers [i, i+1) x [j, j+1).
struct DotPoint: Sendable, Equatable {
    var x: Double
    var y: Double
}
