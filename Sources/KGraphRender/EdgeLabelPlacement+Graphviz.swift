internal import CGraphviz

extension EdgeLabelPlacement {
    /// Moves the edge `xlabel`s of a laid-out graph to the places the SVG writer gives them
    /// (beside their own edges, clear of nodes, other labels and edges), for Graphviz's PNG and
    /// PDF devices: Graphviz's own xlabel placement put labels such as "upholds" on top of
    /// dotted and dashed edges. The drawing's box grows to take in labels placed at its edge.
    /// Call only under the renderer's lock, between `gvLayout` and `gvRender`.
    static func apply(to built: GraphBuilder.Built, _ diagram: Diagram) {
        let edges = DiagramIndex(diagram).edges
        guard edges.count == built.edges.count, edges.contains(where: { $0.attributes["xlabel"] != nil }) else { return }
        let layout = DiagramLayout(built)
        let texts = edges.map { e in
            e.attributes["xlabel"].map { AttributeText.clean($0).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        }
        let sizes = edges.map { $0.attributes["fontsize"].flatMap(SVGPaint.number) ?? PreparedElement.defaultEdgeFontSize }
        var bb = kgraph_graph_bb(built.graph)
        for (i, label) in place(layout, texts: texts, fontSizes: sizes).enumerated() {
            guard let label, let xlabel = kgraph_edge_xlabel(built.edges[i]) else { continue }
            xlabel.pointee.pos = pointf(x: label.center.x, y: label.center.y)
            xlabel.pointee.set = 1
            bb.LL.x = min(bb.LL.x, label.center.x - label.width / 2)
            bb.LL.y = min(bb.LL.y, label.center.y - label.height / 2)
            bb.UR.x = max(bb.UR.x, label.center.x + label.width / 2)
            bb.UR.y = max(bb.UR.y, label.center.y + label.height / 2)
        }
        kgraph_set_graph_bb(built.graph, bb)
    }
}
