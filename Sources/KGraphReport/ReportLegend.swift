import KGraphModel

/// The legend under a drawing, in HTML: swatches for the node and edge types the graph
/// uses (colours as the renderer's standard view draws them).
enum ReportLegend {
    static func graph(_ g: KnowledgeGraph, _ h: inout HTMLBuilder) {
        let nodeTypes = NodeType.allCases.filter { t in g.nodes.contains { $0.type == t } }
        let edgeTypes = EdgeType.allCases.filter { t in g.edges.contains { $0.type == t } }
        guard !nodeTypes.isEmpty || !edgeTypes.isEmpty else { return }
        h.raw("<ul class=\"legend\" aria-label=\"Legend\">")
        for t in nodeTypes {
            h.raw("<li><span class=\"swatch node-swatch type-\(t.rawValue)\"></span>\(t.rawValue)</li>")
        }
        for t in edgeTypes {
            h.raw("<li><span class=\"swatch edge-swatch rel-\(t.rawValue)\"></span>\(t.phrase)</li>")
        }
        h.raw("</ul>\n")
    }
}
