extension SVGWriter {
    /// Shapes drawn as rectangles (rounded with `style=rounded`).
    static let boxShapes: Set<String> = ["box", "rect", "rectangle", "square"]
    static let ellipseShapes: Set<String> = ["ellipse", "oval", "circle"]
    static let textShapes: Set<String> = ["plaintext", "plain", "none"]
    /// Polygons drawn from the corners the layout computed.
    static let polygonShapes: Set<String> = [
        "triangle", "invtriangle", "diamond", "trapezium", "invtrapezium", "parallelogram", "house", "invhouse",
        "pentagon", "hexagon", "septagon", "octagon",
    ]
    /// Every node shape this writer draws (folded corners and tabs included).
    static let nodeShapes = boxShapes.union(ellipseShapes).union(textShapes).union(polygonShapes)
        .union(["point", "tab", "note"])

    func writeNode(_ node: DiagramLayout.NodeBox, _ element: PreparedElement, _ out: inout SVGOutput, _ frame: Frame) {
        out.append(prepared.openings, element.opening)
        if !element.style.invisible {
            var fill = SVGPaint.Color.none
            if element.style.filled || node.shape == "point" {
                fill = element.fillColor ?? element.color
                    ?? (node.shape == "point" ? .black : SVGPaint.Color(value: "lightgrey", opacity: 1))
            }
            writeOutline(node, element.style, fill, element.line, &out, frame)
            if let label = node.label, node.shape != "point" {
                writeLabel(label, element.labelLines, family: element.fontFamily, color: element.fontColor, &out, frame)
            }
        }
        out.closeLink(element.linked)
        if let xlabel = node.xlabel, !element.style.invisible {
            writeLabel(xlabel, element.xlabelLines, family: element.fontFamily, color: element.fontColor, &out, frame)
        }
        out.raw("</g>\n")
    }

    /// How a line is stroked.
    struct LinePaint: Sendable {
        var color: SVGPaint.Color
        var width: Double
        var dash: StaticString?

        func write(_ out: inout SVGOutput) {
            out.paint("stroke", color)
            if width != 1 { out.attribute("stroke-width", width) }
            if let dash { out.raw(" stroke-dasharray=\""); out.raw(dash); out.raw("\"") }
        }
    }

    private func writeOutline(_ node: DiagramLayout.NodeBox, _ style: SVGPaint.Style, _ fill: SVGPaint.Color,
                              _ line: LinePaint, _ out: inout SVGOutput, _ frame: Frame) {
        let cx = frame.x(node.center.x), cy = frame.y(node.center.y)
        let w = node.width, h = node.height
        let left = cx - w / 2, right = cx + w / 2, top = cy - h / 2, bottom = cy + h / 2
        // Graphviz's corner size for rounded boxes, folded corners and tabs.
        let corner = min(12, min(w, h) / 3) / 2
        switch node.shape {
        case _ where Self.textShapes.contains(node.shape):
            return
        case _ where Self.ellipseShapes.contains(node.shape), "point":
            ellipse(cx, cy, w / 2, h / 2, fill, line, &out)
        case "tab":
            // A folder tab on the top left corner, inside the node's box.
            let tabWidth = min(2 * corner, w / 3), tabHeight = min(corner * 2 / 3, h / 4)
            polygon([(right, top + tabHeight), (left + tabWidth, top + tabHeight), (left + tabWidth, top), (left, top),
                     (left, bottom), (right, bottom)], fill, line, &out)
            polyline([(left, top + tabHeight), (left + tabWidth, top + tabHeight)], line, &out)
        case "note":
            polygon([(right - corner, top), (left, top), (left, bottom), (right, bottom), (right, top + corner)], fill, line, &out)
            polyline([(right - corner, top), (right - corner, top + corner)], line, &out)
            polyline([(right, top + corner), (right - corner, top + corner)], line, &out)
        case _ where Self.boxShapes.contains(node.shape) || node.vertices.count < 3:
            out.raw("<rect")
            out.paint("fill", fill)
            line.write(&out)
            out.attribute("x", left)
            out.attribute("y", top)
            out.attribute("width", w)
            out.attribute("height", h)
            if style.rounded {
                out.attribute("rx", corner)
                out.attribute("ry", corner)
            }
            out.raw("/>\n")
        default:
            // The layout's corners fit the shape's own box; stretch them to the node's.
            let xs = node.vertices.map(\.x), ys = node.vertices.map(\.y)
            let spanX = xs.max()! - xs.min()!, spanY = ys.max()! - ys.min()!
            let sx = spanX > 0 ? w / spanX : 1, sy = spanY > 0 ? h / spanY : 1
            polygon(node.vertices.map { (cx + $0.x * sx, cy - $0.y * sy) }, fill, line, &out)
        }
    }

    /// An ellipse in SVG coordinates.
    func ellipse(_ cx: Double, _ cy: Double, _ rx: Double, _ ry: Double, _ fill: SVGPaint.Color, _ line: LinePaint,
                 _ out: inout SVGOutput) {
        out.raw("<ellipse")
        out.paint("fill", fill)
        line.write(&out)
        out.attribute("cx", cx)
        out.attribute("cy", cy)
        out.attribute("rx", rx)
        out.attribute("ry", ry)
        out.raw("/>\n")
    }

    /// A closed polygon in SVG coordinates.
    func polygon(_ points: [(Double, Double)], _ fill: SVGPaint.Color, _ line: LinePaint, _ out: inout SVGOutput) {
        out.raw("<polygon")
        out.paint("fill", fill)
        line.write(&out)
        out.raw(" points=\"")
        for (i, p) in (points + [points[0]]).enumerated() {
            if i > 0 { out.raw(" ") }
            out.point(p.0, p.1)
        }
        out.raw("\"/>\n")
    }

    func polyline(_ points: [(Double, Double)], _ line: LinePaint, _ out: inout SVGOutput) {
        out.raw("<polyline fill=\"none\"")
        line.write(&out)
        out.raw(" points=\"")
        for (i, p) in points.enumerated() {
            if i > 0 { out.raw(" ") }
            out.point(p.0, p.1)
        }
        out.raw("\"/>\n")
    }

    /// A label's lines, from the top, as Graphviz places them: the first baseline one font
    /// size below the top of the label's box, each next line one line height lower.
    /// `text`, when given and of as many lines, replaces the text Graphviz laid out (a stand-in).
    func writeLabel(_ label: DiagramLayout.Label, _ text: [String]?, family: String, color fill: SVGPaint.Color?,
                    _ out: inout SVGOutput, _ frame: Frame) {
        let text = text.flatMap { $0.count == label.lines.count ? $0 : nil }
        var baseline = label.center.y + label.height / 2 - label.fontSize
        for (i, line) in label.lines.enumerated() {
            defer { baseline -= line.height }
            let shown = text?[i] ?? line.text
            guard !shown.isEmpty else { continue }
            var x = label.center.x
            out.raw("<text text-anchor=\"")
            switch line.justification {
            case UInt8(ascii: "l"): out.raw("start"); x -= label.width / 2
            case UInt8(ascii: "r"): out.raw("end"); x += label.width / 2
            default: out.raw("middle")
            }
            out.raw("\"")
            out.attribute("x", frame.x(x))
            // Graphviz's SVG device lifts the baseline a tenth of the font size.
            out.attribute("y", frame.y(baseline) - label.fontSize * 0.1)
            out.attribute("font-family", family)
            out.attribute("font-size", label.fontSize)
            if let fill, fill != .black { out.paint("fill", fill) }
            out.raw(">")
            out.text(shown, attribute: false)
            out.raw("</text>\n")
        }
    }
}
