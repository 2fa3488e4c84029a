/// A uniform grid over the plane for finding which boxes or points lie near a box, so edge
/// label placement checks a spot against what is near it instead of every node, label and
/// edge of the drawing (quadratic on graphs of thousands of nodes).
struct SpatialGrid {
    typealias Box = EdgeLabelPlacement.Box
    typealias Point = DiagramLayout.Point

    /// The side of a cell in points: about a node or a label.
    let cell: Double
    private var boxes: [Box] = []
    private var boxCells: [Int64: [Int32]] = [:]
    private var pointCells: [Int64: [Point]] = [:]

    init(cell: Double = 72) { self.cell = cell }

    private func key(_ cx: Int, _ cy: Int) -> Int64 { Int64(cx) << 32 ^ Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: cy))) }
    private func cellRange(_ b: Box) -> (ClosedRange<Int>, ClosedRange<Int>) {
        let x0 = Int((b.minX / cell).rounded(.down)), x1 = Int((b.maxX / cell).rounded(.down))
        let y0 = Int((b.minY / cell).rounded(.down)), y1 = Int((b.maxY / cell).rounded(.down))
        return (x0...max(x0, x1), y0...max(y0, y1))
    }

    /// Adds a box; boxes are numbered in the order added.
    mutating func insert(_ b: Box) {
        let i = Int32(boxes.count)
        boxes.append(b)
        let (xs, ys) = cellRange(b)
        for x in xs { for y in ys { boxCells[key(x, y), default: []].append(i) } }
    }

    mutating func insert(_ p: Point) {
        pointCells[key(Int((p.x / cell).rounded(.down)), Int((p.y / cell).rounded(.down))), default: []].append(p)
    }

    /// The sum of the overlaps of `b` with every box added, in the order they were added (the
    /// order a plain loop over all boxes adds them in, so sums are the same to the last bit).
    func overlap(_ b: Box) -> Double {
        var found: [Int32] = []
        let (xs, ys) = cellRange(b)
        for x in xs { for y in ys { if let list = boxCells[key(x, y)] { found += list } } }
        guard !found.isEmpty else { return 0 }
        found.sort()
        var sum = 0.0, last: Int32 = -1
        for i in found where i != last {
            last = i
            sum += boxes[Int(i)].overlap(b)
        }
        return sum
    }

    /// How many points added lie inside `b`.
    func count(in b: Box) -> Int {
        var n = 0
        let (xs, ys) = cellRange(b)
        for x in xs { for y in ys { for p in pointCells[key(x, y)] ?? [] where b.contains(p) { n += 1 } } }
        return n
    }
}
