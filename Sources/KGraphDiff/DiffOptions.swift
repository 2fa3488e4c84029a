import Foundation
import KGraphModel

/// What a diff or comparison looks at: which types to leave out, which part to report,
/// and how confident evidence must be to count.
public struct DiffOptions: Sendable, Hashable {
    /// Which part of the graphs is reported.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        case all, nodes, edges
    }

    /// Nodes of these types are dropped from both graphs, with every edge touching them.
    public var ignoredNodeTypes: Set<NodeType>
    /// Edges of these types are dropped from both graphs.
    public var ignoredEdgeTypes: Set<EdgeType>
    public var scope: Scope
    /// Evidence below this confidence is dropped first, and edges left without any with it
    /// (see `KnowledgeGraph.filtered(minConfidence:)`).
    public var minConfidence: Double

    public init(ignoredNodeTypes: Set<NodeType> = [], ignoredEdgeTypes: Set<EdgeType> = [],
                scope: Scope = .all, minConfidence: Double = 0) {
        self.ignoredNodeTypes = ignoredNodeTypes
        self.ignoredEdgeTypes = ignoredEdgeTypes
        self.scope = scope
        self.minConfidence = minConfidence
    }

    /// Parses a comma-separated list of node and edge type names (`region,leads`) into the
    /// ignored sets. Blank items are skipped; an unknown name is an error naming the valid ones.
    public mutating func ignoreTypes(_ list: String) throws(DiffOptionError) {
        for raw in list.split(separator: ",") {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if name.isEmpty { continue }
            if let t = NodeType(rawValue: name) {
                ignoredNodeTypes.insert(t)
            } else if let t = EdgeType(rawValue: name) {
                ignoredEdgeTypes.insert(t)
            } else {
                let valid = NodeType.allCases.map(\.rawValue) + EdgeType.allCases.map(\.rawValue)
                throw DiffOptionError("unknown type \"\(name)\" in --ignore-types; expected node or edge types: \(valid.joined(separator: ", "))")
            }
        }
    }

    /// The ignored type names, node types first, each group in ontology order.
    var ignoredTypeNames: [String] {
        ignoredNodeTypes.sorted().map(\.rawValue) + ignoredEdgeTypes.sorted().map(\.rawValue)
    }

    /// The graph with the confidence threshold and type filters applied.
    func prepared(_ graph: KnowledgeGraph) -> KnowledgeGraph {
        var g = graph.filtered(minConfidence: minConfidence)
        if !ignoredNodeTypes.isEmpty { g.removeNodes { ignoredNodeTypes.contains($0.type) } }
        if !ignoredEdgeTypes.isEmpty { g.removeEdges { ignoredEdgeTypes.contains($0.type) } }
        return g
    }
}

/// A diff option that cannot be understood, e.g. an unknown type name.
public struct DiffOptionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    public init(_ message: String) { description = message }
}
