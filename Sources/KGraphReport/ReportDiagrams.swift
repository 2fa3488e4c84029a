import KGraphModel
import KGraphRender

/// The report's view of a graph as a ``Diagram``: entities as nodes, relations as labelled
/// edges, with `node-type-*`/`edge-type-*` classes and tooltips. (Interim until the
/// renderer's own graph view lands; then the report uses that one.)
enum ReportDiagrams {
    static func diagram(_ g: KnowledgeGraph, name: String) -> Diagram {
        Diagram(
            name: name,
            graphAttributes: ["rankdir": "LR"],
            nodes: g.nodes.map { n in
                Diagram.Node(id: n.id, attributes: [
                    "label": n.label, "class": "node-type-\(n.type.rawValue)", "tooltip": "\(n.label) (\(n.type.rawValue))",
                ])
            },
            edges: g.edges.map { e in
                Diagram.Edge(source: e.source, target: e.target, attributes: [
                    "label": e.type.phrase, "class": "edge-type-\(e.type.rawValue)",
                    "tooltip": e.evidence.first?.sentence ?? e.type.phrase,
                ])
            })
    }
}
