import KGraphModel

/// How every kgraph diagram (render, diff, compare, report) draws graphs.
///
/// Each node type has its shape, fill and border, each edge type its line, arrowheads and
/// label; diagrams share the layout spacing and put their legend at the top, under the title.
/// Colours are flat fills (gradients would make SVG ids depend on render order) and stay
/// readable in greyscale print.
public enum DiagramStyle {
    /// Graphviz attributes of a node type: shape, style, fill and border.
    public static func node(_ type: NodeType) -> [String: String] {
        switch type {
        case .country:
            return ["shape": "box", "style": "rounded,filled", "fillcolor": "#d6e6f5", "color": "#3a6ea5"]
        case .person:
            return ["shape": "ellipse", "style": "filled", "fillcolor": "#fde3c8", "color": "#b86e1f"]
        case .alliance:
            return ["shape": "hexagon", "style": "filled", "fillcolor": "#e2d9f3", "color": "#6a4c9c"]
        case .organization:
            return ["shape": "tab", "style": "filled", "fillcolor": "#dcefd9", "color": "#3f7f3a"]
        case .principle:
            return ["shape": "note", "style": "filled", "fillcolor": "#fff4c2", "color": "#a08420"]
        case .region:
            return ["shape": "octagon", "style": "filled", "fillcolor": "#e8e8e8", "color": "#6b6b6b"]
        }
    }

    /// Graphviz attributes of an edge type: colour, label colour, style, pen width, direction
    /// and arrowheads.
    public static func edge(_ type: EdgeType) -> [String: String] {
        switch type {
        case .proposes:
            return ["color": "#7b3fa0", "fontcolor": "#7b3fa0", "style": "solid", "penwidth": "1.4"]
        case .rejects:
            return ["color": "#c62828", "fontcolor": "#c62828", "style": "dashed", "penwidth": "1.6"]
        case .supports:
            return ["color": "#2e7d32", "fontcolor": "#2e7d32", "style": "solid", "penwidth": "1.6"]
        case .partnersWith:
            return ["color": "#1f5fa8", "fontcolor": "#1f5fa8", "style": "solid", "penwidth": "1.6", "dir": "both",
                    "arrowhead": "dot", "arrowtail": "dot", "arrowsize": "0.5"]
        case .tensionWith:
            return ["color": "#e07b00", "fontcolor": "#b86200", "style": "bold", "penwidth": "2.6", "dir": "none"]
        case .counters:
            return ["color": "#8e244d", "fontcolor": "#8e244d", "style": "solid", "penwidth": "1.6", "arrowhead": "tee"]
        case .memberOf:
            return ["color": "#00838f", "fontcolor": "#00838f", "style": "solid", "penwidth": "1.2", "arrowhead": "empty"]
        case .leads:
            return ["color": "#616161", "fontcolor": "#616161", "style": "solid", "penwidth": "1.0"]
        case .serves:
            return ["color": "#9e9e9e", "fontcolor": "#757575", "style": "dashed", "penwidth": "1.0"]
        case .upholds:
            return ["color": "#a07800", "fontcolor": "#876500", "style": "dotted", "penwidth": "1.6"]
        case .founded:
            return ["color": "#37474f", "fontcolor": "#37474f", "style": "solid", "penwidth": "1.4", "arrowhead": "diamond"]
        }
    }

    /// The shape of a node type, and whether its corners are rounded.
    public static func shape(_ type: NodeType) -> (shape: String, rounded: Bool) {
        let a = node(type)
        return (a["shape"] ?? "box", a["style"]?.split(separator: ",").contains("rounded") ?? false)
    }

    /// Fill colour of a node type, `#rrggbb`.
    public static func fill(_ type: NodeType) -> String { node(type)["fillcolor"] ?? "#ffffff" }

    /// Border colour of a node type, `#rrggbb`.
    public static func border(_ type: NodeType) -> String { node(type)["color"] ?? "#000000" }

    /// Line colour of an edge type, `#rrggbb`.
    public static func line(_ type: EdgeType) -> String { edge(type)["color"] ?? "#000000" }

    /// How an edge of a type is labelled in every diagram ("tension with").
    public static func edgeLabel(_ type: EdgeType) -> String { type.phrase }

    /// Layout and page attributes every diagram starts from: left to right, the room between
    /// ranks that edge labels beside the edges need, edges under nodes.
    public static let graphAttributes: [String: String] = [
        "rankdir": "LR", "nodesep": "0.3", "ranksep": "1.1", "outputorder": "edgesfirst",
        "bgcolor": "white", "fontcolor": "#222222",
    ]

    static func nodeClass(_ type: NodeType) -> String { "kg-node node-type-\(type.rawValue)" }
    static func edgeClass(_ type: EdgeType) -> String { "kg-edge edge-type-\(type.rawValue)" }
}
