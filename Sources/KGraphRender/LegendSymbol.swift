/// The small picture of a legend item, as SVG elements: a node type in its real shape (box,
/// rounded box, ellipse, hexagon, tab, note, octagon) with its fill and border; an edge type
/// as a short line in its colour, width and dashes with its arrowhead (and arrowtail), so a
/// reader learns that a diamond means *founded* and a bar *counters*. The SVG writer's header,
/// the report's HTML legend and the PNG/PDF legend images all draw the same pictures.
public enum LegendSymbol {
    /// The picture's size in points (CSS pixels in HTML).
    public static let nodeSize = (width: 26.0, height: 15.0)
    public static let edgeSize = (width: 40.0, height: 15.0)

    /// The size of `item`'s picture.
    public static func size(_ item: Diagram.LegendItem) -> (width: Double, height: Double) {
        item.kind == .node ? nodeSize : edgeSize
    }

    /// SVG elements drawing `item`'s picture in the box at (`x`, `y`) of its ``size(_:)``.
    public static func elements(_ item: Diagram.LegendItem, x: Double, y: Double) -> String {
        let a = item.attributes
        let color = a["color"].flatMap(SVGPaint.Color.init) ?? .black
        var out = ""
        switch item.kind {
        case .node:
            let style = SVGPaint.Style(a["style"])
            let fill = style.filled ? (a["fillcolor"].flatMap(SVGPaint.Color.init) ?? SVGPaint.Color(value: "lightgrey", opacity: 1)) : .none
            let stroke = Paint(color: color, width: max(1, SVGPaint.strokeWidth(penwidth: a["penwidth"], bold: style.bold)),
                               dash: style.dashed ? "5,2" : style.dotted ? "1,5" : nil)
            node(shape: a["shape"] ?? "ellipse", rounded: style.rounded, fill: fill, stroke,
                 box: (x + 1, y + 1, nodeSize.width - 2, nodeSize.height - 2), into: &out)
        case .edge:
            let style = SVGPaint.Style(a["style"])
            let width = max(1, SVGPaint.strokeWidth(penwidth: a["penwidth"], bold: style.bold))
            let dir = a["dir"] ?? "forward"
            let head = dir == "forward" || dir == "both" ? (a["arrowhead"] ?? "normal") : "none"
            let tail = dir == "back" || dir == "both" ? (a["arrowtail"] ?? "normal") : "none"
            // Graphviz's arrows are 10 points long at arrowsize 1; here a little smaller.
            let scale = (a["arrowsize"].flatMap(SVGPaint.number) ?? 1)
            let length = 8 * scale
            let midY = y + edgeSize.height / 2
            let start = x + 1 + (tail == "none" ? 0 : length), end = x + edgeSize.width - 1 - (head == "none" ? 0 : length)
            let line = Paint(color: color, width: width, dash: style.dashed ? "5,2" : style.dotted ? "1,5" : nil)
            out += "<line" + line.attributes + " x1=\"\(fmt(start))\" y1=\"\(fmt(midY))\" x2=\"\(fmt(end))\" y2=\"\(fmt(midY))\"/>"
            let solid = Paint(color: color, width: min(width, 2), dash: nil)
            if head != "none" { arrow(head, base: (end, midY), tip: (x + edgeSize.width - 1, midY), solid, into: &out) }
            if tail != "none" { arrow(tail, base: (start, midY), tip: (x + 1, midY), solid, into: &out) }
        }
        return out
    }

