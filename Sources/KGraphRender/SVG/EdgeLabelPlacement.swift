/// Places edge `xlabel`s for the SVG writer, beside the finished edges.
///
/// Graphviz's own xlabel placement cost a tenth of an SVG render; this does the same job
/// in a few microseconds. Each label is tried at points along its edge (the middle first,
/// then outwards), on either side, just clear of the curve; the first spot that covers no
/// node, no label placed before and no edge wins, otherwise the one covering least. What a
/// spot covers is looked up in grids (``SpatialGrid``), not by checking everything drawn.
/// Edges are placed in the layout's order, so the result is deterministic.
struct EdgeLabelPlacement {
    typealias Point = DiagramLayout.Point

    struct Box {
        var minX, minY, maxX, maxY: Double

        init(center: Point, width: Double, height: Double) {
            minX = center.x - width / 2
            maxX = center.x + width / 2
            minY = center.y - height / 2
            maxY = center.y + height / 2
        }

        func overlap(_ o: Box) -> Double {
            let w = min(maxX, o.maxX) - max(minX, o.minX), h = min(maxY, o.maxY) - max(minY, o.minY)
            return w > 0 && h > 0 ? w * h : 0
        }

        init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
        }

        func contains(_ p: Point) -> Bool { p.x > minX && p.x < maxX && p.y > minY && p.y < maxY }

        func intersects(_ o: Box) -> Bool { minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY }
    }

    /// Where along an edge labels are tried, as fractions of its length in spline segments.
    static let stops: [Double] = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]

    /// A label for each edge with `xlabel` text (nil for the others), in `layout.edges` order.
    ///
    /// Every coordinate is first put on a grid of 1/256 pt (``gridded(_:)``): sfdp's layouts
    /// differ between processes in their last bits (about 1e-11 pt), and the comparisons here
    /// turned that noise into labels in other places, so the same big graph gave different
    /// SVGs run after run. On the grid the decisions are the same unless a coordinate lands
    /// within that noise of a grid line.
    static func place(_ layout: DiagramLayout, texts: [[String]?], fontSizes: [Double]) -> [DiagramLayout.Label?] {
        let layout = gridded(layout)
        // Nodes, labels placed so far and a few points on every edge (so labels are not put
        // across other edges), each in a grid: a spot is checked against what is near it.
        var nodes = SpatialGrid(), placed = SpatialGrid(), edgePoints = SpatialGrid()
        for n in layout.nodes { nodes.insert(Box(center: n.center, width: n.width, height: n.height)) }
        for route in layout.edges { for spline in route.splines { for q in samplePoints(spline.points) { edgePoints.insert(q) } } }
        var result: [DiagramLayout.Label?] = []
        for (i, route) in layout.edges.enumerated() {
            guard i < texts.count, let lines = texts[i], !lines.isEmpty, let spline = route.splines.first(where: { $0.points.count >= 4 })
            else { result.append(nil); continue }
            let size = fontSizes[i]
            let width = (lines.map { TextWidths.width($0, fontSize: size) }.max() ?? 0) + 4
            let height = Double(lines.count) * size * 1.2 + 2
            var best: (score: Double, center: Point)?
            search: for stop in stops {
                let (p, tangent) = pointAndTangent(spline.points, at: stop)
                let length = (tangent.x * tangent.x + tangent.y * tangent.y).squareRoot()
                let normal = length > 0 ? Point(x: -tangent.y / length, y: tangent.x / length) : Point(x: 0, y: 1)
                // Just clear of the curve: the box's half extent along the normal, plus a gap.
                let clearance = abs(normal.x) * width / 2 + abs(normal.y) * height / 2 + 2
                for side in [1.0, -1.0] {
                    let center = Point(x: p.x + side * normal.x * clearance, y: p.y + side * normal.y * clearance)
                    let box = Box(center: center, width: width, height: height)
                    var score = nodes.overlap(box) * 4 + placed.overlap(box) * 2
                    if score == 0 { score = Double(edgePoints.count(in: box)) }
                    if best == nil || score < best!.score { best = (score, center) }
                    if score == 0 { break search }
                }
            }
            let center = best!.center
            placed.insert(Box(center: center, width: width, height: height))
            result.append(DiagramLayout.Label(center: center, width: width, height: height, fontSize: size,
                                              lines: lines.map { .init(text: $0, justification: UInt8(ascii: "n"), height: size * 1.2) }))
        }
        return result
    }

    /// The layout with node boxes and edge splines on a grid of 1/256 pt: far finer than the
    /// 1/100 pt the SVG is written in, far coarser than the layout engines' noise.
    static func gridded(_ layout: DiagramLayout) -> DiagramLayout {
        func g(_ v: Double) -> Double { (v * 256).rounded() / 256 }
        func g(_ p: Point) -> Point { Point(x: g(p.x), y: g(p.y)) }
        var out = layout
        for i in out.nodes.indices {
            out.nodes[i].center = g(out.nodes[i].center)
            out.nodes[i].width = g(out.nodes[i].width)
            out.nodes[i].height = g(out.nodes[i].height)
        }
        for i in out.edges.indices {
            for k in out.edges[i].splines.indices { out.edges[i].splines[k].points = out.edges[i].splines[k].points.map(g) }
        }
        return out
    }

    /// The point and tangent at `fraction` of a B-spline of 3n+1 control points.
    static func pointAndTangent(_ p: [Point], at fraction: Double) -> (Point, Point) {
        let segments = (p.count - 1) / 3
        let u = min(max(fraction, 0), 1) * Double(segments)
        let k = min(Int(u), segments - 1), t = u - Double(k)
        let a = p[3 * k], b = p[3 * k + 1], c = p[3 * k + 2], d = p[3 * k + 3]
        let s = 1 - t
        let point = Point(x: s * s * s * a.x + 3 * s * s * t * b.x + 3 * s * t * t * c.x + t * t * t * d.x,
                          y: s * s * s * a.y + 3 * s * s * t * b.y + 3 * s * t * t * c.y + t * t * t * d.y)
        let tangent = Point(x: 3 * s * s * (b.x - a.x) + 6 * s * t * (c.x - b.x) + 3 * t * t * (d.x - c.x),
                            y: 3 * s * s * (b.y - a.y) + 6 * s * t * (c.y - b.y) + 3 * t * t * (d.y - c.y))
        return (point, tangent)
    }

    /// Five points per spline segment (both ends and three between).
    static func samplePoints(_ p: [Point]) -> [Point] {
        guard p.count >= 4 else { return p }
        let segments = (p.count - 1) / 3
        return (0...(segments * 4)).map { pointAndTangent(p, at: Double($0) / Double(segments * 4)).0 }
    }
}
