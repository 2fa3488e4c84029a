extension KnowledgeGraph {
    /// Unites two graphs: the same id becomes one node, the same edge one edge with all evidence.
    public mutating func merge(_ other: KnowledgeGraph) {
        if title == nil { title = other.title }
        for a in other.articles { add(a) }
        for n in other.nodes { add(n) }
        for e in other.edges { add(e) }
    }

    /// The union of several graphs; the title is the first one's unless given.
    public static func merged<S: Sequence>(_ graphs: S, title: String? = nil) -> KnowledgeGraph
    where S.Element == KnowledgeGraph {
        var result = KnowledgeGraph(title: title)
        for g in graphs { result.merge(g) }
        if title != nil { result.title = title }
        return result
    }

    /// Keeps only evidence of at least `minimum` confidence and drops edges left without any.
    /// Hand-written edges with no evidence count as certain and are kept.
    public func filtered(minConfidence minimum: Double) -> KnowledgeGraph {
        guard minimum > 0 else { return self }
        var g = self
        g.removeEdges { !$0.evidence.isEmpty && $0.evidence.allSatisfy { $0.confidence < minimum } }
        g.mapEvidence(dropEmpty: false) { $0.confidence >= minimum ? $0 : nil }
        return g
    }
}
