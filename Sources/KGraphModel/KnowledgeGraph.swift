/// A knowledge graph: typed nodes and typed edges with evidence.
///
/// Nodes are kept sorted by id and edges by key, so a graph has one canonical form
/// and encodes to the same bytes however it was built.
public struct KnowledgeGraph: Sendable, Hashable {
    public var title: String?
    public var articles: [ArticleInfo]
    public private(set) var nodes: [Node]
    public private(set) var edges: [Edge]

    public init(title: String? = nil, articles: [ArticleInfo] = [], nodes: [Node] = [], edges: [Edge] = []) {
        self.title = title
        self.articles = []
        self.nodes = []
        self.edges = []
        for a in articles { add(a) }
        for n in nodes { add(n) }
        for e in edges { add(e) }
    }

    /// A graph from parts already in canonical form: nodes sorted by unique id, edges by
    /// unique key, articles by unique id (the merger builds them so).
    package init(title: String?, sortedArticles: [ArticleInfo], sortedNodes: [Node], sortedEdges: [Edge]) {
        self.title = title
        self.articles = sortedArticles
        self.nodes = sortedNodes
        self.edges = sortedEdges
    }

    /// Node id -> label.
    public var labels: [String: String] {
        Dictionary(nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    /// Ids of the nodes with at least one edge (the rest are isolated).
    public var linkedNodeIDs: Set<String> {
        var linked = Set<String>()
        for e in edges { linked.insert(e.source); linked.insert(e.target) }
        return linked
    }

    public func node(id: String) -> Node? {
        binarySearch(nodes, id) { $0.id }.map { nodes[$0] }
    }

    public func edge(_ key: Edge.Key) -> Edge? {
        binarySearch(edges, key) { $0.key }.map { edges[$0] }
    }

    /// Adds a node; a node with the same id is merged into (aliases and mentions united,
    /// the first label and type kept).
    public mutating func add(_ node: Node) {
        switch insertionPoint(nodes, node.id, { $0.id }) {
        case .found(let i):
            var merged = nodes[i]
            merged.addAliases(node.aliases + (node.label == merged.label ? [] : [node.label]))
            merged.addMentions(node.mentions)
            nodes[i] = merged
        case .insert(let i):
            nodes.insert(node, at: i)
        }
    }

    /// Adds an edge; the same edge (symmetric types either way round) unites its evidence.
    public mutating func add(_ edge: Edge) {
        let edge = Edge(source: edge.source, target: edge.target, type: edge.type, evidence: edge.evidence)
        switch insertionPoint(edges, edge.key, { $0.key }) {
        case .found(let i): edges[i].addEvidence(edge.evidence)
        case .insert(let i): edges.insert(edge, at: i)
        }
    }

    public mutating func add(_ article: ArticleInfo) {
        switch insertionPoint(articles, article.id, { $0.id }) {
        case .found: break
        case .insert(let i): articles.insert(article, at: i)
        }
    }

    /// Removes nodes failing the predicate and every edge that touches them.
    public mutating func removeNodes(where shouldRemove: (Node) -> Bool) {
        nodes.removeAll(where: shouldRemove)
        let ids = Set(nodes.map(\.id))
        edges.removeAll { !ids.contains($0.source) || !ids.contains($0.target) }
    }

    /// Removes edges failing the predicate.
    public mutating func removeEdges(where shouldRemove: (Edge) -> Bool) {
        edges.removeAll(where: shouldRemove)
    }

    /// Keeps only the mentions that pass `keep` (e.g. those of some articles).
    public mutating func mapMentions(_ keep: (Mention) -> Bool) {
        for i in nodes.indices { nodes[i].mentions.removeAll { !keep($0) } }
    }

    /// Replaces the evidence of every edge (e.g. to filter it), dropping edges left with none
    /// when `dropEmpty` is set.
    public mutating func mapEvidence(dropEmpty: Bool, _ transform: (Evidence) -> Evidence?) {
        for i in edges.indices {
            edges[i].evidence = edges[i].evidence.compactMap(transform).sorted()
        }
        if dropEmpty { edges.removeAll { $0.evidence.isEmpty } }
    }
}

// MARK: - Sorted-array helpers

enum InsertionPoint { case found(Int), insert(Int) }

func insertionPoint<T, K: Comparable>(_ array: [T], _ key: K, _ keyOf: (T) -> K) -> InsertionPoint {
    var lo = 0, hi = array.count
    while lo < hi {
        let mid = (lo + hi) / 2
        let k = keyOf(array[mid])
        if k == key { return .found(mid) }
        if k < key { lo = mid + 1 } else { hi = mid }
    }
    return .insert(lo)
}

func binarySearch<T, K: Comparable>(_ array: [T], _ key: K, _ keyOf: (T) -> K) -> Int? {
    if case .found(let i) = insertionPoint(array, key, keyOf) { return i }
    return nil
}
