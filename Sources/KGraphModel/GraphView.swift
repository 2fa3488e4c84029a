/// A view of a big graph: which part of it to show. Every command that draws or reports a
/// graph takes the same options and applies them with ``apply(to:)``.
///
/// The filters run in a fixed order, each on what the previous ones left:
/// 1. `since`/`until`: only articles dated in the range (inclusive; compared on the
///    `YYYY-MM-DD` part; undated articles are left out once either bound is set), with their
///    mentions and evidence; edges left without evidence and nodes left without mentions or
///    edges go;
/// 2. `minConfidence`: evidence below it, then edges left without any;
/// 3. `nodeTypes` and `edgeTypes`: only these types (nodes of other types take their edges along);
/// 4. `minArticles`: only edges stated by at least this many articles;
/// 5. `focus` and `depth`: the focus nodes and everything within `depth` edges of them,
///    whichever the edges' direction;
/// 6. `top`: the `top` nodes of the highest weighted degree (pieces of evidence on their
///    edges, an edge without evidence counting one), ties to more mentions, then to the
///    smaller id; edges between them stay;
/// 7. `hideIsolated`: nodes left without edges go.
public struct GraphView: Sendable, Hashable {
    public var focus: [String] = []
    public var depth: Int = 1
    public var top: Int?
    public var nodeTypes: Set<NodeType> = []
    public var edgeTypes: Set<EdgeType> = []
    public var minConfidence: Double = 0
    public var minArticles: Int = 1
    public var since: String?
    public var until: String?
    public var hideIsolated = false

    public init(focus: [String] = [], depth: Int = 1, top: Int? = nil, nodeTypes: Set<NodeType> = [],
                edgeTypes: Set<EdgeType> = [], minConfidence: Double = 0, minArticles: Int = 1,
                since: String? = nil, until: String? = nil, hideIsolated: Bool = false) {
        self.focus = focus
        self.depth = depth
        self.top = top
        self.nodeTypes = nodeTypes
        self.edgeTypes = edgeTypes
        self.minConfidence = minConfidence
        self.minArticles = minArticles
        self.since = since
        self.until = until
        self.hideIsolated = hideIsolated
    }

    /// Why a view cannot be applied: a focus that names no node.
    public struct FocusError: Error, Sendable, CustomStringConvertible {
        public var name: String
        public var suggestion: String?
        public var description: String {
            "--focus \(name): no node has this id or name" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
        }
    }

    /// True when the view shows the whole graph.
    public var isEmpty: Bool {
        focus.isEmpty && top == nil && nodeTypes.isEmpty && edgeTypes.isEmpty && minConfidence <= 0
            && minArticles <= 1 && since == nil && until == nil && !hideIsolated
    }

    /// The graph as this view shows it. Focus names match a node id, or a label or alias
    /// without regard to case.
    /// With `lenient`, focus names the graph lacks are passed over (none left: an empty graph).
    public func apply(to graph: KnowledgeGraph, lenient: Bool = false) throws(FocusError) -> KnowledgeGraph {
        var g = graph
        if since != nil || until != nil { g = Self.dated(g, since: since, until: until) }
        g = g.filtered(minConfidence: minConfidence)
        if !nodeTypes.isEmpty { g.removeNodes { !nodeTypes.contains($0.type) } }
        if !edgeTypes.isEmpty { g.removeEdges { !edgeTypes.contains($0.type) } }
        if minArticles > 1 { g.removeEdges { Set($0.evidence.map(\.article)).count < minArticles } }
        if !focus.isEmpty {
            var start: [String] = []
            for name in focus {
                do { start.append(try Self.resolve(name, in: g)) } catch { if !lenient { throw error } }
            }
            let keep = Self.neighbourhood(of: Set(start), depth: max(0, depth), in: g)
            g.removeNodes { !keep.contains($0.id) }
        }
        if let top, top < g.nodes.count {
            let keep = Set(Self.ranked(g).prefix(max(0, top)))
            g.removeNodes { !keep.contains($0.id) }
        }
        if hideIsolated {
            let linked = g.linkedNodeIDs
            g.removeNodes { !linked.contains($0.id) }
        }
        return g
    }

