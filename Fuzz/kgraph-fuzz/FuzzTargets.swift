import Foundation
import KGraphDiff
import KGraphExtract
import KGraphIngest
import KGraphModel
import KGraphRender

/// One fuzz target per parser, each taking arbitrary bytes. Any error thrown is an expected
/// outcome (bad input gives an error); a crash, a sanitizer report or a hang is a bug.
enum FuzzTargets {
    static let names = ["html", "text", "jsonl", "graph-json", "lexicon", "render", "diff"]

    static func run(_ target: String, _ bytes: [UInt8]) {
        switch target {
        case "html": _ = try? ArticleReader.read(bytes: bytes, id: "fuzz", format: .html)
        case "text": _ = try? ArticleReader.read(bytes: bytes, id: "fuzz", format: nil)
        case "jsonl": _ = try? ArticleReader.jsonLines(bytes, path: "fuzz.jsonl")
        case "graph-json": _ = try? KnowledgeGraph(jsonBytes: bytes, file: "fuzz.json")
        case "lexicon": lexicon(bytes)
        case "render": render(bytes)
        case "diff": diff(bytes)
        default: fatalError("unknown fuzz target \(target); use one of \(names.joined(separator: ", "))")
        }
    }

    /// A lexicon file: YAML when the first byte is odd, JSON otherwise. The entries are parsed,
    /// checked and compiled into a gazetteer on their own (`Lexicon.empty`, whose relation verbs
    /// are loaded once per process): adding them to the bundled lexicon would recompile its
    /// thousands of entries per input and only repeat a dictionary merge the tests cover.
    static func lexicon(_ bytes: [UInt8]) {
        let yaml = (bytes.first ?? 0) % 2 == 1
        guard let lexicon = try? Lexicon.empty.adding(bytes: Array(bytes.dropFirst()), yaml: yaml, file: "fuzz") else { return }
        // The compiled matcher then reads a sentence made of the entries' own surface forms.
        let names = lexicon.entities.values.sorted { $0.id < $1.id }.prefix(4).flatMap { [$0.label] + $0.aliases.prefix(1) }
        guard !names.isEmpty else { return }
        let text = "Talks\n\n" + names.joined(separator: " met ") + " in Geneva."
        _ = Extractor(lexicon: lexicon).extract(Article(id: "fuzz", text: text))
    }

    /// Decoded graphs are drawn (SVG, embeddable SVG, DOT); graphs too big to lay out quickly
    /// are left to the `--max-nodes` limit.
    static func render(_ bytes: [UInt8]) {
        guard let graph = try? KnowledgeGraph(jsonBytes: bytes, file: "fuzz.json"), graph.nodes.count <= 60 else { return }
        let diagram = Diagram(graph: graph)
        let engine = LayoutEngine.allCases[Int(bytes.count % LayoutEngine.allCases.count)]
        if let drawing = try? Renderer.shared.drawing(diagram, engine: engine), let embedding = try? SVGEmbedding(idPrefix: "f-") {
            _ = drawing.embedded(embedding)
        }
        _ = try? Renderer.shared.render(diagram, format: .dot, engine: engine)
    }

    /// Two graphs split at the first NUL byte, diffed as text, JSON and SVG.
    static func diff(_ bytes: [UInt8]) {
        let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
        guard let a = try? KnowledgeGraph(jsonBytes: bytes[..<cut], file: "a.json"),
              let b = try? KnowledgeGraph(jsonBytes: bytes[min(cut + 1, bytes.count)...], file: "b.json"),
              a.nodes.count + b.nodes.count <= 80 else { return }
        let d = GraphDiff(a, b)
        _ = d.text(color: false)
        _ = d.jsonValue(nameA: "a", nameB: "b").serialized()
        _ = try? d.render(format: .svg)
    }
}
