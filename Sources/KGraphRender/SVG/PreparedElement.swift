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

    /// `kind` is `node` or `edge`, `number` the element's place in the canonical order (from 1).
    /// The opening tags are written to `openings`.
    init(_ kind: StaticString, number: Int, title: String, attributes: [String: String], idPrefix: String?,
         openings: inout SVGOutput) {
        let a = PaintAttributes(attributes)
        let start = openings.count
        linked = openings.openElement(kind, number: number, id: a.id, prefix: idPrefix, classes: a.classes, title: title,
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
    }
}

/// The prepared elements of a whole diagram, in the layout's order.
struct SVGPreparation: ~Copyable {
    var nodes: [PreparedElement] = []
    var edges: [PreparedElement] = []
    var header: SVGHeader
    /// Every element's opening tags, one after the other.
    var openings: SVGOutput

    init(_ diagram: Diagram, _ index: DiagramIndex) {
        let prefix = SVGWriter.idPrefix(diagram)
        var openings = SVGOutput(capacity: 16_384)
        nodes.reserveCapacity(index.nodeOrder.count)
        for (i, id) in index.nodeOrder.enumerated() {
            nodes.append(PreparedElement("node", number: i + 1, title: id, attributes: index.nodeAttributes[id] ?? [:],
                                         idPrefix: prefix, openings: &openings))
        }
        edges.reserveCapacity(index.edges.count)
        for (i, edge) in index.edges.enumerated() {
            edges.append(PreparedElement("edge", number: i + 1, title: edge.source + "->" + edge.target,
                                         attributes: edge.attributes, idPrefix: prefix, openings: &openings))
        }
        header = SVGHeader(diagram: diagram)
        self.openings = openings
    }
}
