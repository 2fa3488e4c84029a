import Foundation
import KGraphModel

/// Which of several graphs (articles of a series, in the given order) has which node and edge.
///
/// Graphs are put in common ids one after the other: each is matched (by id, then by
/// normalized label or alias) against the union of those before it, as ``GraphDiff`` does
/// for two. Edges match by key, so the same pair with another type is another row.
public struct Comparison: Sendable, Hashable {
    /// One node of the union and which inputs have it.
    public struct NodeRow: Sendable, Hashable {
        public var id: String
        /// The label in the first graph that has the node.
        public var label: String
        public var type: NodeType
        /// One flag per input, in input order.
        public var present: [Bool]
        public var count: Int { present.count { $0 } }
    }

    /// One edge (source, target, type) of the union and which inputs have it.
    public struct EdgeRow: Sendable, Hashable {
        public var source: String
        public var target: String
        public var type: EdgeType
        public var present: [Bool]
        /// Each input's evidence for the edge (empty where absent).
        public var evidence: [[Evidence]]
        public var count: Int { present.count { $0 } }
    }

    /// Input names (column headers), in order.
    public let names: [String]
    /// Each input's title (the graph's, else its one article's), in order; nil when it has none.
    public let titles: [String?]
    public let options: DiffOptions
    /// Rows by node id (empty when the scope is edges only).
    public let nodes: [NodeRow]
    /// Rows by source, target and type (empty when the scope is nodes only).
    public let edges: [EdgeRow]
    private let labels: [String: String]
    private let types: [String: NodeType]

    /// Compares `inputs` (name and graph each) in the order given.
    public init(_ inputs: [(name: String, graph: KnowledgeGraph)], options: DiffOptions = .init()) {
        names = inputs.map(\.name)
        titles = inputs.map { $0.graph.displayTitle }
        self.options = options
        var union = KnowledgeGraph()
        var mapped: [KnowledgeGraph] = []
        for input in inputs {
            let g = options.prepared(input.graph)
            let r = NodeMatching.renamed(g, NodeMatching.idMap(reference: union, other: g))
            mapped.append(r)
            union.merge(r)
        }
        var labels: [String: String] = [:]
        for n in union.nodes { labels[n.id] = n.label }
        self.labels = labels
        types = Dictionary(union.nodes.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        nodes = options.scope == .edges ? [] : union.nodes.map { n in
            NodeRow(id: n.id, label: n.label, type: n.type, present: mapped.map { $0.node(id: n.id) != nil })
        }
        edges = options.scope == .nodes ? [] : union.edges.map { e in
            let per = mapped.map { $0.edge(e.key) }
            return EdgeRow(source: e.source, target: e.target, type: e.type,
                           present: per.map { $0 != nil }, evidence: per.map { $0?.evidence ?? [] })
        }
    }

    package func label(of id: String) -> String { labels[id] ?? id }
    package func type(of id: String) -> NodeType? { types[id] }

    /// "India rejects NATO Plus".
    package func caption(_ e: EdgeRow) -> String { "\(label(of: e.source)) \(e.type.rawValue) \(label(of: e.target))" }
}

extension KnowledgeGraph {
    /// The graph's title, else the title of its only article, else nil.
    package var displayTitle: String? {
        let t = title ?? (articles.count == 1 ? articles[0].title : nil)
        return t.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }
}
