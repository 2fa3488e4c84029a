import Foundation
import KGraphModel

/// A graph as the CSV files of `neo4j-admin database import full`:
///
/// - `entities.csv`: `id:ID(Entity),name,type,aliases:string[],articles:string[],mentions:int,:LABEL`
/// - `articles.csv`: `id:ID(Article),title,source,date:date,:LABEL`
/// - `relations.csv`: `:START_ID(Entity),:END_ID(Entity),:TYPE,confidence:double,weight:int,articles:string[],evidence:string[]`
/// - `mentions.csv`: `:START_ID(Article),:END_ID(Entity),:TYPE,count:int`, how often an article names an entity
///
/// Entities and articles live in separate ID spaces, so an article id may equal an entity id.
/// Relationship types are UPPER_SNAKE_CASE (`PARTNERS_WITH`); a symmetric relation is one
/// relationship, written once from the smaller id. Arrays, and the two labels of an entity
/// (`Entity` and its type), are joined with ``arrayDelimiter``, U+001F (the ASCII unit
/// separator), which the writer removes from every value, so it never occurs inside one;
/// line breaks in values become spaces, so no `--multiline-fields` is needed.
public struct Neo4jImportWriter: Sendable {
    public init() {}

    /// The array delimiter, for `neo4j-admin ... --array-delimiter=U+001F`.
    public static let arrayDelimiter: Unicode.Scalar = "\u{1F}"

    public static let entityHeader = ["id:ID(Entity)", "name", "type", "aliases:string[]", "articles:string[]", "mentions:int", ":LABEL"]
    public static let articleHeader = ["id:ID(Article)", "title", "source", "date:date", ":LABEL"]
    public static let relationHeader = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "confidence:double", "weight:int", "articles:string[]", "evidence:string[]"]
    public static let mentionHeader = [":START_ID(Article)", ":END_ID(Entity)", ":TYPE", "count:int"]

    /// `entities.csv`, `articles.csv`, `relations.csv` and `mentions.csv`.
    public func files(_ graph: KnowledgeGraph) -> [ExportFile] {
        let content = ExportContent(graph)
        var entities = CSVText.record(Self.entityHeader)
        var mentions = CSVText.record(Self.mentionHeader)
        for row in content.nodes {
            let n = row.node
            entities += CSVText.record([
                Self.value(n.id), Self.value(n.label), n.type.rawValue, Self.array(n.aliases), Self.array(row.articles),
                String(n.mentions.count), Self.array([Neo4jNames.entity, Neo4jNames.label(n.type)]),
            ], keeping: Self.arrayDelimiter)
        }
        // Articles that name each entity, grouped by article so the file reads article by article.
        var byArticle: [String: [(String, Int)]] = [:]
        for row in content.nodes {
            for (a, count) in row.mentionCounts.sorted(by: { $0.key < $1.key }) { byArticle[a, default: []].append((row.node.id, count)) }
        }
        var articles = CSVText.record(Self.articleHeader)
        var known = Set<String>()
        for a in graph.articles where !a.id.isEmpty {
            known.insert(a.id)
            articles += CSVText.record([Self.value(a.id), Self.value(a.title ?? ""), Self.value(a.source ?? ""),
                                        content.dates[a.id] ?? "", Neo4jNames.article])
        }
        // A mention may name an article the graph's list lacks (hand-edited JSON): give it a
        // node so that every :START_ID resolves.
        for id in byArticle.keys.sorted() where !known.contains(id) {
            articles += CSVText.record([Self.value(id), "", "", "", Neo4jNames.article])
        }
        for a in byArticle.keys.sorted() {
            for (entity, count) in byArticle[a]! {
                mentions += CSVText.record([Self.value(a), Self.value(entity), Neo4jNames.mentions, String(count)])
            }
        }
        var relations = CSVText.record(Self.relationHeader)
        for row in content.edges {
            let e = row.edge
            relations += CSVText.record([
                Self.value(e.source), Self.value(e.target), Neo4jNames.relationship(e.type),
                JSONValue.format(e.confidence), String(row.weight), Self.array(row.articles), Self.array(row.sentences),
            ], keeping: Self.arrayDelimiter)
        }
        return [
            ExportFile(name: "articles.csv", text: articles),
            ExportFile(name: "entities.csv", text: entities),
            ExportFile(name: "mentions.csv", text: mentions),
            ExportFile(name: "relations.csv", text: relations),
        ]
    }

    /// A value with the array delimiter and line breaks replaced by spaces.
    static func value(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            out.unicodeScalars.append(s == arrayDelimiter || s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" ? " " : s)
        }
        return out
    }

    /// An array column: the cleaned, non-empty items joined with the array delimiter.
    static func array(_ items: [String]) -> String {
        items.map(value).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .joined(separator: String(Character(arrayDelimiter)))
    }
}
