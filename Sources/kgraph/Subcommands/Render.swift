import ArgumentParser
import Foundation
import KGraphModel
import KGraphRender

struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw one or more graphs as SVG, PNG, PDF or DOT (or write the merged graph JSON).",
        discussion: """
        Inputs are graph JSON files or articles (extracted on the fly, with --lexicon files if given); several inputs are merged into one graph first. The output is stdout unless -o names a file; the format comes from the output's extension (.svg, .png, .pdf, .dot or .gv, .json) unless --format is given, and is svg on stdout. SVG and DOT are byte-for-byte the same on every machine; PNG and PDF use the installed fonts. The engine is dot for up to \(LayoutEngine.dotNodeLimit) nodes with edges (and \(LayoutEngine.dotEdgeLimit) edges), then sfdp; nodes without edges are set below the drawing. Big merged graphs (over \(ViewOptions.isolatedLimit) nodes) hide nodes without edges unless --show-isolated; the view options pick what to draw.

        Examples:
          kgraph render article.json -o article.svg
          kgraph render a.json b.json -o both.png --title "Two articles"
          kgraph render article.json -o - --format dot | dot -Tpdf -o article.pdf
          kgraph render article.json -o part.svg --embed --id-prefix art1-
          kgraph render big.json -o big.svg --engine sfdp
          kgraph render all.json -o russia.svg --focus russia --depth 2
          kgraph render all.json -o top.svg --top 50 --edge-types rejects,counters
          kgraph render all.json -o may.svg --since 2024-05-01 --until 2024-05-31 --min-articles 2
        """
    )

    @Argument(help: ArgumentHelp("Graph JSON files or articles (- reads either from stdin).", valueName: "input"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or - for stdout (the default).", valueName: "file"))
    var output: String = "-"

    @Option(help: ArgumentHelp("Format (default: from the output extension, else svg).", valueName: "format"))
    var format: RenderFormat?

    @Option(help: ArgumentHelp("Layout engine (default: dot, sfdp for big graphs).", valueName: "engine"))
    var engine: LayoutEngine?

    @Option(help: ArgumentHelp("Caption drawn above the diagram (default: the graph's title).", valueName: "text"))
    var title: String?

    @Flag(help: "SVG for inlining in HTML: no XML prolog or comments, scales to its container.")
    var embed = false

    @Option(name: .customLong("id-prefix"), help: ArgumentHelp("With --embed: prefix for every SVG id, e.g. art1-.", valueName: "prefix"))
    var idPrefix: String?

    @OptionGroup var lexicon: LexiconOption
    @OptionGroup(title: "View") var view: ViewOptions

    @OptionGroup var limit: LayoutLimit

    func run() async throws {
        let format = try resolvedFormat()
        if embed && format != .svg { throw CLIError("--embed needs svg output, not \(format.rawValue)") }
        if idPrefix != nil && !embed { throw CLIError("--id-prefix works with --embed; add --embed") }
        if let idPrefix, !SVGEmbedding.isValidIDPrefix(idPrefix) {
            throw CLIError("--id-prefix \"\(idPrefix)\": use letters, digits, '-', '_' or '.', starting with a letter or '_'")
        }
        try OutputFile.refuseOverwriting(inputs: inputs + lexicon.paths, output: output)

        let whole = InputGraphs.whole(try await InputGraphs.load(inputs, options: ExtractionOptions(lexiconPaths: lexicon.paths)))
        let view = self.view.view(for: whole, command: "render")
        let graph = try ViewOptions.apply(view, to: whole)
        let data: Data
        if format == .json {
            data = Data(graph.jsonString().utf8)
        } else {
            // In SVG only nodes with edges are laid out by Graphviz (the rest are shelved).
            if format == .svg {
                try limit.check(nodes: graph.linkedNodeIDs.count, "the connected part of the graph of \(inputs.joined(separator: ", "))")
            } else {
                try limit.check(nodes: graph.nodes.count, "the graph of \(inputs.joined(separator: ", "))")
            }
            var diagram = Diagram(graph: graph, title: title ?? whole.title)
            if let caption = view.caption(labels: whole.labels) { diagram.title = (diagram.title ?? "") + " — " + caption }
            let engine = engine ?? LayoutEngine.recommended(for: graph)
            // DOT names the engine it was laid out with, so `dot -Tsvg` on it draws the same.
            if engine != .dot { diagram.graphAttributes["layout"] = engine.rawValue }
            data = try CLIError.drawing("cannot render \(inputs.joined(separator: ", "))") {
                if embed {
                    let embedding = try SVGEmbedding(idPrefix: idPrefix ?? "", sizing: .fullWidth)
                    return Data(try Renderer.shared.drawing(diagram, engine: engine).embedded(embedding).utf8)
                }
                return Data(try Renderer.shared.render(diagram, format: format.diagram ?? .svg, engine: engine))
            }
        }
        try OutputFile.write(data, to: output)
    }

    private func resolvedFormat() throws -> RenderFormat {
        if let format { return format }
        if output == "-" { return .svg }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if ext == "gv" { return .dot }
        guard let f = RenderFormat(rawValue: ext) else {
            throw CLIError("\(output): cannot tell the format from the extension; give --format svg|png|pdf|dot|json")
        }
        return f
    }
}
