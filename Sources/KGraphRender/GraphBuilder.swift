internal import CGraphviz

/// Builds a cgraph graph from a ``Diagram`` in one canonical order, so the same diagram
/// always gives the same layout and the same bytes. Call only under ``Renderer``'s lock.
struct GraphBuilder {
    let diagram: Diagram
    /// The layout engine's name: it decides some defaults.
    let engine: String
    let escapeURLAmpersands: Bool
    /// The diagram's nodes and edges in canonical order, when already made.
    var index: DiagramIndex?
    /// Whether to give Graphviz the attributes that only paint (colours, tooltips, classes,
    /// title and legend): ``SVGWriter`` paints them itself, so its layouts leave them out.
    var paint = true
    /// PNG files picturing the legend items, one per item (see ``LegendImages``).
    var legendImages: [String]?
    /// The cgraph calls that create objects; tests swap in failing ones.
    var cgraph = CGraphCalls.graphviz

    /// The force-directed and radial engines overlap nodes and labels unless told not to.
    var engineDefaults: [String: String] {
        switch engine {
        case "dot": return [:]
        case "sfdp": return ["overlap": "prism", "sep": "+8"]
        // Only sizes nodes at positions kgraph gives (IsolatedNodeShelf): overlap removal on
        // thousands of nodes at one spot took minutes.
        case "nop": return ["overlap": "true", "pack": "false"]
        default: return ["overlap": "prism", "sep": "+8", "splines": "true"]
        }
    }

    /// The renderer's defaults, applied under the diagram's own attributes.
    static let graphDefaults: [String: String] = ["fontname": "Helvetica", "fontsize": "14", "pad": "0.2"]
    /// The margin leaves room for fonts wider than the Helvetica widths Graphviz measures with.
    static let nodeDefaults: [String: String] = ["fontname": "Helvetica", "fontsize": "11", "margin": "0.16,0.06"]
    static let edgeDefaults: [String: String] = ["fontname": "Helvetica", "fontsize": "9"]

    struct Built {
        let graph: UnsafeMutablePointer<Agraph_t>
        /// Diagram node id -> cgraph node.
        let nodes: [String: UnsafeMutablePointer<Agnode_t>]
        /// Node ids in creation order (edge-only nodes included).
        let nodeOrder: [String]
        /// The cgraph edges in the diagram's canonical edge order (``DiagramIndex/edges``).
        let edges: [UnsafeMutablePointer<Agedge_t>]
        /// The names cgraph knows the graph and nodes by (see ``GraphvizNames``).
        let names: GraphvizNames

        /// Frees the graph and everything in it. Call under ``Renderer``'s lock.
        func close() { agclose(graph) }
    }

    /// Attributes that change only how things are painted, never where they go.
    static let paintOnly: Set<String> = [
        "bgcolor", "class", "color", "colorscheme", "fillcolor", "fontcolor", "gradientangle", "id",
        "labelfontcolor", "penwidth", "style", "stylesheet", "target", "tooltip", "edgetooltip",
        "headtooltip", "tailtooltip", "labeltooltip", "URL", "href", "edgeURL", "edgehref",
        "headURL", "headhref", "tailURL", "tailhref", "labelURL", "labelhref",
    ]

    /// The cgraph graph of the diagram; the caller closes it. Throws when cgraph cannot
    /// create the graph, a node or an edge (the graph made so far is closed first).
    func build() throws(RenderError) -> Built {
        guard let g = cgraph.openGraph(GraphvizNames.graphName) else {
            throw GraphvizMessages.failure("create a graph")
        }
        do throws(RenderError) {
            return try populate(g)
        } catch {
            agclose(g)
            throw error
        }
    }

    private func populate(_ g: UnsafeMutablePointer<Agraph_t>) throws(RenderError) -> Built {
        let index = self.index ?? DiagramIndex(diagram)
        let nodeAttributes = index.nodeAttributes, sortedEdges = index.edges
        var writer = AttributeWriter(escapeURLAmpersands: escapeURLAmpersands)
        writer.standInLabels = !paint
        // Declare every attribute before use (agxset needs the symbol; a declared node label
        // must default to the node name, not to nothing), each once.
        setGraphAttributes(g, index, &writer)
        var (nodeSymbols, edgeSymbols) = symbolTables(g, index)

        var created: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        let order = index.nodeOrder
        for (k, id) in order.enumerated() {
            // Internal names only (GraphvizNames); cgraph copies the name.
            guard let n = cgraph.node(g, GraphvizNames.node(k)) else {
                throw GraphvizMessages.failure("create node \(k + 1) of \(order.count)")
            }
            writer.set(n, nodeAttributes[id]!, &nodeSymbols)
            created[id] = n
        }
        var edges: [UnsafeMutablePointer<Agedge_t>] = []
        edges.reserveCapacity(sortedEdges.count)
        for e in sortedEdges {
            guard let edge = cgraph.edge(g, created[AttributeText.clean(e.source)], created[AttributeText.clean(e.target)]) else {
                throw GraphvizMessages.failure("create edge \(edges.count + 1) of \(sortedEdges.count)")
            }
            writer.set(edge, e.attributes, &edgeSymbols)
            edges.append(edge)
        }
        if engine == "dot" {
            // dot puts every node without edges in the first rank, one tall column of them; tied
            // into rows by invisible edges they fill a block beside the drawing instead.
            for row in Self.isolatedRows(order, sortedEdges) {
                for (a, b) in zip(row, row.dropFirst()) {
                    guard let edge = cgraph.edge(g, created[a], created[b]) else {
                        throw GraphvizMessages.failure("create a layout edge between isolated nodes")
                    }
                    writer.set(edge, ["style": "invis"], &edgeSymbols)
                }
            }
        }
        return Built(graph: g, nodes: created, nodeOrder: order, edges: edges,
                     names: GraphvizNames(graph: AttributeText.clean(diagram.name), nodes: order))
    }

