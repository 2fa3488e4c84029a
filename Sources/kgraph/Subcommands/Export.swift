import ArgumentParser
import Foundation
import KGraphExport
import KGraphModel
import KGraphRender

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write graphs for other tools: GraphML, GEXF (Gephi), CSV, Neo4j import files, Cypher, Mermaid.",
        discussion: """
        Inputs are graph JSON files or articles (extracted on the fly); several are merged into \
        one graph. The format comes from the output's extension (.graphml, .gexf, .cypher or \
        .cql, .mmd or .mermaid) unless --format is given. csv and neo4j write a folder \
        (-o DIR/): nodes.csv and edges.csv, or entities.csv, articles.csv, relations.csv and \
        mentions.csv for neo4j-admin database import full. GEXF carries a timeline (one spell \
        per article date) and the Graphviz layout of `kgraph render` (left out, with a warning, \
        above --max-nodes).

        Examples:
          kgraph export article.json -o article.graphml
          kgraph export a.json b.json -o week.gexf --engine neato
          kgraph export corpus.jsonl -o tables/ --format csv
          kgraph export article.json -o import/ --format neo4j
          kgraph export article.json -o add.cypher --min-confidence 0.6
          kgraph export article.json -o - --format mermaid
        """
    )

    @Argument(help: ArgumentHelp("Graph JSON files or articles.", valueName: "input"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, a folder (csv, neo4j), or - for stdout (the default; needs --format).", valueName: "path"))
    var output: String = "-"

    @Option(help: ArgumentHelp("Format (default: from the output extension).", valueName: "format"))
    var format: ExportFormat?

    @Option(help: ArgumentHelp("Layout engine for GEXF positions (default: dot, sfdp for big graphs; see render --help).", valueName: "engine"))
    var engine: LayoutEngine?

    @Option(help: ArgumentHelp("Title of the graph (GEXF description).", valueName: "text"))
    var title: String?

    @Option(name: .customLong("ignore-types"), help: ArgumentHelp("Comma-separated node and edge types to leave out, e.g. region,leads.", valueName: "types"))
    var ignoreTypes: TypeList?

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("Drop evidence (and edges) below this confidence.", valueName: "0-1"))
    var minConfidence: Confidence?

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Extra lexicon file for extracting articles (repeatable).", valueName: "file"))
    var lexicons: [String] = []

    @OptionGroup var limit: LayoutLimit

    func run() async throws {
        let format = try resolvedFormat()
        try checkOutput(format)
        if !format.writesFolder { try OutputFile.refuseOverwriting(inputs: inputs + lexicons, output: output) }

        let confidence = minConfidence?.value ?? 0
        let loaded = try await InputGraphs.load(inputs, options: ExtractionOptions(lexiconPaths: lexicons, minConfidence: confidence))
        var graph = InputGraphs.whole(loaded).filtered(minConfidence: confidence)
        ignoreTypes?.apply(to: &graph)
        if let title { graph.title = title }

        let files = GraphExporter(positions: try positions(graph, format)).files(graph, format: format)
        // Every path is checked before the first file is written.
        let targets = files.map { file in file.name.map { (output as NSString).appendingPathComponent($0) } ?? output }
        for path in targets where format.writesFolder {
            try OutputFile.refuseOverwriting(inputs: inputs + lexicons, output: path)
        }
        if format.writesFolder { try createFolder(output) }
        for (file, path) in zip(files, targets) { try OutputFile.write(file.text, to: path) }
    }

    /// The GEXF layout: Graphviz positions of the diagram `kgraph render` draws; none for the
    /// other formats, and none past --max-nodes (a warning says so).
    private func positions(_ graph: KnowledgeGraph, _ format: ExportFormat) throws -> [String: (x: Double, y: Double)] {
        guard format == .gexf, !graph.nodes.isEmpty else { return [:] }
        guard graph.nodes.count <= limit.maxNodes else {
            KGraphCommand.warn("\(graph.nodes.count) nodes, more than --max-nodes \(limit.maxNodes): GEXF written without positions; lay it out in Gephi")
            return [:]
        }
        return try CLIError.drawing("cannot lay out \(inputs.joined(separator: ", "))") {
            try Renderer.shared.positions(of: Diagram(graph: graph, title: title), engine: engine ?? LayoutEngine.recommended(for: graph))
        }
    }

    private func resolvedFormat() throws -> ExportFormat {
        if let format { return format }
        if output == "-" { throw CLIError("writing to stdout: give --format \(ExportFormat.allCases.map(\.rawValue).joined(separator: "|"))") }
        if let f = ExportFormat(pathExtension: URL(fileURLWithPath: output).pathExtension), !output.hasSuffix("/") { return f }
        if output.lowercased().hasSuffix(".csv") {
            throw CLIError("\(output): csv writes two files, nodes.csv and edges.csv; name a folder (-o DIR/ --format csv)")
        }
        throw CLIError("\(output): cannot tell the format from the extension; give --format \(ExportFormat.allCases.map(\.rawValue).joined(separator: "|"))")
    }

    /// A single-file format needs a file (or -), a folder format a folder.
    private func checkOutput(_ format: ExportFormat) throws {
        guard format.writesFolder else {
            if OutputFile.isFolder(output) { throw CLIError("\(output): is a folder; \(format.rawValue) writes one file, name it") }
            return
        }
        if output == "-" { throw CLIError("\(format.rawValue) writes several files; name a folder (-o DIR/)") }
        if FileManager.default.fileExists(atPath: output) && !OutputFile.isFolder(output) {
            throw CLIError("\(output): exists and is not a folder; \(format.rawValue) writes a folder of files")
        }
    }

    private func createFolder(_ path: String) throws {
        guard !OutputFile.isFolder(path) else { return }
        try OutputFile.makeFolder(path, for: path)
    }
}
