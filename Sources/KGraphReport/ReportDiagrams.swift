import KGraphModel
import KGraphRender

/// The report's view of a graph: the renderer's standard knowledge-graph diagram (type
/// shapes and colours, `node-type-*`/`edge-type-*` classes, evidence tooltips) without the
/// caption and legend: the report's heading names the article and an HTML legend under the
/// drawing (``ReportLegend``) takes far less room than a legend cluster in the layout.
enum ReportDiagrams {
    static func diagram(_ g: KnowledgeGraph, name: String) -> Diagram {
        var d = Diagram(graph: g)
        d.name = name
        d.title = nil
        d.legend = []
        return d
    }
}
