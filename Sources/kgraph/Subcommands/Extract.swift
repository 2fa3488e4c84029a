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
        let toFolder = out != "-" && (out.hasSuffix("/") || isDirectory(out))
        let format = self.format ?? (out.lowercased().hasSuffix(".jsonl") ? .jsonl : .json)
        if merge && toFolder { throw CLIError("\(out): --merge writes one graph; name an output file, not a folder") }
        if format == .jsonl && (merge || toFolder) {
            throw CLIError("--format jsonl writes one graph a line to a file or stdout; it does not go with \(merge ? "--merge" : "an output folder")")
        }
        let lexicon = try ArticleExtraction.lexicon(lexicons)
        let extractor = Extractor(lexicon: lexicon)
        let minConfidence = minConfidence.value, title = title
        func prepared(_ g: KnowledgeGraph) -> KnowledgeGraph {
            var g = g.filtered(minConfidence: minConfidence)
            if let title { g.title = title }
            return g
        }
        var nodes = 0, edges = 0
        func count(_ g: KnowledgeGraph) { nodes += g.nodes.count; edges += g.edges.count }

        if format == .jsonl || merge {
            // Graph lines and merges need no article twice: inputs are read as they arrive
            // (JSON Lines a record at a time, stdin too), so memory does not grow with the text.
            try OutputFile.refuseOverwriting(inputs: articles + lexicons, output: out)
            let source = ArticleSource(articles)
            let progress = Progress(command: "extract", total: nil, totalBytes: source.totalBytes, quiet: quiet)
            if format == .jsonl {
                try await writeLines(extractor, source, progress, out, prepared)
            } else {
                try await writeMerged(extractor, source, progress, out, prepared)
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
            let paths = try folderPaths(items, out)
            var failure: Error?
            await extractor.extract(items) { i, g in
                progress.advance(bytes: items[i].text.utf8.count)
                guard failure == nil else { return }
                let g = prepared(g)
                count(g)
                do { try OutputFile.write(g.jsonString(), to: paths[i]) } catch { failure = error }
            }
            if let failure { throw failure }
            progress.finish(summary(items.count, skipped, "\(Progress.count(items.count, "graph")) written to \(out), \(nodes) nodes and \(edges) edges in all"))
        } else {
            try OutputFile.refuseOverwriting(inputs: articles + lexicons, output: out)
            let graph = prepared(extractor.extract(items[0]))
            try OutputFile.write(graph.jsonString(), to: out)
            progress.finish(summary(1, skipped, "\(graph.nodes.count) nodes, \(graph.edges.count) edges"))
        }
    }

    /// One graph a line, each written as soon as it and those before it are done.
    private func writeLines(_ extractor: Extractor, _ source: ArticleSource, _ progress: Progress, _ out: String,
                            _ prepared: (KnowledgeGraph) -> KnowledgeGraph) async throws {
        var extracted = 0, nodes = 0, edges = 0
        let sink = try JSONLinesSink(out)
        try await extractor.extract(streaming: { try source.next() }) { _, _, g in
            let g = prepared(g)
            nodes += g.nodes.count
            edges += g.edges.count
            sink.write(Data((g.jsonValue().serializedLine() + "\n").utf8))
            extracted += 1
            progress.advance(to: source.bytesRead)
        }
        try sink.commit()
        progress.finish(summary(extracted, source.skipped, "\(Progress.count(extracted, "graph")), \(nodes) nodes and \(edges) edges in all"))
    }

    /// One merge, the same as `kgraph merge`'s, as the graphs arrive; one article's graph is
    /// written as it is.
    private func writeMerged(_ extractor: Extractor, _ source: ArticleSource, _ progress: Progress, _ out: String,
                             _ prepared: (KnowledgeGraph) -> KnowledgeGraph) async throws {
        var extracted = 0
        var merger = GraphMerger()
        var first: KnowledgeGraph?
        try await extractor.extract(streaming: { try source.next() }) { _, _, g in
            let g = prepared(g)
            if extracted == 0 { first = g } else {
                if let f = first { merger.add(f); first = nil }
                merger.add(g)
            }
            extracted += 1
            progress.advance(to: source.bytesRead)
        }
        let graph = extracted == 1 ? first! : merger.result(title: title)
        try OutputFile.write(graph.jsonString(), to: out)
        progress.finish(summary(extracted, source.skipped, "\(graph.nodes.count) nodes, \(graph.edges.count) edges"))
    }

    /// "1777 articles: 1771 extracted, 6 skipped (6 with no article text left); REST".
    private func summary(_ extracted: Int, _ skipped: [SkippedArticle], _ rest: String) -> String {
        var s = "\(Progress.count(extracted + skipped.count, "article")): \(extracted) extracted"
        if !skipped.isEmpty {
            var reasons: [String: Int] = [:]
            for k in skipped { reasons[k.reason, default: 0] += 1 }
            s += ", \(skipped.count) skipped (" + reasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.value): \($0.key)" }.joined(separator: "; ") + ")"
        }
        return s + "; " + rest
    }

    /// The output file of each article in a folder: every name is settled and checked before
    /// the first file is written, so a bad one cannot stop the run half-way.
    private func folderPaths(_ items: [Article], _ out: String) throws -> [String] {
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: out, isDirectory: &isDir) {
            try OutputFile.makeFolder(out, for: out)
        } else if !isDir.boolValue {
            throw CLIError("\(out): exists and is not a folder")
        }
        var paths: [String] = []
        for name in ArticleFileNames.names(for: items.map(\.id)) {
            let path = (out as NSString).appendingPathComponent(name + ".json")
            try OutputFile.refuseOverwriting(inputs: articles + lexicons, output: path)
            if isDirectory(path) { throw CLIError("\(path): is a folder; nothing was written") }
            paths.append(path)
        }
        return paths
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
