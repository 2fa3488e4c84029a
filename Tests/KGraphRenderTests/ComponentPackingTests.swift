import Foundation
import Testing
@testable import KGraphRender

/// Many separate pieces are packed in a grid, not as polyominoes against each other (whose
/// cost grows with the square of their number: minutes for a big diff's changes).
@Suite("Packing a diagram's many pieces")
struct ComponentPackingTests {
    /// `pairs` two-node pieces, `ring` nodes in one cycle, and one edge whose end is not a node.
    static func diagram(pairs: Int, ring: Int = 0, attributes: [String: String] = [:]) -> Diagram {
        var nodes: [Diagram.Node] = [], edges: [Diagram.Edge] = []
        for i in 0..<pairs {
            nodes += [.init(id: "p\(i)", attributes: attributes), .init(id: "q\(i)")]
            edges.append(.init(source: "p\(i)", target: "q\(i)"))
        }
        for i in 0..<ring {
            nodes.append(.init(id: "r\(i)"))
            edges.append(.init(source: "r\(i)", target: "r\((i + 1) % ring)"))
        }
        return Diagram(name: "pieces", nodes: nodes, edges: edges)
    }

    @Test func countsConnectedPiecesWithEdgeOnlyNodesAndLoops() {
        #expect(GraphBuilder.pieceCount(DiagramIndex(Self.diagram(pairs: 3, ring: 5))) == 4)
        var d = Self.diagram(pairs: 2)
        d.edges.append(.init(source: "q1", target: "elsewhere"))  // joins the second pair
        d.edges.append(.init(source: "lone", target: "lone"))      // a piece of its own
        d.nodes.append(.init(id: "island"))
        #expect(GraphBuilder.pieceCount(DiagramIndex(d)) == 4)
    }

    @Test func gridOnlyForManyPiecesUnpinnedAndAPackingEngine() {
        let many = DiagramIndex(Self.diagram(pairs: 301))
        #expect(GraphBuilder.packMode(engine: "sfdp", index: many, graphAttributes: [:]) == "array_6")
        #expect(GraphBuilder.packMode(engine: "neato", index: many, graphAttributes: [:]) == "array_6")
        #expect(GraphBuilder.packMode(engine: "dot", index: many, graphAttributes: [:]) == nil)
        #expect(GraphBuilder.packMode(engine: "sfdp", index: many, graphAttributes: ["packmode": "graph"]) == nil)
        let few = DiagramIndex(Self.diagram(pairs: 200))
        #expect(GraphBuilder.packMode(engine: "sfdp", index: few, graphAttributes: [:]) == nil)
        let pinned = DiagramIndex(Self.diagram(pairs: 301, attributes: ["pos": "1,2!"]))
        #expect(GraphBuilder.packMode(engine: "sfdp", index: pinned, graphAttributes: [:]) == nil)
    }

    /// 1,200 pieces laid out by sfdp: every node placed, none on top of another, and the
    /// drawing about square (polyomino packing took minutes at this count).
    @Test func manyPiecesAreLaidOutInAGrid() throws {
        let positions = try Renderer.shared.positions(of: Self.diagram(pairs: 1_200), engine: .sfdp)
        #expect(positions.count == 2_400)
        let points = Set(positions.values.map { "\($0.x),\($0.y)" })
        #expect(points.count == 2_400)
        let xs = positions.values.map(\.x), ys = positions.values.map(\.y)
        let width = xs.max()! - xs.min()!, height = ys.max()! - ys.min()!
        #expect(width > 0 && height > 0)
        #expect(max(width, height) / min(width, height) < 4, "\(width) x \(height)")
    }
}
