/// Nodes without edges, set by kgraph in rows below the drawing under a caption, grouped by
/// their `class` (for knowledge graphs, the node type), instead of being laid out by Graphviz.
///
/// Graphviz gains nothing from them and pays dearly: sfdp packs every separate piece against
/// all the others (quadratic in their number: 150 s for 5,300 isolated nodes), and dot needs
/// invisible edges to keep them from one tall column. Here Graphviz lays out only the
/// connected part; the isolated nodes are sized by Graphviz's `nop` engine (no layout, a
/// position given) so their shapes are Graphviz's, then shelved in rows as wide as the drawing.
enum IsolatedNodeShelf {
    /// The caption above the shelf.
    static let caption = "Mentioned, no relation found"
    static let captionFontSize = 12.0
    /// Room between nodes in a row, between rows, and between groups in a row, in points.
    static let gap = 10.0
    static let rowGap = 12.0
    static let groupGap = 26.0
    /// The narrowest shelf: a small drawing still gets rows of a readable width.
    static let minimumWidth = 480.0

    /// The nodes of `index` that no edge touches, in node order.
    static func isolated(_ index: DiagramIndex) -> [String] {
        var touched = Set<String>()
        for e in index.edges {
            touched.insert(AttributeText.clean(e.source))
            touched.insert(AttributeText.clean(e.target))
        }
        return index.nodeOrder.filter { !touched.contains($0) }
    }

    /// The diagram without the nodes in `left`, and the diagram of just those nodes, each
    /// node pinned at the origin for the `nop` engine.
    static func split(_ diagram: Diagram, _ index: DiagramIndex, isolated: Set<String>) -> (connected: Diagram, shelf: Diagram) {
        var connected = diagram, shelf = diagram
        connected.nodes = diagram.nodes.filter { !isolated.contains(AttributeText.clean($0.id)) }
        shelf.edges = []
        // A `layout` attribute would override the engine asked for (Graphviz reads it first).
        shelf.graphAttributes["layout"] = nil
        shelf.title = nil
        shelf.legend = []
        shelf.nodes = index.nodeOrder.filter(isolated.contains).map { id in
            var a = index.nodeAttributes[id] ?? [:]
            a["pos"] = "0,0!"
            return Diagram.Node(id: id, attributes: a)
        }
        return (connected, shelf)
    }

    /// The whole diagram's layout: the connected part's (nil when there is none) with the
    /// shelf's nodes set in rows under it. `order` is every node id in the diagram's order;
    /// `groupOf` gives a node's group.
    static func combine(connected: DiagramLayout?, shelf: DiagramLayout, order: [String],
                        groupOf: (String) -> String) -> DiagramLayout {
        let top = connected.map { $0.lowerLeft.y - 24 } ?? 0
        let left = connected?.lowerLeft.x ?? 0
        let width = max(minimumWidth, connected?.width ?? 0, shelf.nodes.map(\.width).max() ?? 0)

        // One flow of nodes, group after group (a wider gap between groups), in rows as wide
        // as the drawing; each row's nodes centred on the row's middle line.
        var groups: [String: [DiagramLayout.NodeBox]] = [:]
        for n in shelf.nodes { groups[groupOf(n.id), default: []].append(n) }
        var rows: [[(x: Double, node: DiagramLayout.NodeBox)]] = [[]]
        var x = left
        for key in groups.keys.sorted() {
            if x > left { x += groupGap }
            for n in groups[key]! {
                if x > left && x + n.width > left + width {
                    rows.append([])
                    x = left
                }
                rows[rows.count - 1].append((x, n))
                x += n.width + gap
            }
        }
        let captionHeight = captionFontSize * 1.2
        var placed: [String: DiagramLayout.NodeBox] = [:]
        var y = top - captionHeight - 8  // the top of the next row
        var right = left
        for row in rows where !row.isEmpty {
            let height = row.map(\.node.height).max()!
            for (x, original) in row {
                var n = original
                let center = DiagramLayout.Point(x: x + n.width / 2, y: y - height / 2)
                let dx = center.x - n.center.x, dy = center.y - n.center.y
                n.center = center
                n.label?.center.x += dx
                n.label?.center.y += dy
                n.xlabel?.center.x += dx
                n.xlabel?.center.y += dy
                placed[n.id] = n
                right = max(right, x + n.width)
            }
            y -= height + rowGap
        }
        let bottom = y + rowGap

        var layout = connected ?? DiagramLayout(lowerLeft: .init(x: 0, y: 0), upperRight: .init(x: 0, y: 0), nodes: [], edges: [])
        var byID: [String: DiagramLayout.NodeBox] = placed
        for n in layout.nodes { byID[n.id] = n }
        layout.nodes = order.compactMap { byID[$0] }
        let captionWidth = TextWidths.width(caption, fontSize: captionFontSize)
        layout.captions.append(DiagramLayout.Label(
            center: .init(x: left + captionWidth / 2, y: top - captionHeight / 2), width: captionWidth, height: captionHeight,
            fontSize: captionFontSize, lines: [.init(text: caption, justification: UInt8(ascii: "l"), height: captionHeight)]))
        if connected == nil { layout.upperRight = .init(x: right, y: top) }
        layout.lowerLeft = .init(x: min(layout.lowerLeft.x, left), y: bottom)
        layout.upperRight.x = max(layout.upperRight.x, right)
        return layout
    }
}
