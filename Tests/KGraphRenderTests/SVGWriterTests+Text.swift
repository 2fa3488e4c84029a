import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

/// The SVG writer's numbers, text, ids and determinism.
extension SVGWriterTests {
    @Test func numbersAndTextAreWrittenExactly() {
        func number(_ v: Double) -> String {
            var out = SVGOutput(capacity: 16)
            out.number(v)
            return String(decoding: out.bytes, as: UTF8.self)
        }
        #expect([12, 12.5, 12.25, -0.25, 0.004, -0.004, 3.14159, 100, 1e300, .nan].map(number)
            == ["12", "12.5", "12.25", "-0.25", "0", "0", "3.14", "100", "0", "0"])
        func text(_ s: String, attribute: Bool) -> String {
            var out = SVGOutput(capacity: 16)
            out.text(s, attribute: attribute)
            return String(decoding: out.bytes, as: UTF8.self)
        }
        #expect(text("a&b<c>\"d'e", attribute: true) == "a&amp;b&lt;c&gt;&quot;d&#39;e")
        #expect(text("one\ntwo\r\nthree\rfour", attribute: true) == "one&#10;two&#10;three&#10;four")
        #expect(text("a  b   c", attribute: false) == "a &#160;b &#160;&#160;c")
        #expect(text("a  b", attribute: true) == "a  b")
        #expect(text("x\u{1}y\u{7F}z\u{85}w\u{FFFE}v", attribute: false) == "x y z w v")
        #expect(text("Zürich 東京", attribute: false) == "Zürich 東京")
        #expect(["1.6", "2", ".5", "1e1", "abc", "", "-1"].map(SVGPaint.number) == [1.6, 2, 0.5, 10, nil, nil, -1])
        #expect(SVGPaint.strokeWidth(penwidth: "-3", bold: false) == 0 && SVGPaint.strokeWidth(penwidth: "1.2", bold: true) == 2)
    }

    @Test func graphIDPrefixesGeneratedIDsAsGraphvizDoes() throws {
        var d = Diagram(name: "g", nodes: [.init(id: "a", attributes: ["tooltip": "A"]), .init(id: "b", attributes: ["id": "mine"])],
                        edges: [.init(source: "a", target: "b", attributes: ["tooltip": "a to b"])])
        d.graphAttributes["id"] = "art1"
        let ours = try parseXML(try svgString(d)), theirs = try parseXML(try graphvizSVG(d))
        func ids(_ doc: XMLDocument) throws -> [String] { try KGraphRenderTests.elements(doc, "g").compactMap { $0.value("id") } }
        #expect(try ids(ours) == ["art1", "art1_node1", "a_art1_node1", "mine", "art1_edge1", "a_art1_edge1"])
        #expect(try Set(ids(ours)) == Set(ids(theirs)))
    }

    @Test func nodesWithoutEdgesFormRowsNotOneColumn() throws {
        #expect(GraphBuilder.isolatedRows(["a", "b", "c", "d", "e", "x", "y"], [.init(source: "x", target: "y")])
            == [["a", "b", "c"], ["d", "e"]])
        #expect(GraphBuilder.isolatedRows(["a", "x", "y"], [.init(source: "x", target: "y")]).isEmpty)
        // Nine lone nodes beside a pair, left to right: three columns of three, not one column of nine.
        let d = Diagram(name: "lonely", graphAttributes: ["rankdir": "LR"],
                        nodes: (1...9).map { .init(id: "n\($0)") }, edges: [.init(source: "x", target: "y")])
        let positions = try Renderer.shared.positions(of: d)
        let columns = Set((1...9).map { positions["n\($0)"]!.x.rounded() })
        #expect(columns.count == 3)
        // The helper edges are not drawn.
        let doc = try parseXML(try svgString(d))
        #expect(try groups(doc, class: "edge").count == 1)
        #expect(String(decoding: try Renderer.shared.render(d, format: .dot), as: UTF8.self).contains("style=invis"))
    }

    @Test func nonLatinLabelsGetBoxesOfTheirOwnWidth() throws {
        #expect(TextWidths.layoutStandIn("Paris") == "Paris")
        #expect(TextWidths.layoutStandIn("Ж") == "n" && TextWidths.layoutStandIn("東") == "mt")
        let d = Diagram(name: "names", nodes: [
            .init(id: "moscow", attributes: ["shape": "box", "label": "Москва"]),
            .init(id: "tokyo", attributes: ["shape": "box", "label": "東京都庁\nTokyo"]),
        ], edges: [.init(source: "moscow", target: "tokyo", attributes: ["xlabel": "дружба"])])
        let ours = try parseXML(try svgString(d)), theirs = try parseXML(try graphvizSVG(d))
        // The real text is drawn, line by line.
        #expect(try texts(of: try group(ours, titled: "moscow")) == ["Москва"])
        #expect(try texts(of: try group(ours, titled: "tokyo")) == ["東京都庁", "Tokyo"])
        #expect(try texts(of: try group(ours, titled: "moscow->tokyo")) == ["дружба"])
        // Boxes fit the text: six Cyrillic letters at 11 points are about 37 points wide, plus
        // the margins (0.16 inch each side); Graphviz's own measure counts bytes and is wider.
        let width = try #require(try elements(try group(ours, titled: "moscow"), "rect").first?.value("width").flatMap(Double.init))
        #expect(abs(width - (6 * 0.556 * 11 + 2 * 0.16 * 72)) < 4)
        let theirPoints = try numbers(try group(theirs, titled: "moscow"), "polygon", "points")
        let theirWidth = stride(from: 0, to: theirPoints.count, by: 2).map { theirPoints[$0] }.max()!
            - stride(from: 0, to: theirPoints.count, by: 2).map { theirPoints[$0] }.min()!
        #expect(theirWidth > width + 10)
    }

    @Test func randomTextAlwaysGivesWellFormedSVG() throws {
        // A fixed pseudo-random sequence: the same cases every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["<", ">", "&", "\"", "'", "\\N", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{7F}", "\u{85}", "\u{FFFE}",
                      "]]>", "<!--", "--", "  ", "é", "東", "Ж", "😀", "\u{200B}", "a", "Word", " ", "%s", "${x}"]
        func text() -> String { (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined() }
        for round in 0..<40 {
            var d = Diagram(name: text(), title: round % 2 == 0 ? text() : nil)
            for i in 0..<(1 + next(6)) {
                d.nodes.append(.init(id: "n\(i)" + text(), attributes: ["label": text(), "tooltip": text(), "class": text(),
                                                                        "shape": ["box", "ellipse", "note", "tab"][next(4)]]))
            }
            for _ in 0..<next(6) {
                d.edges.append(.init(source: d.nodes[next(d.nodes.count)].id, target: d.nodes[next(d.nodes.count)].id,
                                     attributes: ["xlabel": text(), "tooltip": text(), "class": text()]))
            }
            d.legend = [.init(kind: .node, label: text(), attributes: ["tooltip": text(), "class": text()])]
            let svg = try svgString(d)
            #expect(throws: Never.self) { try parseXML(svg) }
            #expect(!svg.contains("<!--") && !svg.contains("<script"))
        }
    }

    @Test func sameDiagramSameBytesWhateverTheInputOrder() throws {
        let diagram = Diagram(graph: sampleGraph(), title: "Order")
        var shuffled = diagram
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        #expect(try Renderer.shared.render(diagram, format: .svg) == Renderer.shared.render(shuffled, format: .svg))
    }
}
