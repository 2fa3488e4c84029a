import ArgumentParser
import Foundation
import KGraphDiff
import KGraphModel
import KGraphRender

struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how two articles' knowledge graphs differ: nodes and edges added, removed and changed.",
        discussion: """
        A and B are articles or graph JSON files; `-` reads either from stdin (for one of them \
        only: stdin can be read once). Articles are extracted on the fly, with --lexicon files if given. Nodes match \
        by id, or by a label or alias that is the same up to case, punctuation, accents and a \
        leading "the". An edge between the same nodes with another type in B (supports in A, \
        rejects in B) is one change (~), not a removal (-) plus an addition (+).

        Output formats: text (the default: a summary line, then +/-/~ lines with evidence \
        quotes), json, and the diagrams svg, png, pdf and dot (one merged drawing: kept grey, \
        added green, removed red and dashed, changed orange). Without --format the format is \
        taken from the -o extension (.svg .png .pdf .dot .gv .json .txt).

        Exit status, like diff(1): 0 when the graphs do not differ, 1 when they do, 2 on trouble.

        Examples:
          kgraph diff before.json after.json
          kgraph diff old.txt new.txt --ignore-types region,leads --only edges
          kgraph diff a.json b.json --format json -o changes.json
          kgraph diff a.json b.json -o diff.svg
          kgraph diff a.json b.json --side a -o a.svg   # A alone, same positions
        """
    )

    @Argument(help: "The first (old) article or graph JSON.")
    var a: String

    @Argument(help: "The second (new) article or graph JSON.")
    var b: String

    @OptionGroup var common: ComparisonOptions<DiffFormat>

    @Option(help: "Colour text output: auto (on a terminal unless NO_COLOR is set), always (even with NO_COLOR), never.")
    var color: ColorMode = .auto

    @Option(help: "Draw one side alone with the node positions of the merged diagram.")
    var side: DiffSide?

    @OptionGroup var limit: LayoutLimit

    func run() async throws {
        let format = common.resolvedFormat, output = common.output
        if side != nil && format.diagram == nil { throw CLIError("--side draws a diagram: use --format svg, png, pdf or dot") }
        let loaded = try await common.load([a, b])
        let names = InputNames.display([a, b])
        let diff = GraphDiff(loaded[0].graph, loaded[1].graph, options: common.filters.diffOptions())

        if let diagram = format.diagram {
            let drawn = try drawable(diff, names: names)
            let bytes = try drawn.render(format: diagram, side: side, nameA: names[0], nameB: names[1])
            try OutputFile.write(Data(bytes), to: output)
        } else if format == .json {
            try OutputFile.write(diff.jsonValue(nameA: names[0], nameB: names[1]).serialized(), to: output)
        } else {
            let useColor = color == .always || (color == .auto && output == "-" && DiffCLI.stdoutWantsColor())
            try OutputFile.write(diff.text(color: useColor), to: output)
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    /// The diff to draw: all of it within --max-nodes; past it, only what changed and its
    /// neighbours (with a warning), as long as that part is within the limit; else a refusal.
    private func drawable(_ diff: GraphDiff, names: [String]) throws -> GraphDiff {
        let all = diff.diagram(nameA: names[0], nameB: names[1]).nodes.count
        guard all > limit.maxNodes else { return diff }
        let focused = diff.changesAndNeighbours()
        let part = focused.diagram(nameA: names[0], nameB: names[1]).nodes.count
        guard part <= limit.maxNodes else {
            throw CLIError("the diff of \(a) and \(b) has \(all) nodes, \(part) of them changed or next to a change, more than --max-nodes \(limit.maxNodes): its layout would take minutes and gigabytes; raise --max-nodes to draw it anyway, or write text or JSON")
        }
        KGraphCommand.warn("the diff of \(a) and \(b) has \(all) nodes, more than --max-nodes \(limit.maxNodes): drawing only the \(part) that changed or are next to a change; raise --max-nodes to draw it all")
        return focused
    }
}
