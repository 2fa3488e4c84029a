import Foundation
import KGraphModel
@testable import KGraphReport
import KGraphRender
import KGraphTestSupport

/// Test graphs (sentences written for the tests), their drawings and report documents.
enum Fixtures {
    static func evidence(_ article: String, _ index: Int, _ sentence: String, trigger: String? = nil,
                         modality: Modality = .asserted, confidence: Double = 0.8) -> Evidence {
        Evidence(article: article, sentenceIndex: index, sentence: sentence, trigger: trigger, modality: modality, confidence: confidence)
    }

    /// "Article one": a country rejecting an alliance, a minister serving it.
    static var first: KnowledgeGraph {
        KnowledgeGraph(
            articles: [ArticleInfo(id: "one", title: "Valdoria keeps its distance", source: "https://news.example.org/valdoria?id=1&lang=en")],
            nodes: [
                Node(label: "Valdoria", type: .country, aliases: ["Valdorian", "the Valdorian government"],
                     mentions: [Mention(article: "one", sentence: 0, span: TextSpan(start: 0, end: 8), text: "Valdoria"),
                                Mention(article: "one", sentence: 1, span: TextSpan(start: 40, end: 48), text: "Valdoria")]),
                Node(label: "Northern Pact", type: .alliance),
                Node(label: "Ilse Marten", type: .person),
            ],
            edges: [
                Edge(source: "valdoria", target: "northern-pact", type: .rejects, evidence: [
                    evidence("one", 0, "Valdoria said it has no plan to join the Northern Pact.", trigger: "no plan to join", confidence: 0.9),
                ]),
                Edge(source: "ilse-marten", target: "valdoria", type: .serves, evidence: [
                    evidence("one", 1, "Foreign Minister Ilse Marten of Valdoria spoke on Monday.", modality: .reported, confidence: 0.7),
                ]),
            ])
    }

    /// "Article two": the same country now partnering with a neighbour.
    static var second: KnowledgeGraph {
        KnowledgeGraph(
            articles: [ArticleInfo(id: "two", title: "Valdoria and Ostland sign a pact", source: "articles/two.txt", date: "2026-11-02")],
            nodes: [
                Node(label: "Valdoria", type: .country),
                Node(label: "Ostland", type: .country),
                Node(label: "Northern Pact", type: .alliance),
            ],
            edges: [
                Edge(source: "valdoria", target: "ostland", type: .partnersWith, evidence: [
                    evidence("two", 0, "Valdoria and Ostland agreed to hold joint exercises.", trigger: "joint exercises"),
                ]),
                Edge(source: "valdoria", target: "northern-pact", type: .rejects, evidence: [
                    evidence("two", 2, "Valdoria again declined to join the Northern Pact.", trigger: "declined", confidence: 0.6),
                ]),
            ])
    }

    static let payloadScript = "<script>window.__kgPwned=1</script>"
    static let payloadImg = "\"><img src=x onerror=\"window.__kgPwned=1\">"

    /// Every text field carries a payload that would run if it reached the page unescaped.
    static var hostile: KnowledgeGraph {
        KnowledgeGraph(
            articles: [ArticleInfo(id: "evil", title: "</title>\(payloadScript)", source: "javascript:window.__kgPwned=1")],
            nodes: [
                Node(id: "evil-a", label: payloadScript, type: .country, aliases: [payloadImg, "<svg onload=window.__kgPwned=1>"]),
                Node(id: "evil-b\"><b id=\"x", label: payloadImg, type: .organization),
            ],
            edges: [
                Edge(source: "evil-a", target: "evil-b\"><b id=\"x", type: .supports, evidence: [
                    evidence("evil", 0, "It said \(payloadImg) and \(payloadScript) | *bold* [link](javascript:x) `code`",
                             trigger: "<img"),
                ]),
            ])
    }

    /// The graph drawn as reports draw it (``ReportDiagrams``), by kgraph's SVG writer.
    static func drawing(_ g: KnowledgeGraph, name: String = "kgraph") throws -> SVGDrawing {
        try Renderer.shared.drawing(ReportDiagrams.diagram(g, name: name))
    }

    static func article(_ g: KnowledgeGraph, file: String) throws -> ReportArticle {
        ReportArticle(graph: g, svg: try drawing(g), fallbackTitle: file, fallbackSource: file)
    }

    /// Two articles, merged graph, one diff: the shape `kgraph report a b --diff` produces.
    static var twoArticleDocument: ReportDocument { get throws {
        let merged = KnowledgeGraph.merged([first, second])
        return ReportDocument(
            title: "Valdoria & its neighbours",
            articles: [try article(first, file: "one.json"), try article(second, file: "two.json")],
            merged: ReportGraph(graph: merged, svg: try drawing(merged)),
            diffs: [ReportDiff(fromTitle: "Valdoria keeps its distance", toTitle: "Valdoria and Ostland sign a pact",
                               svg: try drawing(second), changes: [
                                   .init(kind: .added, text: "Valdoria partners with Ostland"),
                                   .init(kind: .removed, text: "Ilse Marten serves Valdoria"),
                               ])])
    } }

    static var hostileDocument: ReportDocument { get throws {
        let merged = KnowledgeGraph.merged([hostile, first])
        return ReportDocument(
            title: "Report \(payloadScript)",
            articles: [try article(hostile, file: "evil.json"), try article(first, file: "one.json")],
            merged: ReportGraph(graph: merged, svg: try drawing(merged)),
            diffs: [ReportDiff(fromTitle: payloadImg, toTitle: payloadScript, svg: try drawing(hostile),
                               changes: [.init(kind: .added, text: payloadScript)])])
    } }

    /// The package root, from this file's path.
    static var packageRoot: URL { SharedCorpus.packageRoot }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
