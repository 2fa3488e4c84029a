import KGraphRender
import KGraphModel

/// Everything a report shows, with drawings already rendered, so writing it is a pure
/// function of this value (same document, same bytes).
public struct ReportDocument: Sendable {
    public var title: String
    public var articles: [ReportArticle]
    /// The union of all articles' graphs; shown when there are several articles.
    public var merged: ReportGraph?
    /// Changes between consecutive articles (`--diff`).
    public var diffs: [ReportDiff]

    public init(title: String, articles: [ReportArticle], merged: ReportGraph? = nil, diffs: [ReportDiff] = []) {
        self.title = title
        self.articles = articles
        self.merged = merged
        self.diffs = diffs
    }
}

/// A graph and its drawing (as kgraph's SVG writer wrote it; the report writers embed it).
public struct ReportGraph: Sendable {
    public var graph: KnowledgeGraph
    public var svg: SVGDrawing?

    public init(graph: KnowledgeGraph, svg: SVGDrawing?) {
        self.graph = graph
        self.svg = svg
    }
}

/// One article: what it is, where it came from, and its graph.
public struct ReportArticle: Sendable {
    public var title: String
    /// URLs or file paths, as the graph or the command line gave them.
    public var sources: [String]
    public var date: String?
    public var content: ReportGraph

    public init(title: String, sources: [String], date: String? = nil, content: ReportGraph) {
        self.title = title
        self.sources = sources
        self.date = date
        self.content = content
    }

    /// Title, sources and date from the graph's article records, falling back to the graph
    /// title and then to `fallbackTitle`; the source falls back to `fallbackSource` (e.g. the
    /// input file's path).
    public init(graph: KnowledgeGraph, svg: SVGDrawing?, fallbackTitle: String, fallbackSource: String) {
        let titles = graph.articles.compactMap(\.title).filter { !$0.trimmingSpaces.isEmpty }
        let title = titles.count == 1 ? titles[0] : (graph.title ?? titles.first ?? fallbackTitle)
        let sources = graph.articles.compactMap(\.source)
        self.init(title: title, sources: sources.isEmpty ? [fallbackSource] : sources,
                  date: graph.articles.compactMap(\.date).first, content: ReportGraph(graph: graph, svg: svg))
    }
}

/// The difference between two consecutive articles.
public struct ReportDiff: Sendable {
    /// One change, in words.
    public struct Change: Sendable, Hashable {
        /// Whether the change adds, removes or changes something.
        public enum Kind: String, Sendable, Hashable { case added, removed, changed }
        public var kind: Kind
        /// Plain text, e.g. "India rejects NATO Plus".
        public var text: String
        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    public var fromTitle: String
    public var toTitle: String
    public var svg: SVGDrawing?
    public var changes: [Change]

    public init(fromTitle: String, toTitle: String, svg: SVGDrawing?, changes: [Change]) {
        self.fromTitle = fromTitle
        self.toTitle = toTitle
        self.svg = svg
        self.changes = changes
    }
}
