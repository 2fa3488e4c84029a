import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

/// Issue 14, item 1: node ids starting with `%` (cgraph's prefix for anonymous objects)
/// aborted neato, fdp, sfdp and twopi with `free(): invalid pointer`. Graphviz now sees only
/// internal names; the outputs still show the real ids.
@Suite struct GraphvizNameTests {
    /// Ids that are, or look like, cgraph's internal names, plus ones that need quoting.
    static let ids = ["%a", "%3", "%", "% b \"q\"", "n0", "n1", "G", "node", "-x-", "a&b <c>"]

    static func diagram(name: String = "%g", url: Bool = false) -> Diagram {
        var nodes = ids.map { Diagram.Node(id: $0, attributes: ["label": "L" + $0]) }
        if url { nodes[0].attributes["URL"] = "https://example.org/x" }  // forces Graphviz's own SVG device
        let edges = zip(ids, ids.dropFirst()).map { Diagram.Edge(source: $0, target: $1, attributes: ["label": "e"]) }
        return Diagram(name: name, nodes: nodes, edges: edges)
    }

    static func titles(_ svg: String) throws -> [String] {
        try elements(try parseXML(svg), "title").compactMap(\.stringValue)
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineDrawsPercentIdsWithTheirRealTitles(engine: LayoutEngine) throws {
        for url in [false, true] {
            let svg = try svgString(Self.diagram(url: url), engine: engine)
            let titles = Set(try Self.titles(svg))
            for id in Self.ids { #expect(titles.contains(id), "\(engine) url=\(url): \(id)") }
            #expect(titles.contains("%a->%3") && titles.contains("n0->n1") && titles.contains("G->node"), "\(engine) url=\(url)")
            #expect(!titles.contains("n2") && !titles.contains("n3->n4"), "internal names leaked (\(engine))")
        }
    }

    @Test(arguments: [OutputFormat.png, .pdf])
    func rasterAndPDFRenderPercentIds(format: OutputFormat) throws {
        for engine in [LayoutEngine.neato, .fdp, .sfdp, .twopi] {
            let bytes = try Renderer.shared.render(Self.diagram(), format: format, engine: engine)
            #expect(bytes.count > 100)
        }
    }

    @Test func dotOutputNamesTheRealIdsQuotedAsGraphvizQuotesThem() throws {
        let dot = String(decoding: try Renderer.shared.render(Self.diagram(), format: .dot, engine: .neato), as: UTF8.self)
        #expect(dot.hasPrefix("digraph \"%g\" {"))
        #expect(dot.contains("\t\"%a\" -> \"%3\""))
        #expect(dot.contains("\t\"% b \\\"q\\\"\" -> n0"))
        #expect(dot.contains("\tn0 -> n1"))
        #expect(dot.contains("\tG -> \"node\""))
        #expect(dot.contains("\"a&b <c>\"\t[label=\"La&b <c>\""))
        // Internal names never leak: n2 is not an id of this diagram.
        #expect(!dot.contains("n2"))
    }

    @Test func positionsAreKeyedByRealIds() throws {
        let positions = try Renderer.shared.positions(of: Self.diagram(), engine: .neato)
        #expect(Set(positions.keys) == Set(Self.ids))
    }

    @Test func internalNamesMapBack() {
        let names = GraphvizNames(graph: "real", nodes: ["x", "y"])
        #expect(names.real(Array("n1".utf8)) == "y" && names.real(Array("G".utf8)) == "real")
        #expect(names.real(Array("n2".utf8)) == nil && names.real(Array("n01".utf8)) == nil && names.real(Array("n".utf8)) == nil)
    }
}
