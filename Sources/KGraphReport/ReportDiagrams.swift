import KGraphDiff
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

    /// The diff's own merged view, laid out as the diff lays it out (pinned dot positions,
    /// then neato), without caption and legend for the same reasons.
    static func diffSVG(_ diff: GraphDiff, nameA: String, nameB: String) throws(RenderError) -> String {
        let positions = try diff.layoutPositions(nameA: nameA, nameB: nameB)
        var d = diff.diagram(positions: positions, nameA: nameA, nameB: nameB)
        d.title = nil
        d.legend = []
        return String(decoding: try Renderer.shared.render(d, format: .svg, engine: .neato), as: UTF8.self)
    }
}