    /// The root graph's attributes: the renderer's defaults, the engine's, the diagram's, and
    /// the title and legend in the root label.
    private func setGraphAttributes(_ g: UnsafeMutablePointer<Agraph_t>, _ index: DiagramIndex, _ writer: inout AttributeWriter) {
        var graphAttributes = Self.graphDefaults.merging(engineDefaults) { _, new in new }
            .merging(paint ? diagram.graphAttributes : Self.layoutOnly(diagram.graphAttributes)) { _, new in new }
        let title = paint ? diagram.title.flatMap { $0.isEmpty ? nil : $0 } : nil
        if paint && (title != nil || !diagram.legend.isEmpty) {
            graphAttributes["labelloc"] = graphAttributes["labelloc"] ?? "t"
            graphAttributes["fontsize"] = diagram.graphAttributes["fontsize"] ?? "18"
        }
        // The legend is drawn in the root label, under the title (see LegendTable).
        let htmlLabel = !paint || diagram.legend.isEmpty ? nil : LegendTable.caption(title: title, items: diagram.legend, images: legendImages)
        if htmlLabel == nil, let title { graphAttributes["label"] = title }
        if htmlLabel != nil { graphAttributes["label"] = nil }
        if let mode = Self.packMode(engine: engine, index: index, graphAttributes: graphAttributes) {
            graphAttributes["packmode"] = mode
        }
        for (key, value) in graphAttributes.sorted(by: { $0.key < $1.key }) where !key.isEmpty {
            writer.set(UnsafeMutableRawPointer(g), graphSymbol(g, key), key, value)
        }
        if let htmlLabel {
            let label = withMutableCString(htmlLabel) { agstrdup_html(g, $0) }
            agxset(UnsafeMutableRawPointer(g), graphSymbol(g, "label"), label)
            agstrfree(g, label)
        }
    }

    /// The node and edge attribute tables, with what must be declared up front declared.
    private func symbolTables(_ g: UnsafeMutablePointer<Agraph_t>, _ index: DiagramIndex) -> (SymbolTable, SymbolTable) {
        var nodeSymbols = SymbolTable(graph: g, kind: AGNODE, defaults: Self.nodeDefaults)
        var edgeSymbols = SymbolTable(graph: g, kind: AGEDGE, defaults: Self.edgeDefaults)
        if paint {
            // Every key declared up front in name order: DOT output lists them in that order.
            nodeSymbols.declare(Set(index.nodeAttributes.values.flatMap(\.keys)))
            edgeSymbols.declare(Set(diagram.edges.flatMap(\.attributes.keys)))
        } else {
            // A layout-only graph is never written out: keys are declared as they are met, and
            // paint-only keys never. The common ones are declared first: declaring a key once
            // objects exist extends every one of them.
            nodeSymbols.skipping = Self.paintOnly
            nodeSymbols.declare(["label", "shape"])
            // The SVG writer places edge xlabels itself (EdgeLabelPlacement).
            edgeSymbols.skipping = Self.paintOnly.union(["xlabel"])
            edgeSymbols.declare(["arrowhead", "arrowsize", "arrowtail", "dir"])
        }
        return (nodeSymbols, edgeSymbols)
    }

    /// The nodes no edge touches, in rows of about the square root of their number (at least
    /// two), in node order. Only rows of two or more are returned.
    static func isolatedRows(_ order: [String], _ edges: [Diagram.Edge]) -> [[String]] {
        var touched = Set<String>()
        for e in edges {
            touched.insert(AttributeText.clean(e.source))
            touched.insert(AttributeText.clean(e.target))
        }
        let isolated = order.filter { !touched.contains($0) }
        guard isolated.count >= 2 else { return [] }
        let width = max(2, Int(Double(isolated.count).squareRoot().rounded(.up)))
        return stride(from: 0, to: isolated.count, by: width).map { Array(isolated[$0..<min($0 + width, isolated.count)]) }
            .filter { $0.count >= 2 }
    }

