import KGraphModel
import KGraphRender

extension Comparison {
    /// One diagram of the union, in the standard view's shapes and colours: every edge is
    /// labelled with its type and how many inputs have it ("rejects 2/3") and drawn heavier the
    /// more inputs agree (penwidth 1 for one input up to 5 for all); tooltips list the inputs
    /// and evidence. The title lists the inputs by their articles' titles, wrapped to fit; the
    /// legend shows the node and edge types drawn and the two ends of the agreement scale.
    /// Classes: `compare-node` / `compare-edge`, plus `compare-all` when every input has it.
    public func diagram(title: String? = nil) -> Diagram {
        let n = names.count
        var d = Diagram(name: "kgraph-compare", title: title ?? defaultTitle,
                        graphAttributes: DiagramStyle.graphAttributes.merging(["fontsize": "14"]) { _, new in new })
        let ends = Set(edges.flatMap { [$0.source, $0.target] })
        // With edges only, nodes are drawn from the edges' ends.
        let shownNodes: [(id: String, label: String, present: [Bool]?)] = options.scope == .edges
            ? ends.sorted().map { ($0, label(of: $0), nil) }
            : nodes.map { ($0.id, $0.label, $0.present) }
        var nodeTypes: Set<NodeType> = [], edgeTypes: Set<EdgeType> = []
        for node in shownNodes {
            var attrs = ["style": "filled", "fillcolor": "#f5f5f5", "color": "#546e7a"]
            if let type = type(of: node.id) {
                attrs = DiagramStyle.node(type)
                nodeTypes.insert(type)
            }
            attrs["label"] = TextWrap.wrapped(node.label, width: TextWrap.labelWidth, fontSize: 11)
            attrs["margin"] = TextWidths.nodeMargin(forLabel: attrs["label"]!)
            attrs["class"] = "compare-node"
            if let present = node.present {
                let count = present.count { $0 }
                attrs["tooltip"] = "\(node.label): in \(count)/\(n): " + inputs(present)
                if count == n { attrs["class"] = "compare-node compare-all" }
            }
            d.nodes.append(Diagram.Node(id: node.id, attributes: attrs))
        }
        for r in edges {
            var lines = ["\(caption(r)): in \(r.count)/\(n): " + inputs(r.present)]
            for (i, list) in r.evidence.enumerated() {
                lines += list.filter { !$0.sentence.isEmpty }.prefix(2).map { "\(names[i]) \(Quote.evidence($0, limit: 160))" }
            }
            var attrs = DiagramStyle.edge(r.type)
            edgeTypes.insert(r.type)
            // An xlabel beside the edge, as the standard view places its labels.
            attrs["xlabel"] = "\(DiagramStyle.edgeLabel(r.type)) \(r.count)/\(n)"
            attrs["fontsize"] = "10"
            attrs["penwidth"] = Self.penwidth(count: r.count, of: n)
            attrs["tooltip"] = lines.joined(separator: "\n")
            attrs["class"] = r.count == n ? "compare-edge compare-all" : "compare-edge"
            if r.type.isSymmetric { attrs["dir"] = attrs["dir"] ?? "none" }
            d.edges.append(Diagram.Edge(source: r.source, target: r.target, attributes: attrs))
        }
        d.legend = Diagram.typeLegend(nodeTypes: nodeTypes, edgeTypes: edgeTypes) + [
            Diagram.LegendItem(kind: .edge, label: "in all \(n)", attributes: ["penwidth": Self.penwidth(count: n, of: n), "color": "#455a64", "fontcolor": "#455a64", "class": "compare-legend-all"]),
            Diagram.LegendItem(kind: .edge, label: "in 1 of \(n)", attributes: ["penwidth": Self.penwidth(count: 1, of: n), "color": "#455a64", "fontcolor": "#455a64", "class": "compare-legend-one"]),
        ]
        return d
    }

    /// "Comparison of N articles", then one line per input: its number, its article's title
    /// (or its name when it has none), each wrapped to about 90 average letters.
    var defaultTitle: String {
        var lines = ["Comparison of \(names.count) articles"]
        for (i, name) in names.enumerated() {
            let line = "\(i + 1). " + (titles[i].map { "\($0) (\(name))" } ?? name)
            lines += TextWrap.lines(line, width: Self.titleWidth, fontSize: 14)
        }
        return lines.joined(separator: "\n")
    }

    /// Titles wrap at this width in points at 14 pt.
    static let titleWidth = 640.0

    /// 1 for one input, 5 for all, linear between.
    package static func penwidthForTest(count: Int, of n: Int) -> String { penwidth(count: count, of: n) }

    static func penwidth(count: Int, of n: Int) -> String {
        let w = n <= 1 ? 5 : 1 + 4 * Double(count - 1) / Double(n - 1)
        return String(JSONValue.number(w).serialized().dropLast())
    }

    private func inputs(_ present: [Bool]) -> String {
        zip(names, present).filter(\.1).map(\.0).joined(separator: ", ")
    }
}
