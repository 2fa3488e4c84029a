import KGraphModel
import KGraphRender

/// Assembles a ``ReportDocument`` from input graphs: one section per input, the merged
/// graph when there are several, and the drawings rendered through `draw`.
public struct ReportBuilder: Sendable {
    /// Renders one graph to Graphviz SVG text; `name` is the drawing's graph name.
    public typealias Draw = @Sendable (_ graph: KnowledgeGraph, _ name: String) throws -> String

    public var draw: Draw

    public init(draw: @escaping Draw) {
        self.draw = draw
    }

    /// Draws with the in-process Graphviz renderer.
    public init(engine: LayoutEngine = .dot) {
        self.init { graph, name in
            let bytes = try Renderer.shared.render(ReportDiagrams.diagram(graph, name: name), format: .svg, engine: engine)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// One input: the graph and the name to show when the graph does not carry a title.
    public struct Input: Sendable {
        public var name: String
        public var graph: KnowledgeGraph
        public init(name: String, graph: KnowledgeGraph) {
            self.name = name
            self.graph = graph
        }
    }

    /// `title` defaults to the only article's title, or a count of articles.
    public func document(title: String?, inputs: [Input]) throws -> ReportDocument {
        var articles: [ReportArticle] = []
        for (i, input) in inputs.enumerated() {
            articles.append(ReportArticle(graph: input.graph, svg: try draw(input.graph, "article\(i + 1)"), fallbackName: input.name))
        }
        var merged: ReportGraph?
        if inputs.count > 1 {
            let g = KnowledgeGraph.merged(inputs.map(\.graph), title: "Merged graph")
            merged = ReportGraph(graph: g, svg: try draw(g, "merged"))
        }
        let defaultTitle = articles.count == 1 ? articles[0].title : "Knowledge graphs of \(articles.count) articles"
        return ReportDocument(title: title ?? defaultTitle, articles: articles, merged: merged)
    }
}
