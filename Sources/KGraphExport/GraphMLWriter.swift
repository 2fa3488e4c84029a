import KGraphModel

/// A graph as GraphML, which NetworkX, igraph, yEd and Gephi read.
///
/// Every `<key>` comes before `<graph>` and names `for="node"` or `for="edge"`; node labels
/// use the key whose `attr.name` is `label` (Gephi and yEd take it as the label); lists are
/// joined into one string with `" | "`. The graph is directed: a symmetric relation
/// (partners-with, tension-with) is one edge with `symmetric` true, since NetworkX refuses
/// undirected edges in a directed graph. Parallel edges of different types stay separate,
/// each with its relation as the `type` attribute and an id `e<N>` in edge order.
public struct GraphMLWriter: Sendable {
    public init() {}

    /// (key id, for, attr.name, attr.type), in the order written.
    static let keys: [(String, String, String, String)] = [
        ("n_label", "node", "label", "string"),
        ("n_type", "node", "type", "string"),
        ("n_aliases", "node", "aliases", "string"),
        ("n_articles", "node", "articles", "string"),
        ("n_mentions", "node", "mentions", "int"),
        ("e_type", "edge", "type", "string"),
        ("e_label", "edge", "label", "string"),
        ("e_symmetric", "edge", "symmetric", "boolean"),
        ("e_confidence", "edge", "confidence", "double"),
        ("e_weight", "edge", "weight", "double"),
        ("e_articles", "edge", "articles", "string"),
        ("e_evidence", "edge", "evidence", "string"),
    ]

    public func graphML(_ graph: KnowledgeGraph) -> String {
        let content = ExportContent(graph)
        let sep = ExportContent.listSeparator
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for (id, scope, name, type) in Self.keys {
            out += "  <key id=\"\(id)\" for=\"\(scope)\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        func data(_ key: String, _ value: String) -> String {
            "      <data key=\"\(key)\">\(XMLText.escaped(value))</data>\n"
        }
        for row in content.nodes {
            let n = row.node
            out += "    <node id=\"\(XMLText.escaped(n.id))\">\n"
            out += data("n_label", n.label)
            out += data("n_type", n.type.rawValue)
            out += data("n_aliases", n.aliases.joined(separator: sep))
            out += data("n_articles", row.articles.joined(separator: sep))
            out += data("n_mentions", String(n.mentions.count))
            out += "    </node>\n"
        }
        for row in content.edges {
            let e = row.edge
            out += "    <edge id=\"e\(row.index)\" source=\"\(XMLText.escaped(e.source))\" target=\"\(XMLText.escaped(e.target))\">\n"
            out += data("e_type", e.type.rawValue)
            out += data("e_label", e.type.phrase)
            out += data("e_symmetric", e.type.isSymmetric ? "true" : "false")
            out += data("e_confidence", JSONValue.format(e.confidence))
            out += data("e_weight", String(row.weight))
            out += data("e_articles", row.articles.joined(separator: sep))
            out += data("e_evidence", row.sentences.joined(separator: sep))
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
