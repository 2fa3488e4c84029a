import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

@Suite struct EscapingTests {
    static let hostile = "<script>alert(\"x\")</script> & ]]> <!-- c --> 'q' \\N \\n \\l \\G \\E"

    var hostileGraph: KnowledgeGraph {
        KnowledgeGraph(
            title: "Title \\G <b>",
            nodes: [
                Node(id: "evil", label: Self.hostile, type: .country, aliases: ["a\u{1}b", "x--y"]),
                Node(id: "other\\N", label: "Line one\nLine two\u{7}", type: .region),
            ],
            edges: [Edge(source: "evil", target: "other\\N", type: .supports,
                         evidence: [Evidence(article: "a&b", sentenceIndex: 0, sentence: "He said \"yes\" \\N\u{2} <ok>")])])
    }

    @Test func hostileTextIsEscapedInSVG() throws {
        let svg = try svgString(Diagram(graph: hostileGraph))
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("\u{1}") && !svg.contains("\u{2}") && !svg.contains("\u{7}"))
        let doc = try parseXML(svg)  // well-formed
        // The long label is wrapped at spaces: its lines joined give it back.
        let evil = try #require(try groups(doc, class: "kg-node").first { (try? texts(of: $0).joined(separator: " ")) == Self.hostile })
        #expect(try texts(of: evil).count > 1)
        #expect(try tooltip(of: evil) == Self.hostile + " (country)\nAlso: a b, x--y")
        let other = try #require(try groups(doc, class: "node-type-region").first { $0.classes.contains("kg-node") })
        #expect(try texts(of: other) == ["Line one", "Line two "])
        // Tooltips keep their text exactly (the control character became a space).
        let edge = try #require(try groups(doc, class: "kg-edge").first)
        #expect(try tooltip(of: edge) == Self.hostile + " supports Line one\nLine two \n[a&b] He said \"yes\" \\N  <ok>")
        let root = try #require(try groups(doc, class: "graph").first)
        let rootTexts = try root.nodes(forXPath: "./*[local-name()='text']").compactMap(\.stringValue)
        #expect(rootTexts == ["Title \\G <b>"])
        let legend = try #require(try groups(doc, class: "legend").first)
        #expect(try texts(of: legend) == ["country", "region", "supports"])
    }

    @Test func hostileTextIsQuotedInDOT() throws {
        let dot = String(decoding: try Renderer.shared.render(Diagram(graph: hostileGraph), format: .dot), as: UTF8.self)
        // Wrapped lines are DOT's `\n`; the backslashes of the text are doubled.
        #expect(dot.contains(#"label="<script>alert(\"x\")</script>\n& ]]> <!-- c --> 'q' \\N \\n \\l \\G\n\\E""#))
        #expect(dot.contains("\"other\\N\"\t[class=\"kg-node node-type-region\""))
    }

    @Test func urlsWithAmpersandsStayWellFormed() throws {
        let d = Diagram(name: "links", nodes: [.init(id: "n", attributes: ["URL": "https://example.org/?a=1&b=\"2\"", "label": "n"])])
        let svg = try svgString(d)
        let doc = try parseXML(svg)
        let link = try #require(try elements(doc, "a").first)
        #expect(link.value("xlink:href") == "https://example.org/?a=1&b=\"2\"")
    }

    @Test func controlCharactersAreReplaced() {
        #expect(AttributeText.clean("a\u{0}b\u{1F}c\u{7F}d\u{85}e\u{FFFE}f\tg\r\nh\ri") == "a b c d e f\tg\nh\ni")
    }
}