    /// One line saying what the view leaves out, for a diagram's caption; nil for the whole graph.
    /// `labels` turns focus ids into names.
    public func caption(labels: [String: String] = [:]) -> String? {
        var parts: [String] = []
        if !focus.isEmpty {
            parts.append("around " + focus.map { labels[$0] ?? $0 }.joined(separator: ", ") + " (depth \(depth))")
        }
        if let top { parts.append("top \(top) by evidence") }
        if !nodeTypes.isEmpty { parts.append("entities: " + nodeTypes.sorted().map(\.rawValue).joined(separator: ", ")) }
        if !edgeTypes.isEmpty { parts.append("relations: " + edgeTypes.sorted().map(\.rawValue).joined(separator: ", ")) }
        if minConfidence > 0 { parts.append("confidence ≥ \(JSONValue.format(minConfidence))") }
        if minArticles > 1 { parts.append("relations in ≥ \(minArticles) articles") }
        switch (since, until) {
        case let (s?, u?): parts.append("articles \(s) to \(u)")
        case let (s?, nil): parts.append("articles since \(s)")
        case let (nil, u?): parts.append("articles until \(u)")
        default: break
        }
        if hideIsolated { parts.append("entities without relations hidden") }
        return parts.isEmpty ? nil : "Showing " + parts.joined(separator: "; ")
    }

    // MARK: - Steps

    /// The node a focus name stands for.
    static func resolve(_ name: String, in g: KnowledgeGraph) throws(FocusError) -> String {
        if g.node(id: name) != nil { return name }
        let folded = name.lowercased()
        if let n = g.nodes.first(where: { $0.label.lowercased() == folded }) { return n.id }
        if let n = g.nodes.first(where: { $0.aliases.contains { $0.lowercased() == folded } }) { return n.id }
        let slug = Slug.make(name)
        if g.node(id: slug) != nil { return slug }
        let near = g.nodes.first { $0.id.hasPrefix(slug) && !slug.isEmpty }?.id
        throw FocusError(name: name, suggestion: near)
    }

    /// Nodes within `depth` edges of `start`, either direction.
    static func neighbourhood(of start: Set<String>, depth: Int, in g: KnowledgeGraph) -> Set<String> {
        var adjacent: [String: [String]] = [:]
        for e in g.edges {
            adjacent[e.source, default: []].append(e.target)
            adjacent[e.target, default: []].append(e.source)
        }
        var seen = start, frontier = start
        for _ in 0..<depth where !frontier.isEmpty {
            var next = Set<String>()
            for id in frontier { for n in adjacent[id] ?? [] where !seen.contains(n) { next.insert(n) } }
            seen.formUnion(next)
            frontier = next
        }
        return seen
    }

    /// Node ids from the highest weighted degree down (see the type's description).
    static func ranked(_ g: KnowledgeGraph) -> [String] {
        var degree: [String: Int] = [:]
        for e in g.edges {
            let w = max(1, e.evidence.count)
            degree[e.source, default: 0] += w
            if e.target != e.source { degree[e.target, default: 0] += w }
        }
        struct Rank { var id: String; var degree: Int; var mentions: Int }
        let ranks: [Rank] = g.nodes.map { Rank(id: $0.id, degree: degree[$0.id] ?? 0, mentions: $0.mentions.count) }
        return ranks.sorted { (a: Rank, b: Rank) -> Bool in
            if a.degree != b.degree { return a.degree > b.degree }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return a.id < b.id
        }.map(\.id)
    }

    /// Only what articles dated in `since...until` say.
    static func dated(_ graph: KnowledgeGraph, since: String?, until: String?) -> KnowledgeGraph {
        func inRange(_ a: ArticleInfo) -> Bool {
            guard let date = a.date, date.count >= 10 else { return false }
            let day = String(date.prefix(10))
            if let since, day < String(since.prefix(10)) { return false }
            if let until, day > String(until.prefix(10)) { return false }
            return true
        }
        let kept = graph.articles.filter(inRange)
        let ids = Set(kept.map(\.id))
        var g = graph
        g.articles = kept
        g.removeEdges { !$0.evidence.isEmpty && !$0.evidence.contains { ids.contains($0.article) } }
        g.mapEvidence(dropEmpty: false) { ids.contains($0.article) ? $0 : nil }
        g.mapMentions { ids.contains($0.article) }
        let linked = g.linkedNodeIDs
        g.removeNodes { $0.mentions.isEmpty && !linked.contains($0.id) }
        return g
    }
}
