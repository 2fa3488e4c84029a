import KGraphModel

extension Diagram {
    /// The standard analyst view of a knowledge graph.
    ///
    /// Each node type has its own shape and fill, labels wrapped at ``TextWrap/labelWidth``, each edge type its own colour, line style and
    /// label; symmetric relations are drawn without a direction. Edge labels are `xlabel`s,
    /// placed beside the finished edges: a `label` makes dot add a virtual node per edge and
    /// double the ranks, which made the layout three times slower on article-sized graphs; the
    /// wider `ranksep` leaves the room between ranks that the labels need. A legend lists only the types
    /// present. Tooltips: a node shows its label, type and aliases; an edge its evidence
    /// sentences, each with its article id. SVG classes: `kg-node node-type-<type>` and
    /// `kg-edge edge-type-<type>`. `title` (default: the graph's title, else its single article's title, else a count of
    /// entities and relations) is drawn at the top.
    public init(graph: KnowledgeGraph, title: String? = nil) {
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let nodes = graph.nodes.map { node in
            var a = DiagramStyle.node(node.type)
            // Long names wrap to a few short lines (the tooltip keeps the whole name).
            a["label"] = TextWrap.wrapped(node.label, width: TextWrap.labelWidth, fontSize: 11)
            a["margin"] = TextWidths.nodeMargin(forLabel: a["label"]!)
            a["class"] = DiagramStyle.nodeClass(node.type)
            a["tooltip"] = Self.tooltip(for: node)
            return Node(id: node.id, attributes: a)
        }
        let edges = Self.parallelGroups(graph.edges).map { group in
            // Parallel edges (one pair, one direction) are one line labelled with every type,
            // drawn in the style of the first type.
            var a = DiagramStyle.edge(group[0].type)
            a["xlabel"] = group.map { DiagramStyle.edgeLabel($0.type) }.joined(separator: " · ")
            a["class"] = DiagramStyle.edgeClass(group[0].type) + group.dropFirst().map { " edge-type-\($0.type.rawValue)" }.joined()
            a["tooltip"] = group.map { Self.tooltip(for: $0, labels: labels) }.joined(separator: "\n")
            return Edge(source: group[0].source, target: group[0].target, attributes: a)
        }
        let legend = Self.typeLegend(nodeTypes: Set(graph.nodes.map(\.type)), edgeTypes: Set(graph.edges.map(\.type)))
        let caption = title ?? graph.title ?? (graph.articles.count == 1 ? graph.articles[0].title : nil)
            ?? "Knowledge graph: \(Self.count(graph.nodes.count, "entity", "entities")), \(Self.count(graph.edges.count, "relation", "relations"))"
        self.init(
            name: Slug.make(caption).isEmpty ? "kgraph" : Slug.make(caption),
            title: caption,
            graphAttributes: DiagramStyle.graphAttributes,
            nodes: nodes, edges: edges, legend: legend)
    }

    /// The legend of the standard view for the given types, in the types' order: each node
    /// type in its shape and colours, each edge type in its line and arrowhead
    /// (``LegendSymbol`` draws them). Render, diff, compare and report show these same items.
    public static func typeLegend(nodeTypes: Set<NodeType>, edgeTypes: Set<EdgeType>) -> [LegendItem] {
        var legend: [LegendItem] = []
        for type in NodeType.allCases where nodeTypes.contains(type) {
            var a = DiagramStyle.node(type)
            a["class"] = "kg-legend-item node-type-\(type.rawValue)"
            a["tooltip"] = "Node type: \(type.rawValue)"
            legend.append(LegendItem(kind: .node, label: type.rawValue, attributes: a))
        }
        for type in EdgeType.allCases where edgeTypes.contains(type) {
            var a = DiagramStyle.edge(type)
            a["class"] = "kg-legend-item edge-type-\(type.rawValue)"
            a["tooltip"] = "Edge type: \(type.rawValue)"
            legend.append(LegendItem(kind: .edge, label: DiagramStyle.edgeLabel(type), attributes: a))
        }
        return legend
    }

    /// Edges grouped by pair and direction (symmetric edges stand with their smaller id first),
    /// each group in type order, groups in the graph's edge order.
    static func parallelGroups(_ edges: [KGraphModel.Edge]) -> [[KGraphModel.Edge]] {
        var groups: [[KGraphModel.Edge]] = []
        var index: [String: Int] = [:]
        for e in edges {
            let key = e.source + "\u{0}" + e.target
            if let i = index[key] { groups[i].append(e) } else { index[key] = groups.count; groups.append([e]) }
        }
        return groups.map { $0.sorted { $0.type < $1.type } }
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// At most this many evidence sentences go into an edge tooltip.
    static let tooltipEvidenceLimit = 12

    static func tooltip(for node: KGraphModel.Node) -> String {
        var lines = ["\(node.label) (\(node.type.rawValue))"]
        if !node.aliases.isEmpty { lines.append("Also: " + node.aliases.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    static func tooltip(for edge: KGraphModel.Edge, labels: [String: String]) -> String {
        let source = labels[edge.source] ?? edge.source, target = labels[edge.target] ?? edge.target
        var lines = ["\(source) \(edge.type.phrase) \(target)"]
        for e in edge.evidence.prefix(tooltipEvidenceLimit) {
            lines.append(e.article.isEmpty ? e.sentence : "[\(e.article)] \(e.sentence)")
        }
        if edge.evidence.count > tooltipEvidenceLimit {
            lines.append("... and \(edge.evidence.count - tooltipEvidenceLimit) more")
        }
        return lines.joined(separator: "\n")
    }
}
