import Foundation
import KGraphModel
import Testing
@testable import KGraphReport

@Suite struct ReportBuilderTests {
    /// Records what was drawn and returns a minimal SVG naming it.
    let builder = ReportBuilder(
        draw: { graph, name in
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10pt\" height=\"10pt\"><title>\(name): \(graph.nodes.count)</title></svg>"
        },
        drawDiff: { diff, a, b in
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10pt\" height=\"10pt\"><title>\(a) to \(b): \(diff.summary)</title></svg>"
        })

    @Test func oneSectionPerInputAndAMergedGraph() throws {
        let doc = try builder.document(title: nil, inputs: [.init(name: "one.json", graph: Fixtures.first), .init(name: "two.json", graph: Fixtures.second)])
        #expect(doc.title == "Knowledge graphs of 2 articles")
        #expect(doc.articles.map(\.title) == ["Valdoria keeps its distance", "Valdoria and Ostland sign a pact"])
        #expect(doc.articles.map(\.sources) == [["https://news.example.org/valdoria?id=1&lang=en"], ["articles/two.txt"]])
        #expect(doc.articles[1].date == "2026-11-02")
        #expect(doc.articles[0].content.svg?.contains("<title>article1: 3</title>") == true)
        #expect(doc.articles[1].content.svg?.contains("<title>article2: 3</title>") == true)
        let merged = try #require(doc.merged)
        #expect(merged.graph.nodes.map(\.id) == ["ilse-marten", "northern-pact", "ostland", "valdoria"])
        #expect(merged.svg?.contains("<title>merged: 4</title>") == true)
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
        #expect(d.svg == "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10pt\" height=\"10pt\"><title>Article 1 to Article 2: 1 node added, 1 removed; 1 edge added, 1 removed, 0 changed</title></svg>")
        // The same graph twice: no changes and no drawing.
        #expect(doc.diffs[1].changes.isEmpty)
        #expect(doc.diffs[1].svg == nil)
        #expect(try builder.document(title: nil, inputs: inputs).diffs.isEmpty)
    }
}
