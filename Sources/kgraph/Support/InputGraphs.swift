import Foundation
import KGraphIngest
import KGraphModel

/// Loads command inputs as graphs: graph JSON files are decoded; anything else is read as
/// articles and extracted on the fly (see ``ArticleExtraction``).
enum InputGraphs {
    struct Loaded {
        /// The input as the user named it.
        var path: String
        var graph: KnowledgeGraph
    }

    /// The inputs as one graph. One graph is used as it is: it needs no merge, and a merge would
    /// settle its names anew (gold graphs without mentions would lose their chosen labels).
    static func whole(_ loaded: [Loaded]) -> KnowledgeGraph {
        loaded.count == 1 ? loaded[0].graph : KnowledgeGraph.merged(loaded.map(\.graph))
    }

    /// One graph per input path, in the order given.
    static func load(_ paths: [String], options: ExtractionOptions = .init()) async throws -> [Loaded] {
        if paths.filter({ $0 == "-" }).count > 1 {
            throw CLIError("stdin can only be read once: give - for one input at most")
        }
        var out: [Loaded] = []
        for path in paths {
            if path == "-" {
                out.append(Loaded(path: path, graph: try await standardInput(options: options)))
            } else if isGraphJSON(path) {
                out.append(Loaded(path: path, graph: try readGraph(path)))
            } else {
                out.append(Loaded(path: path, graph: try await ArticleExtraction.mergedGraph(of: [path], options: options)))
            }
        }
        return out
    }

    /// Standard input holds either graph JSON or article text (any format ingestion sniffs,
    /// JSON Lines included); it can be read only once, so decide from its bytes.
    static func standardInput(options: ExtractionOptions) async throws -> KnowledgeGraph {
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        if let json = try? JSONValue.parse(bytes), json["nodes"] != nil {
            return try KnowledgeGraph(json: json, file: "-")
        }
        let articles: [Article]
        var skipped: [SkippedArticle] = []
        articles = try ArticleReader.read(bytes: bytes, id: "stdin", format: nil, source: "-", skipped: &skipped)
        ArticleExtraction.warn(skipped)
        guard !articles.isEmpty else { throw IngestError.empty(path: "-") }
        return try await ArticleExtraction.mergedGraph(of: articles, options: options)
    }

    /// A `.json` file whose top level is an object (JSON Lines corpora end in `.jsonl`).
    static func isGraphJSON(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".json")
    }

    static func readGraph(_ path: String) throws -> KnowledgeGraph {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw CLIError("\(path): no such file") }
            guard !isDir.boolValue else { throw CLIError("\(path): is a folder; name a graph JSON file") }
            guard let d = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot read the file") }
            data = d
        }
        return try KnowledgeGraph(jsonBytes: data, file: path)
    }
}
