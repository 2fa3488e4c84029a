/// The attributes ``SVGWriter`` reads from a node or edge, picked out of its dictionary in one
/// pass instead of a hash lookup each.
struct PaintAttributes {
    var id: String?
    var classes: String?
    var tooltip: String?
    var style: String?
    var color: String?
    var fillcolor: String?
    var fontcolor: String?
    var fontname: String?
    var penwidth: String?
    var arrowhead: String?
    var arrowtail: String?
    var labelfontname: String?
    var labelfontcolor: String?

    init(_ attributes: [String: String]) {
        for (key, value) in attributes {
            // Bucketed by length first: a failed String comparison is a function call, and most
            // keys (label, shape, xlabel, ...) are not read here at all.
            switch key.utf8.count {
            case 2: if key == "id" { id = value.isEmpty ? nil : value }
            case 5:
                if key == "class" { classes = value }
                else if key == "style" { style = value }
                else if key == "color" { color = value }
            case 7: if key == "tooltip" { tooltip = value }
            case 8:
                if key == "fontname" { fontname = value }
                else if key == "penwidth" { penwidth = value }
            case 9:
                if key == "fillcolor" { fillcolor = value }
                else if key == "fontcolor" { fontcolor = value }
                else if key == "arrowhead" { arrowhead = value }
                else if key == "arrowtail" { arrowtail = value }
            case 13: if key == "labelfontname" { labelfontname = value }
            case 14: if key == "labelfontcolor" { labelfontcolor = value }
            default: continue
            }
        }
    }
}
