extension SVGWriter {
    /// Every arrow shape this writer draws.
    static let arrowShapes: Set<String> = [
        "normal", "inv", "empty", "onormal", "vee", "dot", "odot", "diamond", "odiamond", "tee", "box", "obox", "none",
    ]

    func writeEdge(_ route: DiagramLayout.EdgeRoute, _ element: PreparedElement, _ out: inout SVGOutput, _ frame: Frame) {
        out.append(prepared.openings, element.opening)
        let invisible = element.style.invisible
        if !invisible {
            let line = element.line
            for spline in route.splines where !spline.points.isEmpty {
                out.raw("<path fill=\"none\"")
                line.write(&out)
                out.raw(" d=\"M")
                let p = spline.points
                out.point(frame.x(p[0].x), frame.y(p[0].y))
                for i in 1..<p.count {
                    out.raw(i == 1 ? "C" : " ")
                    out.point(frame.x(p[i].x), frame.y(p[i].y))
                }
                out.raw("\"/>\n")
                // Arrowheads are drawn solid, whatever the edge's dashes.
                let arrowLine = LinePaint(color: line.color, width: line.width, dash: nil)
                if let tip = spline.headTip, let last = p.last {
                    arrow(element.arrowhead, from: last, to: tip, arrowLine, &out, frame)
                }
                if let tip = spline.tailTip {
                    arrow(element.arrowtail, from: p[0], to: tip, arrowLine, &out, frame)
                }
            }
        }
        out.closeLink(element.linked)
        if !invisible {
            for (label, text) in [(route.label, element.labelLines), (route.xlabel, element.xlabelLines)] {
                guard let label else { continue }
                writeLabel(label, text, family: element.fontFamily, color: element.fontColor, &out, frame)
            }
            for (label, text) in [(route.headLabel, element.headLabelLines), (route.tailLabel, element.tailLabelLines)] {
                guard let label else { continue }
                writeLabel(label, text, family: element.labelFontFamily, color: element.labelFontColor, &out, frame)
            }
        }
        out.raw("</g>\n")
    }

    /// An arrowhead whose base is at `base` and whose tip is at `tip` (layout coordinates).
    private func arrow(_ shape: String, from base: DiagramLayout.Point, to tip: DiagramLayout.Point,
                       _ line: LinePaint, _ out: inout SVGOutput, _ frame: Frame) {
        let bx = frame.x(base.x), by = frame.y(base.y), tx = frame.x(tip.x), ty = frame.y(tip.y)
        let ux = tx - bx, uy = ty - by
        let length = (ux * ux + uy * uy).squareRoot()
        guard length > 0 else { return }
        // Unit vectors along the arrow and across it.
        let nx = ux / length, ny = uy / length, vx = -ny, vy = nx
        func at(_ along: Double, _ across: Double) -> (Double, Double) {
            (bx + nx * along * length + vx * across * length, by + ny * along * length + vy * across * length)
        }
        let open = shape.hasPrefix("o") || shape == "empty"
        let fill = open ? SVGPaint.Color.none : line.color
        switch shape {
        case "none":
            return
        case "inv":
            polygon([at(1, 0.35), at(0, 0), at(1, -0.35)], fill, line, &out)
        case "vee":
            polygon([at(1, 0), at(0, 0.35), at(0.35, 0), at(0, -0.35)], fill, line, &out)
        case "dot", "odot":
            let (cx, cy) = at(0.5, 0)
            ellipse(cx, cy, length / 2, length / 2, fill, line, &out)
        case "diamond", "odiamond":
            polygon([at(0, 0), at(0.5, 1.0 / 3), at(1, 0), at(0.5, -1.0 / 3)], fill, line, &out)
        case "tee":
            polyline([at(0, 0), at(1, 0)], line, &out)
            // Graphviz's tee is a bar twice the arrow's length wide, a little short of the tip.
            polygon([at(0.4, 1), at(0.8, 1), at(0.8, -1), at(0.4, -1)], fill, line, &out)
        case "box", "obox":
            polyline([at(0, 0), at(0.2, 0)], line, &out)
            polygon([at(0.2, 0.4), at(1, 0.4), at(1, -0.4), at(0.2, -0.4)], fill, line, &out)
        default:
            // normal, empty, onormal
            polygon([at(0, 0.35), at(1, 0), at(0, -0.35)], fill, line, &out)
        }
    }
}
