import KGraphModel

/// A graph as a Cypher script of `MERGE` statements that adds it to a Neo4j database, new
/// or existing (`cypher-shell -f graph.cypher`).
///
/// Running the script twice, or scripts of graphs that share entities, describes the same
/// graph as running it once: nodes are merged on `id` (with uniqueness constraints, created if
/// missing), relationships on their ends and type, list properties (aliases, articles,
/// evidence) are united with what is there, and confidence keeps the highest value seen. A
/// name and type are set only when an entity is created. Labels and types are those of the
/// bulk import (``Neo4jImportWriter``); a symmetric relation is merged without a direction, so
/// it matches whichever way the database holds it. One statement a line, in a fixed order:
/// constraints, articles, entities, mentions, relations.
public struct CypherWriter: Sendable {
    public init() {}

    public func script(_ graph: KnowledgeGraph) -> String {
        let content = ExportContent(graph)
        var out = "// kgraph graph as idempotent Cypher: cypher-shell -f FILE (running it again changes nothing)\n"
        out += "CREATE CONSTRAINT kgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"
        out += "CREATE CONSTRAINT kgraph_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;\n"
        var articleIDs = Set<String>()
        for a in graph.articles where !a.id.isEmpty {
            articleIDs.insert(a.id)
            var sets: [String] = []
            if let t = a.title { sets.append("a.title = \(Self.string(t))") }
            if let s = a.source { sets.append("a.source = \(Self.string(s))") }
            if let d = content.dates[a.id] { sets.append("a.date = date(\(Self.string(d)))") }
            out += "MERGE (a:Article {id: \(Self.string(a.id))})" + (sets.isEmpty ? "" : " SET " + sets.joined(separator: ", ")) + ";\n"
        }
        for id in Set(content.nodes.flatMap(\.mentionCounts.keys)).subtracting(articleIDs).sorted() {
            out += "MERGE (a:Article {id: \(Self.string(id))});\n"
        }
        for row in content.nodes {
            let n = row.node
            out += "MERGE (n:Entity {id: \(Self.string(n.id))})"
            out += " ON CREATE SET n.name = \(Self.string(n.label)), n.type = \(Self.string(n.type.rawValue))"
            out += " SET n:\(Neo4jNames.label(n.type)), n.aliases = \(Self.union("n.aliases", n.aliases)), n.articles = \(Self.union("n.articles", row.articles));\n"
        }
        for row in content.nodes {
            for (a, count) in row.mentionCounts.sorted(by: { $0.key < $1.key }) {
                out += "MATCH (a:Article {id: \(Self.string(a))}), (n:Entity {id: \(Self.string(row.node.id))}) MERGE (a)-[m:MENTIONS]->(n) SET m.count = \(count);\n"
            }
        }
        for row in content.edges {
            let e = row.edge
            let c = JSONValue.format(e.confidence)
            out += "MATCH (s:Entity {id: \(Self.string(e.source))}), (t:Entity {id: \(Self.string(e.target))})"
            out += " MERGE (s)-[r:\(Neo4jNames.relationship(e.type))]-\(e.type.isSymmetric ? "" : ">")(t)"
            out += " SET r.confidence = CASE WHEN r.confidence > \(c) THEN r.confidence ELSE \(c) END"
            out += ", r.articles = \(Self.union("r.articles", row.articles)), r.evidence = \(Self.union("r.evidence", row.sentences));\n"
        }
        return out
    }

    /// `property` united with `items`, keeping what it holds first and adding only new items.
    static func union(_ property: String, _ items: [String]) -> String {
        "reduce(acc = coalesce(\(property), []), x IN \(list(items)) | CASE WHEN x IN acc THEN acc ELSE acc + x END)"
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ", ") + "]"
    }

    /// A double-quoted Cypher string literal.
    static func string(_ text: String) -> String {
        var out = ""
        QuotedString.write(text, controls: .spaces, into: &out)
        return out
    }
}
