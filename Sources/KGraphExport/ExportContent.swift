import KGraphModel

/// What every format writes of a graph, worked out once: for each node and edge the articles
/// that state it and their dates, and for each edge its distinct evidence sentences. Lists are
/// sorted, so every format writes the same graph as the same bytes.
struct ExportContent {
    struct NodeRow {
        var node: Node
        /// Articles that mention the node or state one of its edges.
        var articles: [String]
        /// Calendar dates of those articles (``ExportDate``), so a node's dates cover its edges'.
        var dates: [String]
        /// How often each article names the node, by article id.
        var mentionCounts: [String: Int]
    }

    struct EdgeRow {
        var edge: Edge
        /// Position in the graph's (sorted) edge list, for formats that need edge ids.
        var index: Int
        var articles: [String]
        var dates: [String]
        /// Distinct evidence sentences in evidence order.
        var sentences: [String]
        /// Pieces of evidence, at least 1 (a hand-made edge has none).
        var weight: Int
    }

    var graph: KnowledgeGraph
    var nodes: [NodeRow]
    var edges: [EdgeRow]
    /// Calendar date of each article that has one, by id.
    var dates: [String: String]

    init(_ graph: KnowledgeGraph) {
        self.graph = graph
        var dates: [String: String] = [:]
        for a in graph.articles { if let d = ExportDate.iso(a.date) { dates[a.id] = d } }
        func datesOf(_ articles: [String]) -> [String] { Set(articles.compactMap { dates[$0] }).sorted() }

        var incident: [String: Set<String>] = [:]
        edges = graph.edges.enumerated().map { i, e in
            let articles = Set(e.evidence.map(\.article).filter { !$0.isEmpty }).sorted()
            incident[e.source, default: []].formUnion(articles)
            incident[e.target, default: []].formUnion(articles)
            var seen = Set<String>()
            let sentences = e.evidence.map(\.sentence).filter { !$0.isEmpty && seen.insert($0).inserted }
            return EdgeRow(edge: e, index: i, articles: articles, dates: datesOf(articles), sentences: sentences,
                           weight: max(1, e.evidence.count))
        }
        nodes = graph.nodes.map { n in
            var counts: [String: Int] = [:]
            for m in n.mentions where !m.article.isEmpty { counts[m.article, default: 0] += 1 }
            let articles = Set(counts.keys).union(incident[n.id] ?? []).sorted()
            return NodeRow(node: n, articles: articles, dates: datesOf(articles), mentionCounts: counts)
        }
        self.dates = dates
    }

    /// How lists are joined into one value in GraphML, GEXF and CSV.
    static let listSeparator = " | "
}
