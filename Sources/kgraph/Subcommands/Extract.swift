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
        article per line) or - for stdin. Each article gives one graph; --merge unites them.

        Examples:
          kgraph extract article.txt -o article.json
          kgraph extract a.txt b.html -o graphs/          (one <id>.json per article)
          kgraph extract corpus.jsonl --merge -o all.json
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

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("name at least one article") }
    }

    func run() async throws {
        let out = output ?? "-"
        let toFolder = out != "-" && (out.hasSuffix("/") || isDirectory(out))
        if merge && toFolder { throw CLIError("\(out): --merge writes one graph; name an output file, not a folder") }
        let lexicon = try ArticleExtraction.lexicon(lexicons)
        let items = try ArticleExtraction.readArticles(articles)
        if items.count > 1 && !merge && !toFolder {
            throw CLIError("\(items.count) articles given: add --merge for one graph, or -o DIR/ for one graph per article")
        }
        let graphs = await Extractor(lexicon: lexicon).extract(items).map { g -> KnowledgeGraph in
            var g = g.filtered(minConfidence: minConfidence.value)
            if let title { g.title = title }
            return g
        }
        if toFolder {
            var isDir: ObjCBool = false
            if !FileManager.default.fileExists(atPath: out, isDirectory: &isDir) {
                do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
                catch { throw CLIError("\(out): cannot create the folder: \(error.localizedDescription)") }
            } else if !isDir.boolValue {
                throw CLIError("\(out): exists and is not a folder")
            }
            // Every name is settled and checked before the first file is written, so a bad one
            // cannot stop the run half-way.
            var used: Set<String> = []
            var writes: [(String, KnowledgeGraph)] = []
            for (a, g) in zip(items, graphs) {
                var name = Self.fileName(a.id), n = 2
                while used.contains(name) { name = Self.fileName(a.id) + "-\(n)"; n += 1 }
                used.insert(name)
                let path = (out as NSString).appendingPathComponent(name + ".json")
                try OutputFile.refuseOverwriting(inputs: articles + lexicons, output: path)
                if isDirectory(path) { throw CLIError("\(path): is a folder; nothing was written") }
                writes.append((path, g))
            }
            for (path, g) in writes { try OutputFile.write(g.jsonString(), to: path) }
        } else {
            try OutputFile.refuseOverwriting(inputs: articles + lexicons, output: out)
            let graph = graphs.count == 1 ? graphs[0] : KnowledgeGraph.merged(graphs, title: title)
            try OutputFile.write(graph.jsonString(), to: out)
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// A safe file name for an article id (ids from JSON Lines may hold slashes). Names
    /// longer than ``maxFileNameBytes`` are cut and given a hash of the whole id, so they fit
    /// the file-name limit (255 bytes, with ".json" and a "-2" for repeats) and stay distinct.
    static func fileName(_ id: String) -> String {
        var cleaned = String.UnicodeScalarView(id.unicodeScalars.map { s in
            s == "/" || s == "\\" || s == ":" || s.properties.generalCategory == .control ? "_" : s
        })
        if cleaned.isEmpty || cleaned.first == "." { cleaned.insert(contentsOf: "article".unicodeScalars, at: cleaned.startIndex) }
        let name = String(cleaned)
        guard name.utf8.count > maxFileNameBytes else { return name }
        // FNV-1a over the id's UTF-8: the same id always gets the same name.
        var hash: UInt64 = 0xcbf29ce484222325
        for b in id.utf8 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        let suffix = "-" + String(hash, radix: 16)
        var cut = String.UnicodeScalarView()
        var bytes = 0
        for s in cleaned {
            let n = String(s).utf8.count
            guard bytes + n + suffix.utf8.count <= maxFileNameBytes else { break }
            cut.append(s)
            bytes += n
        }
        return String(cut) + suffix
    }

    /// The longest file name (without ".json") made from an article id, in UTF-8 bytes.
    static let maxFileNameBytes = 200
}
