/// The legend as an HTML-like table drawn in the root graph's label, under the title.
///
/// A label costs the layout nothing but measuring its text, while a legend made of sample
/// nodes and edges in a cluster made dot's layout twice as slow on article-sized graphs. Every
/// engine draws root graph labels, so all engines get the same legend. Node types are shown
/// as swatches in their fill and border colours, edge types as short lines in their colour,
/// width and dash style (cells with only a bottom border), captioned in the edge's label colour.
enum LegendTable {
    /// Legend items per row: node types fill the first row (there are six), edge types follow.
    static let columns = 6

    /// The whole root label: `title` (may be nil) above the legend table, as HTML-like label text.
    static func caption(title: String?, items: [Diagram.LegendItem]) -> String {
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
        if let title, !title.isEmpty {
            html += "<TR><TD>\(escape(title))</TD></TR><TR><TD HEIGHT=\"6\"></TD></TR>"
        }
        html += "<TR><TD>\(table(items))</TD></TR></TABLE>"
        return html
    }

    static func table(_ items: [Diagram.LegendItem]) -> String {
        var rows = ""
        for kind in [Diagram.LegendItem.Kind.node, .edge] {
            let cells = items.filter { $0.kind == kind }.map(cells)
            for start in stride(from: 0, to: cells.count, by: columns) {
                rows += "<TR>" + cells[start..<min(start + columns, cells.count)].joined() + "</TR>"
            }
        }
        return "<FONT POINT-SIZE=\"10\" COLOR=\"#404040\"><TABLE BORDER=\"1\" STYLE=\"rounded\" COLOR=\"#b0b0b0\""
            + " CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">\(rows)</TABLE></FONT>"
    }

    /// A sample cell and a caption cell for one item.
    private static func cells(_ item: Diagram.LegendItem) -> String {
        let a = item.attributes
        let color = colorValue(a["color"]) ?? "#000000"
        let style = a["style"] ?? ""
        switch item.kind {
        case .node:
            let fill = colorValue(a["fillcolor"]) ?? "#ffffff"
            let rounded = style.contains("rounded") ? " STYLE=\"rounded\"" : ""
            return "<TD BGCOLOR=\"\(fill)\" COLOR=\"\(color)\" BORDER=\"1\"\(rounded) WIDTH=\"24\" HEIGHT=\"13\" FIXEDSIZE=\"TRUE\"></TD>"
                + "<TD ALIGN=\"LEFT\">\(escape(item.label))</TD>"
        case .edge:
            let dash = style.contains("dash") ? " STYLE=\"dashed\"" : style.contains("dot") ? " STYLE=\"dotted\"" : ""
            let width = (Double(a["penwidth"] ?? "") ?? 1) >= 2 || style.contains("bold") ? 3 : 2
            let caption = colorValue(a["fontcolor"]) ?? color
            return "<TD SIDES=\"B\" BORDER=\"\(width)\" COLOR=\"\(color)\"\(dash) WIDTH=\"28\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>"
                + "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(caption)\">\(escape(item.label))</FONT></TD>"
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
    static func escape(_ s: String) -> String {
        var out = ""
        for c in AttributeText.clean(s) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "<BR/>"
            case "\\": out += "\\\\"
            case "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
