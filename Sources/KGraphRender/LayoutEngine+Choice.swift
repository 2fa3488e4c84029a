import KGraphModel

extension LayoutEngine {
    /// The most connected nodes (nodes with at least one edge) dot lays out by default.
    public static let dotNodeLimit = 1_000
    /// The most edges dot lays out by default: its crossing minimization grows with them
    /// much faster than with the nodes.
    public static let dotEdgeLimit = 1_500

    /// The engine every command uses unless told otherwise: dot, the tidiest, for up to
    /// ``dotNodeLimit`` connected nodes and ``dotEdgeLimit`` edges, then sfdp. Only the
    /// connected part counts: nodes without edges are not given to Graphviz in SVG
    /// (``IsolatedNodeShelf``), and cost dot little in the other formats.
    public static func automatic(connectedNodes: Int, edges: Int) -> LayoutEngine {
        connectedNodes <= dotNodeLimit && edges <= dotEdgeLimit ? .dot : .sfdp
    }

    /// ``automatic(connectedNodes:edges:)`` for a graph.
    public static func automatic(for graph: KnowledgeGraph) -> LayoutEngine {
        var linked = Set<String>()
        for e in graph.edges { linked.insert(e.source); linked.insert(e.target) }
        return automatic(connectedNodes: linked.count, edges: graph.edges.count)
    }

    /// ``automatic(connectedNodes:edges:)`` for a diagram.
    public static func automatic(for diagram: Diagram) -> LayoutEngine {
        var linked = Set<String>()
        for e in diagram.edges { linked.insert(e.source); linked.insert(e.target) }
        return automatic(connectedNodes: linked.count, edges: diagram.edges.count)
    }
}
