import KGraphModel

/// A graph as two CSV tables with the column names Gephi's spreadsheet import and R expect:
/// `nodes.csv` (`Id,Label,Type,Aliases,Articles`) and `edges.csv`
/// (`Source,Target,Type,Kind,Label,Weight,Confidence,Articles,Evidence`).
///
/// In `edges.csv`, `Type` is what Gephi means by it, `Directed` or `Undirected` (symmetric
/// relations), and `Kind` is the relation; `Weight` counts the pieces of evidence. Lists are
/// joined with `" | "`. RFC 4180 quoting, CRLF line ends, UTF-8 without a byte order mark.
public struct CSVWriter: Sendable {
    public init() {}

    public static let nodeColumns = ["Id", "Label", "Type", "Aliases", "Articles"]
    public static let edgeColumns = ["Source", "Target", "Type", "Kind", "Label", "Weight", "Confidence", "Articles", "Evidence"]

    /// `nodes.csv` and `edges.csv`.
    public func files(_ graph: KnowledgeGraph) -> [ExportFile] {
        let content = ExportContent(graph)
        let sep = ExportContent.listSeparator
        var nodes = CSVText.record(Self.nodeColumns)
        for row in content.nodes {
            let n = row.node
            nodes += CSVText.record([n.id, n.label, n.type.rawValue, n.aliases.joined(separator: sep), row.articles.joined(separator: sep)])
        }
        var edges = CSVText.record(Self.edgeColumns)
        for row in content.edges {
            let e = row.edge
            edges += CSVText.record([
                e.source, e.target, e.type.isSymmetric ? "Undirected" : "Directed", e.type.rawValue, e.type.phrase,
                String(row.weight), JSONValue.format(e.confidence),
                row.articles.joined(separator: sep), row.sentences.joined(separator: sep),
            ])
        }
        return [ExportFile(name: "nodes.csv", text: nodes), ExportFile(name: "edges.csv", text: edges)]
    }
}
