/// Writes a laid-out ``Diagram`` as SVG without Graphviz's renderer: node outlines, edge
/// splines, arrowheads and labels where the layout put them, edge `xlabel`s where
/// ``EdgeLabelPlacement`` puts them, and the title and legend drawn above the layout.
/// Graphviz's own SVG device spends about as long formatting numbers as dot spends on the
/// layout, so writing the document here halves the cost of an SVG.
///
/// The document follows Graphviz's structure, so CSS and tools written for Graphviz SVG
/// work on it: a root `<g id="graph0" class="graph">`, one `<g id="nodeN" class="node …">`
/// or `<g id="edgeN" class="edge …">` per element with a `<title>` naming it and an
/// `<a xlink:title="tooltip">` around the drawing. Diagrams that use what this writer does not
/// draw (see ``canDraw(_:)``) are rendered by Graphviz instead. As with Graphviz, a root graph
/// `id` becomes the root group's id and the prefix of the generated ones (`art1_node3`).
struct SVGWriter: ~Copyable {
    let diagram: Diagram
    let layout: DiagramLayout
    /// The diagram's elements, prepared in the layout's order.
    let prepared: SVGPreparation

    /// The margin around the drawing, in points (the `pad` attribute is in inches).
    var pad: Double {
        let value = diagram.graphAttributes["pad"] ?? GraphBuilder.graphDefaults["pad"] ?? "0"
        let first = value.split(separator: ",").first.flatMap { Double($0) } ?? 0
        return max(0, first) * 72
    }

