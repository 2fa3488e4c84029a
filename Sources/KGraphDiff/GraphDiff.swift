import KGraphModel

/// How an element of the union of two graphs fares from graph A to graph B.
public enum DiffStatus: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Only in B.
    case added
    /// Only in A.
    case removed
    /// In both, but of a different type (a node's type, or the relation between an edge's ends).
    case changed
    /// In both, the same.
    case kept

    public static func < (a: DiffStatus, b: DiffStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A node of either graph and how it differs.
public struct NodeDifference: Sendable, Hashable {
    public var status: DiffStatus
    /// The node id in A's ids (B's own id for a node only in B).
    public var id: String
    /// The node as in A (nil when added).
    public var a: Node?
    /// The node as in B, with B's own id (nil when removed); its mentions are B's evidence.
    public var b: Node?

    /// A's label when A has the node, else B's.
    public var label: String { a?.label ?? b?.label ?? id }
}

/// An edge of either graph and how it differs.
///
/// A changed edge joins the same ordered pair of nodes (for symmetric types, the same
/// unordered pair) with one type in A and another in B: one change, not a removal plus an
/// addition.
public struct EdgeDifference: Sendable, Hashable {
    public var status: DiffStatus
    /// The edge's ends in A's ids, as drawn: a directed side's direction wins over a symmetric one.
    public var source: String
    public var target: String
    /// The edge as in A (nil when added), with its evidence.
    public var a: Edge?
    /// The edge as in B with its ends renamed to A's ids (nil when removed), with its evidence.
    public var b: Edge?

    /// A's type when A has the edge, else B's.
    public var type: EdgeType { a?.type ?? b!.type }
    /// True when neither side is directed, i.e. the ends have no order.
    public var isUndirected: Bool { (a?.type.isSymmetric ?? true) && (b?.type.isSymmetric ?? true) }
}

/// The semantic differences between two knowledge graphs A and B.
///
/// Nodes match by id, or (for an id unknown to A) by a normalized label or alias shared
/// with an A node, in which case B's id is mapped onto A's (see ``idMap``). Edges match by
/// their key in A's ids. Every list is in a fixed order: nodes by id, edges by source,
/// target and type, so the same graphs always give the same diff.
public struct GraphDiff: Sendable, Hashable {
    public let options: DiffOptions
    /// B ids that stand for a differently named A node, to that node's id.
    public let idMap: [String: String]
    /// Every node of either graph, by id; the node lists below respect ``DiffOptions/scope``.
    package let allNodes: [NodeDifference]
    package let allEdges: [EdgeDifference]
    /// Titles and articles of the two graphs, for captions and JSON.
    package let infoA: GraphInfo
    package let infoB: GraphInfo

    /// Node differences and kept nodes, by id (empty when the scope is edges only).
    public var nodes: [NodeDifference] { options.scope == .edges ? [] : allNodes }
    /// Edge differences and kept edges, by source, target and type (empty when the scope is nodes only).
    public var edges: [EdgeDifference] { options.scope == .nodes ? [] : allEdges }

    public func nodes(_ status: DiffStatus) -> [NodeDifference] { nodes.filter { $0.status == status } }
    public func edges(_ status: DiffStatus) -> [EdgeDifference] { edges.filter { $0.status == status } }

    /// True when the graphs do not differ in what the options look at (diff(1) exit status 0).
    public var isEmpty: Bool {
        nodes.allSatisfy { $0.status == .kept } && edges.allSatisfy { $0.status == .kept }
    }

    /// Number of elements of `status`, nodes and edges apart.
    public func count(_ status: DiffStatus) -> (nodes: Int, edges: Int) {
        (nodes.count { $0.status == status }, edges.count { $0.status == status })
    }

    /// The label of a node id of the union.
    package func label(of id: String) -> String {
        labels[id] ?? id
    }

    private let labels: [String: String]

    /// True for ``changesAndNeighbours()``: the diagram shows only part of the union.
    public package(set) var isFocused = false

    package struct GraphInfo: Sendable, Hashable {
        var title: String?
        var articles: [ArticleInfo]
    }

    package init(options: DiffOptions, idMap: [String: String], nodes: [NodeDifference], edges: [EdgeDifference],
                 infoA: GraphInfo, infoB: GraphInfo) {
        self.options = options
        self.idMap = idMap
        self.allNodes = nodes
        self.allEdges = edges
        self.infoA = infoA
        self.infoB = infoB
        var labels: [String: String] = [:]
        for n in nodes { labels[n.id] = n.label }
        self.labels = labels
    }
}