    private static func layoutOnly(_ attributes: [String: String]) -> [String: String] {
        attributes.filter { !paintOnly.contains($0.key) }
    }

    /// The graph attribute `key`, declared with an empty default if new. (Declaring an existing
    /// one again would reset the root graph's value, since the root holds the defaults.)
    private func graphSymbol(_ g: UnsafeMutablePointer<Agraph_t>, _ key: String) -> UnsafeMutablePointer<Agsym_t>? {
        withMutableCString(key) { name in
            agattr(g, AGRAPH, name, nil) ?? withMutableCString("") { agattr(g, AGRAPH, name, $0) }
        }
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

/// Sets attribute values through declared symbols (`agxset`, no lookup by name), encoding
/// each value into one reused buffer.
struct AttributeWriter {
    struct Symbol {
        let sym: UnsafeMutablePointer<Agsym_t>
        let escaping: AttributeText.Escaping
    }

    let escapeURLAmpersands: Bool
    /// Give Graphviz ``TextWidths/layoutStandIn(_:)`` for label text (the SVG writer draws the
    /// real text).
    var standInLabels = false
    private var buffer: [UInt8] = []

    init(escapeURLAmpersands: Bool) {
        self.escapeURLAmpersands = escapeURLAmpersands
        buffer.reserveCapacity(1024)
    }

    /// Sets every attribute in `attributes` that `symbols` has (or declares) on `object`; the
    /// order does not matter, each value is independent.
    mutating func set<T>(_ object: UnsafeMutablePointer<T>, _ attributes: [String: String], _ symbols: inout SymbolTable) {
        for (key, value) in attributes {
            guard let symbol = symbols.symbol(key) else { continue }
            set(UnsafeMutableRawPointer(object), symbol.sym, symbol.escaping, value)
        }
    }

    mutating func set(_ object: UnsafeMutableRawPointer, _ sym: UnsafeMutablePointer<Agsym_t>?, _ key: String, _ value: String) {
        guard let sym else { return }
        set(object, sym, AttributeText.Escaping(key: key), value)
    }

    private mutating func set(_ object: UnsafeMutableRawPointer, _ sym: UnsafeMutablePointer<Agsym_t>,
                              _ escaping: AttributeText.Escaping, _ value: String) {
        let value = standInLabels && escaping == .label ? TextWidths.layoutStandIn(value) : value
        AttributeText.encode(value, escaping, escapeURLAmpersands: escapeURLAmpersands, into: &buffer)
        _ = buffer.withUnsafeMutableBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { agxset(object, sym, $0.baseAddress) }
        }
    }
}

/// The declared attributes of one kind (nodes or edges) of a graph, by name.
struct SymbolTable {
    let graph: UnsafeMutablePointer<Agraph_t>
    let kind: Int32
    /// Keys never declared (their values are not set).
    var skipping: Set<String> = []
    private var symbols: [String: AttributeWriter.Symbol?] = [:]

    /// Declares `defaults` (the renderer's own values for every object) in name order.
    init(graph: UnsafeMutablePointer<Agraph_t>, kind: Int32, defaults: [String: String]) {
        self.graph = graph
        self.kind = kind
        for (key, value) in defaults.sorted(by: { $0.key < $1.key }) { declare(key, value) }
    }

    /// Declares `keys` in name order, each with an empty default (a node label defaults to the
    /// node's name, as Graphviz's own default does).
    mutating func declare(_ keys: Set<String>) {
        for key in keys.sorted() where symbols[key] == nil && !key.isEmpty { declare(key, defaultValue(key)) }
    }

    /// The symbol for `key`, declared now if it is new and not skipped.
    mutating func symbol(_ key: String) -> AttributeWriter.Symbol? {
        if let known = symbols[key] { return known }
        guard !key.isEmpty, !skipping.contains(key) else { symbols[key] = .some(nil); return nil }
        declare(key, defaultValue(key))
        return symbols[key] ?? nil
    }

    private func defaultValue(_ key: String) -> String { kind == AGNODE && key == "label" ? "\\N" : "" }

    private mutating func declare(_ key: String, _ value: String) {
        let sym = withMutableCString(key) { name in withMutableCString(value) { agattr(graph, kind, name, $0) } }
        symbols[key] = sym.map { AttributeWriter.Symbol(sym: $0, escaping: .init(key: key)) }
    }
}

/// Calls `body` with a mutable C copy of `s` (cgraph takes `char *` but copies the text).
func withMutableCString<R>(_ s: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
    var bytes = Array(s.utf8CString)
    return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
}
