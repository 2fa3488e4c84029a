import KGraphDiff
import KGraphModel
import KGraphRender

/// Assembles a ``ReportDocument`` from input graphs: one section per input, the merged
/// graph when there are several, optionally the diffs of consecutive inputs, and the
/// drawings rendered through `draw` and `drawDiff`.
public struct ReportBuilder: Sendable {
    /// Draws one graph; `name` is the drawing's graph name.
    public typealias Draw = @Sendable (_ graph: KnowledgeGraph, _ name: String) throws -> SVGDrawing
    /// Draws a diff; `nameA`/`nameB` name the two sides in legends and tooltips.
    public typealias DrawDiff = @Sendable (_ diff: GraphDiff, _ nameA: String, _ nameB: String) throws -> SVGDrawing

    public var draw: Draw
    public var drawDiff: DrawDiff
    /// What part of each graph to show (``GraphView``): applied to the merged graph as given
    /// (an unknown focus is an error) and to each article's graph leniently (a focus the
    /// article does not name leaves its graph empty). Diffs compare the whole graphs.
    public var view = GraphView()

    public init(draw: @escaping Draw, drawDiff: @escaping DrawDiff) {
        self.draw = draw
        self.drawDiff = drawDiff
    }

    /// Draws with the in-process Graphviz renderer (diffs with the diff's own pinned layout);
    /// `engine` nil chooses per graph (``LayoutEngine/recommended(for:)-(KnowledgeGraph)``).
    public init(engine: LayoutEngine? = nil) {
        self.init(
            draw: { graph, name in
                try Renderer.shared.drawing(ReportDiagrams.diagram(graph, name: name), engine: engine ?? .recommended(for: graph))
            },
            // The diff's own drawing, as `kgraph diff -o x.svg` makes it (pinned layout, legend).
            drawDiff: { diff, nameA, nameB in
                try diff.drawing(nameA: nameA, nameB: nameB)
            })
    }

    /// One input: the graph, and the path it was read from (shown as the source, and its file
    /// name without extension as the title, when the graph does not say).
    public struct Input: Sendable {
        public var name: String
        public var graph: KnowledgeGraph
        public init(name: String, graph: KnowledgeGraph) {
            self.name = name
            self.graph = graph
        }

        /// "corpus/02-quad.gold.json" -> "02-quad.gold".
        var stem: String {
            var file = Substring(name.split(separator: "/").last ?? Substring(name))
            if let dot = file.lastIndex(of: "."), dot != file.startIndex { file = file[..<dot] }
            return file.isEmpty ? name : String(file)
        }
    }

    /// `title` defaults to the only article's title, or a count of articles. With `diffs`,
    /// each input is compared with the one before it.
    public func document(title: String?, inputs: [Input], diffs: Bool = false,
                         diffOptions: DiffOptions = .init()) throws -> ReportDocument {
        var merged: ReportGraph?
        if inputs.count > 1 {
            let g = try view.apply(to: KnowledgeGraph.merged(inputs.map(\.graph), title: "Merged graph"))
            merged = ReportGraph(graph: g, svg: try draw(g, "merged"))
        }
        var articles: [ReportArticle] = []
        for (i, input) in inputs.enumerated() {
            let g = view.isEmpty ? input.graph : try view.apply(to: input.graph, lenient: true)
            articles.append(ReportArticle(graph: g, svg: try draw(g, "article\(i + 1)"),
                                          fallbackTitle: input.stem, fallbackSource: input.name))
        }
        var diffSections: [ReportDiff] = []
        if diffs {
            for i in inputs.indices.dropFirst() {
                let d = GraphDiff(inputs[i - 1].graph, inputs[i].graph, options: diffOptions)
                let nameA = "Article \(i)", nameB = "Article \(i + 1)"
                diffSections.append(ReportDiff(
                    fromTitle: articles[i - 1].title, toTitle: articles[i].title,
                    svg: d.isEmpty ? nil : try drawDiff(d, nameA, nameB), changes: Self.changes(d)))
            }
        }
        let defaultTitle = articles.count == 1 ? articles[0].title : "Knowledge graphs of \(articles.count) articles"
        let labels = KnowledgeGraph.merged(inputs.map(\.graph)).labels
        let caption = view.caption(labels: labels).map { " — " + $0 } ?? ""
        return ReportDocument(title: (title ?? defaultTitle) + caption, articles: articles, merged: merged, diffs: diffSections)
    }

    /// The diff as a list: added, then removed, then changed; entities before relations.
    static func changes(_ d: GraphDiff) -> [ReportDiff.Change] {
        var out: [ReportDiff.Change] = []
        func label(_ id: String) -> String { d.nodes.first { $0.id == id }?.label ?? d.allNodes.first { $0.id == id }?.label ?? id }
        for (status, kind) in [(DiffStatus.added, ReportDiff.Change.Kind.added), (.removed, .removed), (.changed, .changed)] {
            for n in d.nodes(status) {
                switch status {
                case .changed: out.append(.init(kind: kind, text: "Entity \(n.label): \(n.a!.type.rawValue) → \(n.b!.type.rawValue)"))
                default: out.append(.init(kind: kind, text: "Entity \(n.label) (\((n.a ?? n.b)!.type.rawValue))"))
                }
            }
        }
        for (status, kind) in [(DiffStatus.added, ReportDiff.Change.Kind.added), (.removed, .removed), (.changed, .changed)] {
            for e in d.edges(status) {
                let s = label(e.source), t = label(e.target)
                switch status {
                case .changed: out.append(.init(kind: kind, text: "\(s) → \(t): \(e.a!.type.phrase) → \(e.b!.type.phrase)"))
                default: out.append(.init(kind: kind, text: "\(s) \(e.type.phrase) \(t)"))
                }
            }
        }
        return out
    }
}
