extension SVGWriter {
    /// Whether this writer draws everything `diagram` asks for; otherwise Graphviz's own SVG
    /// renderer draws it. The writer covers the shapes, arrows, line styles and colours of
    /// this package's diagrams and the common Graphviz vocabulary around them; it declines
    /// links (`URL`), images, multiple peripheries, gradients and colour lists, HTML-like or
    /// root graph labels, and anything that rotates or scales the drawing.
    static func canDraw(_ diagram: Diagram) -> Bool {
        let g = diagram.graphAttributes
        if g.keys.contains(where: unsupportedGraphKeys.contains) { return false }
        guard colorsAreDrawable(g, ["bgcolor", "fontcolor"]) else { return false }
        if let loc = g["labelloc"], loc != "t" { return false }
        for node in diagram.nodes where !canDraw(node: node.attributes) { return false }
        for edge in diagram.edges where !canDraw(edge: edge.attributes) { return false }
        return true
    }

    /// What an attribute key asks of the writer.
    private enum KeyCheck { case shape, style, color, peripheries, labelloc, arrow, unsupported }

    /// One hash lookup per attribute; keys not listed only affect the layout.
    private static let nodeChecks: [String: KeyCheck] = checks([
        "shape": .shape, "style": .style, "color": .color, "fillcolor": .color, "fontcolor": .color,
        "peripheries": .peripheries, "labelloc": .labelloc,
    ])
    private static let edgeChecks: [String: KeyCheck] = checks([
        "style": .style, "color": .color, "fontcolor": .color, "labelfontcolor": .color, "arrowhead": .arrow,
        "arrowtail": .arrow,
    ])

    private static func checks(_ own: [String: KeyCheck]) -> [String: KeyCheck] {
        var all = Dictionary(uniqueKeysWithValues: unsupportedElementKeys.map { ($0, KeyCheck.unsupported) })
        all.merge(own) { _, new in new }
        return all
    }

    private static func canDraw(node a: [String: String]) -> Bool {
        var shape = "ellipse"
        var style = SVGPaint.Style(nil)
        for (key, value) in a {
            guard let check = nodeChecks[key] else { continue }
            switch check {
            case .shape: shape = value.lowercased()
            case .style: style = SVGPaint.Style(value)
            case .color: if SVGPaint.Color(value) == nil { return false }
            case .peripheries: if value != "1" { return false }
            case .labelloc: if value != "c" { return false }
            case .arrow, .unsupported: return false
            }
        }
        guard nodeShapes.contains(shape), !style.unsupported else { return false }
        return !style.rounded || boxShapes.contains(shape) || ellipseShapes.contains(shape)
    }

    private static func canDraw(edge a: [String: String]) -> Bool {
        for (key, value) in a {
            guard let check = edgeChecks[key] else { continue }
            switch check {
            case .style: if SVGPaint.Style(value).unsupported { return false }
            case .color: if SVGPaint.Color(value) == nil { return false }
            case .arrow: if !arrowShapes.contains(value) { return false }
            case .shape, .peripheries, .labelloc, .unsupported: return false
            }
        }
        return true
    }

    private static func colorsAreDrawable(_ a: [String: String], _ keys: [String]) -> Bool {
        keys.allSatisfy { key in a[key].map { SVGPaint.Color($0) != nil } ?? true }
    }

    /// Graph attributes that put something on the page this writer does not draw.
    static let unsupportedGraphKeys: Set<String> = [
        "label", "rotate", "landscape", "orientation", "size", "ratio", "viewport", "page", "dpi", "resolution",
        "margin", "center", "URL", "href", "target", "stylesheet", "class", "style", "labeljust",
        "gradientangle", "imagepath",
    ]

    /// Node and edge attributes this writer does not draw.
    static let unsupportedElementKeys: Set<String> = [
        "URL", "href", "target", "edgeURL", "edgehref", "edgetarget", "headURL", "headhref", "headtarget",
        "tailURL", "tailhref", "tailtarget", "labelURL", "labelhref", "labeltarget", "image", "imagescale",
        "imagepos", "gradientangle", "decorate", "nojustify", "colorscheme", "edgetooltip", "headtooltip",
        "tailtooltip", "labeltooltip", "sides", "skew", "distortion", "regular",
    ]
}
