import ArgumentParser
import Foundation
import KGraphExtract
import KGraphIngest
import KGraphModel

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a knowledge graph (entities and relations) from articles.",
        discussion: """
        Inputs are text, HTML or Markdown files, folders of them, JSON Lines corpora (.jsonl, one \
        article per line) or - for stdin. Each article gives one graph; --merge unites them. \
        With --format jsonl or --merge, JSON Lines (stdin too) is read a record at a time as it \
        arrives.

        Examples:
          kgraph extract article.txt -o article.json
          kgraph extract a.txt b.html -o graphs/          (one <id>.json per article)
          kgraph extract corpus.jsonl --merge -o all.json
          kgraph extract corpus.jsonl --format jsonl -o graphs.jsonl   (one graph a line, streamed)
          tail -f feed.jsonl | kgraph extract - --format jsonl       (each graph as its line arrives)
          kgraph extract article.txt --lexicon extra.yaml --min-confidence 0.6
          cat article.txt | kgraph extract - -o -

        A lexicon file (JSON, or YAML with the same structure) adds entities, aliases,
        suppressed surface forms and relation verbs:
          entities:
            - label: Kohelet Policy Forum
              type: organization
              aliases: [Kohelet]
          suppress: [Forum statistics]
        Any YAML works (anchors, merge keys, block scalars). Unknown sections and keys are \
        errors naming the file, line and key, in JSON lexicons too.
        """
    )

    @Argument(help: "Article files, folders, .jsonl corpora, or - for stdin.")
    var articles: [String]

    @Option(name: .shortAndLong, help: "Output: a file, a folder ending in / (one <id>.json per article), or - for stdout (default).")
    var output: String?

    @Flag(help: "Merge all articles into one graph.")
    var merge = false

    @Option(name: .customLong("lexicon"), help: "Extra lexicon file (JSON or YAML); repeatable.")
    var lexicons: [String] = []

    @Option(help: ArgumentHelp("Drop evidence (and edges) below this confidence.", valueName: "0-1"))
    var minConfidence = Confidence(0)

    @Option(help: "Title of the graph.")
    var title: String?

    @Option(help: ArgumentHelp("json (one graph), or jsonl: one compact graph a line, written as each article is done (default: jsonl for an output ending in .jsonl).", valueName: "format"))
    var format: ExtractFormat?

    @Flag(help: "No progress and no summary on stderr (warnings stay).")
    var quiet = false

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("name at least one article") }
    }

    func run() async throws {
        let out = output ?? "-"
        let toFolder = out != "-" && (out.hasSuffix("/") || OutputFile.isFolder(out))
        let format = self.format ?? (out.lowercased().hasSuffix(".jsonl") ? .jsonl : .json)
        if merge && toFolder { throw CLIError("\(out): --merge writes one graph; name an output file, not a folder") }
        if format == .jsonl && (merge || toFolder) {
            throw CLIError("--format jsonl writes one graph a line to a file or stdout; it does not go with \(merge ? "--merge" : "an output folder")")
        }
        let extractor = Extractor(lexicon: try ArticleExtraction.lexicon(lexicons))
        let preparation = GraphPreparation(minConfidence: minConfidence.value, title: title)
        if format == .jsonl || merge {
            // Graph lines and merges need no article twice: inputs are read as they arrive
            // (JSON Lines a record at a time, stdin too), so memory does not grow with the text.
            try OutputFile.refuseOverwriting(inputs: articles + lexicons, output: out)
            let source = ArticleSource(articles)
            let progress = Progress(command: "extract", total: nil, totalBytes: source.totalBytes, quiet: quiet)
            if format == .jsonl {
                let sink = try JSONLinesSink(out)
                let tally = try await extractor.extractGraphs(streaming: { try source.next() }, preparation: preparation,
                                                              write: { sink.write(Data(($0.jsonValue().serializedLine() + "\n").utf8)) },
                                                              done: { progress.advance(to: source.bytesRead) })
                try sink.commit()
                progress.finish(ExtractionTally.summary(extracted: tally.extracted, skipped: source.skipped,
                                                        "\(ExtractionTally.count(tally.extracted, "graph")), \(tally.nodes) nodes and \(tally.edges) edges in all"))
            } else {
                let (graph, extracted) = try await extractor.mergedGraph(streaming: { try source.next() }, preparation: preparation,
                                                                         done: { progress.advance(to: source.bytesRead) })
                try OutputFile.write(graph.jsonString(), to: out)
                progress.finish(ExtractionTally.summary(extracted: extracted, skipped: source.skipped, "\(graph.nodes.count) nodes, \(graph.edges.count) edges"))
            }
            return
        }

        var skipped: [SkippedArticle] = []
        let items = try ArticleExtraction.readArticles(articles, skipped: &skipped)
        if items.count > 1 && !toFolder {
            throw CLIError("\(items.count) articles given: add --merge for one graph, -o DIR/ for one graph per article, or --format jsonl for one graph a line")
        }
        let progress = Progress(command: "extract", total: items.count, totalBytes: items.reduce(0) { $0 + $1.text.utf8.count }, quiet: quiet)
        if toFolder {
            let paths = try OutputFile.articlePaths(for: items.map(\.id), in: out, inputs: articles + lexicons)
            let tally = try await extractor.extractGraphs(items, preparation: preparation,
                                                          write: { i, g in try OutputFile.write(g.jsonString(), to: paths[i]) },
                                                          done: { i in progress.advance(bytes: items[i].text.utf8.count) })
            progress.finish(ExtractionTally.summary(extracted: items.count, skipped: skipped,
                                                    "\(ExtractionTally.count(items.count, "graph")) written to \(out), \(tally.nodes) nodes and \(tally.edges) edges in all"))
        } else {
            try OutputFile.refuseOverwriting(inputs: articles + lexicons, output: out)
            let graph = preparation.apply(extractor.extract(items[0]))
            try OutputFile.write(graph.jsonString(), to: out)
            progress.finish(ExtractionTally.summary(extracted: 1, skipped: skipped, "\(graph.nodes.count) nodes, \(graph.edges.count) edges"))
        }
    }
}
