import KGraphModel

/// The legend as an HTML-like table drawn in the root graph's label, under the title.
///
/// A label costs the layout nothing but measuring its text, while a legend made of sample
/// nodes and edges in a cluster made dot's layout twice as slow on article-sized graphs. Every
/// engine draws root graph labels, so all engines get the same legend. A node type is a small
/// box in its fill and border colours with the type inside; an edge type is its caption in the
/// edge's label colour, underlined in the edge's colour, width and dash style.
///
/// Every table is one column (the title, then one strip per row of items) or one row (a strip),
/// which Graphviz sizes directly; a grid would be sized by network simplex, costing more than
/// the rest of the legend.
enum LegendTable {
    /// At most this many legend items per strip: node types fill the first strip (there are
    /// six), edge types follow.
    static let columns = 6

    /// The whole root label: `title` (may be nil) above the legend strips, as HTML-like label text.
    /// With `images` (one PNG per item, ``LegendImages``), each item is its picture and then its
    /// caption, as in the SVG legend; without (DOT output), a swatch cell as described above.
    static func caption(title: String?, items: [Diagram.LegendItem], images: [String]? = nil) -> String {
        let pictures = images.flatMap { $0.count == items.count ? Dictionary(zip(items, $0), uniquingKeysWith: { a, _ in a }) : nil }
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"0\">"
        if let title, !title.isEmpty {
            html += "<TR><TD>"
            escape(title, into: &html)
            html += "</TD></TR>"
        }
        for strip in strips(items) {
            html += "<TR><TD><FONT POINT-SIZE=\"10\" COLOR=\"#404040\"><TABLE BORDER=\"0\" CELLSPACING=\"8\" CELLPADDING=\"2\"><TR>"
            for item in strip {
                if let picture = pictures?[item] { pictureCells(item, picture, into: &html) } else { cell(item, into: &html) }
            }
            html += "</TR></TABLE></FONT></TD></TR>"
        }
        return html + "</TABLE>"
    }

    /// The items in strips: node types first, then edge types, at most ``columns`` a strip,
    /// the strips of one kind of equal counts (a nested table is stretched to the widest strip).
    static func strips(_ items: [Diagram.LegendItem]) -> [[Diagram.LegendItem]] {
        var out: [[Diagram.LegendItem]] = []
        for kind in [Diagram.LegendItem.Kind.node, .edge] {
            let shown = items.filter { $0.kind == kind }
            let count = (shown.count + columns - 1) / columns
            let perStrip = count == 0 ? columns : (shown.count + count - 1) / count
            for start in stride(from: 0, to: shown.count, by: perStrip) {
                out.append(Array(shown[start..<min(start + perStrip, shown.count)]))
            }
        }
        return out
    }

    /// An item's picture and its caption, side by side in one cell.
    private static func pictureCells(_ item: Diagram.LegendItem, _ picture: String, into html: inout String) {
        html += "<TD><TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD><IMG SRC=\""
        escape(picture, into: &html)
        html += "\"/></TD><TD ALIGN=\"LEFT\">"
        if item.kind == .edge, let caption = colorValue(item.attributes["fontcolor"]) ?? colorValue(item.attributes["color"]) {
            html += "<FONT COLOR=\"\(caption)\">"
            escape(item.label, into: &html)
            html += "</FONT>"
        } else {
            escape(item.label, into: &html)
        }
        html += "</TD></TR></TABLE></TD>"
    }

    /// One item's cell.
    private static func cell(_ item: Diagram.LegendItem, into html: inout String) {
        let a = item.attributes
        let color = colorValue(a["color"]) ?? "#000000"
        let style = a["style"] ?? ""
        switch item.kind {
        case .node:
            let fill = colorValue(a["fillcolor"]) ?? "#ffffff"
            html += "<TD BGCOLOR=\"\(fill)\" COLOR=\"\(color)\" BORDER=\"1\">"
            escape(item.label, into: &html)
            html += "</TD>"
        case .edge:
            let dash = style.contains("dash") ? " STYLE=\"dashed\"" : style.contains("dot") ? " STYLE=\"dotted\"" : ""
            let width = (Double(a["penwidth"] ?? "") ?? 1) >= 2 || style.contains("bold") ? 3 : 2
            let caption = colorValue(a["fontcolor"]) ?? color
            html += "<TD SIDES=\"B\" BORDER=\"\(width)\" COLOR=\"\(color)\"\(dash)><FONT COLOR=\"\(caption)\">"
            escape(item.label, into: &html)
            html += "</FONT></TD>"
        }
    }

    /// Only plain colour names and `#rrggbb` values go into the table markup.
    private static func colorValue(_ s: String?) -> String? {
        guard let s, !s.isEmpty, s.count <= 32,
              s.unicodeScalars.allSatisfy({ ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "#" })
        else { return nil }
        return s
    }

    /// Text for HTML-like labels: XML-escaped, line breaks as `<BR/>`, backslashes doubled
    /// (Graphviz substitutes `\G`, `\N` and friends in HTML-like labels too).
    static func escape(_ s: String, into out: inout String) {
        XMLEscaping.escape(s, .graphvizHTML, into: &out)
    }
}
