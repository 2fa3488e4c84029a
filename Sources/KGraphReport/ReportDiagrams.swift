import KGraphModel
import KGraphRender

/// The report's view of a graph: the renderer's standard knowledge-graph diagram (type
/// shapes and colours, `node-type-*`/`edge-type-*` classes, evidence tooltips) with its
/// legend, the same as `kgraph render` draws, but without the caption: the report's heading
/// names the article.
enum ReportDiagrams {
    static func diagram(_ g: KnowledgeGraph, name: String) -> Diagram {
        var d = Diagram(graph: g)
        d.name = name
        d.title = nil
        return d
    }
}
