import KGraphModel

/// The colours of the standard view, for writers outside this module (a GEXF export colours
/// its nodes and edges as the diagrams do).
public enum TypePalette {
    /// Fill colour of a node type, `#rrggbb`.
    public static func fill(_ type: NodeType) -> String { KnowledgeGraphStyle.node(type)["fillcolor"] ?? "#ffffff" }

    /// Border colour of a node type, `#rrggbb`.
    public static func border(_ type: NodeType) -> String { KnowledgeGraphStyle.node(type)["color"] ?? "#000000" }

    /// Line colour of an edge type, `#rrggbb`.
    public static func line(_ type: EdgeType) -> String { KnowledgeGraphStyle.edge(type)["color"] ?? "#000000" }
}

extension TypePalette {
    /// The standard view's Graphviz attributes of a node type: shape, style, fill and border.
    public static func nodeAttributes(_ type: NodeType) -> [String: String] { KnowledgeGraphStyle.node(type) }

    /// The standard view's Graphviz attributes of an edge type: colour, label colour, style,
    /// pen width, direction and arrowheads.
    public static func edgeAttributes(_ type: EdgeType) -> [String: String] { KnowledgeGraphStyle.edge(type) }
}
