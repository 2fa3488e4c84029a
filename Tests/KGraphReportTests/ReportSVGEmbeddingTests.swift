import Foundation
import KGraphModel
import KGraphRender
import Testing
@testable import KGraphReport

/// Drawings as reports inline them (`SVGDrawing.embedded`, `.fitted`) and write them beside
/// Markdown (`.natural`, standalone): made so by the SVG writer, never re-parsed.
@Suite struct ReportSVGEmbeddingTests {
    static func inline(_ drawing: SVGDrawing, prefix: String, label: String? = nil) throws -> String {
        drawing.embedded(try SVGEmbedding(idPrefix: prefix, label: label, sizing: .fitted))
    }

    @Test func dropsTheProlog() throws {
        let out = try Self.inline(try Fixtures.drawing(Fixtures.first, name: "first"), prefix: "kg1-")
        #expect(out.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""))
        #expect(out.hasSuffix("</svg>\n"))
        #expect(!out.contains("<?xml"))
        #expect(!out.contains("DOCTYPE"))
        #expect(!out.contains("<!--"))
    }

    @Test func prefixesEveryID() throws {
        let out = try Self.inline(try Fixtures.drawing(Fixtures.first, name: "first"), prefix: "kg1-")
        let page = PageCheck(out)
        #expect(page.wellFormed, "\(page.parseError)")
        let nodes = Fixtures.first.nodes.count, edges = Fixtures.first.edges.count
        var expected: Set<String> = ["kg1-graph0"]
        for i in 1...nodes { expected.formUnion(["kg1-node\(i)", "kg1-a_node\(i)"]) }
        for i in 1...edges { expected.formUnion(["kg1-edge\(i)", "kg1-a_edge\(i)"]) }
        #expect(Set(page.ids) == expected)
        #expect(page.ids.count == expected.count)
        #expect(page.unresolvedReferences.isEmpty)
        // Classes are plain, for CSS selectors.
        #expect(out.contains(" node-type-country\""))
        #expect(out.contains("edge-type-rejects"))
    }

    @Test func twoCopiesInOnePageDoNotCollide() throws {
        let drawing = try Fixtures.drawing(Fixtures.first, name: "first")
        let page = PageCheck("<div>" + (try Self.inline(drawing, prefix: "kg-a1-")) + (try Self.inline(drawing, prefix: "kg-a2-")) + "</div>")
        #expect(page.wellFormed)
        #expect(page.svgs.count == 2)
        #expect(page.ids.count == 2 * (1 + 2 * Fixtures.first.nodes.count + 2 * Fixtures.first.edges.count))
        #expect(page.duplicateIDs.isEmpty)
        #expect(page.unresolvedReferences.isEmpty)
        #expect(page.svgs[0].ids.isDisjoint(with: page.svgs[1].ids))
    }

    @Test func fittedRootKeepsViewBoxAndCapsWidth() throws {
        let drawing = try Fixtures.drawing(Fixtures.first, name: "first")
        let natural = try #require(PageCheck(drawing.embedded(try SVGEmbedding(sizing: .natural))).elements.first)
        let width = try #require(natural.attributes["width"])
        #expect(width.hasSuffix("pt") && Double(width.dropLast(2)) ?? 0 > 100)
        #expect(natural.attributes["height"]?.hasSuffix("pt") == true)
        let root = try #require(PageCheck(try Self.inline(drawing, prefix: "p-", label: "A & B")).elements.first)
        #expect(root.attributes["width"] == nil)
        #expect(root.attributes["height"] == nil)
        #expect(root.attributes["viewBox"] == natural.attributes["viewBox"])
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        #expect(root.attributes["style"] == "max-width:\(width)")
        #expect(root.attributes["class"] == "kg-svg")
        #expect(root.attributes["preserveAspectRatio"] == "xMidYMin meet")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-label"] == "A & B")
    }

    /// Hostile labels, ids, aliases, evidence and titles end up as text and attribute values
    /// only: the writer escapes them once, as it writes, and nothing decodes them again.
    @Test func hostileGraphDrawsOnlyInertMarkup() throws {
        let drawing = try Fixtures.drawing(Fixtures.hostile, name: "<script>x</script>")
        let out = try Self.inline(drawing, prefix: "h-", label: Fixtures.payloadScript)
        let page = PageCheck(out)
        #expect(page.wellFormed, "\(page.parseError)")
        let names = Set(page.elements.map(\.name))
        #expect(names.isSubset(of: ["svg", "g", "title", "a", "text", "polygon", "polyline", "path", "ellipse", "rect", "line"]))
        #expect(names.isSuperset(of: ["svg", "g", "title", "a", "text"]))
        #expect(page.scriptElements == 0)
        #expect(page.eventAttributes.isEmpty)
        #expect(page.externalLinks.isEmpty)
        #expect(page.duplicateIDs.isEmpty)
        #expect(!out.contains("<script") && !out.contains("<img") && !out.contains("<svg onload"))
        // The label is shown (wrapped over lines), as text.
        #expect(page.text.contains("<script>"))
        #expect(page.text.contains("<script>window.__kgPwned"))
        #expect(page.svgs.first?.ids.allSatisfy { $0.hasPrefix("h-") } == true)
    }

    /// Text is escaped once, by the writer: markup in a label comes out as its entities,
    /// never decoded and never escaped twice.
    @Test func textIsEscapedOnce() throws {
        let g = KnowledgeGraph(nodes: [Node(id: "a", label: "<b> & A \"q\" 'r'", type: .country)], edges: [])
        let out = try Self.inline(try Fixtures.drawing(g), prefix: "t-")
        #expect(out.contains(">&lt;b&gt; &amp; A &quot;q&quot; &#39;r&#39;</text>"))
        #expect(PageCheck(out).text.contains("<b> & A \"q\" 'r'"))
    }
}
