internal import CGraphviz

extension DiagramLayout {
    /// Copies the layout out of a graph that `gvLayout` has laid out. Call only under the
    /// renderer's lock, before `gvFreeLayout`.
    init(_ built: GraphBuilder.Built) {
        let bb = kgraph_graph_bb(built.graph)
        lowerLeft = Point(bb.LL)
        upperRight = Point(bb.UR)
        nodes = built.nodeOrder.map { id in
            let n = built.nodes[id]!
            var vertices: [Point] = []
            if let polygon = kgraph_node_polygon(n), polygon.pointee.sides >= 3, let v = polygon.pointee.vertices {
                // The first `sides` vertices are the innermost periphery.
                vertices = (0..<Int(polygon.pointee.sides)).map { Point(v[$0]) }
            }
            let center = Point(x: kgraph_node_x(n), y: kgraph_node_y(n))
            var label = Label(kgraph_node_label(n), placed: false)
            // Graphviz centres a node's label on the node only when it draws it.
            label?.center = center
            return NodeBox(id: id, center: center,
                           width: kgraph_node_width(n) * 72, height: kgraph_node_height(n) * 72,
                           shape: kgraph_node_shape(n).map { String(cString: $0) } ?? "",
                           vertices: vertices,
                           label: label, xlabel: Label(kgraph_node_xlabel(n)))
        }
        edges = built.edges.map { e in
            var splines: [Spline] = []
            if let spl = kgraph_edge_splines(e), let list = spl.pointee.list {
                for i in 0..<Int(spl.pointee.size) {
                    let b = list[i]
                    guard let points = b.list, b.size > 0 else { continue }
                    splines.append(Spline(points: (0..<Int(b.size)).map { Point(points[$0]) },
                                          tailTip: b.sflag != 0 ? Point(b.sp) : nil,
                                          headTip: b.eflag != 0 ? Point(b.ep) : nil))
                }
            }
            // Edge xlabels are not given to Graphviz; the writer places them (EdgeLabelPlacement).
            return EdgeRoute(splines: splines, label: Label(kgraph_edge_label(e)), xlabel: nil,
                             headLabel: Label(kgraph_edge_head_label(e)), tailLabel: Label(kgraph_edge_tail_label(e)))
        }
    }
}

extension DiagramLayout.Point {
    init(_ p: pointf) { self.init(x: p.x, y: p.y) }
}

extension DiagramLayout.Label {
    /// A placed, plain-text label; nil for none, an unplaced one, or an HTML-like one.
    /// A node's own label is always where the node is, so `placed` is only checked for others.
    init?(_ label: UnsafeMutablePointer<textlabel_t>?, placed: Bool = true) {
        guard let label, !placed || label.pointee.set != 0 else { return nil }
        let count = kgraph_label_span_count(label)
        guard count >= 0 else { return nil }
        let l = label.pointee
        center = DiagramLayout.Point(l.pos)
        width = l.dimen.x
        height = l.dimen.y
        fontSize = l.fontsize
        lines = (0..<count).map { i in
            let span = kgraph_label_span(label, i)!.pointee
            return Line(text: span.str.map { String(cString: $0) } ?? "", justification: UInt8(bitPattern: span.just),
                        height: span.size.y)
        }
    }
}
