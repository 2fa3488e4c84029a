import Foundation
import KGraphModel
import Testing
@testable import KGraphRender

/// PNG and PDF put edge labels where the SVG writer does: beside their own edges, not on them.
@Suite struct CairoEdgeLabelTests {
    /// A chain and a fan of dotted, dashed and solid edges between short-named nodes.
    static var graph: KnowledgeGraph {
        KnowledgeGraph(
            nodes: [Node(label: "Ruritania", type: .country), Node(label: "Freedonia", type: .country),
                    Node(label: "free ports", type: .principle), Node(label: "open seas", type: .principle),
                    Node(label: "Jane Roe", type: .person)],
            edges: [Edge(source: "ruritania", target: "free-ports", type: .upholds),
                    Edge(source: "freedonia", target: "open-seas", type: .upholds),
                    Edge(source: "ruritania", target: "open-seas", type: .upholds),
                    Edge(source: "jane-roe", target: "ruritania", type: .serves),
                    Edge(source: "jane-roe", target: "freedonia", type: .rejects)])
    }

    /// Graphviz's own JSON of the cairo layout, as the PNG and PDF devices see it: `xlp` is each
    /// edge label's centre, `pos` the edge's spline.
    @Test func labelsSitBesideTheirEdges() throws {
        let bytes = try Renderer.shared.render(Diagram(graph: Self.graph), device: "json", engine: "dot", cairo: true)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let edges = try #require(json["edges"] as? [[String: Any]])
        let labelled = edges.filter { $0["xlp"] != nil }
        #expect(labelled.count == 5)
        for e in labelled {
            let xlp = (e["xlp"] as! String).split(separator: ",").map { Double($0)! }
            // Spline points: "e,x,y x,y x,y ..." (the arrow end first, when there is one).
            let points = (e["pos"] as! String).split(separator: " ").map { p -> [Double] in
                p.split(separator: ",").compactMap { Double($0) }
            }.filter { $0.count == 2 }
            let nearest = points.map { (($0[0] - xlp[0]) * ($0[0] - xlp[0]) + ($0[1] - xlp[1]) * ($0[1] - xlp[1])).squareRoot() }.min()!
            // Half a 9 pt label's height plus the gap: the label's box does not cover its curve.
            #expect(nearest >= 6, "\(e["xlabel"] ?? "") at \(xlp), \(nearest) pt from its edge")
        }
    }
}
