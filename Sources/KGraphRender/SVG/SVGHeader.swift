/// The title and legend above an SVG drawing, laid out here rather than by Graphviz: as a
/// graph label they made Graphviz parse an HTML-like table and lay out every cell on each
/// render. Items are arranged as ``LegendTable`` arranges them for PNG and PDF: node types in
/// the first strips, edge types after them, at most ``LegendTable/columns`` per strip, strips
/// of equal counts, each centred. Each item is its picture (``LegendSymbol``: the node's
/// shape, the edge's line and arrowhead) followed by its caption.
struct SVGHeader: Sendable {
    struct Cell: Sendable {
        var item: Diagram.LegendItem
        var width: Double
    }

    let titleLines: [String]
    let titleFontSize: Double
    let titleFont: String?
    let titleColor: SVGPaint.Color?
    let strips: [(kind: Diagram.LegendItem.Kind, cells: [Cell])]
    /// Size of the whole header, including the gap below it.
    let width: Double
    let height: Double

    static let captionSize = 10.0
    static let cellGap = 8.0
    static let stripGap = 6.0
    static let bottomGap = 10.0
    static let nodeCellHeight = 18.0
    static let edgeCellHeight = 18.0
    /// Between an item's picture and its caption.
    static let symbolGap = 4.0

    init(diagram: Diagram) {
        let title = diagram.title.map(AttributeText.clean) ?? ""
        titleLines = title.isEmpty ? [] : title.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        titleFontSize = diagram.graphAttributes["fontsize"].flatMap(Double.init).map { max(1, $0) } ?? 18
        titleFont = diagram.graphAttributes["fontname"]
        titleColor = diagram.graphAttributes["fontcolor"].flatMap(SVGPaint.Color.init)
        var strips: [(kind: Diagram.LegendItem.Kind, cells: [Cell])] = []
        for strip in LegendTable.strips(diagram.legend) {
            let cells = strip.map {
                Cell(item: $0, width: LegendSymbol.size($0).width + Self.symbolGap
                        + TextWidths.width(AttributeText.clean($0.label), fontSize: Self.captionSize) + 2)
            }
            strips.append((strip[0].kind, cells))
        }
        self.strips = strips
        let titleSize = titleFontSize
        var width = titleLines.map { TextWidths.width($0, fontSize: titleSize) }.max() ?? 0
        var height = Double(titleLines.count) * titleFontSize * 1.2
        for strip in strips {
            width = max(width, Self.stripWidth(strip.cells))
            height += Self.stripGap + (strip.kind == .node ? Self.nodeCellHeight : Self.edgeCellHeight)
        }
        self.width = width
        self.height = height > 0 ? height + Self.bottomGap : 0
    }

    static func stripWidth(_ cells: [Cell]) -> Double {
        cells.reduce(0) { $0 + $1.width } + cellGap * Double(max(0, cells.count - 1))
    }

    func write(into out: inout SVGOutput, left: Double, top: Double, width: Double) {
        let center = left + width / 2
        var y = top
        let family = SVGPaint.fontFamily(titleFont)
        for line in titleLines {
            y += titleFontSize * 1.2
            guard !line.isEmpty else { continue }
            out.raw("<text text-anchor=\"middle\"")
            out.attribute("x", center)
            out.attribute("y", y - titleFontSize * 0.3)
            out.attribute("font-family", family)
            out.attribute("font-size", titleFontSize)
            if let titleColor { out.paint("fill", titleColor) }
            out.raw(">")
            out.text(line, attribute: false)
            out.raw("</text>\n")
        }
        guard !strips.isEmpty else { return }
        out.raw("<g class=\"legend\">\n")
        for strip in strips {
            y += Self.stripGap
            var x = center - Self.stripWidth(strip.cells) / 2
            let height = strip.kind == .node ? Self.nodeCellHeight : Self.edgeCellHeight
            for cell in strip.cells {
                writeCell(cell, x: x, y: y, height: height, &out)
                x += cell.width + Self.cellGap
            }
            y += height
        }
        out.raw("</g>\n")
    }

    private func writeCell(_ cell: Cell, x: Double, y: Double, height: Double, _ out: inout SVGOutput) {
        let a = cell.item.attributes
        let color = a["color"].flatMap(SVGPaint.Color.init) ?? .black
        out.raw("<g")
        out.attribute("class", a["class"] ?? "legend-item")
        out.raw(">\n<title>")
        out.text(a["tooltip"] ?? cell.item.label, attribute: false)
        out.raw("</title>\n")
        let symbol = LegendSymbol.size(cell.item)
        out.raw(LegendSymbol.elements(cell.item, x: x, y: y + (height - symbol.height) / 2))
        out.raw("\n")
        let captionColor = cell.item.kind == .edge
            ? a["fontcolor"].flatMap(SVGPaint.Color.init) ?? color : SVGPaint.Color(value: "#404040", opacity: 1)
        let baseline = y + height / 2 + Self.captionSize * 0.35
        out.raw("<text text-anchor=\"start\"")
        out.attribute("x", x + symbol.width + Self.symbolGap)
        out.attribute("y", baseline)
        out.attribute("font-family", SVGPaint.fontFamily(titleFont))
        out.attribute("font-size", Self.captionSize)
        out.paint("fill", captionColor)
        out.raw(">")
        out.text(cell.item.label, attribute: false)
        out.raw("</text>\n</g>\n")
    }
}
