import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

@Suite("Nodes without edges, shelved below the drawing")
struct IsolatedNodeShelfTests {
    /// Two linked countries, and isolated nodes of three types given out of type order.
    static let graph = KnowledgeGraph(
        nodes: [Node(label: "Ruritania", type: .country), Node(label: "Freedonia", type: .country),
                Node(label: "Zembla", type: .country), Node(label: "Oak Pact", type: .alliance),
                Node(label: "Jane Roe", type: .person), Node(label: "Elm Pact", type: .alliance)],
        edges: [Edge(source: "ruritania", target: "freedonia", type: .rejects)])

    /// Each node's label position in SVG coordinates (y down), by node id.
    func centres(_ svg: String) throws -> [String: (x: Double, y: Double)] {
        var out: [String: (x: Double, y: Double)] = [:]
        for chunk in svg.components(separatedBy: "<g id=\"node").dropFirst() {
            let title = try #require(chunk.range(of: "<title>").flatMap { r in chunk[r.upperBound...].split(separator: "<").first })
            let text = try #require(chunk.range(of: "<text ").map { chunk[$0.upperBound...] })
            func number(_ name: String) throws -> Double {
                let r = try #require(text.range(of: " \(name)=\""))
                return try #require(Double(text[r.upperBound...].prefix { $0 != "\"" }))
            }
            out[String(title)] = (try number("x"), try number("y"))
        }
        return out
    }

    @Test func isolatedNodesSitBelowTheConnectedPartGroupedByTypeUnderACaption() throws {
        let svg = try svgString(Diagram(graph: Self.graph))
        #expect(svg.contains(">Mentioned, no relation found</text>"))
        let c = try centres(svg)
        #expect(c.count == 6)
        let lowestLinked = max(c["ruritania"]!.y, c["freedonia"]!.y)
        for id in ["zembla", "oak-pact", "jane-roe", "elm-pact"] { #expect(c[id]!.y > lowestLinked + 20, "\(id)") }
        // One row here, group after group (classes in order: alliance, country, person), ids in order.
        let row = ["elm-pact", "oak-pact", "zembla", "jane-roe"].map { c[$0]! }
        #expect(Set(row.map(\.y)).count == 1)
        #expect(zip(row, row.dropFirst()).allSatisfy { $0.x < $1.x })
        // The caption is above the shelf and below the linked nodes.
        let captionY = try #require(svg.range(of: ">Mentioned, no relation found</text>").flatMap { r -> Double? in
            let before = svg[..<r.lowerBound]
            let y = before.range(of: " y=\"", options: .backwards).map { before[$0.upperBound...].prefix { $0 != "\"" } }
            return y.flatMap { Double($0) }
        })
        #expect(captionY > lowestLinked && captionY < row[0].y)
    }

    @Test func aGraphWithNoEdgesIsAllShelfAndManyIsolatedNodesWrapIntoRows() throws {
        let many = KnowledgeGraph(nodes: (0..<300).map { Node(label: "Isle \($0)", type: .region) })
        let svg = try svgString(Diagram(graph: many))
        let c = try centres(svg)
        #expect(c.count == 300)
        let rows = Set(c.values.map(\.y)).count
        #expect(rows > 5 && rows <= 150, "\(rows) rows")
        // Rows no wider than the narrowest shelf allows (plus one node).
        let xs = c.values.map(\.x)
        #expect(xs.max()! - xs.min()! <= IsolatedNodeShelf.minimumWidth + 10)
    }

    @Test func sameBytesEveryTime() throws {
        let d = Diagram(graph: Self.graph)
        #expect(try svgString(d) == svgString(d))
        #expect(try svgString(d, engine: .sfdp) == svgString(d, engine: .sfdp))
    }
}

@Suite("Layout engine choice")
struct LayoutEngineAutomaticTests {
    @Test func dotForSmallConnectedPartsSfdpBeyond() {
        #expect(LayoutEngine.recommended(nodes: 150, edges: 300) == .dot)
        #expect(LayoutEngine.recommended(nodes: 151, edges: 200) == .sfdp)
        #expect(LayoutEngine.recommended(nodes: 100, edges: 301) == .sfdp)
        // Nodes without edges do not count: they are shelved, not laid out.
        var nodes = (0..<2_000).map { Node(label: "Isle \($0)", type: .region) }
        nodes += [Node(label: "Ruritania", type: .country), Node(label: "Freedonia", type: .country)]
        let g = KnowledgeGraph(nodes: nodes, edges: [Edge(source: "ruritania", target: "freedonia", type: .rejects)])
        #expect(LayoutEngine.recommended(for: g) == .dot)
        #expect(LayoutEngine.recommended(for: Diagram(graph: g)) == .dot)
        #expect(LayoutEngine.recommended(nodes: 500, edges: 900, pinned: true) == .neato)
        #expect(LayoutEngine.recommended(nodes: 1_001, edges: 900, pinned: true) == .sfdp)
    }
}

@Suite("Shelf with a layout attribute")
struct IsolatedNodeShelfLayoutAttributeTests {
    /// A diagram naming its engine (`layout=sfdp`, as render's DOT does) must not have its
    /// shelf laid out by that engine: sfdp packs every isolated node as a piece of its own,
    /// quadratic in their number (197 s for 5,182 of them).
    @Test func theShelfIgnoresTheDiagramsLayoutAttribute() throws {
        var nodes = (0..<2_000).map { Node(label: "Isle \($0)", type: .region) }
        nodes += [Node(label: "Ruritania", type: .country), Node(label: "Freedonia", type: .country)]
        var d = Diagram(graph: KnowledgeGraph(nodes: nodes, edges: [Edge(source: "ruritania", target: "freedonia", type: .rejects)]))
        d.graphAttributes["layout"] = "sfdp"
        let t0 = Date()
        let svg = try svgString(d, engine: .sfdp)
        #expect(Date().timeIntervalSince(t0) < 10)
        #expect(svg.contains(">Isle 1999<"))
    }
}

@Suite("Shelf and pinned layouts")
struct IsolatedNodeShelfPinnedTests {
    /// A diff pins every node (`pos`) so its sides line up: nothing is moved to a shelf.
    @Test func pinnedDiagramsKeepIsolatedNodesWhereTheyArePinned() throws {
        let d = Diagram(name: "pinned", nodes: [
            .init(id: "a", attributes: ["label": "A", "pos": "0,0!"]), .init(id: "b", attributes: ["label": "B", "pos": "200,0!"]),
            .init(id: "c", attributes: ["label": "C", "pos": "100,300!"]),
        ], edges: [.init(source: "a", target: "b")])
        let svg = try svgString(d, engine: .neato)
        #expect(!svg.contains("Mentioned, no relation found"))
        let unpinned = Diagram(name: "free", nodes: [.init(id: "a"), .init(id: "b"), .init(id: "c")], edges: [.init(source: "a", target: "b")])
        #expect(try svgString(unpinned).contains("Mentioned, no relation found"))
    }
}
