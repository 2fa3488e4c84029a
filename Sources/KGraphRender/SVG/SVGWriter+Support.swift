extension SVGWriter {
    /// Whether this writer draws everything `diagram` asks for; otherwise Graphviz's own SVG
    /// renderer draws it. The writer covers the shapes, arrows, line styles and colours of
    /// this package's diagrams and the common Graphviz vocabulary around them; it declines
    /// links (`URL`), images, multiple peripheries, gradients and colour lists, HTML-like or
    /// root graph labels, and anything that rotates or scales the drawing.
    static func canDraw(_ diagram: Diagram) -> Bool {
        SVGPreparation(diagram, DiagramIndex(diagram)) != nil
    }

    /// The root graph's part of ``canDraw(_:)``; nodes and edges are checked as they are
    /// prepared (``PreparedElement``).
    static func canDrawGraph(_ diagram: Diagram) -> Bool {
        let g = diagram.graphAttributes
        if g.keys.contains(where: unsupportedGraphKeys.contains) { return false }
        for key in ["bgcolor", "fontcolor"] where g[key].map({ SVGPaint.Color($0) == nil }) ?? false { return false }
        if let loc = g["labelloc"], loc != "t" { return false }
        return true
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
