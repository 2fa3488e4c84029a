import Foundation
import Testing
@testable import KGraphReport

@Suite struct SVGEmbedderTests {
    let svg = Fixtures.graphvizSVG(Fixtures.first, name: "first")

    @Test func stripsPrologDoctypeAndComments() throws {
        let out = try SVGEmbedder(idPrefix: "kg1-").embed(svg)
        #expect(out.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""))
        #expect(out.hasSuffix("</svg>"))
        #expect(!out.contains("<?xml"))
        #expect(!out.contains("DOCTYPE"))
        #expect(!out.contains("<!--"))
    }

    @Test func prefixesEveryIDAndReference() throws {
        let out = try SVGEmbedder(idPrefix: "kg1-").embed(svg)
        let page = PageCheck(out)
        #expect(page.wellFormed, "\(page.parseError)")
        #expect(Set(page.ids) == ["kg1-clip_0", "kg1-graph0", "kg1-node1", "kg1-a_node1", "kg1-l_0", "kg1-node2", "kg1-a_node2",
                                  "kg1-l_1", "kg1-node3", "kg1-a_node3", "kg1-l_2", "kg1-edge1", "kg1-a_edge1", "kg1-edge2", "kg1-a_edge2"])
        #expect(out.contains("fill=\"url(#kg1-l_0)\""))
        #expect(out.contains("clip-path=\"url(#kg1-clip_0)\""))
        #expect(page.allReferences == 4)
        #expect(page.unresolvedReferences.isEmpty)
        // Graphviz writes `-` as `&#45;`; the classes come out plain for CSS selectors.
        #expect(out.contains("class=\"node node-type-country\""))
        #expect(out.contains("class=\"edge edge-type-rejects\""))
    }

    @Test func twoCopiesInOnePageDoNotCollide() throws {
        let page = PageCheck("<div>" + (try SVGEmbedder(idPrefix: "kg-a1-").embed(svg)) + (try SVGEmbedder(idPrefix: "kg-a2-").embed(svg)) + "</div>")
        #expect(page.wellFormed)
        #expect(page.svgs.count == 2)
        #expect(page.ids.count == 30)
        #expect(page.duplicateIDs.isEmpty)
        #expect(page.unresolvedReferences.isEmpty)
        #expect(page.svgs[0].ids.isDisjoint(with: page.svgs[1].ids))
    }

    @Test func responsiveRootKeepsViewBoxAndCapsWidth() throws {
        let out = try SVGEmbedder(idPrefix: "p-", responsive: true, label: "A & B").embed(svg)
        let root = try #require(PageCheck(out).elements.first)
        #expect(root.attributes["width"] == nil)
        #expect(root.attributes["height"] == nil)
        #expect(root.attributes["viewBox"] == "0.00 0.00 360.00 116.00")
        #expect(root.attributes["style"] == "max-width:360pt")
        #expect(root.attributes["class"] == "kg-svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-label"] == "A & B")
        let fixed = try #require(PageCheck(try SVGEmbedder(responsive: false).embed(svg)).elements.first)
        #expect(fixed.attributes["width"] == "360pt")
        #expect(fixed.attributes["height"] == "116pt")
    }

    @Test func removesActiveContentFromHostileSVG() throws {
        let hostile = """
        <?xml version="1.0"?>
        <svg width="10pt" height="10pt" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="window.__kgPwned=1">
        <script>window.__kgPwned=1</script>
        <script xlink:href="https://evil.example/x.js"/>
        <style>@import url(https://evil.example/x.css);</style>
        <foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="window.__kgPwned=1"/></div></foreignObject>
        <g id="g1" onclick="window.__kgPwned=1" ONMOUSEOVER="x()">
        <a xlink:href="javascript:window.__kgPwned=1"><text>click</text></a>
        <a href="https://example.org/ok"><text>ok</text></a>
        <image xlink:href="https://evil.example/track.png" width="1" height="1"/>
        <rect fill="url(https://evil.example/p.svg#x)" stroke="url(#missing)" width="1" height="1"/>
        <use xlink:href="#g1"/>
        <animate attributeName="href" to="javascript:alert(1)"/>
        <set attributeName="onload" to="alert(1)"/>
        </g>
        </svg>
        """
        let out = try SVGEmbedder(idPrefix: "h-").embed(hostile)
        let page = PageCheck(out)
        #expect(page.wellFormed, "\(page.parseError)")
        let names = Set(page.elements.map(\.name))
        #expect(names == ["svg", "g", "a", "text", "image", "rect", "use"])
        #expect(page.eventAttributes.isEmpty)
        #expect(page.externalLinks == ["https://example.org/ok"])
        #expect(!out.contains("evil.example"))
        #expect(!out.contains("javascript"))
        #expect(!out.contains("__kgPwned"))
        #expect(out.contains("<use xlink:href=\"#h-g1\"/>"))
        #expect(page.unresolvedReferences.isEmpty)
    }

    @Test func duplicateIDsInOneSVGAreMadeUnique() throws {
        let s = "<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"a b\"/><g id=\"a b\"/><rect fill=\"url(#a b)\"/></svg>"
        let out = try SVGEmbedder(idPrefix: "x-", responsive: false).embed(s)
        #expect(out == "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><g id=\"x-a_b\"/><g id=\"x-a_b-2\"/><rect fill=\"url(#x-a_b)\"/></svg>")
    }

    @Test func malformedSVGIsAnErrorNotACrash() {
        for bad in ["", "<svg>", "<svg><g></svg>", "<html></html>", "<svg a=b></svg>", "<svg></svg><svg></svg>", "<svg><!-- x </svg>"] {
            #expect(throws: SVGEmbeddingError.self, "\(bad)") { try SVGEmbedder().embed(bad) }
        }
    }

    @Test func textIsReescapedAfterDecoding() throws {
        let s = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lt;script&gt; &amp; &#45;&#x41;&bogus; &#0;</text><title><![CDATA[a<b]]></title></svg>"
        let out = try SVGEmbedder(responsive: false).embed(s)
        #expect(out.contains("<text>&lt;script&gt; &amp; -A&amp;bogus; \u{FFFD}</text>"))
        #expect(out.contains("<title>a&lt;b</title>"))
    }
}
