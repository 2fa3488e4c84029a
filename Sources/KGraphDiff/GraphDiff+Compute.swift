import KGraphModel

extension GraphDiff {
    /// Compares graph `a` (before) with graph `b` (after) under `options`.
    public init(_ a: KnowledgeGraph, _ b: KnowledgeGraph, options: DiffOptions = .init()) {
        let a = options.prepared(a)
        let rawB = options.prepared(b)
        let map = NodeMatching.idMap(reference: a, other: rawB)
        let b = NodeMatching.renamed(rawB, map)
        var originalB: [String: Node] = [:]
        for n in rawB.nodes { originalB[map[n.id] ?? n.id] = n }

        var nodes: [NodeDifference] = []
        var ia = 0, ib = 0
        while ia < a.nodes.count || ib < b.nodes.count {
            let na = ia < a.nodes.count ? a.nodes[ia] : nil
            let nb = ib < b.nodes.count ? b.nodes[ib] : nil
            if let na, nb == nil || na.id < nb!.id {
                nodes.append(NodeDifference(status: .removed, id: na.id, a: na, b: nil))
                ia += 1
            } else if let nb, na == nil || nb.id < na!.id {
                nodes.append(NodeDifference(status: .added, id: nb.id, a: nil, b: originalB[nb.id]))
                ib += 1
            } else {
                let na = na!, nb = nb!
                nodes.append(NodeDifference(status: na.type == nb.type ? .kept : .changed, id: na.id, a: na, b: originalB[nb.id]))
                ia += 1
                ib += 1
            }
        }

        self.init(options: options, idMap: map, nodes: nodes, edges: Self.edgeDifferences(a, b),
                  infoA: GraphInfo(title: a.title, articles: a.articles),
                  infoB: GraphInfo(title: rawB.title, articles: rawB.articles))
    }

    /// Kept edges match by key; of the rest, an A edge and a B edge between the same nodes
    /// (in the same direction unless either type is symmetric) pair up as one change,
    /// taken in key order so the pairing is deterministic when a pair has several.
    static func edgeDifferences(_ a: KnowledgeGraph, _ b: KnowledgeGraph) -> [EdgeDifference] {
        var out: [EdgeDifference] = []
        var onlyA: [Edge] = []
        var onlyB: [Edge] = []
        for e in a.edges {
            if let f = b.edge(e.key) {
                out.append(EdgeDifference(status: .kept, source: e.source, target: e.target, a: e, b: f))
            } else {
                onlyA.append(e)
            }
        }
        for e in b.edges where a.edge(e.key) == nil { onlyB.append(e) }

        // B edges left over, by the unordered pair of their ends.
        var byPair: [UnorderedPair: [Int]] = [:]
        for (i, e) in onlyB.enumerated() { byPair[UnorderedPair(e.source, e.target), default: []].append(i) }
        var usedB = Set<Int>()
        for e in onlyA {
            let match = byPair[UnorderedPair(e.source, e.target)]?.first { i in
                let f = onlyB[i]
                guard !usedB.contains(i), f.type != e.type else { return false }
                return e.type.isSymmetric || f.type.isSymmetric || (e.source == f.source && e.target == f.target)
            }
            if let i = match {
                usedB.insert(i)
                let f = onlyB[i]
                let directed = e.type.isSymmetric && !f.type.isSymmetric ? f : e
                out.append(EdgeDifference(status: .changed, source: directed.source, target: directed.target, a: e, b: f))
            } else {
                out.append(EdgeDifference(status: .removed, source: e.source, target: e.target, a: e, b: nil))
            }
        }
        for (i, f) in onlyB.enumerated() where !usedB.contains(i) {
            out.append(EdgeDifference(status: .added, source: f.source, target: f.target, a: nil, b: f))
        }
        return out.sorted { ($0.source, $0.target, $0.type, $0.status) < ($1.source, $1.target, $1.type, $1.status) }
    }
}

struct UnorderedPair: Hashable {
    var low: String
    var high: String
    init(_ x: String, _ y: String) {
        (low, high) = x <= y ? (x, y) : (y, x)
    }
}
