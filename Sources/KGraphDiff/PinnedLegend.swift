import KGraphRender

/// A legend made of pinned nodes and edges, for diagrams laid out by neato with every node
/// pinned (the renderer's own legend is a free node that neato may put on top of others).
enum PinnedLegend {
    /// Node ids start with `_`, which graph ids (slugs) never contain, so they cannot collide.
    static let prefix = "_legend"

    /// Adds one row per item under the lowest pinned node, left-aligned with the leftmost:
    /// a short sample edge between two dots, then the caption.
    static func add(_ items: [Diagram.LegendItem], to d: inout Diagram, below positions: PinnedPositions) {
        let shown = d.nodes.compactMap { positions[$0.id] }
        let left = shown.map(\.x).min() ?? 0
        let bottom = (shown.map(\.y).min() ?? 0) - 45
        let dot = ["shape": "point", "width": "0.04", "class": "diff-legend"]
        for (i, item) in items.enumerated() {
            let y = bottom - Double(i) * 24
            let id = "\(prefix)\(i)"
            var from = dot, to = dot
            from["pos"] = GraphDiff.pin((left, y))
            to["pos"] = GraphDiff.pin((left + 40, y))
            from["color"] = item.attributes["color"]
            to["color"] = item.attributes["color"]
            // Captions are centred on their node: centre each on its estimated width, so all
            // start at the same x.
            let width = TextWidths.width(item.label, fontSize: 10)
            let caption = ["shape": "plaintext", "label": item.label, "fontsize": "10", "class": "diff-legend",
                           "tooltip": item.label, "pos": GraphDiff.pin((left + 52 + width / 2, y)), "height": "0.2"]
            d.nodes += [
                Diagram.Node(id: id + "_from", attributes: from), Diagram.Node(id: id + "_to", attributes: to),
                Diagram.Node(id: id, attributes: caption),
            ]
            var edge = item.attributes
            edge["class"] = "diff-legend " + (item.attributes["class"] ?? "")
            edge["tooltip"] = item.label
            d.edges.append(Diagram.Edge(source: id + "_from", target: id + "_to", attributes: edge))
        }
    }
}
