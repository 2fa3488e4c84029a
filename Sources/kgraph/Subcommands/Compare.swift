import ArgumentParser
import Foundation
import KGraphDiff
import KGraphModel
import KGraphRender

struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a series of articles: which one has which node and edge.",
        discussion: """
        Inputs are two or more articles or graph JSON files (articles are extracted on the fly, \
        with --lexicon files if given; - reads one of them from stdin), compared in the order given (nodes match as \
        in `kgraph diff`). The presence matrix is written as an aligned table (text, the \
        default), csv or json; svg, png, pdf and dot draw the union with every edge labelled \
        by how many inputs have it ("rejects 2/3") and drawn heavier the more agree. Without \
        --format the format is taken from the -o extension.

        Exit status: 0 on success, 2 on trouble.

        Examples:
          kgraph compare day1.txt day2.txt day3.txt
          kgraph compare a.json b.json c.json --format csv -o matrix.csv
          kgraph compare a.json b.json c.json --only edges --ignore-types region
          kgraph compare a.json b.json c.json -o agreement.svg
        """
    )

    @Argument(help: ArgumentHelp("The first article or graph JSON file.", valueName: "a"))
    var first: String

    @Argument(help: ArgumentHelp("The second one.", valueName: "b"))
    var second: String

    @Argument(help: ArgumentHelp("More articles or graph JSON files, in series order.", valueName: "more"))
    var more: [String] = []

    /// Every input, in series order.
    var inputs: [String] { [first, second] + more }

    @OptionGroup var common: ComparisonOptions<CompareFormat>

    @OptionGroup var limit: LayoutLimit

    func run() async throws {
        let format = common.resolvedFormat, output = common.output
        let loaded = try await common.load(inputs)
        let names = InputNames.display(inputs)
        let comparison = Comparison(Array(zip(names, loaded.map(\.graph))).map { (name: $0.0, graph: $0.1) }, options: common.filters.diffOptions())

        switch format {
        case .text: try OutputFile.write(comparison.text(), to: output)
        case .csv: try OutputFile.write(comparison.csv(), to: output)
        case .json: try OutputFile.write(comparison.jsonValue().serialized(), to: output)
        case .svg, .png, .pdf, .dot:
            let diagram = comparison.diagram()
            try limit.check(nodes: diagram.nodes.count, "the comparison")
            let bytes = try Renderer.shared.render(diagram, format: format.diagram!, engine: .recommended(for: diagram))
            try OutputFile.write(Data(bytes), to: output)
        }
    }
}
