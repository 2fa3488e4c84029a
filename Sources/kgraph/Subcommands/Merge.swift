import ArgumentParser
import Foundation
import KGraphModel

struct Merge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Unite graphs into one; the result does not depend on the order or grouping of the inputs.",
        discussion: """
        Inputs are graph JSON files, JSON Lines files of graphs (.jsonl, one compact graph a line, \
        as written by extract --format jsonl) or - for stdin (either). The same node id is one node \
        (label: the canonical name written most often, ties to the smallest; type: the first of \
        country, person, alliance, organization, principle, region), the same edge one edge with \
        all evidence. Articles sharing an id but not a source (d1/x.txt, d2/x.txt) stay apart as \
        ID@SOURCE. The title is "N articles" unless --title is given. Merging merged graphs gives \
        the same bytes as merging their parts at once.

        Examples:
          kgraph merge a.json b.json -o both.json
          kgraph extract corpus.jsonl --format jsonl | kgraph merge - -o all.json
          kgraph merge part1.json part2.json --title "May 2024" -o may.json
        """
    )

    @Argument(help: ArgumentHelp("Graph JSON or JSON Lines files, or - for stdin.", valueName: "graph"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or - for stdout (default).", valueName: "file"))
    var output: String = "-"

    @Option(help: "Title of the merged graph (default: \"N articles\").")
    var title: String?

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("name at least one graph") }
    }

    func run() async throws {
        try OutputFile.refuseOverwriting(inputs: inputs, output: output)
        var merger = GraphMerger()
        for path in inputs { try GraphStream.read(path) { merger.add($0) } }
        try OutputFile.write(merger.result(title: title).jsonString(), to: output)
    }
}
