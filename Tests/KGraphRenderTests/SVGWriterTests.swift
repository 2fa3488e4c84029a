import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

/// The package's own SVG writer (``SVGWriter``) against Graphviz's SVG device, and what it
/// draws for each shape, arrow and style.
@Suite struct SVGWriterTests {
    /// Graphviz's own SVG of `diagram` (the device the writer replaces).
    func graphvizSVG(_ diagram: Diagram) throws -> String {
        String(decoding: try Renderer.shared.render(diagram, device: "svg", engine: "dot", cairo: false), as: UTF8.self)
    }

    /// Every number in an attribute of the elements named `name` inside `group`.
    func numbers(_ group: XMLElement, _ name: String, _ attribute: String) throws -> [Double] {
        try group.nodes(forXPath: ".//*[local-name()='\(name)']").compactMap { ($0 as? XMLElement)?.value(attribute) }
            .flatMap { $0.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) } }
    }

    /// Descendants of `element` named `name`.
    func elements(_ element: XMLElement, _ name: String) throws -> [XMLElement] {
        try element.nodes(forXPath: ".//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
    }

    func group(_ doc: XMLDocument, titled title: String) throws -> XMLElement {
        try #require(try KGraphRenderTests.elements(doc, "g").first { g in
            (try? g.nodes(forXPath: "./*[local-name()='title']").first?.stringValue) == title
        })
    }

    @Test func drawsEdgesAndNodeLabelsWhereGraphvizDrawsThem() throws {
        var diagram = Diagram(graph: sampleGraph())
        diagram.title = nil
        diagram.legend = []
        let ours = try parseXML(try svgString(diagram)), theirs = try parseXML(try graphvizSVG(diagram))
        // Graphviz writes y negated under a translate; ours are page coordinates. Find the shift
        // from one edge's first point, then every edge's every control point must agree.
        let probe = "freedonia->northern-pact"
        let a0 = try numbers(try group(ours, titled: probe), "path", "d"), b0 = try numbers(try group(theirs, titled: probe), "path", "d")
        let dx = a0[0] - b0[0], dy = a0[1] - b0[1]
        for title in ["freedonia->northern-pact", "freedonia->sylvania", "rufus-firefly->freedonia", "sylvania->open-seas"] {
            let a = try numbers(try group(ours, titled: title), "path", "d"), b = try numbers(try group(theirs, titled: title), "path", "d")
            #expect(a.count == b.count && a.count >= 8, "\(title)")
            for (i, (p, q)) in zip(a, b).enumerated() {
                #expect(abs(p - q - (i % 2 == 0 ? dx : dy)) < 0.02, "\(title) coordinate \(i)")
            }
        }
        // Node labels on the same baselines.
        for id in ["freedonia", "sylvania", "rufus-firefly", "northern-pact", "open-seas"] {
            let x = try numbers(try group(ours, titled: id), "text", "x"), y = try numbers(try group(ours, titled: id), "text", "y")
            let gx = try numbers(try group(theirs, titled: id), "text", "x"), gy = try numbers(try group(theirs, titled: id), "text", "y")
            #expect(abs(x[0] - gx[0] - dx) < 0.02 && abs(y[0] - gy[0] - dy) < 0.02, "\(id)")
        }
    }

    /// Edge labels are placed by the writer (``EdgeLabelPlacement``): each beside its own edge,
    /// clear of every node and of the other labels.
    @Test func edgeLabelsSitBesideTheirEdgesClearOfNodesAndEachOther() throws {
        var graph = sampleGraph()
        for (i, name) in ["Marxonia", "Grand Fenwick", "Latveria", "Genovia", "Elbonia"].enumerated() {
            graph.add(Node(label: name, type: .country))
            graph.add(Edge(source: "freedonia", target: Slug.make(name), type: i % 2 == 0 ? .partnersWith : .supports))
            graph.add(Edge(source: Slug.make(name), target: "northern-pact", type: .memberOf))
        }
        let doc = try parseXML(try svgString(Diagram(graph: graph)))
        struct Box { var minX, minY, maxX, maxY: Double }
        func overlaps(_ a: Box, _ b: Box) -> Bool { a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY }
        // Node outlines' bounding boxes.
        var nodes: [Box] = []
        for g in try groups(doc, class: "kg-node") {
            let shape = try #require(try elements(g, "rect").first ?? elements(g, "ellipse").first ?? elements(g, "polygon").first)
            if shape.localName == "rect" {
                let v = ["x", "y", "width", "height"].map { Double(shape.value($0)!)! }
                nodes.append(Box(minX: v[0], minY: v[1], maxX: v[0] + v[2], maxY: v[1] + v[3]))
            } else if shape.localName == "ellipse" {
                let v = ["cx", "cy", "rx", "ry"].map { Double(shape.value($0)!)! }
                nodes.append(Box(minX: v[0] - v[2], minY: v[1] - v[3], maxX: v[0] + v[2], maxY: v[1] + v[3]))
            } else {
                let p = try numbers(g, "polygon", "points")
                let xs = stride(from: 0, to: p.count, by: 2).map { p[$0] }, ys = stride(from: 1, to: p.count, by: 2).map { p[$0] }
                nodes.append(Box(minX: xs.min()!, minY: ys.min()!, maxX: xs.max()!, maxY: ys.max()!))
            }
        }
        var labels: [Box] = []
        let edges = try groups(doc, class: "kg-edge")
        #expect(edges.count == graph.edges.count)
        for g in edges {
            let text = try #require(try elements(g, "text").first)
            let x = Double(text.value("x")!)!, y = Double(text.value("y")!)!, size = Double(text.value("font-size")!)!
            let width = TextWidths.width(text.stringValue ?? "", fontSize: size)
            let box = Box(minX: x - width / 2, minY: y - size, maxX: x + width / 2, maxY: y + size * 0.2)
            #expect(!nodes.contains { overlaps($0, box) }, "\(text.stringValue ?? "")")
            #expect(!labels.contains { overlaps($0, box) }, "\(text.stringValue ?? "")")
            labels.append(box)
            // Near its own edge: within 20 points of the path's points.
            let path = try numbers(g, "path", "d")
            let near = stride(from: 0, to: path.count, by: 2).contains { i in
                let dx = path[i] - x, dy = path[i + 1] - (y - size / 2)
                return (dx * dx + dy * dy).squareRoot() < 20 + width / 2
            }
            #expect(near, "\(text.stringValue ?? "")")
        }
    }

    @Test func edgeLabelsBesideTheDrawingAreInsideTheCanvas() throws {
        // A vertical edge with a long label: the label goes beside the edge, wider than the nodes.
        let d = Diagram(name: "tall", graphAttributes: ["rankdir": "TB", "pad": "0"],
                        nodes: [.init(id: "a", attributes: ["shape": "box"]), .init(id: "b", attributes: ["shape": "box"])],
                        edges: [.init(source: "a", target: "b", attributes: ["xlabel": "a rather long label beside the edge"])])
        let doc = try parseXML(try svgString(d))
        let root = try #require(doc.rootElement())
        let box = (root.value("viewBox") ?? "").split(separator: " ").compactMap { Double($0) }
        let text = try #require(try elements(try group(doc, titled: "a->b"), "text").first)
        let x = Double(text.value("x")!)!, width = TextWidths.width(text.stringValue!, fontSize: 9)
        #expect(box.count == 4 && x - width / 2 >= box[0] - 0.5 && x + width / 2 <= box[0] + box[2] + 0.5)
    }

    @Test func splinePointsAndTangents() {
        typealias P = DiagramLayout.Point
        let line = [P(x: 0, y: 0), P(x: 1, y: 0), P(x: 2, y: 0), P(x: 3, y: 0)]
        let (mid, tangent) = EdgeLabelPlacement.pointAndTangent(line, at: 0.5)
        #expect(mid == P(x: 1.5, y: 0) && tangent == P(x: 3, y: 0))
        // Two segments: three quarters of the way is the middle of the second one.
        let bent = line + [P(x: 3, y: 1), P(x: 3, y: 2), P(x: 3, y: 3)]
        #expect(EdgeLabelPlacement.pointAndTangent(bent, at: 0.75).0 == P(x: 3, y: 1.5))
        #expect(EdgeLabelPlacement.pointAndTangent(bent, at: 1).0 == P(x: 3, y: 3))
        #expect(EdgeLabelPlacement.samplePoints(bent).count == 9)
    }

    @Test func handsWhatItCannotDrawToGraphviz() throws {
        let plain = Diagram(name: "g", nodes: [.init(id: "a"), .init(id: "b")], edges: [.init(source: "a", target: "b")])
        #expect(SVGWriter.canDraw(plain))
        #expect(!(try svgString(plain)).contains("Generated by graphviz"))
        var cases: [Diagram] = []
        for (key, value) in [("URL", "https://example.org"), ("shape", "cylinder"), ("fillcolor", "red:blue"),
                             ("style", "filled,diagonals"), ("peripheries", "2"), ("color", "lightgoldenrod"),
                             ("style", "rounded,filled")] {
            var d = plain
            d.nodes[0].attributes[key] = value
            if key == "style" && value.hasPrefix("rounded") { d.nodes[0].attributes["shape"] = "hexagon" }
            cases.append(d)
        }
        var edge = plain
        edge.edges[0].attributes["arrowhead"] = "crow"
        cases.append(edge)
        var graph = plain
        graph.graphAttributes["rotate"] = "90"
        cases.append(graph)
        for d in cases {
            #expect(!SVGWriter.canDraw(d), "\(d)")
            #expect(try svgString(d).contains("Generated by graphviz"), "\(d)")
        }
        // What it does draw: the package's own vocabulary.
        var rich = plain
        rich.nodes[0].attributes = ["shape": "note", "style": "filled,dashed", "fillcolor": "#fff4c2", "color": "Navy", "penwidth": "2"]
        rich.edges[0].attributes = ["dir": "both", "arrowtail": "odot", "arrowhead": "tee", "color": "#12345680", "style": "bold"]
        #expect(SVGWriter.canDraw(rich))
    }

    @Test func eachShapeHasItsOutline() throws {
        let shapes: [(String, String?, [String])] = [
            ("box", nil, ["rect"]), ("box", "rounded", ["rect"]), ("ellipse", nil, ["ellipse"]), ("hexagon", nil, ["polygon"]),
            ("octagon", nil, ["polygon"]), ("note", nil, ["polygon", "polyline", "polyline"]), ("tab", nil, ["polygon", "polyline"]),
            ("plaintext", nil, []), ("point", nil, ["ellipse"]), ("diamond", nil, ["polygon"]),
        ]
        let d = Diagram(name: "shapes", nodes: shapes.enumerated().map { i, s in
            var a = ["shape": s.0, "label": "n\(i)"]
            if let style = s.1 { a["style"] = style }
            return .init(id: "n\(i)", attributes: a)
        })
        let doc = try parseXML(try svgString(d))
        for (i, s) in shapes.enumerated() {
            let g = try group(doc, titled: "n\(i)")
            let kinds = (g.children ?? []).compactMap { ($0 as? XMLElement)?.localName }.filter { $0 != "title" && $0 != "text" }
            #expect(kinds == s.2, "\(s)")
            #expect(try texts(of: g) == (s.0 == "point" ? [] : ["n\(i)"]), "\(s)")
        }
        let rounded = try #require(try elements(try group(doc, titled: "n1"), "rect").first)
        #expect(rounded.value("rx") == "6" && rounded.value("ry") == "6")
        let hexagon = try numbers(try group(doc, titled: "n3"), "polygon", "points")
        #expect(hexagon.count == 14)  // six corners and the closing one
        let point = try #require(try elements(try group(doc, titled: "n8"), "ellipse").first)
        #expect(point.value("fill") == "black")
    }

    @Test func eachArrowHasItsHead() throws {
        let heads: [(String, [String: String], [String])] = [
            ("normal", [:], ["path", "polygon"]), ("empty", ["arrowhead": "empty"], ["path", "polygon"]),
            ("dot", ["arrowhead": "dot"], ["path", "ellipse"]), ("tee", ["arrowhead": "tee"], ["path", "polyline", "polygon"]),
            ("none", ["arrowhead": "none"], ["path"]), ("undirected", ["dir": "none"], ["path"]),
            ("both", ["dir": "both", "arrowhead": "dot", "arrowtail": "dot"], ["path", "ellipse", "ellipse"]),
            ("back", ["dir": "back", "arrowtail": "diamond"], ["path", "polygon"]),
        ]
        var d = Diagram(name: "arrows")
        for (i, h) in heads.enumerated() {
            d.edges.append(.init(source: "s\(i)", target: "t\(i)", attributes: h.1.merging(["color": "#336699", "tooltip": h.0]) { a, _ in a }))
        }
        let doc = try parseXML(try svgString(d))
        for (i, h) in heads.enumerated() {
            let link = try #require(try elements(try group(doc, titled: "s\(i)->t\(i)"), "a").first)
            #expect(link.value("xlink:title") == h.0)
            let kinds = (link.children ?? []).compactMap { ($0 as? XMLElement)?.localName }
            #expect(kinds == h.2, "\(h.0)")
            let head = (link.children ?? []).compactMap { $0 as? XMLElement }.dropFirst().first
            if h.0 == "empty" { #expect(head?.value("fill") == "none") }
            if h.0 == "normal" { #expect(head?.value("fill") == "#336699" && head?.value("stroke") == "#336699") }
        }
        // The head of a forward edge sits at the target end, the tail's at the source end.
        let forward = try numbers(try group(doc, titled: "s0->t0"), "polygon", "points")
        let path = try numbers(try group(doc, titled: "s0->t0"), "path", "d")
        #expect(abs(forward[2] - path[path.count - 2]) < 12 && abs(forward[3] - path[path.count - 1]) < 12)
        let back = try numbers(try group(doc, titled: "s7->t7"), "polygon", "points")
        let backPath = try numbers(try group(doc, titled: "s7->t7"), "path", "d")
        #expect(abs(back[0] - backPath[0]) < 0.02 && abs(back[1] - backPath[1]) < 0.02)
    }

    @Test func stylesBecomeStrokeAttributes() throws {
        let d = Diagram(name: "styles", nodes: [
            .init(id: "hidden", attributes: ["style": "invis"]),
            .init(id: "glass", attributes: ["style": "filled", "fillcolor": "#ff000080", "color": "#00F"]),
        ], edges: [
            .init(source: "glass", target: "a", attributes: ["style": "dashed"]),
            .init(source: "glass", target: "b", attributes: ["style": "bold"]),
            .init(source: "glass", target: "c", attributes: ["style": "dotted", "penwidth": "2.6"]),
        ])
        let doc = try parseXML(try svgString(d))
        let hidden = try group(doc, titled: "hidden")
        #expect((hidden.children ?? []).compactMap { ($0 as? XMLElement)?.localName } == ["title"])
        let glass = try #require(try elements(try group(doc, titled: "glass"), "ellipse").first)
        #expect(glass.value("fill") == "#ff0000" && glass.value("fill-opacity") == "0.5" && glass.value("stroke") == "#0000ff")
        let dashed = try #require(try elements(try group(doc, titled: "glass->a"), "path").first)
        #expect(dashed.value("stroke-dasharray") == "5,2" && dashed.value("stroke-width") == nil)
        let bold = try #require(try elements(try group(doc, titled: "glass->b"), "path").first)
        #expect(bold.value("stroke-width") == "2" && bold.value("stroke-dasharray") == nil)
        let dotted = try #require(try elements(try group(doc, titled: "glass->c"), "path").first)
        #expect(dotted.value("stroke-dasharray") == "1,5" && dotted.value("stroke-width") == "2.6")
        // Arrowheads stay solid.
        let head = try #require(try elements(try group(doc, titled: "glass->a"), "polygon").first)
        #expect(head.value("stroke-dasharray") == nil)
    }

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
