extension KnowledgeGraph {
    /// Unites another graph into this one (see ``merged(_:title:)`` for the rules); the title
    /// is kept when this graph has one.
    public mutating func merge(_ other: KnowledgeGraph) {
        let keep = title
        self = .merged([self, other])
        if let keep { title = keep }
    }

    /// The union of several graphs, the same whatever the order or grouping of the inputs:
    /// `merged([a, b, c])`, `merged([c, a, b])` and `merged([merged([b, c]), a])` are equal.
    ///
    /// - The same node id is one node; its label and type are chosen by ``GraphMerger``'s
    ///   order-free rules, the other labels become aliases, mentions are united.
    /// - The same edge (symmetric types either way round) is one edge with all the evidence.
    /// - Articles with the same id and the same source are one article. Articles that share an
    ///   id but come from different sources (`d1/x.txt`, `d2/x.txt`) stay apart: each gets the
    ///   id `ID@SOURCE`, in its mentions and evidence too.
    /// - The title is `title` when given, else "N articles" (for two or more articles), else the
    ///   one article's title.
    ///
    /// Each node's and edge's lists are gathered first and sorted once, so merging grows with
    /// the total size of the inputs, not with their number times the size of the result.
    public static func merged<S: Sequence>(_ graphs: S, title: String? = nil) -> KnowledgeGraph
    where S.Element == KnowledgeGraph {
        var merger = GraphMerger()
        for g in graphs { merger.add(g) }
        return merger.result(title: title)
    }
}

extension KnowledgeGraph {
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
