import KGraphModel
import Testing
@testable import KGraphRender

/// cgraph returns NULL when it cannot create a graph, node or edge; the builder must throw,
/// not crash. The failing calls stand in for cgraph through ``GraphBuilder/cgraph``.
@Suite struct GraphBuilderFailureTests {
    let diagram = Diagram(graph: sampleGraph())

    func build(_ adjust: (inout CGraphCalls) -> Void) throws(RenderError) -> Int {
        var builder = GraphBuilder(diagram: diagram, engine: "dot", escapeURLAmpersands: false)
        adjust(&builder.cgraph)
        return try Renderer.shared.withGraphviz { () throws(RenderError) in
            let built = try builder.build()
            defer { built.close() }
            return built.edges.count
        }
    }

    @Test func theRealCallsBuildEveryEdge() throws {
        #expect(try build { _ in } == diagram.edges.count)
        #expect(diagram.edges.count >= 2)
    }

    @Test func aGraphCgraphCannotOpenThrows() {
        let error = #expect(throws: RenderError.self) { try build { $0.openGraph = { _ in nil } } }
        #expect(error?.message == "Graphviz could not create a graph")
    }

    @Test func aNodeCgraphCannotCreateThrows() {
        // The second node fails: the graph made so far is closed, the error names the node.
        let error = #expect(throws: RenderError.self) {
            try build { calls in
                let real = calls.node
                calls.node = { g, name in name == GraphvizNames.node(1) ? nil : real(g, name) }
            }
        }
        #expect(error?.message.hasPrefix("Graphviz could not create node 2 of ") == true)
    }

    @Test func anEdgeCgraphCannotCreateThrows() {
        let error = #expect(throws: RenderError.self) { try build { $0.edge = { _, _, _ in nil } } }
        #expect(error?.message.hasPrefix("Graphviz could not create edge 1 of ") == true)
    }

    @Test func theRendererStillWorksAfterAFailedBuild() throws {
        _ = try? build { $0.node = { _, _ in nil } }
        let svg = try svgString(diagram)
        #expect(svg.contains("Rufus Firefly"))
    }
}
