import KGraphRender

/// A legend made of pinned nodes and edges, for diagrams laid out by neato with every node
/// pinned (the renderer's own legend is a free node that neato may put on top of others).
enum PinnedLegend {
    /// Node ids start with `_`, which graph ids (slugs) never contain, so they cannot collide.
    static let prefix = "_legend"

    /// Adds one row per item above the highest pinned node (where the renderer puts its
    /// legend, under the title), left-aligned with the leftmost:
    /// an edge item as a short sample edge between two dots, a node item as a small node of its
    /// shape; then the caption. Edge items fill the first column, node items a second one.
    static func add(_ items: [Diagram.LegendItem], to d: inout Diagram, above positions: PinnedPositions) {
        let shown = d.nodes.compactMap { positions[$0.id] }
        let left = shown.map(\.x).min() ?? 0
        let rowCount = max(items.count { $0.kind == .edge }, items.count { $0.kind == .node })
        // The first row highest (y grows upwards), the last 45 pt above the highest node.
        let top = (shown.map(\.y).max() ?? 0) + 45 + Double(max(rowCount - 1, 0)) * 24
        let dot = ["shape": "point", "width": "0.04", "class": "diff-legend"]
        let edgeItems = items.filter { $0.kind == .edge }
        let captionWidth = edgeItems.map { TextWidths.width($0.label, fontSize: 10) }.max() ?? 0
        var rows = (edge: 0, node: 0)
        for (i, item) in items.enumerated() {
            let id = "\(prefix)\(i)"
            let x: Double, y: Double
            switch item.kind {
            case .edge:
                x = left
                y = top - Double(rows.edge) * 24
                rows.edge += 1
                var from = dot, to = dot
                from["pos"] = GraphDiff.pin((x, y))
                to["pos"] = GraphDiff.pin((x + 40, y))
                from["color"] = item.attributes["color"]
                to["color"] = item.attributes["color"]
                d.nodes += [Diagram.Node(id: id + "_from", attributes: from), Diagram.Node(id: id + "_to", attributes: to)]
                var edge = item.attributes
                edge["class"] = "diff-legend " + (item.attributes["class"] ?? "")
                edge["tooltip"] = item.label
                d.edges.append(Diagram.Edge(source: id + "_from", target: id + "_to", attributes: edge))
            case .node:
                x = edgeItems.isEmpty ? left : left + 52 + captionWidth + 30
                y = top - Double(rows.node) * 24
                rows.node += 1
                var shape = item.attributes
                shape["label"] = ""
                shape["class"] = "diff-legend " + (item.attributes["class"] ?? "")
                shape["tooltip"] = item.label
                shape["fixedsize"] = "true"
                shape["width"] = "0.5"
                shape["height"] = "0.25"
                shape["pos"] = GraphDiff.pin((x + 20, y))
                d.nodes.append(Diagram.Node(id: id + "_shape", attributes: shape))
            }
            // Captions are centred on their node: centre each on its estimated width, so all
            // start at the same x.
            let width = TextWidths.width(item.label, fontSize: 10)
            let caption = ["shape": "plaintext", "label": item.label, "fontsize": "10", "class": "diff-legend",
                           "tooltip": item.label, "pos": GraphDiff.pin((x + 52 + width / 2, y)), "height": "0.2"]
            d.nodes.append(Diagram.Node(id: id, attributes: caption))
        }
    }
}
