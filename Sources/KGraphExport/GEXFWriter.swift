import KGraphModel
import KGraphRender

/// A graph as GEXF 1.3, for Gephi: a dynamic graph whose timeline comes from article dates.
///
/// `mode="dynamic"` with `timeformat="date"`: every node and edge has one `<spell>` per
/// calendar date of the articles that state it (a day each, so spells never overlap), and a
/// node's dates include those of its edges, so an edge never outlives its ends. Elements
/// without a dated article have no spells, which Gephi reads as always present. `kind` is the
/// relation, `weight` the number of pieces of evidence. The graph is directed (NetworkX refuses
/// undirected edges in a directed graph); symmetric relations carry `symmetric` true.
/// `viz:color` is the type palette of the diagrams and `viz:position` the Graphviz layout,
/// when positions are given, so Gephi opens with kgraph's picture.
public struct GEXFWriter: Sendable {
    /// Node centres by node id (Graphviz points, y up), e.g. from `Renderer.positions(of:)`.
    public var positions: [String: (x: Double, y: Double)]

    public init(positions: [String: (x: Double, y: Double)] = [:]) {
        self.positions = positions
    }

    /// The graph as a GEXF 1.3 document.
    public func gexf(_ graph: KnowledgeGraph) -> String {
        let content = ExportContent(graph)
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>kgraph</creator>

        """
        if let title = graph.title ?? (graph.articles.count == 1 ? graph.articles[0].title : nil) {
            out += "    <description>\(XMLText.escaped(title))</description>\n"
        }
        out += "  </meta>\n"
        let allDates = content.nodes.flatMap(\.dates)
        out += "  <graph mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"directed\""
        if let first = allDates.min(), let last = allDates.max() { out += " start=\"\(first)\" end=\"\(last)\"" }
        out += ">\n"
        out += """
            <attributes class="node" mode="static">
              <attribute id="type" title="type" type="string"/>
              <attribute id="aliases" title="aliases" type="string"/>
              <attribute id="articles" title="articles" type="string"/>
            </attributes>
            <attributes class="edge" mode="static">
              <attribute id="relation" title="relation" type="string"/>
              <attribute id="symmetric" title="symmetric" type="boolean"/>
              <attribute id="confidence" title="confidence" type="double"/>
              <attribute id="articles" title="articles" type="string"/>
              <attribute id="evidence" title="evidence" type="string"/>
            </attributes>

        """
        nodes(content, into: &out)
        edges(content, into: &out)
        out += "  </graph>\n</gexf>\n"
        return out
    }

    /// The `<nodes>` element: type, aliases and articles, dates as spells, colour and position.
    private func nodes(_ content: ExportContent, into out: inout String) {
        let sep = ExportContent.listSeparator
        out += "    <nodes count=\"\(content.nodes.count)\">\n"
        for row in content.nodes {
            let n = row.node
            out += "      <node id=\"\(XMLText.escaped(n.id))\" label=\"\(XMLText.escaped(n.label))\">\n"
            out += "        <attvalues>\n"
            out += Self.attvalue("type", n.type.rawValue)
            out += Self.attvalue("aliases", n.aliases.joined(separator: sep))
            out += Self.attvalue("articles", row.articles.joined(separator: sep))
            out += "        </attvalues>\n"
            out += Self.spells(row.dates)
            out += "        " + Self.color(DiagramStyle.fill(n.type)) + "\n"
            if let p = positions[n.id] {
                out += "        <viz:position x=\"\(JSONValue.format(p.x))\" y=\"\(JSONValue.format(p.y))\" z=\"0\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n"
    }

    /// The `<edges>` element: relation, symmetry, confidence, articles and evidence, dates as
    /// spells, colour.
    private func edges(_ content: ExportContent, into out: inout String) {
        let sep = ExportContent.listSeparator
        out += "    <edges count=\"\(content.edges.count)\">\n"
        for row in content.edges {
            let e = row.edge
            out += "      <edge id=\"e\(row.index)\" source=\"\(XMLText.escaped(e.source))\" target=\"\(XMLText.escaped(e.target))\""
            out += " label=\"\(e.type.phrase)\" kind=\"\(e.type.rawValue)\" weight=\"\(row.weight)\">\n"
            out += "        <attvalues>\n"
            out += Self.attvalue("relation", e.type.rawValue)
            out += Self.attvalue("symmetric", e.type.isSymmetric ? "true" : "false")
            out += Self.attvalue("confidence", JSONValue.format(e.confidence))
            out += Self.attvalue("articles", row.articles.joined(separator: sep))
            out += Self.attvalue("evidence", row.sentences.joined(separator: sep))
            out += "        </attvalues>\n"
            out += Self.spells(row.dates)
            out += "        " + Self.color(DiagramStyle.line(e.type)) + "\n"
            out += "      </edge>\n"
        }
        out += "    </edges>\n"
    }

    private static func attvalue(_ id: String, _ value: String) -> String {
        "          <attvalue for=\"\(id)\" value=\"\(XMLText.escaped(value))\"/>\n"
    }

    private static func spells(_ dates: [String]) -> String {
        guard !dates.isEmpty else { return "" }
        return "        <spells>\n" + dates.map { "          <spell start=\"\($0)\" end=\"\($0)\"/>\n" }.joined() + "        </spells>\n"
    }

    /// `<viz:color r g b/>` of a `#rrggbb` colour.
    static func color(_ hex: String) -> String {
        let digits = Array(hex.utf8.dropFirst())
        func channel(_ i: Int) -> Int {
            guard digits.count == 6 else { return 0 }
            return Int(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16) ?? 0
        }
        return "<viz:color r=\"\(channel(0))\" g=\"\(channel(2))\" b=\"\(channel(4))\"/>"
    }
}
