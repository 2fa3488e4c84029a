import Foundation
import KGraphModel
import Testing
@testable import KGraphReport
import KGraphRender

@Suite struct ReportBuilderTests {
    /// Records what was drawn: an empty drawing whose graph name says it.
    let builder = ReportBuilder(
        draw: { graph, name in
            try Renderer.shared.drawing(Diagram(name: "\(name): \(graph.nodes.count)", nodes: [], edges: []))
        },
        drawDiff: { diff, a, b in
            try Renderer.shared.drawing(Diagram(name: "\(a) to \(b): \(diff.summary)", nodes: [], edges: []))
        })

    /// The `<title>` of a drawing's root group.
    static func title(_ drawing: SVGDrawing?) -> String? {
        guard let drawing else { return nil }
        let text = String(decoding: drawing.document, as: UTF8.self)
        guard let open = text.range(of: "<title>"), let close = text.range(of: "</title>") else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    @Test func oneSectionPerInputAndAMergedGraph() throws {
        let doc = try builder.document(title: nil, inputs: [.init(name: "one.json", graph: Fixtures.first), .init(name: "two.json", graph: Fixtures.second)])
        #expect(doc.title == "Knowledge graphs of 2 articles")
        #expect(doc.articles.map(\.title) == ["Valdoria keeps its distance", "Valdoria and Ostland sign a pact"])
        #expect(doc.articles.map(\.sources) == [["https://news.example.org/valdoria?id=1&lang=en"], ["articles/two.txt"]])
        #expect(doc.articles[1].date == "2026-11-02")
        #expect(Self.title(doc.articles[0].content.svg) == "article1: 3")
        #expect(Self.title(doc.articles[1].content.svg) == "article2: 3")
        let merged = try #require(doc.merged)
        #expect(merged.graph.nodes.map(\.id) == ["ilse-marten", "northern-pact", "ostland", "valdoria"])
        #expect(Self.title(merged.svg) == "merged: 4")
    }

    @Test func singleInputTakesItsTitleAndHasNoMergedGraph() throws {
        let doc = try builder.document(title: nil, inputs: [.init(name: "one.json", graph: Fixtures.first)])
        #expect(doc.title == "Valdoria keeps its distance")
        #expect(doc.merged == nil)
        let titled = try builder.document(title: "Weekly", inputs: [.init(name: "one.json", graph: Fixtures.first)])
        #expect(titled.title == "Weekly")
    }

    @Test func graphWithoutArticleRecordsFallsBackToTheFileName() throws {
        let g = KnowledgeGraph(nodes: [Node(label: "Valdoria", type: .country)])
        let doc = try builder.document(title: nil, inputs: [.init(name: "graphs/hand-made.v2.json", graph: g)])
        #expect(doc.articles[0].title == "hand-made.v2")
        #expect(doc.articles[0].sources == ["graphs/hand-made.v2.json"])
    }

    @Test func diffsOfConsecutiveArticles() throws {
        let inputs: [ReportBuilder.Input] = [.init(name: "one.json", graph: Fixtures.first), .init(name: "two.json", graph: Fixtures.second),
                                             .init(name: "again.json", graph: Fixtures.second)]
        let doc = try builder.document(title: nil, inputs: inputs, diffs: true)
        #expect(doc.diffs.count == 2)
        let d = doc.diffs[0]
        #expect(d.fromTitle == "Valdoria keeps its distance")
        #expect(d.toTitle == "Valdoria and Ostland sign a pact")
        #expect(d.changes == [
            .init(kind: .added, text: "Entity Ostland (country)"),
            .init(kind: .removed, text: "Entity Ilse Marten (person)"),
            .init(kind: .added, text: "Ostland partners with Valdoria"),
            .init(kind: .removed, text: "Ilse Marten serves Valdoria"),
        ])
        #expect(Self.title(d.svg) == "Article 1 to Article 2: 1 node added, 1 removed; 1 edge added, 1 removed, 0 changed")
        // The same graph twice: no changes and no drawing.
        #expect(doc.diffs[1].changes.isEmpty)
        #expect(doc.diffs[1].svg == nil)
        #expect(try builder.document(title: nil, inputs: inputs).diffs.isEmpty)
    }
}
