import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

/// The drawing kgraph's SVG writer makes, embedded (`render --embed`, reports): written so,
/// not re-parsed.
@Suite struct EmbeddableSVGTests {
    func embedded(_ diagram: Diagram, _ embedding: SVGEmbedding) throws -> String {
        try Renderer.shared.drawing(diagram).embedded(embedding)
    }

    @Test func dropsThePrologAndIsResponsive() throws {
        let embedded = try embedded(Diagram(graph: sampleGraph()), SVGEmbedding())
        #expect(embedded.hasPrefix("<svg width=\"100%\" style=\"max-width:"))
        #expect(embedded.hasSuffix("</svg>\n"))
        #expect(!embedded.contains("<?xml") && !embedded.contains("<!DOCTYPE") && !embedded.contains("<!--"))
        let doc = try parseXML(embedded)
        let root = try #require(doc.rootElement())
        #expect(root.value("height") == nil)
        #expect(root.value("viewBox")?.hasPrefix("0 0 ") == true)
        #expect(root.value("style")?.hasSuffix("pt;height:auto") == true)
        #expect(try groups(doc, class: "kg-node").count == 5)
    }

    @Test func prefixesEveryId() throws {
        let embedded = try embedded(Diagram(graph: sampleGraph()), SVGEmbedding(idPrefix: "art1-"))
        let doc = try parseXML(embedded)
        let ids = try doc.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(ids.count > 10)
        #expect(ids.allSatisfy { $0.hasPrefix("art1-") })
        #expect(ids.contains("art1-graph0") && ids.contains("art1-edge1") && ids.contains("art1-node1") && ids.contains("art1-a_node1"))
        #expect(Set(ids).count == ids.count)
        // The writer draws no references to ids (no url(#…), no href="#…"), so ids are all there is to prefix.
        #expect(!embedded.contains("url(") && !embedded.contains("href="))
    }

    /// The embedded copy is the standalone document with the prolog gone, the root element
    /// replaced and the prefix in front of each id: nothing else changes, escaping included.
    @Test func differsFromTheDocumentOnlyInRootAndIds() throws {
        var diagram = Diagram(graph: sampleGraph())
        diagram.nodes[0].attributes["tooltip"] = "id=\"x\" <g id='y'> & url(#z)"
        diagram.graphAttributes["id"] = "root"
        let drawing = try Renderer.shared.drawing(diagram)
        let document = String(decoding: drawing.document, as: UTF8.self)
        #expect(document == (try svgString(diagram)))
        let out = drawing.embedded(try SVGEmbedding(idPrefix: "p_", label: "A & 'B'", sizing: .natural))
        let rootEnd = try #require(document.range(of: "\">\n<g id=")).lowerBound
        let expected = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " role=\"img\" aria-label=\"A &amp; &#39;B&#39;\" "
            + document[document.range(of: "width=")!.lowerBound..<document.range(of: " xmlns=")!.lowerBound] + ">"
            + document[document.index(rootEnd, offsetBy: 2)...].replacingOccurrences(of: "<g id=\"", with: "<g id=\"p_")
        #expect(out == expected)
        #expect(out.contains("xlink:title=\"id=&quot;x&quot; &lt;g id=&#39;y&#39;&gt; &amp; url(#z)\""))
        let standalone = drawing.embedded(try SVGEmbedding(sizing: .natural, standalone: true))
        #expect(standalone.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg xmlns="))
        _ = try parseXML(standalone)
        _ = try parseXML(out)
    }

    @Test func rejectsBadPrefixesAndWhatOnlyGraphvizDraws() throws {
        #expect(throws: RenderError.self) { try SVGEmbedding(idPrefix: "1abc") }
        #expect(throws: RenderError.self) { try SVGEmbedding(idPrefix: "a\"b") }
        #expect(SVGEmbedding.isValidIDPrefix("art-1_x.y"))
        #expect(!SVGEmbedding.isValidIDPrefix(""))
        // Links are drawn by Graphviz's own SVG renderer, whose output is not made embeddable.
        var linked = Diagram(graph: sampleGraph())
        linked.nodes[0].attributes["URL"] = "#host-anchor"
        #expect(throws: RenderError.self) { try Renderer.shared.drawing(linked) }
        #expect(try svgString(linked).contains("#host-anchor"))
    }
}

@Suite struct GraphvizIDAttributeTests {
    @Test func rootIdPrefixesEveryGeneratedId() throws {
        var diagram = Diagram(graph: sampleGraph())
        diagram.graphAttributes["id"] = "art1"
        let doc = try parseXML(try svgString(diagram))
        let ids = try doc.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(ids.first == "art1")
        #expect(ids.contains("art1_node1") && ids.contains("art1_edge1"))
        #expect(ids.filter { $0 == "art1" }.count == 1)
        // Graphviz names link wrappers a_<id>_node1.
        #expect(ids.dropFirst().filter { !$0.hasPrefix("art1_") && !$0.hasPrefix("a_art1_") } == [])
    }
}
