import Testing
@testable import KGraphRender

@Suite struct SpatialGridTests {
    /// The grid gives what checking every box and point gives, to the last bit.
    @Test func sameAnswersAsCheckingEverything() {
        var state: UInt64 = 7
        func random(_ range: ClosedRange<Double>) -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return range.lowerBound + Double(state >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
        }
        typealias Box = EdgeLabelPlacement.Box
        var grid = SpatialGrid(cell: 50)
        var boxes: [Box] = [], points: [DiagramLayout.Point] = []
        for _ in 0..<400 {
            let b = Box(center: .init(x: random(-500...500), y: random(-500...500)), width: random(1...160), height: random(1...60))
            boxes.append(b)
            grid.insert(b)
            let p = DiagramLayout.Point(x: random(-500...500), y: random(-500...500))
            points.append(p)
            grid.insert(p)
        }
        var nonZero = 0
        for _ in 0..<300 {
            let probe = Box(center: .init(x: random(-520...520), y: random(-520...520)), width: random(5...120), height: random(5...40))
            let expected = boxes.reduce(0) { $0 + $1.overlap(probe) }
            #expect(grid.overlap(probe) == expected)
            #expect(grid.count(in: probe) == points.filter { probe.contains($0) }.count)
            if expected > 0 { nonZero += 1 }
        }
        #expect(nonZero > 50)
    }
}
