/// Merges graphs one at a time into a result that does not depend on their order or grouping
/// (see ``KnowledgeGraph/merged(_:title:)``).
///
/// Everything is gathered first and settled once in ``result(title:)``: a node's mentions from
/// a thousand articles are sorted once, not once per article. Every choice is a function of the
/// united inputs alone, never of which came first:
/// - **label**: among the labels and aliases of a node id, those whose slug is the id (the
///   canonical names), else all; of these the one written most often in the mentions; ties go
///   to the smallest string. A label that loses stays as an alias, so merging merged graphs
///   sees the same candidates as merging their parts.
/// - **type**: the first in the ontology's order (country, person, alliance, organization,
///   principle, region). Counting mentions per type would not survive a second merge: a
///   merged node keeps one type.
/// - **articles**: one per id and source; the metadata of the record greatest by title, date,
///   URL and author when the same article arrives with different metadata.
public struct GraphMerger: Sendable {
    /// An article as the merge knows it: its id without any `@SOURCE` a merge added, and its source.
    private struct ArticleKey: Hashable {
        var base: String
        var source: String?
    }

    private struct NodeParts {
        var names: Set<String> = []
        var type: NodeType
        var mentions: [(article: Int, mention: Mention)] = []

        mutating func add(_ n: Node, _ local: [String: Int]) {
            names.insert(n.label)
            names.formUnion(n.aliases)
            if n.type < type { type = n.type }
            for m in n.mentions { mentions.append((local[m.article] ?? -1, m)) }
        }
    }

    private var articleIndex: [ArticleKey: Int] = [:]
    private var articleKeys: [ArticleKey] = []
    private var articleInfos: [ArticleInfo] = []
    private var titles: Set<String> = []
    private var nodes: [String: NodeParts] = [:]
    private var edges: [Edge.Key: [(article: Int, evidence: Evidence)]] = [:]

    public init() {}

    /// How many distinct articles have been added so far.
    public var articleCount: Int { articleKeys.count }

    /// Adds one graph.
    public mutating func add(_ graph: KnowledgeGraph) {
        if let t = graph.title { titles.insert(t) }
        // This graph's article ids, as indexes into the merge's article table.
        var local: [String: Int] = [:]
        for a in graph.articles {
            let key = ArticleKey(base: Self.baseID(of: a), source: a.source)
            let i: Int
            if let known = articleIndex[key] {
                i = known
                if Self.precedes(articleInfos[i], a) { articleInfos[i] = a }
            } else {
                i = articleKeys.count
                articleIndex[key] = i
                articleKeys.append(key)
                articleInfos.append(a)
            }
            local[a.id] = i
        }
        for n in graph.nodes {
            // Changed in place in the table: a copy taken out and stored back shared its
            // mention list with the table, so every article copied a frequent node's whole list.
            // (The mentions grow by the array's doubling: no reserve of the exact size, which
            // would reallocate on every article.)
            nodes[n.id, default: NodeParts(type: n.type)].add(n, local)
        }
        for e in graph.edges {
            edges[e.key, default: []].append(contentsOf: e.evidence.map { (local[$0.article] ?? -1, $0) })
        }
    }

    /// The merged graph; `title` replaces the rule-made title when given. Each node's and
    /// edge's parts are let go as they are settled, so the merger and the result are never
    /// both held whole; the merger is empty afterwards.
    public mutating func result(title: String? = nil) -> KnowledgeGraph {
        let ids = finalArticleIDs()
        var articles: [ArticleInfo] = []
        articles.reserveCapacity(articleInfos.count)
        for (i, var a) in articleInfos.enumerated() {
            a.id = ids[i]
            articles.append(a)
        }
        articles.sort()

        var outNodes: [Node] = []
        outNodes.reserveCapacity(nodes.count)
        for id in nodes.keys.sorted() {
            let parts = nodes.removeValue(forKey: id)!
            // United before counting: the same mention from two inputs counts once.
            let mentions = Array(Set(parts.mentions.map { m -> Mention in
                var m2 = m.mention
                if m.article >= 0 { m2.article = ids[m.article] }
                return m2
            }))
            let label = Self.chooseLabel(id: id, names: parts.names, mentions: mentions)
            outNodes.append(Node(id: id, label: label, type: parts.type, aliases: Array(parts.names), mentions: mentions))
        }
        var outEdges: [Edge] = []
        outEdges.reserveCapacity(edges.count)
        for key in edges.keys.sorted() {
            let evidence = edges.removeValue(forKey: key)!.map { e -> Evidence in
                var e2 = e.evidence
                if e.article >= 0 { e2.article = ids[e.article] }
                return e2
            }
            outEdges.append(Edge(source: key.source, target: key.target, type: key.type, evidence: evidence))
        }
        let chosenTitle: String?
        if let title {
            chosenTitle = title
        } else if articles.count >= 2 {
            chosenTitle = "\(articles.count) articles"
        } else {
            chosenTitle = articles.first?.title ?? titles.min()
        }
        self = GraphMerger()
        return KnowledgeGraph(title: chosenTitle, sortedArticles: articles, sortedNodes: outNodes, sortedEdges: outEdges)
    }

    /// Final article ids: the plain id, or `ID@SOURCE` for each of several articles from
    /// different sources that share an id.
    private func finalArticleIDs() -> [String] {
        var sourcesPerBase: [String: Int] = [:]
        for k in articleKeys { sourcesPerBase[k.base, default: 0] += 1 }
        return articleKeys.map { k in
            guard let source = k.source, sourcesPerBase[k.base]! > 1 else { return k.base }
            return k.base + "@" + source
        }
    }

    /// The id an article had before a merge qualified it with its source.
    private static func baseID(of a: ArticleInfo) -> String {
        guard let source = a.source, a.id.hasSuffix("@" + source), a.id.count > source.count + 1 else { return a.id }
        return String(a.id.dropLast(source.count + 1))
    }

    /// A total order on an article's metadata, so that the same article met with different
    /// metadata keeps the same record whatever the order.
    private static func precedes(_ a: ArticleInfo, _ b: ArticleInfo) -> Bool {
        let x = [a.title, a.date, a.url, a.author], y = [b.title, b.date, b.url, b.author]
        for (p, q) in zip(x, y) where p != q {
            switch (p, q) {
            case (nil, _): return true
            case (_, nil): return false
            case let (p?, q?): return p < q
            }
        }
        return false
    }

    /// The label rule described on the type.
    static func chooseLabel(id: String, names: Set<String>, mentions: [Mention]) -> String {
        let nonEmpty = names.filter { !$0.isEmpty }
        guard nonEmpty.count > 1 else { return nonEmpty.first ?? id }
        let canonical = nonEmpty.filter { Slug.make($0) == id }
        let pool = canonical.isEmpty ? nonEmpty : canonical
        var counts: [String: Int] = [:]
        for m in mentions where pool.contains(m.text) { counts[m.text, default: 0] += 1 }
        return pool.min { a, b in
            let ca = counts[a] ?? 0, cb = counts[b] ?? 0
            return ca != cb ? ca > cb : a < b
        }!
    }
}
