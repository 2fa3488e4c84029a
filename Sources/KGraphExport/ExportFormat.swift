/// The interchange formats `kgraph export` writes.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// GraphML, for NetworkX, igraph, yEd and Gephi.
    case graphml
    /// GEXF 1.3 with a timeline (spells from article dates) and the diagram's layout, for Gephi.
    case gexf
    /// `nodes.csv` and `edges.csv` with the column names Gephi's spreadsheet import and R expect.
    case csv
    /// CSV files for `neo4j-admin database import full`.
    case neo4j
    /// An idempotent Cypher `MERGE` script, for adding to a Neo4j database that exists.
    case cypher
    /// A Mermaid flowchart (the same one Markdown reports embed).
    case mermaid

    /// Whether the format is a folder of files (`-o DIR/`) rather than one file.
    public var writesFolder: Bool { self == .csv || self == .neo4j }

    /// The format a single-file output's extension names, or nil (`.graphml`, `.gexf`,
    /// `.cypher`/`.cql`, `.mmd`/`.mermaid`; case does not matter).
    public init?(pathExtension ext: String) {
        switch ext.lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "cypher", "cql": self = .cypher
        case "mmd", "mermaid": self = .mermaid
        default: return nil
        }
    }
}

/// One file of an export: its name inside the output folder (nil for a single-file format,
/// which goes where `-o` says) and its text.
public struct ExportFile: Sendable, Hashable {
    public var name: String?
    public var text: String

    public init(name: String?, text: String) {
        self.name = name
        self.text = text
    }
}
