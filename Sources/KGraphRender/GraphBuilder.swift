import CGraphviz

/// Builds a cgraph graph from a ``Diagram`` in one canonical order, so the same diagram
/// always gives the same layout and the same bytes. Call only under ``Renderer``'s lock.
struct GraphBuilder {
    enum LegendStyle { case cluster, table }

    let diagram: Diagram
    /// The layout engine's name: it decides the legend style and some defaults.
    let engine: String
    let escapeURLAmpersands: Bool

    /// dot draws the legend as a cluster of real sample nodes and edges; the other engines
    /// ignore or mangle clusters, so they get a table instead.
    var legendStyle: LegendStyle { engine == "dot" ? .cluster : .table }

    /// The force-directed and radial engines overlap nodes and labels unless told not to.
    var engineDefaults: [String: String] {
        switch engine {
        case "dot": return [:]
        case "sfdp": return ["overlap": "prism", "sep": "+8"]
        default: return ["overlap": "prism", "sep": "+8", "splines": "true"]
        }
    }

    /// The renderer's defaults, applied under the diagram's own attributes.
    static let graphDefaults: [String: String] = ["fontname": "Helvetica", "fontsize": "14", "pad": "0.2"]
    /// The margin leaves room for fonts wider than the Helvetica widths Graphviz measures with.
    static let nodeDefaults: [String: String] = ["fontname": "Helvetica", "fontsize": "11", "margin": "0.16,0.06"]
    static let edgeDefaults: [String: String] = ["fontname": "Helvetica", "fontsize": "9"]

    /// Invisible edge ends as tall as a labelled row, so tails and heads line up.
    static let legendAnchor = ["shape": "box", "width": "0.02", "height": "0.22", "fixedsize": "true", "style": "invis", "label": ""]

    struct Built {
        let graph: UnsafeMutablePointer<Agraph_t>
        /// Diagram node id -> cgraph node (legend samples excluded).
        let nodes: [String: UnsafeMutablePointer<Agnode_t>]
    }

    func build() -> Built {
        let g = withMutableCString(AttributeText.clean(diagram.name)) { agopen($0, kgraph_directed(), nil) }!
        var used = Set<String>()
        // Every node the edges name, even without a Node entry, created in id order.
        var nodeAttributes: [String: [String: String]] = [:]
        for e in diagram.edges {
            nodeAttributes[AttributeText.clean(e.source)] = [:]
            nodeAttributes[AttributeText.clean(e.target)] = [:]
        }
        for n in diagram.nodes {
            nodeAttributes[AttributeText.clean(n.id), default: [:]].merge(n.attributes) { _, new in new }
        }
        for id in nodeAttributes.keys where nodeAttributes[id]!["label"] == nil {
            nodeAttributes[id]!["label"] = id
        }
        used.formUnion(nodeAttributes.keys)

        // Subgraphs first: a root `id` set later is then not inherited by the cluster.
        var legendNodes: [(name: String, attributes: [String: String])] = []
        var legendEdges: [(tail: String, head: String, attributes: [String: String])] = []
        var legendGraph: UnsafeMutablePointer<Agraph_t>?
        // The cluster's two columns: edge tails and left node samples, edge heads and right ones.
        var legendColumns: [(graph: UnsafeMutablePointer<Agraph_t>, names: [String])] = []
        if !diagram.legend.isEmpty {
            switch legendStyle {
            case .cluster:
                legendGraph = withMutableCString("cluster_legend") { agsubg(g, $0, 1) }
                for _ in 0..<2 {
                    // Anonymous: cgraph orders named subgraphs by string address, anonymous ones by creation.
                    legendColumns.append((agsubg(legendGraph, nil, 1)!, []))
                }
                // Edge rows first: dot keeps creation order within the first column, and the
                // sample edges come out straight only when their tails line up with the heads.
                var sampleNodes: [(name: String, attributes: [String: String])] = []
                defer {
                    // Node samples two to a row, tied by an invisible edge, to keep the legend short.
                    legendNodes += sampleNodes
                    for k in stride(from: 0, to: sampleNodes.count, by: 2) {
                        legendColumns[0].names.append(sampleNodes[k].name)
                        if k + 1 < sampleNodes.count {
                            legendColumns[1].names.append(sampleNodes[k + 1].name)
                            legendEdges.append((sampleNodes[k].name, sampleNodes[k + 1].name, ["style": "invis"]))
                        }
                    }
                }
                for (i, item) in diagram.legend.enumerated() {
                    var attributes = item.attributes
                    attributes["label"] = item.label
                    switch item.kind {
                    case .node:
                        sampleNodes.append((unique("legend_\(i)", &used), attributes))
                    case .edge:
                        let tail = unique("legend_\(i)_from", &used), head = unique("legend_\(i)_to", &used)
                        legendNodes.append((tail, Self.legendAnchor))
                        legendNodes.append((head, Self.legendAnchor))
                        legendEdges.append((tail, head, attributes))
                        legendColumns[0].names.append(tail)
                        legendColumns[1].names.append(head)
                    }
                }
            case .table:
                legendNodes.append((unique("legend", &used),
                                    ["shape": "plaintext", "label": "", "class": "kg-legend", "tooltip": "Legend"]))
            }
        }

        // Declare every attribute before use: agset ignores undeclared ones, and a declared
        // node label must default to the node name, not to nothing.
        var graphAttributes = Self.graphDefaults.merging(engineDefaults) { _, new in new }
            .merging(diagram.graphAttributes) { _, new in new }
        if let title = diagram.title, !title.isEmpty {
            graphAttributes["label"] = title
            graphAttributes["labelloc"] = graphAttributes["labelloc"] ?? "t"
            graphAttributes["fontsize"] = diagram.graphAttributes["fontsize"] ?? "18"
        }
        for (key, value) in graphAttributes.sorted(by: { $0.key < $1.key }) where !key.isEmpty {
            // Neutral default, then the root's value: existing subgraphs keep their own.
            let sym = graphSymbol(g, key)
            _ = withMutableCString(attributeValue(value, key)) { agxset(UnsafeMutableRawPointer(g), sym, $0) }
        }
        declare(g, AGNODE, Self.nodeDefaults,
                keys: nodeAttributes.values.flatMap(\.keys) + legendNodes.flatMap(\.attributes.keys))
        declare(g, AGEDGE, Self.edgeDefaults,
                keys: diagram.edges.flatMap { $0.attributes.keys } + legendEdges.flatMap(\.attributes.keys))

        if let legendGraph {
            let clusterAttributes = [
                "label": "Legend", "fontname": "Helvetica", "fontsize": "11", "style": "rounded",
                "color": "#b0b0b0", "fontcolor": "#404040", "margin": "10", "class": "kg-legend", "id": "",
            ]
            for (key, value) in clusterAttributes.sorted(by: { $0.key < $1.key }) {
                let sym = graphSymbol(g, key)
                _ = withMutableCString(value) { agxset(UnsafeMutableRawPointer(legendGraph), sym, $0) }
            }
        }

        var created: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for id in nodeAttributes.keys.sorted() {
            let n = withMutableCString(id) { agnode(g, $0, 1) }!
            set(n, nodeAttributes[id]!)
            created[id] = n
        }
        for e in diagram.edges.sorted(by: Self.canonicalOrder) {
            let edge = agedge(g, created[AttributeText.clean(e.source)], created[AttributeText.clean(e.target)], nil, 1)!
            set(edge, e.attributes)
        }
        var legendCreated: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for item in legendNodes {
            let n = withMutableCString(item.name) { agnode(legendGraph ?? g, $0, 1) }!
            set(n, item.attributes)
            legendCreated[item.name] = n
        }
        if !legendColumns.isEmpty {
            let rank = graphSymbol(g, "rank")
            for column in legendColumns {
                _ = withMutableCString("same") { agxset(UnsafeMutableRawPointer(column.graph), rank, $0) }
                for name in column.names { _ = agsubnode(column.graph, legendCreated[name], 1) }
            }
        }
        for item in legendEdges {
            let edge = agedge(legendGraph ?? g, legendCreated[item.tail], legendCreated[item.head], nil, 1)!
            set(edge, item.attributes)
        }
        if legendStyle == .table, let table = legendNodes.first, let n = legendCreated[table.name] {
            let html = LegendTable.html(diagram.legend)
            let sym = withMutableCString("label") { agattr(g, AGNODE, $0, nil) }
            let label = withMutableCString(html) { agstrdup_html(g, $0) }
            agxset(UnsafeMutableRawPointer(n), sym, label)
            agstrfree(g, label)
        }
        return Built(graph: g, nodes: created)
    }

