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
}
