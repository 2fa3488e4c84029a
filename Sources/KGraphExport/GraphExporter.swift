import KGraphModel

/// Writes a graph in any ``ExportFormat``.
public struct GraphExporter: Sendable {
    /// Node centres for the GEXF layout, by node id (see ``GEXFWriter``).
    public var positions: [String: (x: Double, y: Double)]

    public init(positions: [String: (x: Double, y: Double)] = [:]) {
        self.positions = positions
    }

    /// The files of `graph` in `format`: one unnamed file, or the named files of a folder
    /// format (``ExportFormat/writesFolder``), sorted by name.
    public func files(_ graph: KnowledgeGraph, format: ExportFormat) -> [ExportFile] {
        switch format {
        case .graphml: return [ExportFile(name: nil, text: GraphMLWriter().graphML(graph))]
        case .gexf: return [ExportFile(name: nil, text: GEXFWriter(positions: positions).gexf(graph))]
        case .csv: return CSVWriter().files(graph).sorted { ($0.name ?? "") < ($1.name ?? "") }
        case .neo4j: return Neo4jImportWriter().files(graph)
        case .cypher: return [ExportFile(name: nil, text: CypherWriter().script(graph))]
        case .mermaid: return [ExportFile(name: nil, text: MermaidWriter().flowchart(graph))]
        }
    }
}