    /// The graph attribute `key`, declared with an empty default if new. (Declaring an existing
    /// one again would reset the root graph's value, since the root holds the defaults.)
    private func graphSymbol(_ g: UnsafeMutablePointer<Agraph_t>, _ key: String) -> UnsafeMutablePointer<Agsym_t>? {
        withMutableCString(key) { name in
            agattr(g, AGRAPH, name, nil) ?? withMutableCString("") { agattr(g, AGRAPH, name, $0) }
        }
    }

    private func declare(_ g: UnsafeMutablePointer<Agraph_t>, _ kind: Int32, _ defaults: [String: String], keys: [String]) {
        var all = defaults
        for key in keys where all[key] == nil && !key.isEmpty {
            all[key] = kind == AGNODE && key == "label" ? "\\N" : ""
        }
        for (key, value) in all.sorted(by: { $0.key < $1.key }) {
            _ = withMutableCString(key) { name in withMutableCString(value) { agattr(g, kind, name, $0) } }
        }
    }

    private func set<T>(_ object: UnsafeMutablePointer<T>, _ attributes: [String: String]) {
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) where !key.isEmpty {
            _ = withMutableCString(key) { name in withMutableCString(attributeValue(value, key)) { agset(UnsafeMutableRawPointer(object), name, $0) } }
        }
    }

    private func attributeValue(_ value: String, _ key: String) -> String {
        AttributeText.value(value, forKey: key, escapeURLAmpersands: escapeURLAmpersands)
    }

    private func unique(_ base: String, _ used: inout Set<String>) -> String {
        var name = base
        while used.contains(name) { name = "_" + name }
        used.insert(name)
        return name
    }

    /// Edges by source, target, then attributes, so input order never matters.
    static func canonicalOrder(_ a: Diagram.Edge, _ b: Diagram.Edge) -> Bool {
        if a.source != b.source { return a.source < b.source }
        if a.target != b.target { return a.target < b.target }
        let x = a.attributes.sorted { $0.key < $1.key }, y = b.attributes.sorted { $0.key < $1.key }
        for (p, q) in zip(x, y) where p != q {
            return p.key != q.key ? p.key < q.key : p.value < q.value
        }
        return x.count < y.count
    }
}

/// Calls `body` with a mutable C copy of `s` (cgraph takes `char *` but copies the text).
func withMutableCString<R>(_ s: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
    var bytes = Array(s.utf8CString)
    return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
}
