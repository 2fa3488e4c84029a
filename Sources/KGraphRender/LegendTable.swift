/// The legend as one HTML-like table, for layout engines that ignore clusters.
enum LegendTable {
    static func html(_ items: [Diagram.LegendItem]) -> String {
        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for item in items {
            let a = item.attributes
            let color = colorValue(a["color"]) ?? "#000000"
            switch item.kind {
            case .node:
                let fill = colorValue(a["fillcolor"]) ?? "#ffffff"
                rows += "<TR><TD BGCOLOR=\"\(fill)\" COLOR=\"\(color)\" BORDER=\"1\" WIDTH=\"24\"> </TD>"
                rows += "<TD ALIGN=\"LEFT\">\(escape(item.label))</TD></TR>"
            case .edge:
                let style = a["style"] ?? ""
                var line = style.contains("dash") || style.contains("dot") ? "- - - -" : "-------"
                switch a["dir"] ?? "forward" {
                case "none": break
                case "both": line = "&lt;" + line + "&gt;"
                case "back": line = "&lt;" + line
                default: line += "&gt;"
                }
                if style.contains("bold") { line = "<B>" + line + "</B>" }
                rows += "<TR><TD><FONT COLOR=\"\(color)\">\(line)</FONT></TD>"
                rows += "<TD ALIGN=\"LEFT\">\(escape(item.label))</TD></TR>"
            }
        }
        return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#b0b0b0\">\(rows)</TABLE>"
    }

    /// Only plain colour names and `#rrggbb` values go into the table markup.
    private static func colorValue(_ s: String?) -> String? {
        guard let s, !s.isEmpty, s.count <= 32,
              s.unicodeScalars.allSatisfy({ ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "#" })
        else { return nil }
        return s
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        for c in AttributeText.clean(s) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
