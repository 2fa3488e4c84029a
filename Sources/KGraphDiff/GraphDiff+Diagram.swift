import KGraphModel
import KGraphRender

/// One of the two graphs of a diff.
public enum DiffSide: String, Sendable, Hashable, CaseIterable {
    case a, b
}

/// Node centres in points, by node id (as ``Renderer/positions(of:engine:)`` gives them).
public typealias PinnedPositions = [String: (x: Double, y: Double)]

extension GraphDiff {
    /// The merged diagram of both graphs, or of one `side` alone.
    ///
    /// Kept elements are grey, added green, removed red and dashed, changed orange (an edge
    /// labelled "supports → rejects"); each carries the SVG class `diff-<status>` and a
    /// tooltip naming the article(s) and evidence. A side view draws only that side's
    /// elements (with that side's types) in the same colours. With `positions`, nodes are
    /// pinned there (`pos="x,y!"`, `inputscale=72`, for the neato engine), so the diff and
    /// both sides keep every node in the same place.
    public func diagram(side: DiffSide? = nil, positions: PinnedPositions? = nil,
                        nameA: String = "A", nameB: String = "B") -> Diagram {
        let names = (a: nameA, b: nameB)
        let shownEdges = edges.filter { include($0.status, side) }
        // Nodes: those in scope, plus the ends of shown edges when only edges are in scope.
        let ends = Set(shownEdges.flatMap { [$0.source, $0.target] })
        let shownNodes = allNodes.filter {
            include($0.status, side) && (options.scope != .edges || ends.contains($0.id))
        }
        var d = Diagram(
            name: side == nil ? "kgraph-diff" : "kgraph-diff-\(side!.rawValue)",
            title: diagramTitle(side: side, names: names),
            graphAttributes: DiagramStyle.graphAttributes.merging(["fontsize": "14"]) { _, new in new })
        for n in shownNodes {
            var attrs = DiffStyle.nodeAttributes(n.status, type: (side == .a ? n.a : n.b)?.type ?? n.a?.type ?? n.b!.type)
            attrs["label"] = TextWrap.wrapped(nodeLabel(n, side: side), width: TextWrap.labelWidth, fontSize: 11)
            attrs["margin"] = TextWidths.nodeMargin(forLabel: attrs["label"]!)
            attrs["tooltip"] = nodeTooltip(n, names: names)
            if let p = positions?[n.id] { attrs["pos"] = Self.pin(p) }
            d.nodes.append(Diagram.Node(id: n.id, attributes: attrs))
        }
        for e in shownEdges {
            var attrs = DiffStyle.edgeAttributes(e.status)
            // An xlabel: placed beside the finished edge (EdgeLabelPlacement), not across it
            // where neato would put a label, at the pinned edge's middle.
            attrs["xlabel"] = edgeLabel(e, side: side)
            attrs["tooltip"] = edgeTooltip(e, names: names)
            if e.isUndirected { attrs["dir"] = "none" }
            d.edges.append(Diagram.Edge(source: e.source, target: e.target, attributes: attrs))
        }
        let legendStatuses: [DiffStatus] = switch side {
        case nil: [.added, .removed, .changed, .kept]
        case .a?: [.removed, .changed, .kept]
        case .b?: [.added, .changed, .kept]
        }
        // Statuses by colour, then the node types drawn, by shape (kept colours, as in the drawing).
        let legend = legendStatuses.map { s in
            Diagram.LegendItem(kind: .edge, label: legendCaption(s, names: names), attributes: DiffStyle.edgeAttributes(s))
        } + NodeType.allCases.filter { t in shownNodes.contains { n in n.a?.type == t || n.b?.type == t } }.map { t in
            var a = DiffStyle.nodeAttributes(.kept, type: t)
            a["class"] = "diff-legend-type node-type-\(t.rawValue)"
            return Diagram.LegendItem(kind: .node, label: t.rawValue, attributes: a)
        }
        if let positions {
            d.graphAttributes["inputscale"] = "72"
            // Every node is pinned: no overlap removal (it would move pinned nodes too), and a
            // small margin around nodes for routing edges.
            d.graphAttributes["overlap"] = "true"
            d.graphAttributes["sep"] = "+1"
            // Routing splines around nodes costs too much on large drawings: straight lines there.
            if d.edges.count <= Self.splineEdgeLimit { d.graphAttributes["splines"] = "true" }
            // neato would float the renderer's legend anywhere; pin our own at the top, where
            // the renderer puts its legend.
            PinnedLegend.add(legend, to: &d, above: positions)
        } else {
            d.legend = legend
        }
        return d
    }

    /// The articles' titles (the file names where a graph has none), "A → B" on two lines,
    /// each wrapped to fit: "Title of A (a.json)", "→ Title of B (b.json)".
    func diagramTitle(side: DiffSide?, names: (a: String, b: String)) -> String {
        func titled(_ info: GraphInfo, _ name: String) -> String {
            let t = info.title ?? (info.articles.count == 1 ? info.articles[0].title : nil)
            return t.map { "\($0) (\(name))" } ?? name
        }
        let a = titled(infoA, names.a), b = titled(infoB, names.b)
        var lines: [String]
        switch side {
        case nil: lines = [a, "→ " + b]
        case .a?: lines = [a]
        case .b?: lines = [b]
        }
        if isFocused { lines.append("(only what changed and its neighbours)") }
        return lines.flatMap { TextWrap.lines($0, width: Comparison.titleWidth, fontSize: 14) }.joined(separator: "\n")
    }

