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