    func document() -> SVGDrawing {
        let header = prepared.header
        let pad = self.pad
        let labels = EdgeLabelPlacement.place(layout, texts: prepared.edges.map(\.xlabelLines),
                                              fontSizes: prepared.edges.map(\.fontSize))
        // The drawing's extent: the layout's box, grown to take in edge labels placed at its edge.
        var low = layout.lowerLeft, high = layout.upperRight
        for case let label? in labels + layout.captions.map(Optional.some) {
            low.x = min(low.x, label.center.x - label.width / 2)
            low.y = min(low.y, label.center.y - label.height / 2)
            high.x = max(high.x, label.center.x + label.width / 2)
            high.y = max(high.y, label.center.y + label.height / 2)
        }
        let drawingWidth = high.x - low.x, drawingHeight = high.y - low.y
        let contentWidth = max(drawingWidth, header.width)
        let width = contentWidth + 2 * pad, height = drawingHeight + header.height + 2 * pad
        // Graphviz's frame (y up) to SVG's (y down), the drawing centred under the header.
        let frame = Frame(dx: pad + (contentWidth - drawingWidth) / 2 - low.x, dy: pad + header.height + high.y)

        var out = SVGOutput(capacity: 4096 + 1200 * (layout.nodes.count + layout.edges.count))
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
        let rootStart = out.count
        let widthText = SVGOutput.numberText(width.rounded(.up)), heightText = SVGOutput.numberText(height.rounded(.up))
        let viewBox = "0 0 " + SVGOutput.numberText(width) + " " + SVGOutput.numberText(height)
        out.raw("<svg width=\"" + widthText + "pt\" height=\"" + heightText + "pt\" viewBox=\"" + viewBox + "\"")
        out.raw(" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">")
        let rootEnd = out.count
        out.raw("\n")
        let graphID = diagram.graphAttributes["id"].flatMap { $0.isEmpty ? nil : $0 }
        out.raw("<g id=\"")
        out.markID()
        if let graphID { out.text(graphID, attribute: true) } else { out.raw("graph0") }
        out.raw("\" class=\"graph\">\n<title>")
        out.text(diagram.name, attribute: false)
        out.raw("</title>\n")
        let background = diagram.graphAttributes["bgcolor"].flatMap(SVGPaint.Color.init) ?? SVGPaint.Color(value: "white", opacity: 1)
        out.raw("<rect")
        out.paint("fill", background)
        out.raw(" stroke=\"none\" x=\"0\" y=\"0\"")
        out.attribute("width", width)
        out.attribute("height", height)
        out.raw("/>\n")
        header.write(into: &out, left: pad, top: pad, width: contentWidth)

        if diagram.graphAttributes["outputorder"] == "edgesfirst" {
            writeEdges(&out, frame, labels)
            writeNodes(&out, frame)
        } else {
            writeNodes(&out, frame)
            writeEdges(&out, frame, labels)
        }
        for caption in layout.captions {
            out.raw("<g class=\"kg-caption\">\n")
            writeLabel(caption, nil, family: SVGPaint.fontFamily("Helvetica"), color: SVGPaint.Color(value: "#555555", opacity: 1), &out, frame)
            out.raw("</g>\n")
        }
        out.raw("</g>\n</svg>\n")
        return SVGDrawing(bytes: out.bytes, root: rootStart..<rootEnd, idStarts: out.idStarts,
                          width: widthText, height: heightText, viewBox: viewBox)
    }

    private func writeNodes(_ out: inout SVGOutput, _ frame: Frame) {
        for (node, element) in zip(layout.nodes, prepared.nodes) { writeNode(node, element, &out, frame) }
    }

    private func writeEdges(_ out: inout SVGOutput, _ frame: Frame, _ labels: [DiagramLayout.Label?]) {
        for (i, (route, element)) in zip(layout.edges, prepared.edges).enumerated() {
            var route = route
            route.xlabel = labels[i]
            writeEdge(route, element, &out, frame)
        }
    }

    /// What generated ids start with: the root graph's `id` and `_`, if it has one.
    static func idPrefix(_ diagram: Diagram) -> String? {
        diagram.graphAttributes["id"].flatMap { $0.isEmpty ? nil : $0 + "_" }
    }

    /// Graphviz points (y up) to SVG user units (y down).
    struct Frame {
        var dx: Double
        var dy: Double
        func x(_ x: Double) -> Double { x + dx }
        func y(_ y: Double) -> Double { dy - y }
    }
}

extension SVGOutput {
    /// ` fill="…"` (or any paint attribute) with an opacity attribute for translucent colours.
    mutating func paint(_ name: StaticString, _ color: SVGPaint.Color) {
        raw(" ")
        raw(name)
        raw("=\"")
        raw(color.value)
        raw("\"")
        if color.opacity < 1 {
            raw(" ")
            raw(name)
            raw("-opacity=\"")
            number(color.opacity)
            raw("\"")
        }
    }

    /// The opening of an element's group, `<g id="…" class="…"><title>…</title>`, and, when it
    /// has a tooltip, `<g id="a_…"><a xlink:title="…">`. The id is `id` when given, else `kind`
    /// and the element's number (`node3`), as Graphviz numbers them; the classes are `kind` and
    /// `classes`. Returns whether the link was opened.
    mutating func openElement(_ kind: StaticString, number: Int, id: String?, prefix: String?, classes: String?,
                              title: String, tooltip: String?) -> Bool {
        func writeID(_ out: inout SVGOutput) {
            if let id { out.text(id, attribute: true); return }
            if let prefix { out.text(prefix, attribute: true) }
            out.raw(kind)
            out.integer(number)
        }
        raw("<g id=\"")
        markID()
        writeID(&self)
        raw("\" class=\"")
        raw(kind)
        if let classes, !classes.isEmpty {
            raw(" ")
            text(classes, attribute: true)
        }
        raw("\">\n<title>")
        text(title, attribute: false)
        raw("</title>\n")
        guard let tooltip, !tooltip.isEmpty else { return false }
        raw("<g id=\"")
        markID()
        raw("a_")
        writeID(&self)
        raw("\"><a xlink:title=\"")
        text(tooltip, attribute: true)
        raw("\">\n")
        return true
    }

    mutating func closeLink(_ opened: Bool) {
        if opened { raw("</a>\n</g>\n") }
    }
}