    /// Lays out the merged diagram once with dot: the positions every view of this diff is pinned to.
    public func layoutPositions(nameA: String = "A", nameB: String = "B") throws(RenderError) -> PinnedPositions {
        var union = diagram(nameA: nameA, nameB: nameB)
        union.legend = []  // placed separately, below the pinned nodes
        // Edge labels are placed after the layout, beside the pinned edges.
        for i in union.edges.indices { union.edges[i].attributes["xlabel"] = nil }
        let engine = LayoutEngine.recommended(nodes: union.nodes.count, edges: union.edges.count, pinned: true)
        if engine != .dot { union.graphAttributes["overlap"] = "false" }
        return try Renderer.shared.positions(of: union, engine: engine)
    }

    /// Renders the merged diagram (or one `side`) with positions pinned to the merged layout.
    public func render(format: OutputFormat, side: DiffSide? = nil,
                       nameA: String = "A", nameB: String = "B") throws(RenderError) -> [UInt8] {
        let positions = try layoutPositions(nameA: nameA, nameB: nameB)
        let d = diagram(side: side, positions: positions, nameA: nameA, nameB: nameB)
        return try Renderer.shared.render(d, format: format, engine: .neato)
    }

    /// The SVG drawing ``render(format:side:nameA:nameB:)`` writes as `.svg`, to embed in a page.
    public func drawing(side: DiffSide? = nil, nameA: String = "A", nameB: String = "B") throws(RenderError) -> SVGDrawing {
        let positions = try layoutPositions(nameA: nameA, nameB: nameB)
        return try Renderer.shared.drawing(diagram(side: side, positions: positions, nameA: nameA, nameB: nameB), engine: .neato)
    }

    static let splineEdgeLimit = 400

    /// `pos` for neato in points (with `inputscale=72`), `!` pinning the node.
    static func pin(_ p: (x: Double, y: Double)) -> String {
        "\(JSONValue.number(p.x).serialized().dropLast()),\(JSONValue.number(p.y).serialized().dropLast())!"
    }

    private func include(_ s: DiffStatus, _ side: DiffSide?) -> Bool {
        switch side {
        case nil: return true
        case .a?: return s != .added
        case .b?: return s != .removed
        }
    }

    private func nodeLabel(_ n: NodeDifference, side: DiffSide?) -> String {
        guard n.status == .changed, let a = n.a, let b = n.b else { return n.label }
        switch side {
        case nil: return "\(n.label) (\(a.type.rawValue) → \(b.type.rawValue))"
        case .a?: return "\(n.label) (\(a.type.rawValue))"
        case .b?: return "\(n.label) (\(b.type.rawValue))"
        }
    }

    private func edgeLabel(_ e: EdgeDifference, side: DiffSide?) -> String {
        guard e.status == .changed, let a = e.a, let b = e.b else { return DiagramStyle.edgeLabel(e.type) }
        switch side {
        case nil: return "\(DiagramStyle.edgeLabel(a.type)) → \(DiagramStyle.edgeLabel(b.type))"
        case .a?: return DiagramStyle.edgeLabel(a.type)
        case .b?: return DiagramStyle.edgeLabel(b.type)
        }
    }

    private func legendCaption(_ s: DiffStatus, names: (a: String, b: String)) -> String {
        switch s {
        case .added: return "added (only in \(names.b))"
        case .removed: return "removed (only in \(names.a))"
        case .changed: return "changed type"
        case .kept: return "in both"
        }
    }

    private func statusPhrase(_ s: DiffStatus, names: (a: String, b: String)) -> String {
        switch s {
        case .added: return "added: only in \(names.b)"
        case .removed: return "removed: only in \(names.a)"
        case .changed: return "changed from \(names.a) to \(names.b)"
        case .kept: return "in both"
        }
    }

    private func nodeTooltip(_ n: NodeDifference, names: (a: String, b: String)) -> String {
        var lines = ["\(nodeLabel(n, side: nil)): \(statusPhrase(n.status, names: names))"]
        if let a = n.a { lines += Quote.mentions(a.mentions).prefix(3).map { "\(names.a) \($0)" } }
        if let b = n.b { lines += Quote.mentions(b.mentions).prefix(3).map { "\(names.b) \($0)" } }
        return lines.joined(separator: "\n")
    }

    private func edgeTooltip(_ e: EdgeDifference, names: (a: String, b: String)) -> String {
        var lines = [String(edgeLine(e).dropFirst(7)) + " (" + statusPhrase(e.status, names: names) + ")"]
        if let a = e.a { lines += a.evidence.filter { !$0.sentence.isEmpty }.prefix(3).map { "\(names.a) \(Quote.evidence($0, limit: 160))" } }
        if let b = e.b { lines += b.evidence.filter { !$0.sentence.isEmpty }.prefix(3).map { "\(names.b) \(Quote.evidence($0, limit: 160))" } }
        return lines.joined(separator: "\n")
    }
}
