import KGraphModel
import KGraphRender

extension Comparison {
    /// One diagram of the union: every edge is labelled with its type and how many inputs
    /// have it ("rejects 2/3") and drawn heavier and darker the more inputs agree
    /// (penwidth 1 for one input up to 5 for all); tooltips list the inputs and evidence.
    /// Classes: `compare-node` / `compare-edge`, plus `compare-all` when every input has it.
    public func diagram(title: String? = nil) -> Diagram {
        let n = names.count
        var d = Diagram(name: "kgraph-compare", title: title ?? names.joined(separator: ", "),
                        graphAttributes: DiffStyle.graphAttributes)
        let ends = Set(edges.flatMap { [$0.source, $0.target] })
        // With edges only, nodes are drawn from the edges' ends.
        let shownNodes: [(id: String, label: String, present: [Bool]?)] = options.scope == .edges
            ? ends.sorted().map { ($0, label(of: $0), nil) }
            : nodes.map { ($0.id, $0.label, $0.present) }
        for node in shownNodes {
            var attrs = ["label": node.label, "class": "compare-node", "style": "filled", "fillcolor": "#f5f5f5",
                         "color": "#546e7a"]
            if let type = type(of: node.id) {
                let (shape, rounded) = DiffStyle.shape(type)
                attrs["shape"] = shape
                if rounded { attrs["style"] = "rounded,filled" }
            }
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
            var attrs = [
                "label": "\(r.type.rawValue) \(r.count)/\(n)",
                "penwidth": Self.penwidth(count: r.count, of: n),
                "color": r.count == n ? "#263238" : "#78909c",
                "tooltip": lines.joined(separator: "\n"),
                "class": r.count == n ? "compare-edge compare-all" : "compare-edge",
            ]
            if r.type.isSymmetric { attrs["dir"] = "none" }
            d.edges.append(Diagram.Edge(source: r.source, target: r.target, attributes: attrs))
        }
        d.legend = [
            Diagram.LegendItem(kind: .edge, label: "in all \(n)", attributes: ["penwidth": Self.penwidth(count: n, of: n), "color": "#263238"]),
            Diagram.LegendItem(kind: .edge, label: "in 1 of \(n)", attributes: ["penwidth": Self.penwidth(count: 1, of: n), "color": "#78909c"]),
        ]
        return d
    }

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
