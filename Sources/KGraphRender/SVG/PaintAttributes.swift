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
            switch key {
            case "id": id = value.isEmpty ? nil : value
            case "class": classes = value
            case "tooltip": tooltip = value
            case "style": style = value
            case "color": color = value
            case "fillcolor": fillcolor = value
            case "fontcolor": fontcolor = value
            case "fontname": fontname = value
            case "penwidth": penwidth = value
            case "arrowhead": arrowhead = value
            case "arrowtail": arrowtail = value
            case "labelfontname": labelfontname = value
            case "labelfontcolor": labelfontcolor = value
            default: continue
            }
        }
    }
}
