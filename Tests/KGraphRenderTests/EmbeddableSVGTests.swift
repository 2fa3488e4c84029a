import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

@Suite struct EmbeddableSVGTests {
    @Test func stripsPrologDoctypeAndCommentsAndIsResponsive() throws {
        let svg = try svgString(Diagram(graph: sampleGraph()))
        let embedded = try Renderer.embeddableSVG(svg)
        #expect(embedded.hasPrefix("<svg width=\"100%\" style=\"max-width:"))
        #expect(!embedded.contains("<?xml") && !embedded.contains("<!DOCTYPE") && !embedded.contains("<!--"))
        let doc = try parseXML(embedded)
        let root = try #require(doc.rootElement())
        #expect(root.value("height") == nil)
        #expect(root.value("viewBox")?.hasPrefix("0 0 ") == true)
        #expect(root.value("style")?.hasSuffix("pt;height:auto") == true)
        #expect(try groups(doc, class: "kg-node").count == 5)
    }

    @Test func prefixesEveryIdAndEveryReferenceToOne() throws {
        var diagram = Diagram(graph: sampleGraph())
        diagram.nodes[0].attributes["URL"] = "#host-anchor"
        let svg = try svgString(diagram)
        let embedded = try Renderer.embeddableSVG(svg, idPrefix: "art1-")
        let doc = try parseXML(embedded)
        let ids = try doc.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(ids.count > 10)
        #expect(ids.allSatisfy { $0.hasPrefix("art1-") })
        #expect(ids.contains("art1-graph0") && ids.contains("art1-edge1") && ids.contains("art1-node1"))
        // Links to anchors outside the SVG are left alone.
        #expect(embedded.contains("xlink:href=\"#host-anchor\""))
    }

    @Test func rewritesReferencesOnlyToDefinedIds() throws {
        let svg = """
        <?xml version="1.0"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd" [ <!ENTITY e "v"> ]>
        <!-- a comment with <tags> -->
        <svg width="10pt" height="20pt" viewBox="0 0 10 20" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <defs><linearGradient id='l_0'/><clipPath id="c"/></defs>
        <rect fill="url(#l_0)" style="clip-path:url('#c');fill:url(#missing)" data-id="keep"/>
        <use href="#c"/><use xlink:href="#l_0"/><a xlink:href="#elsewhere"><text>id="fake" url(#c)</text></a>
        <![CDATA[ id="inside" ]]>
        </svg>
        """
        let out = try Renderer.embeddableSVG(svg, idPrefix: "p_")
        #expect(out == """
        <svg width="100%" style="max-width:10pt;height:auto" viewBox="0 0 10 20" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <defs><linearGradient id='p_l_0'/><clipPath id="p_c"/></defs>
        <rect fill="url(#p_l_0)" style="clip-path:url('#p_c');fill:url(#missing)" data-id="keep"/>
        <use href="#p_c"/><use xlink:href="#p_l_0"/><a xlink:href="#elsewhere"><text>id="fake" url(#c)</text></a>
        <![CDATA[ id="inside" ]]>
        </svg>

        """)
    }

    @Test func rejectsBadPrefixesAndNonSVG() {
        #expect(throws: RenderError.self) { try Renderer.embeddableSVG("<svg/>", idPrefix: "1abc") }
        #expect(throws: RenderError.self) { try Renderer.embeddableSVG("<svg/>", idPrefix: "a\"b") }
        #expect(throws: RenderError.self) { try Renderer.embeddableSVG("<html></html>") }
        #expect(Renderer.isValidIDPrefix("art-1_x.y"))
        #expect(!Renderer.isValidIDPrefix(""))
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