    /// A standalone SVG document of `item`'s picture (for an HTML `<img>`).
    public static func svg(_ item: Diagram.LegendItem) -> String {
        let (w, h) = size(item)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(w))\" height=\"\(fmt(h))\" viewBox=\"0 0 \(fmt(w)) \(fmt(h))\">"
            + elements(item, x: 0, y: 0) + "</svg>"
    }

    struct Paint {
        var color: SVGPaint.Color
        var width: Double
        var dash: String?
        var attributes: String {
            var s = " stroke=\"\(color.value)\""
            if color.opacity < 1 { s += " stroke-opacity=\"\(fmt(color.opacity))\"" }
            if width != 1 { s += " stroke-width=\"\(fmt(width))\"" }
            if let dash { s += " stroke-dasharray=\"\(dash)\"" }
            return s
        }
    }

    static func fillAttributes(_ fill: SVGPaint.Color) -> String {
        " fill=\"\(fill.value)\"" + (fill.opacity < 1 ? " fill-opacity=\"\(fmt(fill.opacity))\"" : "")
    }

    /// The outline of a node of `shape` filling `box` (left, top, width, height).
    static func node(shape: String, rounded: Bool, fill: SVGPaint.Color, _ stroke: Paint,
                     box: (Double, Double, Double, Double), into out: inout String) {
        let (l, t, w, h) = box
        let r = l + w, b = t + h, cx = l + w / 2, cy = t + h / 2
        let paint = fillAttributes(fill) + stroke.attributes
        func polygon(_ p: [(Double, Double)]) {
            out += "<polygon" + paint + " points=\"" + p.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ") + "\"/>"
        }
        func polyline(_ p: [(Double, Double)]) {
            out += "<polyline fill=\"none\"" + stroke.attributes + " points=\"" + p.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ") + "\"/>"
        }
        switch shape {
        case "ellipse", "oval", "circle", "point":
            out += "<ellipse" + paint + " cx=\"\(fmt(cx))\" cy=\"\(fmt(cy))\" rx=\"\(fmt(w / 2))\" ry=\"\(fmt(h / 2))\"/>"
        case "hexagon":
            let d = w / 4
            polygon([(l, cy), (l + d, t), (r - d, t), (r, cy), (r - d, b), (l + d, b)])
        case "octagon":
            let dx = w * 0.22, dy = h * 0.3
            polygon([(l + dx, t), (r - dx, t), (r, t + dy), (r, b - dy), (r - dx, b), (l + dx, b), (l, b - dy), (l, t + dy)])
        case "tab":
            let tw = w / 3, th = h / 4
            polygon([(r, t + th), (l + tw, t + th), (l + tw, t), (l, t), (l, b), (r, b)])
            polyline([(l, t + th), (l + tw, t + th)])
        case "note":
            let c = h / 3
            polygon([(r - c, t), (l, t), (l, b), (r, b), (r, t + c)])
            polyline([(r - c, t), (r - c, t + c), (r, t + c)])
        case "diamond":
            polygon([(l, cy), (cx, t), (r, cy), (cx, b)])
        default:
            out += "<rect" + paint + " x=\"\(fmt(l))\" y=\"\(fmt(t))\" width=\"\(fmt(w))\" height=\"\(fmt(h))\""
                + (rounded ? " rx=\"4\" ry=\"4\"" : "") + "/>"
        }
    }

    /// An arrowhead of Graphviz's `shape` from `base` to `tip` on a horizontal line.
    static func arrow(_ shape: String, base: (Double, Double), tip: (Double, Double), _ line: Paint, into out: inout String) {
        let len = tip.0 - base.0
        func at(_ along: Double, _ across: Double) -> (Double, Double) { (base.0 + along * len, base.1 + across * abs(len)) }
        let open = shape.hasPrefix("o") || shape == "empty"
        let paint = fillAttributes(open ? SVGPaint.Color(value: "white", opacity: 1) : line.color) + line.attributes
        func polygon(_ p: [(Double, Double)]) {
            out += "<polygon" + paint + " points=\"" + p.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ") + "\"/>"
        }
        switch shape {
        case "dot", "odot":
            let c = at(0.5, 0)
            out += "<circle" + paint + " cx=\"\(fmt(c.0))\" cy=\"\(fmt(c.1))\" r=\"\(fmt(abs(len) / 2))\"/>"
        case "diamond", "odiamond":
            polygon([at(0, 0), at(0.5, 0.4), at(1, 0), at(0.5, -0.4)])
        case "tee":
            out += "<line" + line.attributes + " x1=\"\(fmt(base.0))\" y1=\"\(fmt(base.1))\" x2=\"\(fmt(at(0.6, 0).0))\" y2=\"\(fmt(base.1))\"/>"
            polygon([at(0.6, 0.75), at(0.85, 0.75), at(0.85, -0.75), at(0.6, -0.75)])
        case "vee":
            polygon([at(1, 0), at(0, 0.4), at(0.35, 0), at(0, -0.4)])
        case "box", "obox":
            polygon([at(0.2, 0.4), at(1, 0.4), at(1, -0.4), at(0.2, -0.4)])
        default:
            polygon([at(0, 0.4), at(1, 0), at(0, -0.4)])
        }
    }

    /// `v` rounded to hundredths, without trailing zeros.
    static func fmt(_ v: Double) -> String {
        let h = (v * 100).rounded()
        guard h.isFinite, abs(h) < 1e15 else { return "0" }
        let n = Int(h)
        let sign = n < 0 ? "-" : "", m = abs(n)
        let frac = m % 100
        if frac == 0 { return sign + String(m / 100) }
        return sign + String(m / 100) + "." + (frac % 10 == 0 ? String(frac / 10) : (frac < 10 ? "0" : "") + String(frac))
    }
}
