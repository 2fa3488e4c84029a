/// The attributes ``SVGWriter`` reads from a node or edge, picked out of its dictionary in one
/// pass instead of a hash lookup each, with what decides whether the writer can draw it.
struct PaintAttributes {
    var shape: String?
    var peripheries: String?
    var labelloc: String?
    /// A key the writer does not draw (``SVGWriter/unsupportedElementKeys``) is present.
    var unsupported = false
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
    /// Label texts, kept only when they have non-ASCII characters (see ``TextWidths/layoutStandIn(_:)``).
    var label: String?
    /// Kept whatever its characters: the writer places edge xlabels itself (``EdgeLabelPlacement``).
    var xlabel: String?
    var fontsize: String?
    var headlabel: String?
    var taillabel: String?

    init(_ attributes: [String: String]) {
        for (key, value) in attributes where !take(key, value) {
            // Keys read here are common; only the rest are looked up in the deny list.
            if !unsupported && SVGWriter.unsupportedElementKeys.contains(key) { unsupported = true }
        }
    }

    private static func nonASCII(_ s: String) -> String? { s.utf8.contains { $0 >= 0x80 } ? s : nil }

    /// Stores `value` if `key` is one of the keys read here. Keys are bucketed by length
    /// first: a failed String comparison is a function call.
    private mutating func take(_ key: String, _ value: String) -> Bool {
        switch key.utf8.count {
        case 2: if key == "id" { id = value.isEmpty ? nil : value; return true }
        case 5:
            if key == "label" { label = Self.nonASCII(value); return true }
            if key == "class" { classes = value; return true }
            if key == "style" { style = value; return true }
            if key == "color" { color = value; return true }
            if key == "shape" { shape = value; return true }
        case 6: if key == "xlabel" { xlabel = value; return true }
        case 7: if key == "tooltip" { tooltip = value; return true }
        case 8:
            if key == "fontname" { fontname = value; return true }
            if key == "penwidth" { penwidth = value; return true }
            if key == "labelloc" { labelloc = value; return true }
            if key == "fontsize" { fontsize = value; return true }
        case 9:
            if key == "fillcolor" { fillcolor = value; return true }
            if key == "fontcolor" { fontcolor = value; return true }
            if key == "arrowhead" { arrowhead = value; return true }
            if key == "arrowtail" { arrowtail = value; return true }
            if key == "headlabel" { headlabel = Self.nonASCII(value); return true }
            if key == "taillabel" { taillabel = Self.nonASCII(value); return true }
        case 11: if key == "peripheries" { peripheries = value; return true }
        case 13: if key == "labelfontname" { labelfontname = value; return true }
        case 14: if key == "labelfontcolor" { labelfontcolor = value; return true }
        default: break
        }
        return false
    }
}
