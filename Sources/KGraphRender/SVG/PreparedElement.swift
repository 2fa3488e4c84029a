/// Everything ``SVGWriter`` writes for one node or edge that does not depend on the layout:
/// the opening tags (id, classes, title, tooltip) already escaped, and the paint resolved from
/// the attributes. The renderer prepares these on another core while Graphviz lays the
/// diagram out, so only geometry is left to write afterwards.
struct PreparedElement: Sendable {
    /// Where in ``SVGPreparation/openings`` this element's opening tags are:
    /// `<g id=… class=…><title>…</title>` and, with a tooltip, `<g id="a_…"><a xlink:title=…>`.
    var opening: Range<Int>
    /// Whether `opening` opened a link that must be closed.
    var linked: Bool
    var style: SVGPaint.Style
    var line: SVGWriter.LinePaint
    var color: SVGPaint.Color?
    var fillColor: SVGPaint.Color?
    var fontFamily: String
    var fontColor: SVGPaint.Color?
    /// Edges only: the head and tail labels' font and colour, and the arrow shapes.
    var labelFontFamily: String
    var labelFontColor: SVGPaint.Color?
    var arrowhead: String
    var arrowtail: String
    /// Whether the writer draws everything the attributes ask for (see ``SVGWriter/canDraw(_:)``).
    var drawable: Bool
    /// The lines of labels with non-ASCII text, which Graphviz laid out as stand-ins, and of
    /// every `xlabel` (an edge's is placed by ``EdgeLabelPlacement``).
    var labelLines: [String]?
    var xlabelLines: [String]?
    var headLabelLines: [String]?
    var tailLabelLines: [String]?
    /// Edges only: the font size of their labels, for ``EdgeLabelPlacement``.
    var fontSize: Double

    static let defaultEdgeFontSize = Double(GraphBuilder.edgeDefaults["fontsize"] ?? "") ?? 9

    enum Kind {
        case node, edge
        /// The SVG class and id stem Graphviz uses.
        var name: StaticString { self == .node ? "node" : "edge" }
    }

    /// `number` is the element's place in the canonical order (from 1). The opening tags are
    /// written to `openings`.
    init(_ kind: Kind, number: Int, title: String, attributes: [String: String], idPrefix: String?,
         openings: inout SVGOutput) {
        let a = PaintAttributes(attributes)
        let start = openings.count
        linked = openings.openElement(kind.name, number: number, id: a.id, prefix: idPrefix, classes: a.classes, title: title,
                                      tooltip: a.tooltip)
        opening = start..<openings.count
        style = SVGPaint.Style(a.style)
        color = a.color.flatMap(SVGPaint.Color.init)
        fillColor = a.fillcolor.flatMap(SVGPaint.Color.init)
        line = SVGWriter.LinePaint(color: color ?? .black, width: SVGPaint.strokeWidth(penwidth: a.penwidth, bold: style.bold),
                                   dash: style.dashArray)
        fontFamily = SVGPaint.fontFamily(a.fontname)
        fontColor = a.fontcolor.flatMap(SVGPaint.Color.init)
        labelFontFamily = a.labelfontname.map(SVGPaint.fontFamily) ?? fontFamily
        labelFontColor = a.labelfontcolor.flatMap(SVGPaint.Color.init) ?? fontColor
        arrowhead = a.arrowhead ?? "normal"
        arrowtail = a.arrowtail ?? "normal"
        func lines(_ s: String?) -> [String]? {
            guard let s else { return nil }
            // Most labels are one line: no splitting.
            guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return [AttributeText.clean(s)] }
            return AttributeText.clean(s).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        labelLines = lines(a.label)
        xlabelLines = lines(a.xlabel)
        headLabelLines = lines(a.headlabel)
        tailLabelLines = lines(a.taillabel)
        fontSize = a.fontsize.flatMap(SVGPaint.number) ?? Self.defaultEdgeFontSize
        drawable = !a.unsupported && !style.unsupported
            && (a.color == nil || color != nil) && (a.fillcolor == nil || fillColor != nil)
            && (a.fontcolor == nil || fontColor != nil) && (a.labelfontcolor == nil || labelFontColor != nil)
        if kind == .node {
            let shape = a.shape.map { $0.lowercased() } ?? "ellipse"
            drawable = drawable && SVGWriter.nodeShapes.contains(shape) && (a.peripheries ?? "1") == "1"
                && (a.labelloc ?? "c") == "c"
                && (!style.rounded || SVGWriter.boxShapes.contains(shape) || SVGWriter.ellipseShapes.contains(shape))
        } else {
            drawable = drawable && SVGWriter.arrowShapes.contains(arrowhead) && SVGWriter.arrowShapes.contains(arrowtail)
                && a.shape == nil && a.peripheries == nil
        }
    }
}

/// The prepared elements of a whole diagram, in the layout's order; nil when the writer cannot
/// draw something in it (``SVGWriter/canDraw(_:)``).
struct SVGPreparation: ~Copyable {
    var nodes: [PreparedElement] = []
    var edges: [PreparedElement] = []
    var header: SVGHeader
    /// Every element's opening tags, one after the other.
    var openings: SVGOutput

    init?(_ diagram: Diagram, _ index: DiagramIndex) {
        guard SVGWriter.canDrawGraph(diagram) else { return nil }
        let prefix = SVGWriter.idPrefix(diagram)
        var openings = SVGOutput(capacity: 16_384)
        nodes.reserveCapacity(index.nodeOrder.count)
        for (i, id) in index.nodeOrder.enumerated() {
            let element = PreparedElement(.node, number: i + 1, title: id, attributes: index.nodeAttributes[id] ?? [:],
                                          idPrefix: prefix, openings: &openings)
            guard element.drawable else { return nil }
            nodes.append(element)
        }
        edges.reserveCapacity(index.edges.count)
        for (i, edge) in index.edges.enumerated() {
            let element = PreparedElement(.edge, number: i + 1, title: edge.source + "->" + edge.target,
                                          attributes: edge.attributes, idPrefix: prefix, openings: &openings)
            guard element.drawable else { return nil }
            edges.append(element)
        }
        header = SVGHeader(diagram: diagram)
        self.openings = openings
    }
}
