import KGraphModel

extension LayoutEngine {
    /// The most connected nodes (nodes with at least one edge) dot lays out by default.
    public static let dotNodeLimit = 150
    /// The most edges dot lays out by default: its crossing minimization grows with them much
    /// faster than with the nodes. Measured on the best-attested 150 to 600 nodes of the bulk
    /// corpus's merged graph (dense hubs, 500 to 1,000 edges): dot 1.5 to 5.6 s, sfdp 1.1 to
    /// 1.8 s, the whole process included.
    public static let dotEdgeLimit = 300
    /// The most nodes the diff's pinned layouts give neato (beyond, sfdp).
    public static let neatoNodeLimit = 1_000

    /// The engine every diagram uses unless told otherwise, the one size policy of kgraph.
    ///
    /// Free layouts (`pinned` false): dot, the tidiest, for up to ``dotNodeLimit`` nodes and
    /// ``dotEdgeLimit`` edges, then sfdp. `nodes` counts only the connected part: nodes without
    /// edges are not given to Graphviz in SVG (``IsolatedNodeShelf``), and cost dot little in
    /// the other formats.
    ///
    /// Layouts whose positions are pinned and reused (a diff and its two sides): dot for small
    /// graphs (100 nodes, 150 edges); neato beyond, whose positions pin well (dot's crossing
    /// minimization took over a minute on a dense union of 150 nodes and 600 edges); sfdp past
    /// ``neatoNodeLimit`` nodes.
    public static func recommended(nodes: Int, edges: Int, pinned: Bool = false) -> LayoutEngine {
        if pinned {
            if nodes <= 100 && edges <= 150 { return .dot }
            return nodes <= neatoNodeLimit ? .neato : .sfdp
        }
        return nodes <= dotNodeLimit && edges <= dotEdgeLimit ? .dot : .sfdp
    }

    /// ``recommended(nodes:edges:pinned:)`` for a graph's free layout.
    public static func recommended(for graph: KnowledgeGraph) -> LayoutEngine {
        recommended(nodes: graph.linkedNodeIDs.count, edges: graph.edges.count)
    }

    /// ``recommended(nodes:edges:pinned:)`` for a diagram's free layout.
    public static func recommended(for diagram: Diagram) -> LayoutEngine {
        var linked = Set<String>()
        for e in diagram.edges { linked.insert(e.source); linked.insert(e.target) }
        return recommended(nodes: linked.count, edges: diagram.edges.count)
    }
}
