import KGraphModel

/// Puts a second graph in the first one's ids: the same entity under another id (an alias,
/// a differently spelled label) is recognised by its normalized names.
enum NodeMatching {
    /// Ids of `other` to rename, to the `reference` id they stand for.
    ///
    /// Ids found in both graphs match as they are. An id of `other` unknown to `reference`
    /// is matched to a reference node whose id `other` lacks and that shares a normalized
    /// label or alias, each reference node at most once. Candidates are ranked by the same
    /// type first, then label-to-label over alias matches, then id, so the result does not
    /// depend on input order.
    static func idMap(reference: KnowledgeGraph, other: KnowledgeGraph) -> [String: String] {
        let otherIds = Set(other.nodes.map(\.id))
        // Normalized name -> reference nodes free to be matched, with whether it is their label.
        var index: [String: [(node: Node, isLabel: Bool)]] = [:]
        for n in reference.nodes where !otherIds.contains(n.id) {
            for (name, isLabel) in names(of: n) { index[name, default: []].append((n, isLabel)) }
        }
        guard !index.isEmpty else { return [:] }
        var claimed: Set<String> = []
        var map: [String: String] = [:]
        for n in other.nodes where reference.node(id: n.id) == nil {
            var best: (rank: (Int, Int, String), id: String)?
            for (name, isLabel) in names(of: n) {
                for c in index[name] ?? [] where !claimed.contains(c.node.id) {
                    let rank = (c.node.type == n.type ? 0 : 1, (isLabel ? 0 : 1) + (c.isLabel ? 0 : 1), c.node.id)
                    if best == nil || rank < best!.rank { best = (rank, c.node.id) }
                }
            }
            if let best {
                claimed.insert(best.id)
                map[n.id] = best.id
            }
        }
        return map
    }

    /// The normalized label and aliases of a node, each once (label first).
    static func names(of node: Node) -> [(String, Bool)] {
        var seen: Set<String> = []
        var out: [(String, Bool)] = []
        for (name, isLabel) in [(node.label, true)] + node.aliases.map({ ($0, false) }) {
            let key = NameKey.make(name)
            if !key.isEmpty, seen.insert(key).inserted { out.append((key, isLabel)) }
        }
        return out
    }

    /// `graph` with node ids and edge ends renamed by `map`.
    static func renamed(_ graph: KnowledgeGraph, _ map: [String: String]) -> KnowledgeGraph {
        guard !map.isEmpty else { return graph }
        var g = KnowledgeGraph(title: graph.title, articles: graph.articles)
        for n in graph.nodes {
            var m = n
            m.id = map[n.id] ?? n.id
            g.add(m)
        }
        for e in graph.edges {
            g.add(Edge(source: map[e.source] ?? e.source, target: map[e.target] ?? e.target, type: e.type, evidence: e.evidence))
        }
        return g
    }
}
