/// A diagram's nodes and edges in the one canonical order the renderer creates them in, so
/// the same diagram always gives the same layout and the same bytes whatever order its
/// nodes and edges were listed in.
struct DiagramIndex: Sendable {
    /// Attributes by node id (after ``AttributeText/clean(_:)``), including a node for every
    /// edge end without its own entry; a node without a `label` is labelled with its id.
    let nodeAttributes: [String: [String: String]]
    /// Node ids, sorted.
    let nodeOrder: [String]
    /// Edges by source, target, then attributes (``GraphBuilder/canonicalOrder(_:_:)``).
    let edges: [Diagram.Edge]

    init(_ diagram: Diagram) {
        // A node's attributes are shared with the diagram, not copied, unless it is listed twice.
        var nodeAttributes: [String: [String: String]] = [:]
        nodeAttributes.reserveCapacity(diagram.nodes.count)
        for n in diagram.nodes {
            let id = AttributeText.clean(n.id)
            if nodeAttributes[id] == nil { nodeAttributes[id] = n.attributes }
            else { nodeAttributes[id]!.merge(n.attributes) { _, new in new } }
        }
        for e in diagram.edges {
            for end in [e.source, e.target] {
                let id = AttributeText.clean(end)
                if nodeAttributes[id] == nil { nodeAttributes[id] = [:] }
            }
        }
        for (id, attributes) in nodeAttributes where attributes["label"] == nil {
            nodeAttributes[id]!["label"] = id
        }
        self.nodeAttributes = nodeAttributes
        nodeOrder = nodeAttributes.keys.sorted()
        edges = diagram.edges.sorted(by: GraphBuilder.canonicalOrder)
    }
}
